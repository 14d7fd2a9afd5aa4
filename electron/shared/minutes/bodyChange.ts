/**
 * A change to the minutes' text as the editor's autosave sends it: the run of top-level blocks that
 * differ from the text it sent before, instead of the whole text (871 kB of JSON at 60,000 words, cloned
 * on the window's thread at every save). The editor keeps one JSON object per unchanged block from save
 * to save (`savedBody.ts`), so the run is found by comparing objects, not their contents.
 *
 * Each text sent gets a version chosen by the editor; a change names the version it was made against
 * (`base`), and the store applies it only to that very text (`minutesService.ts`), so a change never
 * lands on a text it was not made from.
 */
import { z } from 'zod';
import { blockSchema, MAX_BLOCKS, type BlockNode, type RichDoc } from './richText';

export const bodyChangeSchema = z.strictObject({
  /** The version of the text this change was made against. */
  base: z.uuid(),
  /** The version of the text once the change is made. */
  version: z.uuid(),
  /** Where the changed run starts, how many blocks it replaces, and the blocks put there. */
  from: z.int().min(0).max(MAX_BLOCKS),
  removed: z.int().min(0).max(MAX_BLOCKS),
  inserted: z.array(blockSchema).max(MAX_BLOCKS),
});
export type BodyChange = z.infer<typeof bodyChangeSchema>;
export type BlockSplice = Pick<BodyChange, 'from' | 'removed' | 'inserted'>;

/** The shortest run of blocks that turns `old` into `next`: the same objects at both ends are kept. */
export function spliceBetween(old: readonly BlockNode[], next: readonly BlockNode[]): BlockSplice {
  let from = 0;
  const shorter = Math.min(old.length, next.length);
  while (from < shorter && old[from] === next[from]) from++;
  let kept = 0;
  while (kept < shorter - from && old[old.length - 1 - kept] === next[next.length - 1 - kept]) kept++;
  return { from, removed: old.length - from - kept, inserted: next.slice(from, next.length - kept) };
}

/** `body` with the splice made; null when the splice does not fit it or would leave no block at all. */
export function applySplice(body: RichDoc, { from, removed, inserted }: BlockSplice): RichDoc | null {
  const blocks = body.content;
  if (from + removed > blocks.length) return null;
  const content = [...blocks.slice(0, from), ...inserted, ...blocks.slice(from + removed)];
  if (content.length === 0 || content.length > MAX_BLOCKS) return null;
  return { type: 'doc', content };
}
