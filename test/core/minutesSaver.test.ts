// The editor's saver (minutesSaver.ts) against the real backend, with the answers held back and let go
// one by one, oldest first, as a slow disk gives them: whatever comes back refused for the whole text,
// the text on disk at the end is the newest one the editor gave.
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../electron/core/ipc/backend';
import type { MinutesContent } from '../../electron/shared/minutes/minutes';
import { paragraph, sectionsOf, type RichDoc } from '../../electron/shared/minutes/richText';
import { minutesSaver } from '../../renderer/features/minutes/minutesSaver';
import { contentOf, meetingWithMinutes, seedMinutesDoc } from '../support/minutesFixtures';
import { createRecordingHost } from '../support/recordingHost';
import { readStoreFolder } from '../support/storeFolder';
import { withTempDir } from '../support/tempDir';
import { backendIn } from '../support/testBackend';

afterEach(() => vi.unstubAllGlobals());

/** `window.ros` for the saver: each call reaches `backend()` at once; its answer waits to be let go. */
function heldBridge(backend: () => Backend) {
  const held: Array<() => void> = [];
  const route = (channel: string) => async (input: unknown) => {
    const answer = backend().invoke(channel, input);
    await new Promise<void>((resolve) => held.push(resolve));
    return answer;
  };
  vi.stubGlobal('window', { ros: { saveMinutesContent: route('saveMinutesContent'), saveMinutesChange: route('saveMinutesChange') } });
  return {
    /** Waits until `count` calls wait for their answer. */
    waiting: (count: number) => vi.waitFor(() => expect(held.length).toBe(count)),
    /** Lets the oldest held answer go. */
    release: () => held.shift()!(),
    /** Lets every answer go, oldest first, the answers to calls they lead to as well, until `done` settles. */
    async drain(done: Promise<unknown>): Promise<void> {
      let settled = false;
      void done.finally(() => (settled = true));
      while (!settled) {
        await vi.waitFor(() => expect(held.length > 0 || settled).toBe(true));
        if (held.length > 0) held.shift()!();
      }
    },
  };
}

describe('the minutes saver', () => {
  it('leaves the newest text on disk when changes sent one after another come back refused, late and out of step', async () => {
    await withTempDir(async (dir) => {
      const host = createRecordingHost();
      const open = () => backendIn(dir, host);
      let backend = await open();
      const { minutes } = await meetingWithMinutes(backend);
      const seed = seedMinutesDoc(sectionsOf(minutes.body).map((s) => s.sectionId));
      const texts: RichDoc[] = [seed];
      const next = (words: string): MinutesContent => {
        texts.push({ type: 'doc', content: [...texts.at(-1)!.content, paragraph(words)] });
        return contentOf(minutes, { body: texts.at(-1)! });
      };
      const bridge = heldBridge(() => backend);
      const save = minutesSaver(minutes.id);

      const first = save(next('Första stycket.'));
      await bridge.waiting(1);
      bridge.release();
      expect(await first).toMatchObject({ ok: true });

      // A new backend process: it knows no version of the text, so the next two changes are refused.
      backend = await open();
      const second = save(next('Andra stycket.'));
      const third = save(next('Tredje stycket.'));
      await bridge.waiting(2);
      // The second's refusal: the whole text goes again, the newest given (the third's).
      bridge.release();
      await bridge.waiting(2);
      // A change made against that whole text, sent before the third's refusal comes back.
      const fourth = save(next('Fjärde stycket.'));
      const answers = Promise.all([second, third, fourth]);
      await bridge.drain(answers);
      for (const answer of await answers) expect(answer).toMatchObject({ ok: true });
      const onDisk = readStoreFolder(join(dir, 'data')).minutes[0]!.body;
      expect(onDisk).toEqual(texts.at(-1));
      await host.close();
    });
  });
});
