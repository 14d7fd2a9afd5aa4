/**
 * How the minutes editor's autosave reaches the store: the whole content the first time, then the
 * content with only the blocks of the text that changed since the text it sent before (`bodyChange.ts`),
 * so a save of long minutes no longer clones the whole text on the window's thread. When the store holds
 * another text than the one a change was made against (a save that failed, a restored version, a new
 * backend process), the same save sends the whole content at once, the newest the editor has given: the
 * answers come in the order the saves were sent, so a second send made at an older save's answer must
 * not carry that older text over a newer change sent meanwhile.
 */
import { spliceBetween } from '../../../electron/shared/minutes/bodyChange';
import type { MinutesContent } from '../../../electron/shared/minutes/minutes';
import type { BlockNode } from '../../../electron/shared/minutes/richText';
import type { Result } from '../../../electron/shared/ipc/result';
import { call } from '../../api/ros';

type Saved = Result<{ updatedAt: string }>;

/** `send`: how a save reaches the store; the window's bridge, or in the bench a backend called in its place. */
export function minutesSaver(id: string, send: typeof call = call): (content: MinutesContent) => Promise<Saved> {
  /** The text last sent and its version: what the store holds once every save sent so far is answered. */
  let sent: { blocks: readonly BlockNode[]; version: string } | null = null;

  const sendContent = async (content: MinutesContent): Promise<Saved> => {
    const base = sent;
    const version = crypto.randomUUID();
    sent = { blocks: content.body.content, version };
    const { body, ...rest } = content;
    const result = base
      ? await send('saveMinutesChange', { id, content: rest, change: { base: base.version, version, ...spliceBetween(base.blocks, body.content) } })
      : await send('saveMinutesContent', { id, content, bodyVersion: version });
    // Not stored: the next save sends the whole text, unless a newer one was sent meanwhile.
    if (!result.ok && sent?.version === version) sent = null;
    return result;
  };

  /** The newest content given to save: what a refused change sends whole. */
  let newest: MinutesContent;
  return async (content) => {
    newest = content;
    const result = await sendContent(content);
    if (result.ok || result.error.code !== 'BASE_CHANGED') return result;
    sent = null;
    return sendContent(newest);
  };
}
