// Minutes read from disk keep their bodies as bytes: seen as ordinary minutes everywhere, encoded without parsing.
import { randomUUID } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isCompact } from '../../electron/core/store/compactBodies';
import { FolderStore } from '../../electron/core/store/folderStore';
import { nodeFileSystem } from '../../electron/core/store/fileSystem';
import { encodeMinutesFileBytes, encodeStore } from '../../electron/core/store/storeCodec';
import { StoreSession } from '../../electron/core/store/storeSession';
import { saveMinutesContent, setMinutesStatus } from '../../electron/core/minutes/minutesService';
import { searchMinutes } from '../../electron/core/minutes/minutesSearch';
import { paragraph, type RichDoc } from '../../electron/shared/minutes/richText';
import { createEmptyStore, type StoreData } from '../../electron/shared/store/schema';
import { referenceMinutesDoc } from '../support/referenceMinutes';
import { contentOf, storedMinutes } from '../support/minutesFixtures';
import { withTempDir } from '../support/tempDir';

const at = '2024-06-13T08:00:00.000Z';
const doc = (text: string): RichDoc => ({ type: 'doc', content: [paragraph(text)] });

function storeWithMinutes(): StoreData {
  const data = createEmptyStore();
  const minutes = storedMinutes({ body: referenceMinutesDoc() });
  const snapshot = { id: randomUUID(), at, status: 'draft' as const, content: contentOf(minutes, { body: doc('Mötet öppnades.') }) };
  data.minutes.push({ ...minutes, snapshots: [snapshot] });
  return data;
}

async function written(dir: string): Promise<{ dataDir: string; data: StoreData }> {
  const data = storeWithMinutes();
  await new FolderStore(nodeFileSystem, dir).replaceAll(data);
  return { dataDir: dir, data: JSON.parse(JSON.stringify(data)) as StoreData };
}

async function minutesFileOnDisk(dataDir: string, id: string): Promise<Buffer> {
  const folder = (await readdir(dataDir)).find((name) => name.startsWith('minutes-'))!;
  return readFile(join(dataDir, folder, `${id}.json`));
}

describe('minutes read from disk', () => {
  it('keep their bodies as bytes, and show them to spreading, JSON and structured clone (the IPC) unchanged', async () => {
    await withTempDir(async (dir) => {
      const { dataDir, data } = await written(dir);
      const session = await StoreSession.open({ fs: nodeFileSystem, dataDir });
      const minutes = session.data.minutes[0]!;
      expect(isCompact(minutes)).toBe(true);
      expect(isCompact(minutes.snapshots[0]!.content)).toBe(true);
      expect(structuredClone(minutes)).toEqual(data.minutes[0]);
      expect(JSON.parse(JSON.stringify(minutes))).toEqual(data.minutes[0]);
      expect({ ...minutes }.body).toEqual(data.minutes[0]!.body);
      expect(minutes.body).toBe(minutes.body);
    });
  });

  it('encode to the bytes on disk without parsing their bodies', async () => {
    await withTempDir(async (dir) => {
      const { dataDir } = await written(dir);
      const session = await StoreSession.open({ fs: nodeFileSystem, dataDir });
      const minutes = session.data.minutes[0]!;
      const parse = vi.spyOn(JSON, 'parse');
      try {
        const bytes = encodeMinutesFileBytes(minutes);
        encodeStore(session.data);
        expect(parse).not.toHaveBeenCalled();
        expect(bytes.equals(await minutesFileOnDisk(dataDir, minutes.id))).toBe(true);
      } finally {
        parse.mockRestore();
      }
    });
  });

  it('refuse an edit in place', async () => {
    await withTempDir(async (dir) => {
      const { dataDir } = await written(dir);
      const session = await StoreSession.open({ fs: nodeFileSystem, dataDir });
      const minutes = session.data.minutes[0]!;
      expect(() => minutes.body.content.push(paragraph('Tillagd på plats.'))).toThrow(TypeError);
      expect(() => (minutes.title = 'Ändrad på plats')).toThrow(TypeError);
      expect(() => ((minutes as { body: RichDoc }).body = doc('Utbytt på plats.'))).toThrow(TypeError);
      expect(() => minutes.snapshots[0]!.content.body.content.pop()).toThrow(TypeError);
    });
  });

  it('save a change, keep their snapshots, and are found by the search', async () => {
    await withTempDir(async (dir) => {
      const { dataDir, data } = await written(dir);
      const session = await StoreSession.open({ fs: nodeFileSystem, dataDir });
      const id = session.data.minutes[0]!.id;
      expect(searchMinutes(session.data, 'mötet öppnades')).toEqual([]);
      const before = searchMinutes(session.data, 'e');
      expect(before.length).toBeGreaterThan(0);
      await setMinutesStatus(session, id, 'inReview');
      const changed = doc('Mötet öppnades och dagordningen godkändes.');
      await saveMinutesContent(session, id, { title: 'Ny titel', form: 'brief', body: changed, decisions: [], actions: [] });
      expect(searchMinutes(session.data, 'DAGORDNINGEN')[0]!.sentence).toBe('Mötet öppnades och dagordningen godkändes.');

      const reopened = await StoreSession.open({ fs: nodeFileSystem, dataDir });
      expect(reopened.status().state).toBe('ready');
      const minutes = reopened.data.minutes[0]!;
      expect(minutes).toMatchObject({ title: 'Ny titel', body: changed, status: 'inReview' });
      expect(minutes.snapshots.map((s) => s.content.body)).toEqual([data.minutes[0]!.snapshots[0]!.content.body, data.minutes[0]!.body]);
    });
  });
});
