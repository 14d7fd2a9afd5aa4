// The accessibility checker of exported Word files can fail: for each of its rules a hand-made
// document that breaks it is flagged by that rule, and a document the app builds with a logo, a table
// and a link is flagged by none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun, VerticalMergeType,
  type FileChild, type IPropertiesOptions,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { buildLetterDocument, toDocxBuffer } from '../../electron/core/documents/letterDocument';
import { logoFromFile } from '../../electron/core/documents/letterheadLogo';
import { simpleTable } from '../../electron/core/documents/simpleTable';
import { sv } from '../../electron/shared/i18n/sv';
import { createEmptyStore } from '../../electron/shared/store/schema';
import { checkDocxAccessibility, DOCX_RULES, type DocxRule } from '../support/docxAccessibility';

const png = readFileSync(join(import.meta.dirname, '../fixtures/images/pahittad-logotyp.png'));
const title = new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Anteckningar')] });
const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
const image = (altText: { name: string; description: string; title: string }, floating = false) =>
  new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 120, height: 40 }, altText, ...(floating ? { floating: { horizontalPosition: { offset: 0 }, verticalPosition: { offset: 0 } } } : {}) })] });

/** A document made with the docx package as a careless person would; Swedish and titled unless told. */
async function careless(children: FileChild[], options: Partial<IPropertiesOptions> = {}): Promise<Buffer> {
  return Packer.toBuffer(new Document({
    title: 'Anteckningar',
    styles: { default: { document: { run: { language: { value: 'sv-SE' } } } } },
    ...options,
    sections: [{ children }],
  }));
}

const findings = async (docx: Promise<Buffer>, rule: DocxRule) =>
  (await checkDocxAccessibility(await docx)).filter((f) => f.rule === rule).map((f) => f.message);

describe('the accessibility checker', () => {
  it('finds nothing in a document the app builds, with a logo, a table and a link', async () => {
    const settings = { ...createEmptyStore().settings, letterheadLogo: logoFromFile(png, sv.settings.defaultLogoAlt) };
    const docx = await toDocxBuffer(buildLetterDocument({
      title: 'Möten 2024', subject: 'Årsplan', settings, pageMark: sv.minutes.documents.draftNotice,
      body: [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Möten 2024')] }),
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Våren')] }),
        new Paragraph({ children: [new ExternalHyperlink({ link: 'https://exempel.se', children: [new TextRun({ text: 'Exempelföreningens webbplats', style: 'Hyperlink' })] })] }),
        simpleTable([{ header: 'Tid', weight: 1 }, { header: 'Plats', weight: 1 }], [['13 juni 2024', 'Borås']]),
      ],
    }));
    expect(await checkDocxAccessibility(docx)).toEqual([]);
  });

  const bad: Record<DocxRule, { document: () => Promise<Buffer>; finds: string[] }> = {
    title: { document: () => careless([title], { title: '' }), finds: ['the document title is not set'] },
    language: {
      document: () => careless([title, new Paragraph({ children: [new TextRun({ text: 'Minutes', language: { value: 'en-GB' } })] })], {
        styles: { default: { document: { run: { language: { value: 'en-US' } } } } },
      }),
      finds: ["the core properties' language is not set", "the settings' theme font language is not set", 'document language is en-US', 'a style or run sets language en-US', 'a style or run sets language en-GB'],
    },
    headingStyles: { document: () => careless([new Paragraph({ children: [new TextRun({ text: 'Anteckningar', bold: true, size: 32 })] })]), finds: ['no paragraph has a heading style'] },
    headingOrder: { document: () => careless([title, new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Punkt')] })]), finds: ['heading level skips from 0 to 2: "Punkt"'] },
    emptyParagraphs: {
      document: () => careless([title, new Paragraph({ children: [] }), new Table({ rows: [new TableRow({ tableHeader: true, children: [cell('Åtgärd')] }), new TableRow({ children: [cell('')] })] })]),
      finds: ['empty paragraph (style Normal)', 'empty table cell'],
    },
    repeatedBlanks: {
      document: () => careless([title, new Paragraph({ children: [new TextRun({ children: [new Tab(), 'Indraget'] })] }), new Paragraph('Tid:      10.00')]),
      finds: ['a tab used for spacing: "Indraget"', 'repeated spaces used for spacing: "Tid:      10.00"'],
    },
    tableHeaders: { document: () => careless([title, new Table({ rows: [new TableRow({ children: [cell('Åtgärd')] }), new TableRow({ children: [cell('Boka lokal')] })] })]), finds: ['a table\'s first row is not a repeated header row: "Åtgärd"'] },
    simpleTables: {
      document: () => careless([title, new Table({
        rows: [
          new TableRow({ tableHeader: true, children: [new TableCell({ columnSpan: 2, children: [new Paragraph('Åtgärder')] })] }),
          new TableRow({ children: [new TableCell({ verticalMerge: VerticalMergeType.RESTART, children: [new Paragraph('Boka')] }), cell('Kansliet')] }),
        ],
      })]),
      finds: ['a merged cell: "Åtgärder"', 'a merged cell: "Boka"'],
    },
    altText: {
      document: () => careless([title, image({ name: 'Bild 1', description: '', title: '' }), image({ name: 'Bild 2', description: 'logotyp.png', title: '' }), image({ name: 'Bild 3', description: 'Logotyp', title: '' })]),
      finds: ['an image without alt text: "Bild 1"', 'an image\'s alt text does not describe it: "logotyp.png"', 'an image\'s alt text does not describe it: "Logotyp"'],
    },
    inlineObjects: { document: () => careless([title, image({ name: 'Logga', description: 'Påhittade gruppens logotyp', title: '' }, true)]), finds: ['a floating object: "Logga"'] },
    linkText: {
      document: () => careless([title, new Paragraph({ children: [
        new ExternalHyperlink({ link: 'https://exempel.se/a', children: [new TextRun('')] }),
        new TextRun('Anmälan via denna '),
        new ExternalHyperlink({ link: 'https://exempel.se/anmalan', children: [new TextRun('länk')] }),
        new TextRun(' eller '),
        new ExternalHyperlink({ link: 'https://exempel.se/mer', children: [new TextRun('klicka här!')] }),
      ] })]),
      finds: ['hyperlink without text to https://exempel.se/a', 'hyperlink text "länk" does not say where it leads (https://exempel.se/anmalan)', 'hyperlink text "klicka här!" does not say where it leads (https://exempel.se/mer)'],
    },
    linkTargets: { document: () => careless([title, new Paragraph({ children: [new ExternalHyperlink({ link: 'file:///C:/hemligt.docx', children: [new TextRun('Protokollet')] })] })]), finds: ['hyperlink "Protokollet" to a non-web address file:///C:/hemligt.docx'] },
    contrast: { document: () => careless([title, new Paragraph({ children: [new TextRun({ text: 'Ljusgrå text', color: 'AAAAAA' })] })]), finds: ['text colour #AAAAAA has a contrast of 2.32:1 against white'] },
  };

  it('has a hand-made bad document for every rule', () => {
    expect(Object.keys(bad).sort()).toEqual(Object.keys(DOCX_RULES).sort());
  });

  it.each(Object.entries(bad) as Array<[DocxRule, (typeof bad)[DocxRule]]>)('flags a document that breaks the rule %s', async (rule, { document, finds }) => {
    expect(await findings(document(), rule)).toEqual(finds);
  });
});
