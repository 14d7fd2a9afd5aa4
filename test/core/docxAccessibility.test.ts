// The structural check of exported Word files finds what a careless document has: a heading level
// skipped, empty paragraphs used for spacing, a link without text, another language, no title.
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { checkDocxStructure } from '../support/docxStructure';

describe('the structural check', () => {
  it('reports each flaw of a carelessly made document', async () => {
    const careless = new Document({
      styles: { default: { document: { run: { language: { value: 'en-US' } } } } },
      sections: [{
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Anteckningar')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Punkt')] }),
          new Paragraph({ children: [] }),
          new Paragraph({ children: [new ExternalHyperlink({ link: 'https://exempel.se', children: [new TextRun('')] })] }),
        ],
      }],
    });
    const { problems } = await checkDocxStructure(await Packer.toBuffer(careless));
    expect(problems).toEqual(expect.arrayContaining([
      'heading level skips from 0 to 2: "Punkt"',
      'empty paragraph (style Normal)',
      'hyperlink without text to https://exempel.se',
      'document language is en-US',
      'the document title is not set',
    ]));
  });
});
