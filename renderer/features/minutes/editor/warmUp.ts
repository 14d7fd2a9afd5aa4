/**
 * The first key typed in freshly opened minutes used to run code nothing had run yet: ProseMirror's
 * parser of the changed text (its rules are built on first use) and each plugin's handling of a change,
 * compiled by the JavaScript engine at that first call, a 45–75 ms task. The first space after a word
 * cost as much again: the check for a typed web address builds its scanner (linkify) at first use. This
 * runs the same code once on a copy of the state, when the page is idle after opening, so the first key
 * and the first space cost what any key does.
 */
import type { Editor } from '@tiptap/core';
import { DOMParser } from '@tiptap/pm/model';
import { Selection } from '@tiptap/pm/state';

/** Schedules the warm-up; the function returned cancels it. */
export function warmUpTyping(editor: Editor): () => void {
  const run = () => {
    if (editor.isDestroyed) return;
    const { state, view } = editor;
    const first = view.dom.firstElementChild;
    if (first) DOMParser.fromSchema(state.schema).parseSlice(first);
    // A space after the first paragraph's text, as a key would type it: the new state is dropped, the editor's stays.
    let at = Selection.atStart(state.doc).from;
    let found = false;
    state.doc.descendants((node, pos) => {
      if (found) return false;
      if (!node.isTextblock || !node.textContent) return true;
      found = true;
      at = pos + node.nodeSize - 1;
      return false;
    });
    state.apply(state.tr.insertText(' ', at));
  };
  const id = requestIdleCallback(run, { timeout: 2000 });
  return () => cancelIdleCallback(id);
}
