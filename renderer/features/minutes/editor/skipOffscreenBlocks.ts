/**
 * Long minutes: a block away from the screen is neither laid out nor painted (CSS content-visibility),
 * so typing, moving the cursor and hit-testing cost what is on screen, not the whole text.
 *
 * - A skipped block keeps the size it had when it was last laid out (contain-intrinsic-size: auto), so
 *   scrolling to a far place (a click, Ctrl+F, Alt+F7) lands where it would without skipping. That size is
 *   known only once a block has been laid out, so the skipping starts after the editor's first whole
 *   layout (`useSkipOffscreenBlocks`: the frame after the text was first shown). Started before, every
 *   block below the screen would take a guessed height, and what was scrolled to moved away as the blocks
 *   around it got their real ones.
 * - The block with the cursor and the blocks just before and after it are never skipped
 *   (`BlocksNearCursorShown` marks them). A block that starts being skipped counts as off screen until
 *   the next frame, and a key in that frame goes wrong: Chromium put a key typed into a block Enter had
 *   just made at the block's start, and ↑ from there went past the block Enter had left.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { useEffect, useState } from 'react';

/** False until the frame after the first one that showed the editor. */
export function useSkipOffscreenBlocks(): boolean {
  const [skip, setSkip] = useState(false);
  useEffect(() => {
    // The first callback runs before the frame that lays the text out, the second in the frame after it.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setSkip(true));
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  return skip;
}

const nearCursorKey = new PluginKey<DecorationSet>('nearCursor');
/** The class of the blocks around the cursor (app.css leaves them out of the skipping). */
const NEAR_CURSOR = { class: 'near-cursor' };

/** The top-level block holding the selection's head, and the blocks before and after it, marked. */
function markNearCursor(state: EditorState): DecorationSet {
  const { $head } = state.selection;
  if ($head.depth < 1) return DecorationSet.empty;
  const { doc } = state;
  const start = $head.before(1);
  const end = $head.after(1);
  const before = doc.resolve(start).nodeBefore;
  const after = doc.nodeAt(end);
  return DecorationSet.create(doc, [
    ...(before ? [Decoration.node(start - before.nodeSize, start, NEAR_CURSOR)] : []),
    Decoration.node(start, end, NEAR_CURSOR),
    ...(after ? [Decoration.node(end, end + after.nodeSize, NEAR_CURSOR)] : []),
  ]);
}

export const BlocksNearCursorShown = Extension.create({
  name: 'blocksNearCursorShown',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: nearCursorKey,
        state: {
          init: (_config, state) => markNearCursor(state),
          // Marks are made again only when the cursor goes to another block or blocks come or go.
          apply: (tr, marked, old, state) => {
            if (!tr.docChanged && !tr.selectionSet) return marked;
            const sameBlock = old.doc.childCount === state.doc.childCount && old.selection.$head.index(0) === state.selection.$head.index(0);
            if (!sameBlock) return markNearCursor(state);
            if (!tr.docChanged) return marked;
            const mapped = marked.map(tr.mapping, tr.doc);
            return mapped.find().length === marked.find().length ? mapped : markNearCursor(state);
          },
        },
        props: { decorations: (state) => nearCursorKey.getState(state) },
      }),
    ];
  },
});
