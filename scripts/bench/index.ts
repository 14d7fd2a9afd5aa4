/**
 * `npm run bench`: measures what the issues name in numbers on a generated stress store and prints
 * one table, each result beside its goal (and, where there is one, its floor measured in the same run).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoreSession, DATA_FILE_NAME } from '../../electron/core/store/storeSession';
import { nodeFileSystem } from '../../electron/core/store/fileSystem';
import { encodeStore } from '../../electron/core/store/storeCodec';
import { FolderStore } from '../../electron/core/store/folderStore';
import { openStoreFolder } from '../../test/support/storeFolder';
import { storeWrites } from './storeWrites';
import { filterMembers, filterOrganisations } from '../../electron/shared/register/search';
import { dataFolderWith, stressStore } from './stressStore';
import { addStressMinutes } from './stressMinutes';
import { searchMinutes } from '../../electron/core/minutes/minutesSearch';
import { wordCount } from '../../electron/shared/minutes/richText';
import { keystrokeLatency } from './keystrokeLatency';
import { ipcRoundTrip } from './ipcRoundTrip';
import { firstScreen } from './firstScreen';
import { exportTimes } from './exportTime';
import { channelFamilies, type ChannelFamily } from '../../electron/shared/ipc/channels';
import { fuzzFamily } from '../../test/support/ipcFuzz';
import { withBackend } from '../../test/support/testBackend';
import { runCrashTrials } from '../../test/support/crashTrials';
import { ms, rawDurableWrite, time } from './measure';

interface Row {
  what: string;
  result: string;
  goal: string;
  met: boolean;
}

const rows: Row[] = [];
/** The stress store: 1,000 members, 120 organisations, 100 meetings with minutes of 5,000 words. */
const data = addStressMinutes(stressStore(1000, 120));
const names = new Map(data.organisations.map((o) => [o.id, o.name]));
const organisationName = (id: string | null) => (id ? (names.get(id) ?? '') : '');

const queries = ['å', 'berg', 'Örjan Ek', 'förbundet', 'person9', 'zzz', 'lind ström', 'kultur'];
const shown = await firstScreen(data);
rows.push({
  what: `Första skärmen med data (${(encodeStore(data).length / 1e6).toFixed(1)} MB): öppna datafilen + Möten visar årets möten, p95`,
  result: `${ms(shown.openStore.p95)} + ${ms(shown.renderer.p95)} = ${ms(shown.total.p95)}`,
  goal: '< 800 ms',
  met: shown.total.p95 < 800,
});

const search = await time(2000, (i) => {
  const query = queries[i % queries.length]!;
  filterMembers(data.members, { query, side: 'all', role: 'all', active: 'active' }, organisationName);
  filterOrganisations(data.organisations, { query, status: 'connected', kind: 'all' });
});
rows.push({ what: `Sök och filtrera ${data.members.length} ledamöter + ${data.organisations.length} organisationer, p95`, result: ms(search.p95), goal: '< 16 ms (en bildruta)', met: search.p95 < 16 });

const totalWords = data.minutes.reduce((sum, m) => sum + wordCount(m.body), 0);
const minutesQueries = ['Nära vård', 'samverkan', 'förening budget', 'göteborg', 'zzz', 'å', 'partnerskap kansliet'];
const minutesSearch = await time(200, (i) => searchMinutes(data, minutesQueries[i % minutesQueries.length]!));
rows.push({ what: `Sök i ${data.minutes.length} anteckningar (${(totalWords / 1000).toFixed(0)} 000 ord), p95`, result: ms(minutesSearch.p95), goal: '< 30 ms', met: minutesSearch.p95 < 30 });

const latency = await keystrokeLatency(data);
const longest = `en anteckning på ${wordCount(data.minutes[0]!.body)} ord`;
rows.push({ what: `Tangent till målad bildruta i ${longest} (Chromium), p95`, result: ms(latency.toScreen.p95), goal: '< 16 ms', met: latency.toScreen.p95 < 16 });
rows.push({
  what: `Editorns arbete per tangent i ${longest}, p95; tangenter som syns i nästa bildruta`,
  result: `${ms(latency.work.p95)}; ${(latency.nextFrameShare * 100).toFixed(0)} %`,
  goal: '< 16 ms; 100 %',
  met: latency.work.p95 < 16 && latency.nextFrameShare === 1,
});

// The archive of the whole stress store is made in the backend process while the secretary types.
const zip = join(await mkdtemp(join(tmpdir(), 'ros-bench-arkiv-')), 'Arkiv.zip');
const duringArchive = await keystrokeLatency(data, {
  whileTyping: async (app) => {
    await app.backend.control({ type: 'answer', answers: { savePath: zip } });
    const result = (await app.backend.invoke('exportArchive', undefined)) as { ok: boolean };
    if (!result.ok) throw new Error('Arkivexporten misslyckades i mätningen.');
  },
});
rows.push({
  what: `Tangent till målad bildruta medan arkivet av hela datamängden exporteras (${ms(duringArchive.workMs ?? Number.NaN)}, ${duringArchive.toScreen.runs} tangenter), p95; i nästa bildruta`,
  result: `${ms(duringArchive.toScreen.p95)}; ${(duringArchive.nextFrameShare * 100).toFixed(0)} %`,
  goal: '< 50 ms (fönstret fryser inte)',
  met: duringArchive.toScreen.p95 < 50,
});

const roundTrip = await ipcRoundTrip(dataFolderWith(data));
rows.push({
  what: `IPC-anrop fram och tillbaka genom bakgrundsprocessen (getAppInfo, ${roundTrip.backend.runs} anrop) mot samma meddelande som eko från en tom process, p95`,
  result: `${ms(roundTrip.backend.p95)} / ${ms(roundTrip.floor.p95)}`,
  goal: '< 2 ms',
  met: roundTrip.backend.p95 < 2,
});

for (const timing of await exportTimes()) {
  const ratio = timing.pandoc ? timing.pandoc.p50 / timing.ours.p50 : null;
  const seedSized = timing.words < 1000;
  rows.push({
    what: `Word-export av ${timing.label} (${timing.words} ord) mot pandoc med samma innehåll, p50`,
    result: timing.pandoc ? `${ms(timing.ours.p50)} / ${ms(timing.pandoc.p50)}: ${ratio!.toFixed(1)}× snabbare` : `${ms(timing.ours.p50)} (pandoc saknas)`,
    goal: seedSized ? '< 50 ms och ≥ 5× snabbare' : '≥ 5× snabbare',
    met: (!seedSized || timing.ours.p50 < 50) && ratio !== null && ratio >= 5,
  });
}

for (const family of Object.keys(channelFamilies) as ChannelFamily[]) {
  await withBackend(async (backend, _saveTo, folder) => {
    const started = performance.now();
    const report = await fuzzFamily(backend, family, 10_000, 2026);
    let valid = true;
    try {
      await openStoreFolder(join(folder, 'data'));
    } catch {
      valid = false;
    }
    rows.push({
      what: `IPC-fuzz, kanalfamiljen ${family}: ${report.calls} slumpade anrop (${((performance.now() - started) / 1000).toFixed(1)} s)`,
      result: `${report.failures.length} kast eller oväntade fel; datafilen ${valid ? 'giltig' : 'OGILTIG'}`,
      goal: '0; giltig',
      met: report.failures.length === 0 && valid,
    });
  });
}

const CRASH_TRIALS = Number(process.env.ROS_BENCH_CRASH_TRIALS ?? 500);
{
  const started = performance.now();
  const outcomes = await runCrashTrials(CRASH_TRIALS, 4, 150);
  const unparsable = outcomes.filter((o) => o.onDisk === null).length;
  const lost = outcomes.filter((o) => o.onDisk !== null && o.onDisk < o.lastAcknowledged).length;
  rows.push({
    what: `Krasch: ${outcomes.length} SIGKILL mitt i sparandet (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    result: `${unparsable} oläsbara filer, ${lost} kvitterade ändringar förlorade`,
    goal: '0 och 0',
    met: unparsable === 0 && lost === 0,
  });
}

const dir = await mkdtemp(join(tmpdir(), 'ros-bench-'));
try {
  await new FolderStore(nodeFileSystem, dir).replaceAll(data);
  const session = await StoreSession.open({ fs: nodeFileSystem, dataDir: dir });
  await session.update((d) => void (d.settings.secretaryName = 'Första'));
  const save = await time(30, (i) => session.update((d) => void (d.settings.secretaryName = `Namn ${i}`)));
  // A register or settings edit writes the main file only: the floor writes the very same bytes.
  const bytes = readFileSync(join(dir, DATA_FILE_NAME));
  const raw = await time(30, () => rawDurableWrite(join(dir, 'raw.json'), bytes));
  const saveRatio = save.p50 / raw.p50;
  rows.push({ what: `Spara en ändring i inställningarna (huvudfilen, ${(bytes.length / 1e6).toFixed(1)} MB) mot rå write+fsync+rename av samma bytes, p50`, result: `${ms(save.p50)} / ${ms(raw.p50)} = ${saveRatio.toFixed(2)}×`, goal: '≤ 1,5×', met: saveRatio <= 1.5 });

  const files = [join(dir, DATA_FILE_NAME), ...(await readdir(join(dir, 'minutes-1'))).map((name) => join(dir, 'minutes-1', name))];
  const load = await time(10, () => new FolderStore(nodeFileSystem, dir).read());
  const parse = await time(10, () => files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as unknown));
  const loadRatio = load.p50 / parse.p50;
  rows.push({ what: `Läsa in och validera datamappen (${files.length} filer) mot rå läsning och JSON.parse av samma filer, p50`, result: `${ms(load.p50)} / ${ms(parse.p50)} = ${loadRatio.toFixed(2)}×`, goal: '≤ 2×', met: loadRatio <= 2 });
} finally {
  await rm(dir, { recursive: true, force: true });
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
for (const scale of [1, 10]) {
  const figures = await storeWrites(scale);
  const written = figures.bytesPerAutosave / figures.minutesFileBytes;
  rows.push({
    what: `Skrivet per autosparning av en anteckning (${scale}×, ${mb(figures.diskBytes)} på disk) mot anteckningens egen fil`,
    result: `${(figures.bytesPerAutosave / 1000).toFixed(0)} kB / ${(figures.minutesFileBytes / 1000).toFixed(0)} kB = ${written.toFixed(2)}×`,
    goal: '≤ 2×',
    met: written <= 2,
  });
  rows.push({
    what: `Autosparning av en anteckning genom bakgrundsprocessen (${scale}×, ${figures.autosave.runs} sparningar), p95; golv: samma bytes rått skrivna med fsync och rename`,
    result: `${ms(figures.autosave.p95)}; golv ${ms(figures.autosaveFloor.p95)}`,
    goal: '≤ 15 ms',
    met: figures.autosave.p95 <= 15,
  });
  rows.push({
    what: `Kallstart av bakgrundsprocessen (${scale}×) tills första skärmens data är besvarade, p95 (${figures.firstScreenData.runs} starter); golv: samma start på en tom datamapp; hela datamappen inläst`,
    result: `${ms(figures.firstScreenData.p95)}; golv ${ms(figures.firstScreenFloor.p95)}; ${ms(figures.wholeFolderRead.p95)}`,
    goal: '≤ 1 s',
    met: figures.firstScreenData.p95 <= 1000,
  });
  const memory = figures.peakMemoryBytes / figures.diskBytes;
  rows.push({ what: `Bakgrundsprocessens högsta minne (${scale}×) mot data på disk`, result: `${mb(figures.peakMemoryBytes)} / ${mb(figures.diskBytes)} = ${memory.toFixed(1)}×`, goal: '≤ 3×', met: memory <= 3 });
}

console.log('| Mätning | Resultat | Mål | Uppfyllt |\n| --- | --- | --- | --- |');
for (const row of rows) console.log(`| ${row.what} | ${row.result} | ${row.goal} | ${row.met ? 'ja' : 'NEJ'} |`);
