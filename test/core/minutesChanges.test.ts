// The minutes editor's autosave sends only the blocks that changed (bodyChange.ts): the run between the
// same blocks at both ends, which applied to the old text gives the new one; the store applies a change
// only to the very text it was made against, and what is on disk is always a whole text the editor sent.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/ipc/backend';
import { FaultyFileSystem } from '../../electron/core/store/faultyFileSystem';
import { frozenJsonBytesByBlock } from '../../electron/core/store/frozenJson';
import { sv } from '../../electron/shared/i18n/sv';
import { applySplice, spliceBetween, type BodyChange } from '../../electron/shared/minutes/bodyChange';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { heading, paragraph, sectionsOf, type BlockNode, type RichDoc } from '../../electron/shared/minutes/richText';
import { contentOf, meetingWithMinutes, seedMinutesDoc } from '../support/minutesFixtures';
import { createRecordingHost } from '../support/recordingHost';
import { readStoreFolder } from '../support/storeFolder';
import { withTempDir } from '../support/tempDir';
import { backendIn, value, withBackend } from '../support/testBackend';

const doc = (content: BlockNode[]): RichDoc => ({ type: 'doc', content });

describe('the changed run of blocks', () => {
  it('turns the old text into the new one for every kind of edit, and holds only the blocks that differ', () => {
    const blocks = Array.from({ length: 12 }, (_, i) => paragraph(`stycke ${i}`));
    const typedInto = (i: number) => paragraph(`stycke ${i} med mer text`);
    const edits: Array<[string, BlockNode[], number]> = [
      ['nothing', blocks, 0],
      ['one block typed into', blocks.map((b, i) => (i === 5 ? typedInto(5) : b)), 1],
      ['the first block', blocks.map((b, i) => (i === 0 ? typedInto(0) : b)), 1],
      ['the last block', blocks.map((b, i) => (i === 11 ? typedInto(11) : b)), 1],
      ['a block split by Enter', [...blocks.slice(0, 4), paragraph('sty'), paragraph('cke 4'), ...blocks.slice(5)], 2],
      ['two blocks joined', [...blocks.slice(0, 3), paragraph('stycke 3stycke 4'), ...blocks.slice(5)], 1],
      ['a block added at the end', [...blocks, paragraph('ny')], 1],
      ['blocks deleted', [...blocks.slice(0, 2), ...blocks.slice(9)], 0],
      ['the same block twice in a row, one of them removed', [...blocks.slice(0, 6), blocks[5]!, ...blocks.slice(6)], 1],
      ['everything replaced', [paragraph('allt nytt')], 1],
    ];
    for (const [edit, next, inserted] of edits) {
      const splice = spliceBetween(blocks, next);
      expect(applySplice(doc(blocks), splice)?.content, edit).toEqual(next);
      expect(splice.inserted.length, edit).toBe(inserted);
      expect(applySplice(doc(next), spliceBetween(next, blocks))?.content, `${edit}, undone`).toEqual(blocks);
    }
  });

  it('does not fit a text it runs past, and never leaves a text without blocks', () => {
    const blocks = [paragraph('a'), paragraph('b')];
    expect(applySplice(doc(blocks), { from: 1, removed: 2, inserted: [] })).toBeNull();
    expect(applySplice(doc(blocks), { from: 0, removed: 2, inserted: [] })).toBeNull();
  });

  it('is written as the JSON of the whole text, made block by block, whatever the blocks hold', () => {
    const odd = ['"citat" och \\ snedstreck', 'Å, ä och ö 🙂', '\u0000blocks', '"\u0000blocks"', '</script>\u2028'];
    const first = doc([heading(randomUUID(), 'Överenskommelsen'), ...odd.map((text) => paragraph(text))]);
    const typed = applySplice(first, spliceBetween(first.content, [...first.content.slice(0, 2), paragraph('ändrad'), ...first.content.slice(3)]))!;
    for (const text of [doc([]), first, typed]) {
      expect(frozenJsonBytesByBlock(text).toString('utf8')).toBe(JSON.stringify(text));
    }
  });
});

/** The minutes' text on disk. */
const bodyOnDisk = (dir: string, id: string): RichDoc => readStoreFolder(join(dir, 'data')).minutes.find((m) => m.id === id)!.body;

/** Minutes saved whole as the editor's first save is, named `version`, with the seed text. */
async function savedWhole(backend: Backend, version: string): Promise<{ minutes: Minutes; body: RichDoc }> {
  const { minutes } = await meetingWithMinutes(backend);
  const body = seedMinutesDoc(sectionsOf(minutes.body).map((s) => s.sectionId));
  await value(backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { body }), bodyVersion: version }));
  return { minutes, body };
}

/** The editor's save of `next` as a change against `old`, the text it sent as `base`. */
const changeCall = (minutes: Minutes, old: RichDoc, next: RichDoc, base: string, version = randomUUID()) => {
  const { body: _body, ...content } = contentOf(minutes, { body: next });
  const change: BodyChange = { base, version, ...spliceBetween(old.content, next.content) };
  return { id: minutes.id, content, change };
};

describe('a minutes save of only the changed blocks', () => {
  it('puts the whole new text on disk, save after save, with the title saved beside it', async () => {
    await withBackend(async (backend, _saveTo, dir) => {
      const first = randomUUID();
      const { minutes, body } = await savedWhole(backend, first);
      const typed = doc(body.content.map((b, i) => (i === 2 ? paragraph('Fyra presentationer av aktuella samarbeten presenterades i Vänersborg.') : b)));
      const second = randomUUID();
      await value(backend.invoke('saveMinutesChange', changeCall(minutes, body, typed, first, second)));
      expect(bodyOnDisk(dir, minutes.id)).toEqual(typed);

      const split = doc([...typed.content.slice(0, 3), paragraph('Nytt stycke om Borås.'), ...typed.content.slice(3)]);
      const call = changeCall({ ...minutes, title: 'Anteckningar från mötet i Vänersborg' }, typed, split, second);
      expect(call.change.inserted).toHaveLength(1);
      await value(backend.invoke('saveMinutesChange', call));
      const onDisk = readStoreFolder(join(dir, 'data')).minutes.find((m) => m.id === minutes.id)!;
      expect(onDisk).toMatchObject({ title: 'Anteckningar från mötet i Vänersborg', body: split });
      expect((await value<Minutes>(backend.invoke('getMinutes', { id: minutes.id }))).body).toEqual(split);
    });
  });

  it('made against a change still being written is applied after it, in the order they were sent', async () => {
    await withBackend(async (backend, _saveTo, dir) => {
      const first = randomUUID();
      const { minutes, body } = await savedWhole(backend, first);
      const once = doc([...body.content, paragraph('Ett.')]);
      const twice = doc([...once.content, paragraph('Två.')]);
      const second = randomUUID();
      const both = await Promise.all([
        backend.invoke('saveMinutesChange', changeCall(minutes, body, once, first, second)),
        backend.invoke('saveMinutesChange', changeCall(minutes, once, twice, second)),
      ]);
      expect(both).toMatchObject([{ ok: true }, { ok: true }]);
      expect(bodyOnDisk(dir, minutes.id)).toEqual(twice);
    });
  });

  it('is refused with BASE_CHANGED, writing nothing, when the stored text is not the one it was made against', async () => {
    await withBackend(async (backend, _saveTo, dir) => {
      const version = randomUUID();
      const { minutes, body } = await savedWhole(backend, version);
      const typed = doc([...body.content, paragraph('Mötet avslutades.')]);
      const before = JSON.stringify(bodyOnDisk(dir, minutes.id));
      const refused = async (base: string) => {
        expect(await backend.invoke('saveMinutesChange', changeCall(minutes, body, typed, base))).toEqual({
          ok: false, error: { code: 'BASE_CHANGED', message: sv.minutes.baseChanged },
        });
        expect(JSON.stringify(bodyOnDisk(dir, minutes.id))).toBe(before);
      };
      await refused(randomUUID());

      // The editor's last text replaced by a restored version: a change made against it is refused.
      const locked = await value<Minutes>(backend.invoke('setMinutesStatus', { id: minutes.id, status: 'approved' }));
      await value(backend.invoke('unlockMinutes', { id: minutes.id, reason: 'Rättelse' }));
      const last = randomUUID();
      await value(backend.invoke('saveMinutesChange', changeCall(minutes, body, typed, version, last)));
      await value(backend.invoke('restoreMinutesSnapshot', { id: minutes.id, snapshotId: locked.snapshots.at(-1)!.id }));
      const restored = JSON.stringify(bodyOnDisk(dir, minutes.id));
      expect(restored).toBe(before);
      const call = changeCall(minutes, typed, doc([...typed.content, paragraph('Justerat.')]), last);
      expect(await backend.invoke('saveMinutesChange', call)).toMatchObject({ ok: false, error: { code: 'BASE_CHANGED' } });
      expect(JSON.stringify(bodyOnDisk(dir, minutes.id))).toBe(restored);
    });
  });

  it('is refused after the backend started again: the text read from disk has no version', async () => {
    await withTempDir(async (dir) => {
      const host = createRecordingHost();
      const open = () => backendIn(dir, host);
      const version = randomUUID();
      const { minutes, body } = await savedWhole(await open(), version);
      const again = await open();
      const typed = doc([...body.content, paragraph('Mötet avslutades.')]);
      expect(await again.invoke('saveMinutesChange', changeCall(minutes, body, typed, version))).toMatchObject({ ok: false, error: { code: 'BASE_CHANGED' } });
      expect(bodyOnDisk(dir, minutes.id)).toEqual(body);
      await host.close();
    });
  });

  it('that does not fit the text is refused as invalid, writing nothing', async () => {
    await withBackend(async (backend, _saveTo, dir) => {
      const version = randomUUID();
      const { minutes, body } = await savedWhole(backend, version);
      const call = changeCall(minutes, body, body, version);
      call.change = { ...call.change, from: body.content.length, removed: 1 };
      expect(await backend.invoke('saveMinutesChange', call)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: sv.minutes.changeDoesNotFit } });
      expect(bodyOnDisk(dir, minutes.id)).toEqual(body);
    });
  });

  it('failing at any file operation, once or for ever, leaves a whole text on disk, and a change made against the failed one lands only where that text is stored', async () => {
    await withTempDir(async (dir) => {
      const host = createRecordingHost();
      const fs = new FaultyFileSystem();
      const backend = await backendIn(dir, host, { fs });
      let version = randomUUID();
      const { minutes, body } = await savedWhole(backend, version);
      let stored = body;
      // How many file operations one change takes: every one of them is failed in turn below.
      fs.resetCount();
      const counted = doc([...stored.content, paragraph('Räknad.')]);
      const countedVersion = randomUUID();
      await value(backend.invoke('saveMinutesChange', changeCall(minutes, stored, counted, version, countedVersion)));
      const operations = fs.operations;
      expect(operations).toBeGreaterThan(3);
      [stored, version] = [counted, countedVersion];

      for (let failAt = 1; failAt <= operations; failAt++) {
        for (const mode of ['once', 'forever'] as const) {
          const label = `operation ${failAt} failed ${mode}`;
          const next = doc([...stored.content, paragraph(`Stycke ${failAt} ${mode}.`)]);
          const failed = randomUUID();
          fs.failNth(failAt, 'EIO', mode);
          const result = await backend.invoke('saveMinutesChange', changeCall(minutes, stored, next, version, failed));
          fs.heal();
          const onDisk = bodyOnDisk(dir, minutes.id);
          if (result.ok) {
            // A failure the store recovered from (a backup's clean-up, say) does not stop the save.
            expect(onDisk, label).toEqual(next);
            [stored, version] = [next, failed];
            continue;
          }
          expect(result.error.code, label).toBe('SAVE_FAILED');
          // The old text or, when the fault came after the new file was in place, the new one: whole,
          // and what the backend holds in memory.
          expect([stored, next], label).toContainEqual(onDisk);
          expect((await value<Minutes>(backend.invoke('getMinutes', { id: minutes.id }))).body, label).toEqual(onDisk);
          // A change made against the failed text lands only where that very text is what the store holds.
          const after = doc([...next.content, paragraph('Efter felet.')]);
          const answer = await backend.invoke('saveMinutesChange', changeCall(minutes, next, after, failed));
          if (JSON.stringify(onDisk) === JSON.stringify(next)) {
            expect(answer, label).toMatchObject({ ok: true });
            expect(bodyOnDisk(dir, minutes.id), label).toEqual(after);
          } else {
            expect(answer, label).toMatchObject({ ok: false, error: { code: 'BASE_CHANGED' } });
            expect(bodyOnDisk(dir, minutes.id), label).toEqual(stored);
          }
          // The editor then sends the whole text again, which lands.
          const whole = randomUUID();
          await value(backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { body: after }), bodyVersion: whole }));
          expect(bodyOnDisk(dir, minutes.id), label).toEqual(after);
          [stored, version] = [after, whole];
        }
      }
      await host.close();
    });
  });
});
