// The archive that hands the work over: one .zip with the data file, the newest backup and every
// document as Word; imported into a new, empty folder or into this one (after a backup); a damaged or
// foreign zip, or a folder that already has data, is refused in Swedish and nothing changes.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/core/ipc/backend';
import { sv } from '../../electron/shared/i18n/sv';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { sectionsOf } from '../../electron/shared/minutes/richText';
import { checkingExports } from '../support/checkedExports';
import { checkDocxStructure } from '../support/docxStructure';
import { contentOf, meetingWithMinutes } from '../support/minutesFixtures';
import { createRecordingHost, type RecordingHost } from '../support/recordingHost';
import { REFERENCE_DATE, referenceMinutesDoc } from '../support/referenceMinutes';
import { memberInput } from '../support/registerFixtures';
import { value, withBackend } from '../support/testBackend';

const t = sv.archive;

async function seeded(backend: Backend): Promise<Minutes> {
  await value(backend.invoke('saveMember', { id: null, member: memberInput({ name: 'Åsa Påhittad' }) }));
  const { minutes } = await meetingWithMinutes(backend, REFERENCE_DATE);
  const body = referenceMinutesDoc(sectionsOf(minutes.body).map((s) => s.sectionId));
  await value(backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { body }) }));
  return minutes;
}

async function exportArchive(backend: Backend, saveTo: (name: string) => string): Promise<string> {
  const path = saveTo('Arkiv.zip');
  expect(await value(backend.invoke('exportArchive', undefined))).toEqual({ path });
  return path;
}

async function otherBackend(dir: string): Promise<{ backend: Backend; host: RecordingHost; dataFile: string }> {
  const host = createRecordingHost();
  const dataDir = join(dir, 'nästa sekreterare', 'data');
  const backend = await createBackend({ dataDir, userDataDir: join(dir, 'nästa sekreterare'), documentsDir: dir, appVersion: '1', host });
  return { backend, host, dataFile: join(dataDir, 'ros-data.json') };
}

describe('the archive', () => {
  it('holds the data file, the newest backup and every document, and opens in a new folder as the same data', async () => {
    await withBackend(async (backend, saveTo, dir, host) => {
      const minutes = await seeded(backend);
      // A later session, whose first edit backs up the data as it was (a store made now has no backup yet).
      const later = checkingExports(await createBackend({ dataDir: join(dir, 'data'), userDataDir: dir, documentsDir: dir, appVersion: '1', host }));
      await value(later.invoke('updateSettings', { secretaryName: 'Kim Testsson' }));
      const zip = await JSZip.loadAsync(await readFile(await exportArchive(later, saveTo)));
      const names = Object.keys(zip.files);
      expect(names).toEqual(expect.arrayContaining([
        'arkiv.json', 'ros-data.json',
        `Dokument/Anteckningar/Kortfattade anteckningar RÖS ${REFERENCE_DATE}.docx`,
        `Dokument/Kallelser/Kallelse RÖS-möte ${REFERENCE_DATE}.docx`,
        'Dokument/Möten 2021.docx', 'Dokument/Kontaktlista RÖS.docx', 'Dokument/Undertecknande organisationer.docx',
      ]));
      expect(names.filter((n) => n.startsWith('Säkerhetskopior/') && n.endsWith('.json'))).toHaveLength(1);
      const docx = await zip.file(`Dokument/Anteckningar/Kortfattade anteckningar RÖS ${REFERENCE_DATE}.docx`)!.async('uint8array');
      expect((await checkDocxStructure(docx)).problems).toEqual([]);

      const next = await otherBackend(dir);
      next.host.answers.openFile = saveTo('Arkiv.zip');
      next.host.answers.folder = join(dir, 'överlämnat');
      expect(await value(next.backend.invoke('importArchive', { target: 'newFolder' }))).toMatchObject({ state: 'ready' });
      const imported = await value<Minutes>(next.backend.invoke('getMinutes', { id: minutes.id }));
      expect(imported.body).toEqual(referenceMinutesDoc(sectionsOf(minutes.body).map((s) => s.sectionId)));
      expect(JSON.parse(await readFile(join(dir, 'överlämnat', 'ros-data.json'), 'utf8')).members[0].name).toBe('Åsa Påhittad');
    });
  });

  it('imported into this folder replaces the data after keeping the current file as a backup', async () => {
    await withBackend(async (backend, saveTo, dir) => {
      await seeded(backend);
      await exportArchive(backend, saveTo);
      const next = await otherBackend(dir);
      await value(next.backend.invoke('updateSettings', { secretaryName: 'Nästa sekreterare' }));
      next.host.answers.openFile = saveTo('Arkiv.zip');
      await value(next.backend.invoke('importArchive', { target: 'current' }));
      expect((await value<Minutes[]>(next.backend.invoke('listMinutes', undefined)))).toHaveLength(1);
      const backups = await value<Array<{ fileName: string; reason: string }>>(next.backend.invoke('listBackups', undefined));
      const before = backups.find((b) => b.reason === 'before-restore')!;
      const kept = JSON.parse(await readFile(join(next.dataFile, '..', 'backups', before.fileName), 'utf8'));
      expect(kept.settings.secretaryName).toBe('Nästa sekreterare');
    });
  });

  it('refuses a damaged or foreign zip and a folder that has data, changing nothing', async () => {
    await withBackend(async (backend, saveTo, dir) => {
      await seeded(backend);
      const archive = await readFile(await exportArchive(backend, saveTo));
      const next = await otherBackend(dir);
      await value(next.backend.invoke('updateSettings', { secretaryName: 'Orörd' }));
      const before = await readFile(next.dataFile);

      const foreign = new JSZip();
      foreign.file('ros-data.json', '{}');
      const badData = await JSZip.loadAsync(archive);
      badData.file('ros-data.json', '{"app":"ros-sekreterare","schemaVersion":5,"settings":7}');
      const cases: Array<[string, Uint8Array, string]> = [
        ['trasig.zip', archive.subarray(0, archive.length / 2), t.notAZip],
        ['främmande.zip', await foreign.generateAsync({ type: 'uint8array' }), t.notOurs],
        ['skadad-data.zip', await badData.generateAsync({ type: 'uint8array' }), 'Arkivets datafil går inte att använda'],
      ];
      for (const [name, bytes, message] of cases) {
        next.host.answers.openFile = saveTo(name);
        await writeFile(next.host.answers.openFile, bytes);
        for (const target of ['current', 'newFolder'] as const) {
          const result = await next.backend.invoke('importArchive', { target });
          expect(result, name).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining(message) } });
        }
      }

      next.host.answers.openFile = saveTo('Arkiv.zip');
      next.host.answers.folder = join(dir, 'upptagen');
      await mkdir(next.host.answers.folder);
      await writeFile(join(next.host.answers.folder, 'ros-data.json'), 'någon annans data');
      expect(await next.backend.invoke('importArchive', { target: 'newFolder' })).toMatchObject({ ok: false, error: { code: 'IN_USE', message: t.folderHasData } });
      expect(await readFile(join(next.host.answers.folder, 'ros-data.json'), 'utf8')).toBe('någon annans data');
      expect(await readFile(next.dataFile)).toEqual(before);
      expect((await value<{ secretaryName: string }>(next.backend.invoke('getSettings', undefined))).secretaryName).toBe('Orörd');
    });
  });
});
