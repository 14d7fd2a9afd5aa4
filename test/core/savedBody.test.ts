// The minutes body the editor saves is read block by block and kept per unchanged block (savedBody.ts):
// what it sends must stay, to the byte, what reading the whole document gives (the editor's JSON, lists
// limited to two levels, no-break spaces made plain), with the same word count and sections, on hostile
// content and after each kind of change.
import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { limitListDepth, plainSpaces, richDocSchema, sectionsOf, wordCount, type RichDoc } from '../../electron/shared/minutes/richText';
import { minutesExtensions } from '../../renderer/features/minutes/editor/extensions';
import { savedBody } from '../../renderer/features/minutes/editor/savedBody';

const schema = getSchema(minutesExtensions());
const nbsp = '\u00a0';
const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const para = (...content: unknown[]) => ({ type: 'paragraph', ...(content.length ? { content } : {}) });
const item = (...content: unknown[]) => ({ type: 'listItem', content });
const list = (type: 'bulletList' | 'orderedList', ...items: unknown[]) => ({ type, ...(type === 'orderedList' ? { attrs: { start: 3 } } : {}), content: items });
const heading = (sectionId: string, title: string, agendaItemId: string | null = null) =>
  ({ type: 'heading', attrs: { level: 2, sectionId, agendaItemId }, ...(title ? { content: [text(title)] } : {}) });

/** Lists four levels deep, no-break spaces everywhere, links, marks, line breaks, empty paragraphs and headings. */
const hostile = {
  type: 'doc',
  content: [
    para(),
    heading('s1', `Punkt${nbsp}1: öppnande`, '11111111-1111-4111-8111-111111111111'),
    para(text(`Mötet${nbsp}öppnades `), text('fetstil', [{ type: 'bold' }]), { type: 'hardBreak' }, text(`se${nbsp}`), text(`www.exempel.se${nbsp}`, [{ type: 'link', attrs: { href: 'https://www.exempel.se' } }, { type: 'italic' }])),
    list('bulletList',
      item(para(text(`nivå${nbsp}ett`)), list('orderedList',
        item(para(text('nivå två')), list('bulletList',
          item(para(text(`nivå${nbsp}tre`)), list('bulletList', item(para(text('nivå fyra')), para()))),
          item(para())))))),
    para(),
    heading('s2', ''),
    list('orderedList', item(para(text(`självständigt${nbsp}arbete`))), item(para())),
    heading('s3', `Övrigt ${nbsp}`),
    para(text(`ord-med-bindestreck och 12:30${nbsp}${nbsp}slut`)),
  ],
};

const reference = (doc: PmNode) => {
  const body = plainSpaces(limitListDepth(doc.toJSON() as RichDoc));
  return { body: JSON.stringify(body), words: wordCount(body), sections: sectionsOf(body) };
};
const cached = (doc: PmNode) => {
  const read = savedBody(doc);
  return { body: JSON.stringify(read.body), words: read.words, sections: read.sections };
};

describe('the saved minutes body', () => {
  it('is what reading the whole document gives, on hostile content and after every change', () => {
    let state = EditorState.create({ schema, doc: PmNode.fromJSON(schema, hostile) });
    expect(cached(state.doc)).toEqual(reference(state.doc));
    // The list was lifted to two levels and the spaces made plain: the check is not of two identical no-ops.
    expect(cached(state.doc).body).not.toContain(nbsp);
    expect(richDocSchema.safeParse(JSON.parse(cached(state.doc).body)).success).toBe(true);
    expect(richDocSchema.safeParse(state.doc.toJSON()).success).toBe(false);

    const changes: Array<(s: EditorState) => EditorState> = [
      // typing in the deepest list item
      (s) => s.apply(s.tr.insertText(`x${nbsp}y`, findText(s.doc, 'nivå fyra'))),
      // typing at the end of a paragraph of several runs (its first run stays the same node)
      (s) => s.apply(s.tr.insertText('z', findText(s.doc, 'www.exempel'))),
      // a heading renamed and a section added at the end
      (s) => s.apply(s.tr.insertText(' nytt namn', findText(s.doc, 'Punkt') + 5)),
      (s) => s.apply(s.tr.insert(s.doc.content.size, [schema.nodes.heading!.create({ level: 2, sectionId: 's4' }, schema.text('Ny punkt')), schema.nodes.paragraph!.create()])),
      // a block removed, and an empty paragraph given text
      (s) => s.apply(s.tr.delete(0, s.doc.child(0).nodeSize)),
      (s) => s.apply(s.tr.insertText('nu med text', s.doc.content.size - 1)),
    ];
    for (const change of changes) {
      state = change(state);
      expect(cached(state.doc)).toEqual(reference(state.doc));
    }
  });
});

/** The position of the start of `needle` in the document's text. */
function findText(doc: PmNode, needle: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    const at = node.isText ? node.text!.indexOf(needle) : -1;
    if (found < 0 && at >= 0) found = pos + at;
    return found < 0;
  });
  if (found < 0) throw new Error(`no ${needle}`);
  return found;
}
