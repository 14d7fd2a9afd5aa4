/**
 * Commands on the sections of the document (a section runs from its heading to the next one): which
 * section the cursor is in (and of how many), moving to the next or previous one, and starting a new bullet at the end of
 * the current one — the keys of the live-meeting mode.
 */
import type { Editor } from '@tiptap/core';
import type { Node as PmNode, ResolvedPos } from '@tiptap/pm/model';
import { Selection, TextSelection } from '@tiptap/pm/state';

export interface SectionRange {
  index: number;
  sectionId: string;
  agendaItemId: string | null;
  title: string;
  /** Position of the heading, and the end of the section's content. */
  from: number;
  to: number;
}

export function sectionRanges(doc: PmNode): SectionRange[] {
  const headings: Array<Omit<SectionRange, 'to'>> = [];
  doc.forEach((node, pos) => {
    if (node.type.name === 'heading') {
      headings.push({ index: headings.length, sectionId: String(node.attrs.sectionId ?? ''), agendaItemId: node.attrs.agendaItemId as string | null, title: node.textContent, from: pos });
    }
  });
  return headings.map((h, i) => ({ ...h, to: headings[i + 1]?.from ?? doc.content.size }));
}

export function currentSection(doc: PmNode, position: number): SectionRange | null {
  return sectionRanges(doc).filter((s) => s.from <= position).at(-1) ?? null;
}

/** Where the cursor is among the sections: its section (null before the first heading) and how many there are. */
export interface SectionPlace {
  section: SectionRange | null;
  total: number;
}

export function sectionPlace(doc: PmNode, position: number): SectionPlace {
  const sections = sectionRanges(doc);
  return { section: sections.filter((s) => s.from <= position).at(-1) ?? null, total: sections.length };
}

export function listDepthAt($pos: ResolvedPos): number {
  let depth = 0;
  for (let d = $pos.depth; d > 0; d--) if (['bulletList', 'orderedList'].includes($pos.node(d).type.name)) depth++;
  return depth;
}

/** Puts the cursor at the end of the section `step` sections away (1 = next, -1 = previous). */
export function moveToSection(editor: Editor, step: 1 | -1): boolean {
  const { state } = editor;
  const sections = sectionRanges(state.doc);
  if (sections.length === 0) return false;
  const current = currentSection(state.doc, state.selection.from);
  const index = current ? current.index + step : step > 0 ? 0 : -1;
  const target = sections[index];
  if (!target) return true;
  const selection = Selection.near(state.doc.resolve(target.to), -1);
  editor.view.dispatch(state.tr.setSelection(selection).scrollIntoView());
  editor.view.focus();
  return true;
}

/** A fresh bullet at the end of the current section: appended to its last list, or a new list. */
export function newBulletAtSectionEnd(editor: Editor): boolean {
  const { state } = editor;
  const section = currentSection(state.doc, state.selection.from);
  const end = section ? section.to : state.doc.content.size;
  const last = state.doc.resolve(end).nodeBefore;
  const { bulletList, orderedList, listItem, paragraph } = state.schema.nodes;
  if (!listItem || !paragraph || !bulletList) return false;
  const item = listItem.create(null, paragraph.create());
  let tr = state.tr;
  let cursor: number;
  if (last && (last.type === bulletList || last.type === orderedList)) {
    const insertAt = end - 1;
    tr = tr.insert(insertAt, item);
    cursor = insertAt + 2;
  } else {
    tr = tr.insert(end, bulletList.create(null, item));
    cursor = end + 3;
  }
  editor.view.dispatch(tr.setSelection(TextSelection.create(tr.doc, cursor)).scrollIntoView());
  editor.view.focus();
  return true;
}
