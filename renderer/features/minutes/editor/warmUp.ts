/**
 * The first key typed in freshly opened minutes used to run code nothing had run yet: ProseMirror's
 * parser of the changed text (its rules are built on first use) and each plugin's handling of a change,
 * compiled by the JavaScript engine at that first call, a 45–75 ms task. This runs the same code once
 * on a copy of the state, when the page is idle after opening, so the first key costs what any key does.
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
    // A space before the first word, as a key would type it: the new state is dropped, the editor's stays.
    state.apply(state.tr.insertText(' ', Selection.atStart(state.doc).from));
  };
  const id = requestIdleCallback(run, { timeout: 2000 });
  return () => cancelIdleCallback(id);
}
