/**
 * Commands on the sections of the document (a section runs from its heading to the next one): which
 * section the cursor is in (and of how many), moving to the next or previous one and starting a new
 * bullet at the end of the current one (the keys of the live-meeting mode), moving to the start or the
 * end of the whole text (Ctrl+Home/End), and adding, renaming, moving and removing a section. Each is
 * one editor transaction of its own in the history, so Ctrl+Z undoes it.
 */
import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { Node as PmNode, ResolvedPos } from '@tiptap/pm/model';
import { Selection, TextSelection, type Transaction } from '@tiptap/pm/state';

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

/** The id of the section a position is in (null before the first heading): the nearest heading at or before it. */
export function sectionIdAt(doc: PmNode, position: number): string | null {
  for (let i = Math.min(doc.resolve(position).index(0), doc.childCount - 1); i >= 0; i--) {
    const node = doc.child(i);
    if (node.type.name === 'heading') return String(node.attrs.sectionId ?? '');
  }
  return null;
}

const hasHeading = (doc: PmNode, from: number, to: number): boolean => {
  let found = false;
  doc.nodesBetween(from, to, (node) => {
    found ||= node.type.name === 'heading';
    return false;
  });
  return found;
};

/** Whether a change added, removed or edited a section heading: only then can the sections differ. */
export function touchesHeading(tr: Transaction): boolean {
  return tr.steps.some((step, i) => {
    let touched = false;
    const after = tr.docs[i + 1] ?? tr.doc;
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      touched ||= hasHeading(tr.docs[i]!, oldStart, oldEnd) || hasHeading(after, newStart, newEnd);
    });
    return touched;
  });
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

/** Puts the cursor at the start or the end of the whole text, and shows it. */
export function moveToTextEdge(editor: Editor, edge: 'start' | 'end'): boolean {
  const { state } = editor;
  const selection = edge === 'start' ? Selection.atStart(state.doc) : Selection.atEnd(state.doc);
  editor.view.dispatch(state.tr.setSelection(selection).scrollIntoView());
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

/** Applies a section command as its own step of the undo history, then puts the focus in the text. */
function dispatchAsOwnStep(editor: Editor, tr: Transaction): true {
  editor.view.dispatch(closeHistory(tr).scrollIntoView());
  editor.view.focus();
  return true;
}

const sectionById = (doc: PmNode, sectionId: string) => sectionRanges(doc).find((s) => s.sectionId === sectionId) ?? null;

/**
 * A new section (its heading and an empty paragraph) after the one the cursor is in, or at the end;
 * the cursor goes to its paragraph, or with `selectTitle` the heading's text is selected to type over.
 */
export function insertSection(editor: Editor, title: string, selectTitle = false): boolean {
  const { state } = editor;
  const { heading, paragraph } = state.schema.nodes;
  if (!heading || !paragraph || !title) return false;
  const at = currentSection(state.doc, state.selection.from)?.to ?? state.doc.content.size;
  const tr = state.tr.insert(at, [heading.create({ level: 2 }, state.schema.text(title)), paragraph.create()]);
  const selection = selectTitle ? TextSelection.create(tr.doc, at + 1, at + 1 + title.length) : TextSelection.create(tr.doc, at + title.length + 3);
  return dispatchAsOwnStep(editor, tr.setSelection(selection));
}

/** Gives the section's heading a new text (its id, and so its decisions and action items, stay). */
export function renameSection(editor: Editor, sectionId: string, title: string): boolean {
  const { state } = editor;
  const section = sectionById(state.doc, sectionId);
  const node = section && state.doc.nodeAt(section.from);
  if (!section || !node || !title) return false;
  const tr = state.tr.replaceWith(section.from + 1, section.from + 1 + node.content.size, state.schema.text(title));
  return dispatchAsOwnStep(editor, tr.setSelection(TextSelection.create(tr.doc, section.from + 1 + title.length)));
}

/** Swaps the section with the one before (-1) or after (1) it, with everything under both headings. */
export function moveSection(editor: Editor, sectionId: string, step: 1 | -1): boolean {
  const { state } = editor;
  const sections = sectionRanges(state.doc);
  const section = sections.find((s) => s.sectionId === sectionId);
  const other = section && sections[section.index + step];
  if (!section || !other) return false;
  const [first, second] = step < 0 ? [other, section] : [section, other];
  const swapped = state.doc.slice(second.from, second.to).content.append(state.doc.slice(first.from, first.to).content);
  const tr = state.tr.replaceWith(first.from, second.to, swapped);
  const movedTo = step < 0 ? first.from : first.from + (second.to - second.from);
  const headingEnd = movedTo + 1 + (tr.doc.nodeAt(movedTo)?.content.size ?? 0);
  return dispatchAsOwnStep(editor, tr.setSelection(TextSelection.create(tr.doc, headingEnd)));
}

/** Removes the section, its heading and everything under it; the cursor goes to where it was. */
export function removeSection(editor: Editor, sectionId: string): boolean {
  const { state } = editor;
  const section = sectionById(state.doc, sectionId);
  if (!section) return false;
  const tr = state.tr.delete(section.from, section.to);
  return dispatchAsOwnStep(editor, tr.setSelection(Selection.near(tr.doc.resolve(Math.min(section.from, tr.doc.content.size)), -1)));
}
