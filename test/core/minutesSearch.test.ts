// The search across all minutes, through its word index: words found as the user types them (the start
// of a word is enough), every word required, å ä ö their own letters, the best hits first, and each hit
// naming the very word the editor opens at. The index follows every change of the store's minutes.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_HITS, searchMinutes } from '../../electron/core/minutes/minutesSearch';
import { deleteMinutes, restoreSnapshot, saveMinutesContent, setMinutesStatus } from '../../electron/core/minutes/minutesService';
import { FolderStore } from '../../electron/core/store/folderStore';
import { nodeFileSystem } from '../../electron/core/store/fileSystem';
import { encodeStore } from '../../electron/core/store/storeCodec';
import { StoreSession } from '../../electron/core/store/storeSession';
import { AppError } from '../../electron/core/appError';
import type { Meeting } from '../../electron/shared/meetings/meeting';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import type { MinutesSearchHit } from '../../electron/shared/minutes/search';
import { heading, paragraph, textBlocks, type BlockNode, type RichDoc } from '../../electron/shared/minutes/richText';
import { foldCase, occurrences } from '../../electron/shared/minutes/textMatch';
import { createEmptyStore, type StoreData } from '../../electron/shared/store/schema';
import { contentOf, storedMinutes } from '../support/minutesFixtures';
import { withTempDir } from '../support/tempDir';

const at = '2024-06-13T08:00:00.000Z';

function meetingOn(date: string): Meeting {
  return {
    id: randomUUID(), date, startTime: '10:00', endTime: '15:00', kind: 'RÖS-möte', titleSuffix: '', place: { type: 'toBeAnnounced' },
    digitalLink: '', status: 'held', cancelReason: '', rsvpDate: '', refreshments: '', chairId: null, secretaryId: null, agenda: [], attendance: [], guests: [], createdAt: at, updatedAt: at,
  };
}

/** A store with one meeting and minutes per entry, the minutes' body made of `blocks`. */
function store(...entries: Array<{ date: string; blocks: BlockNode[]; patch?: Partial<Minutes> }>): StoreData {
  const data = createEmptyStore();
  for (const { date, blocks, patch } of entries) {
    const meeting = meetingOn(date);
    data.meetings.push(meeting);
    data.minutes.push(storedMinutes({ meetingId: meeting.id, body: { type: 'doc', content: blocks }, ...patch }));
  }
  return data;
}

const doc = (...texts: string[]): RichDoc => ({ type: 'doc', content: texts.map((text) => paragraph(text)) });
const sentences = (hits: MinutesSearchHit[]) => hits.map((hit) => hit.sentence);

/** The text the editor selects for a hit: the `occurrence`-th `match` in the text blocks, counted as findInDoc counts. */
function landing(data: StoreData, hit: MinutesSearchHit): string {
  const body = data.minutes.find((m) => m.id === hit.minutesId)!.body;
  const places = textBlocks(body).flatMap((block) => occurrences(foldCase(block.text), hit.match).map((from) => ({ block, from })));
  const place = places[hit.occurrence!]!;
  const after = place.block.text.slice(place.from);
  return `${after.slice(0, hit.match.length)}|${after.slice(hit.match.length).split(/\s/)[0]}`;
}

describe('the minutes search', () => {
  it('finds a word from its start, as the user types, and the hit lands on that whole word', () => {
    const data = store({
      date: '2024-03-14',
      blocks: [
        heading('s1', 'Överenskommelsen'),
        paragraph('Arbetet med överenskommelsen fortsätter. Överenskommelsegruppen träffas i maj.'),
        paragraph('Ingen ensk träff här: svenskan är inte en början.'),
      ],
    });
    const hits = searchMinutes(data, 'överensk');
    expect(sentences(hits)).toEqual(['Överenskommelsen', 'Arbetet med överenskommelsen fortsätter.']);
    expect(hits.map((hit) => [hit.match, hit.occurrence])).toEqual([['överenskommelsen', 0], ['överenskommelsen', 1]]);
    expect(landing(data, hits[1]!)).toBe('överenskommelsen|');
    expect(sentences(searchMinutes(data, 'ÖVERENSKOMMELSEG'))).toEqual(['Överenskommelsegruppen träffas i maj.']);
    // "ensk" is inside "svenskan", not at a word's start; the paragraph is found for its own word "ensk".
    const ensk = searchMinutes(data, 'ensk');
    expect(ensk.map((hit) => landing(data, hit))).toEqual(['ensk|']);
  });

  it('lands on the phrase as typed when the text has it, and counts it as the editor does', () => {
    const data = store({
      date: '2024-03-14',
      blocks: [paragraph('Nära vården, sa någon. Vård nära hemmet.'), paragraph('Pilotprojekt Nära vård. Mer nära vård i Alingsås.')],
    });
    const hits = searchMinutes(data, 'nära  VÅRD');
    expect(hits.map((hit) => [hit.match, hit.occurrence])).toEqual([['nära vården', 0], ['nära vård', 1]]);
    expect(hits.map((hit) => landing(data, hit))).toEqual(['Nära vården|,', 'Nära vård|.']);
  });

  it('wants every word, in the same paragraph, decision or action item', () => {
    const data = store(
      { date: '2024-01-10', blocks: [paragraph('Budgeten för Borås antogs.'), paragraph('Skövde fick en egen budget.')] },
      { date: '2024-02-10', blocks: [paragraph('Borås nämndes.'), paragraph('Budgeten diskuterades.')] },
    );
    expect(sentences(searchMinutes(data, 'borås budget'))).toEqual(['Budgeten för Borås antogs.']);
    expect(sentences(searchMinutes(data, 'budget skövde'))).toEqual(['Skövde fick en egen budget.']);
    expect(searchMinutes(data, 'budget göteborg')).toEqual([]);
  });

  it('finds the one paragraph that has two words every minutes has, but apart', () => {
    const filler = (i: number) => Array.from({ length: 100 }, (_, j) => paragraph(`Samverkan med föreningar i regionen diskuterades utförligt ${i}-${j}.`));
    const data = store(
      ...Array.from({ length: 200 }, (_, i) => ({
        date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
        blocks: [paragraph(`Budgeten för år ${i} antogs.`), ...filler(i), paragraph(`Skövde nämndes ${i}.`), paragraph(`Kultur ${i}.`)],
      })),
      { date: '2019-05-05', blocks: [paragraph('Kultur i Skövde.'), paragraph('Budgeten för Skövde antogs.')] },
    );
    expect(sentences(searchMinutes(data, 'budget skövde'))).toEqual(['Budgeten för Skövde antogs.']);
    expect(searchMinutes(data, 'skövde budget')).toEqual([expect.objectContaining({ meetingDate: '2019-05-05', match: 'budgeten', occurrence: 0 })]);
    // Its time is the bench's (the query "12 13" of its mix: two words every minutes has, never together).
    expect(searchMinutes(data, 'kultur')).toHaveLength(MAX_HITS);
  });

  it('keeps å, ä and ö as letters of their own, both ways; case does not matter', () => {
    const data = store({ date: '2024-01-10', blocks: [paragraph('Nära vård i Göteborg.'), paragraph('Nara vard är inget ord, och Goteborg stavas fel.')] });
    expect(sentences(searchMinutes(data, 'Nara vard'))).toEqual(['Nara vard är inget ord, och Goteborg stavas fel.']);
    expect(sentences(searchMinutes(data, 'NÄRA VÅRD'))).toEqual(['Nära vård i Göteborg.']);
    expect(sentences(searchMinutes(data, 'göte'))).toEqual(['Nära vård i Göteborg.']);
    expect(sentences(searchMinutes(data, 'gote'))).toEqual(['Nara vard är inget ord, och Goteborg stavas fel.']);
    expect(searchMinutes(data, 'vär')).toEqual([]);
    expect(searchMinutes(data, 'å')).toEqual([]);
  });

  it('finds text written with combining marks (as copied from a PDF or typed on a Mac) and lands on it as written', () => {
    const nfd = (text: string) => text.normalize('NFD');
    const data = store({
      date: '2024-01-10',
      blocks: [paragraph(nfd('Nära vård i Göteborg.')), paragraph('Ett nytt förslag om vård.'), paragraph('Nara vard och Goteborg stavas fel.')],
    });
    expect(nfd('Nära')).not.toBe('Nära');
    const near = searchMinutes(data, 'NÄRA VÅRD');
    expect(sentences(near)).toEqual([nfd('Nära vård i Göteborg.')]);
    expect(landing(data, near[0]!)).toBe(nfd('Nära vård|'));
    const gbg = searchMinutes(data, 'göteb');
    expect(gbg.map((hit) => landing(data, hit))).toEqual([nfd('Göteborg|.')]);
    // Each "vård" is found and opened where it is, however it is written.
    expect(searchMinutes(data, 'vård').map((hit) => landing(data, hit))).toEqual([nfd('vård|'), 'vård|.']);
    // A query with combining marks finds the text written with one letter for å, ä and ö.
    expect(sentences(searchMinutes(data, nfd('förslag')))).toEqual(['Ett nytt förslag om vård.']);
    // "a" and "o" are not å, ä or ö, however those are written.
    expect(sentences(searchMinutes(data, 'va'))).toEqual(['Nara vard och Goteborg stavas fel.']);
    expect(sentences(searchMinutes(data, 'go'))).toEqual(['Nara vard och Goteborg stavas fel.']);
    expect(searchMinutes(data, 'forslag')).toEqual([]);
  });

  it('splits words the Swedish way: hyphens, numbers and é inside words', () => {
    const data = store({ date: '2024-01-10', blocks: [paragraph('Ett VGR-gemensamt idéburet offentligt partnerskap (IOP) från 2026-03-15.')] });
    for (const query of ['gemensam', 'vgr-gem', 'idé', 'IDÉBURET', '2026', '2026-03', 'iop']) expect(searchMinutes(data, query)).toHaveLength(1);
    expect(searchMinutes(data, 'ide')).toEqual([]);
    expect(searchMinutes(data, '2027')).toEqual([]);
  });

  it('finds decisions and action items, each with its section', () => {
    const data = store({
      date: '2024-01-10',
      blocks: [heading('s1', 'Aktivitetsplan'), paragraph('Aktivitetsplanen presenterades.')],
      patch: {
        decisions: [{ id: randomUUID(), sectionId: 's1', text: 'Aktivitetsplanen fastställdes.', focusAreaIds: [] }],
        actions: [{ id: randomUUID(), sectionId: 's1', what: 'Skicka aktivitetsplanen till kansliet', responsibleMemberId: null, responsibleText: 'Kim', due: '', status: 'open', focusAreaIds: [] }],
      },
    });
    expect(searchMinutes(data, 'aktivitetsplanen').map((hit) => [hit.kind, hit.sectionTitle, hit.sentence, hit.occurrence])).toEqual([
      ['decision', 'Aktivitetsplan', 'Aktivitetsplanen fastställdes.', null],
      ['action', 'Aktivitetsplan', 'Skicka aktivitetsplanen till kansliet', null],
      ['text', 'Aktivitetsplan', 'Aktivitetsplanen presenterades.', 0],
    ]);
    expect(searchMinutes(data, 'kansliet').map((hit) => hit.kind)).toEqual(['action']);
  });

  it('ranks the minutes that are most about the words first (a heading weighs more), the newer meeting first when equal', () => {
    const filler = Array.from({ length: 30 }, (_, i) => paragraph(`Övrigt ${i}: samverkan med föreningar i regionen diskuterades utförligt.`));
    const data = store(
      { date: '2023-01-10', blocks: [paragraph('Budget nämndes i förbigående.'), ...filler] },
      { date: '2021-01-10', blocks: [paragraph('Budget för 2022. Budget för kultur.'), paragraph('Budgeten antogs med budget för barn.')] },
      { date: '2024-01-10', blocks: [paragraph('Budget nämndes i förbigående.'), ...filler] },
      { date: '2020-01-10', blocks: [heading('s1', 'Budget'), paragraph('Punkten bordlades.')] },
    );
    expect(searchMinutes(data, 'budget').map((hit) => [hit.meetingDate, hit.sentence])).toEqual([
      ['2020-01-10', 'Budget'],
      ['2021-01-10', 'Budget för 2022.'],
      ['2021-01-10', 'Budgeten antogs med budget för barn.'],
      ['2024-01-10', 'Budget nämndes i förbigående.'],
      ['2023-01-10', 'Budget nämndes i förbigående.'],
    ]);
  });

  it(`stops at ${MAX_HITS} hits`, () => {
    const data = store({ date: '2024-01-10', blocks: Array.from({ length: MAX_HITS + 50 }, (_, i) => paragraph(`Samverkan ${i}.`)) });
    const hits = searchMinutes(data, 'samverkan');
    expect(hits).toHaveLength(MAX_HITS);
    expect(hits.at(-1)).toMatchObject({ sentence: `Samverkan ${MAX_HITS - 1}.`, occurrence: MAX_HITS - 1 });
  });

  it('takes hostile input calmly: regular-expression characters, lone surrogates, a very long query, nothing', () => {
    const data = store({ date: '2024-01-10', blocks: [paragraph('Kalkyl (a+b)*c? [utkast] constructor toString __proto__'), paragraph('def och x\uD800y.')] });
    expect(sentences(searchMinutes(data, 'a+b'))).toEqual(['Kalkyl (a+b)*c?']);
    expect(searchMinutes(data, '(.*+?[')).toEqual([]);
    expect(searchMinutes(data, '.*')).toEqual([]);
    for (const word of ['constructor', 'tostring', 'proto', 'hasOwnProperty']) expect(searchMinutes(data, word).length).toBe(word === 'hasOwnProperty' ? 0 : 1);
    expect(searchMinutes(data, '\uD800')).toEqual([]);
    expect(sentences(searchMinutes(data, 'x\uD800y'))).toEqual(['def och x\uD800y.']);
    expect(searchMinutes(data, 'abc\u0000def')).toEqual([]);
    expect(searchMinutes(data, 'kalkyl '.repeat(5000))).toHaveLength(1);
    expect(searchMinutes(data, 'x'.repeat(100_000))).toEqual([]);
    expect(searchMinutes(data, '')).toEqual([]);
    expect(searchMinutes(data, '  \n ')).toEqual([]);
  });
});

describe('the minutes search index', () => {
  async function openedStore(dir: string, data: StoreData): Promise<StoreSession> {
    await new FolderStore(nodeFileSystem, dir).replaceAll(data);
    return StoreSession.open({ fs: nodeFileSystem, dataDir: dir });
  }

  it('follows what is saved, restored, deleted and imported, through the store', async () => {
    await withTempDir(async (dir) => {
      const data = store(
        { date: '2024-01-10', blocks: [paragraph('Mötet öppnades.')] },
        { date: '2024-02-10', blocks: [paragraph('Ett annat möte om kultur.')] },
      );
      const session = await openedStore(dir, data);
      // The folder is read in the order of its file names, not the order written.
      const [first, second] = data.minutes.map(({ id }) => session.data.minutes.find((m) => m.id === id)!) as [Minutes, Minutes];
      expect(sentences(searchMinutes(session.data, 'mötet'))).toEqual(['Mötet öppnades.']);

      await setMinutesStatus(session, first.id, 'inReview');
      await saveMinutesContent(session, first.id, contentOf(first, { body: doc('Dagordningen godkändes.') }));
      expect(searchMinutes(session.data, 'mötet')).toEqual([]);
      expect(sentences(searchMinutes(session.data, 'dagordn'))).toEqual(['Dagordningen godkändes.']);

      const snapshot = session.data.minutes.find((m) => m.id === first.id)!.snapshots[0]!;
      await restoreSnapshot(session, first.id, snapshot.id);
      expect(sentences(searchMinutes(session.data, 'mötet'))).toEqual(['Mötet öppnades.']);
      expect(searchMinutes(session.data, 'dagordn')).toEqual([]);

      await deleteMinutes(session, second.id);
      expect(searchMinutes(session.data, 'kultur')).toEqual([]);

      // A whole store read in (an archive, a backup): every minutes in it is found at once, nothing else.
      const imported = store({ date: '2025-05-05', blocks: [paragraph('Importerad text om folkhälsa.')] });
      await session.replaceWith(Buffer.from(encodeStore(imported)), (problem) => new AppError('INVALID_INPUT', problem));
      expect(searchMinutes(session.data, 'mötet')).toEqual([]);
      expect(searchMinutes(session.data, 'folkhälsa')).toEqual([expect.objectContaining({ meetingDate: '2025-05-05', sentence: 'Importerad text om folkhälsa.' })]);

      // Minutes added by any change of the store (as an import from Word makes them) are found at once.
      const added = storedMinutes({ meetingId: session.data.meetings[0]!.id, body: doc('Nyimporterade anteckningar om ungdomar.') });
      await session.update((draft) => void draft.minutes.push(added));
      expect(sentences(searchMinutes(session.data, 'ungdom'))).toEqual(['Nyimporterade anteckningar om ungdomar.']);
    });
  });

  it('finds the minutes of a store read back from disk, whose bodies are kept as bytes', async () => {
    await withTempDir(async (dir) => {
      const session = await openedStore(dir, store({ date: '2024-01-10', blocks: [paragraph('Folkhälsa och kultur.')] }));
      expect(sentences(searchMinutes(session.data, 'folkh kult'))).toEqual(['Folkhälsa och kultur.']);
    });
  });
});
