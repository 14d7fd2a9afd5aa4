/**
 * Selects a range of the document and scrolls it into view; with `focus` the cursor goes there too.
 */
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { TextRange } from './findInDoc';

export function selectRange(editor: Editor, range: TextRange, focus: boolean): void {
  const { state, view } = editor;
  view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, range.from, range.to)).scrollIntoView());
  if (focus) view.focus();
  // The range's paragraph: a range starting at a marked word's edge is at an element (the paragraph), not in a text node.
  const { node } = view.domAtPos(range.from);
  (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: 'center' });
}
