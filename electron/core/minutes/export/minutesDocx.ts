/**
 * Minutes as a Word document: the layout drawn with the shared letter frame — the title in the Title
 * style, sections as Heading 1 (attendance groups as Heading 2), bold and italic runs, real hyperlinks,
 * lists with real Word numbering that restarts with each list, "Beslut:" paragraphs, action items as a
 * table with a repeated header row, and UTKAST on every page until the minutes are fastställda.
 */
import { ExternalHyperlink, HeadingLevel, Paragraph, TextRun, type FileChild, type ParagraphChild } from 'docx';
import { sv } from '../../../shared/i18n/sv';
import type { Settings } from '../../../shared/store/schema';
import { BULLET_LIST, buildLetterDocument, labelledParagraph, NUMBERED_LIST, toDocxBuffer } from '../../documents/letterDocument';
import { simpleTable } from '../../documents/simpleTable';
import type { LayoutBlock, MinutesLayout, TextSpan } from './minutesLayout';

const t = sv.minutes.documents;

function runs(spans: readonly TextSpan[]): ParagraphChild[] {
  return spans.map((span) => {
    if (span.text === '\n') return new TextRun({ break: 1 });
    const run = new TextRun({ text: span.text, bold: span.bold || undefined, italics: span.italic || undefined, style: span.href ? 'Hyperlink' : undefined });
    return span.href ? new ExternalHyperlink({ link: span.href, children: [run] }) : run;
  });
}

function docxBlock(block: LayoutBlock): FileChild {
  switch (block.kind) {
    case 'heading':
      return new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(block.text)] });
    case 'paragraph':
      return new Paragraph({ children: runs(block.spans) });
    case 'listItem':
      return new Paragraph({
        numbering: { reference: block.ordered ? NUMBERED_LIST : BULLET_LIST, level: block.level, instance: block.list },
        spacing: { after: 60 },
        children: runs(block.spans),
      });
    case 'labelled':
      return labelledParagraph(block.label, block.text);
    case 'actions':
      return simpleTable(
        [{ header: t.action, weight: 6 }, { header: t.responsible, weight: 3 }, { header: t.due, weight: 2.5 }],
        block.rows.map((row) => [row.what, row.responsible, row.due]),
      );
  }
}

export function minutesDocx(layout: MinutesLayout, settings: Settings): Promise<Buffer> {
  const body: FileChild[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(layout.title)] }), ...layout.blocks.map(docxBlock)];
  return toDocxBuffer(buildLetterDocument({
    title: layout.title,
    subject: layout.subject,
    settings,
    body,
    pageMark: layout.draft ? t.draftNotice : undefined,
  }));
}
