/**
 * Runs an update that comes from no key (a late answer from the backend) only once the editor has read
 * the page's selection. A key like Ctrl+Shift+← or Ctrl+End moves the page's selection at once, but
 * ProseMirror reads it at the browser's "selectionchange" event, a task later. An update in between
 * writes the editor's older selection back to the page, and the key is lost: the words are not selected,
 * or what is typed next lands where the cursor was before.
 */
import type { EditorView } from '@tiptap/pm/view';

/** The page's selection is the one the editor holds (or is not in the editor at all). */
function selectionRead(view: EditorView): boolean {
  const page = view.dom.ownerDocument.getSelection();
  const { anchorNode, focusNode } = page ?? {};
  if (!page || !anchorNode || !focusNode || !view.dom.contains(anchorNode) || !view.dom.contains(focusNode)) return true;
  // Read as ProseMirror reads a selection from the page.
  const { anchor, head } = view.state.selection;
  return view.posAtDOM(anchorNode, page.anchorOffset, 1) === anchor && view.posAtDOM(focusNode, page.focusOffset, 1) === head;
}

export function whenSelectionRead(view: EditorView, run: () => void): void {
  if (selectionRead(view)) return run();
  // ProseMirror's own listener was added with the editor, before this one: it has read the selection when this runs.
  view.dom.ownerDocument.addEventListener('selectionchange', run, { once: true });
}
