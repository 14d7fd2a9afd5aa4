/**
 * The page's selection and the editor's. A key the browser handles itself (an arrow, Home, End, Page Up
 * or Down, with or without Ctrl and Shift) and a press of the mouse move the page's selection at once,
 * but ProseMirror reads it only at the browser's "selectionchange" event, a task later, and the browser
 * runs the next key's events before that task when keys come quickly or the page is busy. Until then the
 * editor holds the older selection: a key acting on it (Ctrl+K links the selected words, Ctrl+B bolds
 * them, Ctrl+End right after a click moves to where the editor thinks the cursor already is, and so
 * leaves it where the click put it) would miss, and an update drawn meanwhile (the spelling marks from a
 * late answer) would write the older selection back to the page. So, while such a move is unread, both
 * take the page's selection first.
 * At other times the editor's own selection stands (right after ProseMirror redraws the text under the
 * cursor, Chromium can report the page's selection wrongly for a moment).
 */
import { Extension } from '@tiptap/core';
import { Plugin, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** Keys with which the browser itself moves the selection. */
const MOVING_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/** Editors whose page selection a key moved, and ProseMirror has not read yet. */
const unread = new WeakSet<EditorView>();

/** `tr` with the page's selection, when a key moved it and the editor has not read it yet. */
export function withPageSelection(view: EditorView, tr: Transaction): Transaction {
  if (!unread.has(view)) return tr;
  unread.delete(view);
  const page = view.dom.ownerDocument.getSelection();
  const { anchorNode, focusNode } = page ?? {};
  if (!page || !anchorNode || !focusNode || !view.dom.contains(anchorNode) || !view.dom.contains(focusNode)) return tr;
  // Read as ProseMirror reads a selection from the page.
  const anchor = view.posAtDOM(anchorNode, page.anchorOffset, 1);
  const head = view.posAtDOM(focusNode, page.focusOffset, 1);
  const { selection, doc } = view.state;
  if (anchor === selection.anchor && head === selection.head) return tr;
  return tr.setSelection(TextSelection.between(doc.resolve(anchor), doc.resolve(head)));
}

/** Before the editor's keys act, a move of the page's selection that is still unread is read into the editor. */
export const ReadSelectionFirst = Extension.create({
  name: 'readSelectionFirst',
  // Before every other extension's keys.
  priority: 10_000,
  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          handleDOMEvents: {
            mousedown: (view) => {
              unread.add(view);
              return false;
            },
          },
          handleKeyDown: (view, event) => {
            const tr = withPageSelection(view, view.state.tr);
            if (tr.selectionSet) view.dispatch(tr);
            if (MOVING_KEYS.has(event.key)) unread.add(view);
            return false;
          },
        },
        view: (view) => {
          // ProseMirror reads the selection at this event: from then on the editor's is the page's.
          const read = () => unread.delete(view);
          const page = view.dom.ownerDocument;
          page.addEventListener('selectionchange', read);
          return { destroy: () => page.removeEventListener('selectionchange', read) };
        },
      }),
    ];
  },
});
