// Importera anteckningar från Word: minutes the app exported come back with the same content (seed-sized,
// the 5,000-word stress minutes and hostile content, both forms, decisions and action items included);
// a hand-made document keeps its list, bold, link and text, and says what became plain text; the date
// finds or creates the meeting; a meeting with minutes is skipped; bad files get a Swedish message each
// and do not stop the others; imported minutes are found by the search at once.
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/ipc/backend';
import { minutesLayout, type LayoutBlock, type TextSpan } from '../../electron/core/minutes/export/minutesLayout';
import { sv } from '../../electron/shared/i18n/sv';
import type { Meeting } from '../../electron/shared/meetings/meeting';
import type { ActionItem, Minutes } from '../../electron/shared/minutes/minutes';
import { heading, paragraph, sectionsOf, textBlocks, type BlockNode, type RichDoc } from '../../electron/shared/minutes/richText';
import type { MinutesSearchHit } from '../../electron/shared/minutes/search';
import type { WordImportPreview, WordImportResult } from '../../electron/shared/minutes/wordImport';
import type { Member } from '../../electron/shared/register/member';
import { addStressMinutes } from '../../scripts/bench/stressMinutes';
import { emptyDocx, HAND_MADE_DATE, HAND_MADE_IMAGE_ALT, HAND_MADE_TITLE, HAND_MADE_WORD, handMadeDocx, passwordProtectedDocx } from '../support/handMadeDocx';
import { contentOf, meetingWithMinutes } from '../support/minutesFixtures';
import type { RecordingHost } from '../support/recordingHost';
import { memberInput } from '../support/registerFixtures';
import { referenceMinutesDoc } from '../support/referenceMinutes';
import { readStoreFolder } from '../support/storeFolder';
import { value, withBackend } from '../support/testBackend';

const w = sv.wordImport;

/** Layout blocks with runs of the same look joined: what a reader of the document sees. */
function readerBlocks(blocks: readonly LayoutBlock[]): unknown[] {
  const join = (spans: readonly TextSpan[]) =>
    spans.reduce<TextSpan[]>((out, span) => {
      const last = out.at(-1);
      if (last && last.text !== '\n' && span.text !== '\n' && last.bold === span.bold && last.italic === span.italic && last.href === span.href) {
        out[out.length - 1] = { ...last, text: last.text + span.text };
      } else out.push(span);
      return out;
    }, []);
  return blocks.map((block) => ('spans' in block ? { ...block, spans: join(block.spans) } : block));
}

async function preview(backend: Backend, host: RecordingHost, paths: string[]): Promise<WordImportPreview> {
  host.answers.openFiles = paths;
  const result = await value<WordImportPreview | null>(backend.invoke('previewWordImport', undefined));
  if (!result) throw new Error('no preview');
  return result;
}

const importAll = (backend: Backend, shown: WordImportPreview) =>
  value<WordImportResult>(backend.invoke('confirmWordImport', { token: shown.token, fileIds: shown.files.filter((f) => f.importable).map((f) => f.id) }));

/**
 * Exports the minutes to Word with the app's own export, removes them, imports the file, and returns
 * the layout (what the export draws) of the original and of the imported minutes, on the same meeting.
 */
async function roundTrip(backend: Backend, host: RecordingHost, dir: string, saveTo: (name: string) => string, minutes: Minutes) {
  const path = saveTo(`${randomUUID()}.docx`);
  await value(backend.invoke('exportMinutes', { id: minutes.id, format: 'docx' }));
  const before = readStoreFolder(join(dir, 'data'));
  const original = minutesLayout(before, before.minutes.find((m) => m.id === minutes.id)!);
  await value(backend.invoke('deleteMinutes', { id: minutes.id }));

  const shown = await preview(backend, host, [path]);
  expect(shown.files[0]).toMatchObject({ error: null, problems: [], importable: true, meeting: { id: minutes.meetingId }, form: minutes.form });
  const result = await importAll(backend, shown);
  expect(result.imported).toHaveLength(1);
  const after = readStoreFolder(join(dir, 'data'));
  const imported = after.minutes.find((m) => m.id === result.imported[0]!.minutesId)!;
  expect(imported.meetingId).toBe(minutes.meetingId);
  return { original, imported: minutesLayout(after, imported), minutes: imported, preview: shown.files[0]! };
}

const text = (value: string, marks?: Array<'bold' | 'italic'>) => ({ type: 'text' as const, text: value, marks: marks?.map((type) => ({ type })) });
const link = (value: string, href: string) => ({ type: 'text' as const, text: value, marks: [{ type: 'link' as const, attrs: { href } }] });

/** Content that breaks careless converters: lists at the depth limit, emoji, right-to-left text, control characters, a link with & and å, a very long paragraph, empty sections. */
function hostileDoc(ids: readonly string[]): RichDoc {
  const long = Array.from({ length: 2500 }, (_, i) => `ord${i}`).join(' ');
  const nested: BlockNode = {
    type: 'orderedList',
    content: [
      { type: 'listItem', content: [{ type: 'paragraph', content: [text('Första '), text('fet', ['bold']), text(' och '), text('kursiv', ['italic'])] }, {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [{ type: 'paragraph', content: [text('Nivå två 🎉👩‍👩‍👧')] }] },
          { type: 'listItem', content: [{ type: 'paragraph', content: [text('שלום עולם – مرحبا بالعالم')] }] },
        ],
      }] },
      { type: 'listItem', content: [{ type: 'paragraph', content: [text('Andra punkten'), { type: 'hardBreak' }, text('med radbrytning')] }] },
    ],
  };
  return {
    type: 'doc',
    content: [
      heading(ids[0] ?? 'h1', 'Tomt avsnitt'),
      heading(ids[1] ?? 'h2', 'Svåra tecken ✓'),
      { type: 'paragraph', content: [text('Kontroll\u0007tecken\u000b och tab\there'), link('länk med & och å', 'https://exempel.se/sök?a=1&b=å')] },
      nested,
      paragraph(long),
      { type: 'paragraph', content: [text('Fet och kursiv', ['bold', 'italic']), text(' '), link('mejla', 'mailto:kansliet@exempel.se')] },
      heading('tom-2', ''),
      heading('sist', 'Sista tomma avsnittet'),
    ],
  };
}

async function withContent(backend: Backend, form: Minutes['form'], body: (ids: string[]) => RichDoc, extra: (ids: string[]) => Partial<Minutes> = () => ({})) {
  const { meeting, minutes } = await meetingWithMinutes(backend, '2021-04-28', form);
  const ids = sectionsOf(minutes.body).map((s) => s.sectionId);
  const doc = body(ids);
  const sectionIds = sectionsOf(doc).map((s) => s.sectionId);
  await value(backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { body: doc, ...extra(sectionIds) }) }));
  return { meeting, minutes: await value<Minutes>(backend.invoke('getMinutes', { id: minutes.id })) };
}

describe('minutes exported to Word and imported again', () => {
  for (const form of ['brief', 'full'] as const) {
    it(`the seed-sized minutes (${form}) come back with the same sections, text, lists, links and decisions`, async () => {
      await withBackend(async (backend, saveTo, dir, host) => {
        const member = await value<Member>(backend.invoke('saveMember', { id: null, member: memberInput() }));
        const { meeting, minutes } = await withContent(backend, form, (ids) => referenceMinutesDoc(ids), (ids) => ({
          decisions: [{ id: randomUUID(), sectionId: ids[1]!, text: 'Att godkänna den reviderade aktivitetsplanen.', focusAreaIds: [] }],
          actions: [
            { id: randomUUID(), sectionId: ids[0]!, what: 'Skicka ut riktlinjen', responsibleMemberId: member.id, responsibleText: '', due: '2021-05-10', status: 'open', focusAreaIds: [] },
            { id: randomUUID(), sectionId: ids[1]!, what: 'Boka lokal', responsibleMemberId: null, responsibleText: 'Kansliet', due: '', status: 'open', focusAreaIds: [] },
          ] satisfies ActionItem[],
        }));
        if (form === 'full') {
          await value(backend.invoke('saveAttendance', { meetingId: meeting.id, attendance: [{ memberId: member.id, state: 'present', substituteForId: null }], guests: [{ id: randomUUID(), name: 'Gunnar Gäst', organisation: 'Påhittade föreningen', withheldFromWeb: true }] }));
        }
        const result = await roundTrip(backend, host, dir, saveTo, minutes);

        expect(result.minutes.title).toBe(minutes.title);
        expect(readerBlocks(result.imported.blocks)).toEqual(readerBlocks(result.original.blocks));
        // What is stored is what was written: the place the export adds to a vague link ("länk (vgregion.se)") is not.
        expect(textBlocks(result.minutes.body).map((b) => b.text)).toEqual(textBlocks(minutes.body).map((b) => b.text));
        expect(result.minutes.decisions.map((d) => d.text)).toEqual(['Att godkänna den reviderade aktivitetsplanen.']);
        // The app's own document: only its letterhead (and the meeting's details, known to the meeting) is not text of the minutes.
        expect(result.preview.plainText).toEqual(form === 'full' ? [w.notes.letterhead(2), w.notes.meetingDetails] : [w.notes.letterhead(2)]);
        if (form === 'full') {
          expect(result.minutes.actions.map((a) => [a.what, a.responsibleMemberId, a.responsibleText, a.due])).toEqual([
            ['Skicka ut riktlinjen', member.id, '', '2021-05-10'],
            ['Boka lokal', null, 'Kansliet', ''],
          ]);
        }
        expect(result.minutes.status).toBe('approved');
      });
    });
  }

  it('the 5,000-word stress minutes come back whole', async () => {
    await withBackend(async (backend, saveTo, dir, host) => {
      const stress = addStressMinutes(readStoreFolder(join(dir, 'data')), 1, 5000).minutes.at(-1)!.body;
      const { minutes } = await withContent(backend, 'brief', () => stress);
      const result = await roundTrip(backend, host, dir, saveTo, minutes);
      expect(result.preview.words).toBeGreaterThan(5000);
      expect(readerBlocks(result.imported.blocks)).toEqual(readerBlocks(result.original.blocks));
    });
  }, 60_000);

  for (const form of ['brief', 'full'] as const) {
    it(`hostile content (${form}) comes back as the export wrote it`, async () => {
      await withBackend(async (backend, saveTo, dir, host) => {
        const { minutes } = await withContent(backend, form, (ids) => hostileDoc(ids), (ids) => ({
          decisions: [{ id: randomUUID(), sectionId: ids[1]!, text: 'Beslut med emoji 🎉 och & och å', focusAreaIds: [] }],
        }));
        const result = await roundTrip(backend, host, dir, saveTo, minutes);
        expect(readerBlocks(result.imported.blocks)).toEqual(readerBlocks(result.original.blocks));
        expect(result.imported.blocks).toContainEqual(expect.objectContaining({ kind: 'listItem', level: 1, ordered: false }));
      });
    });
  }
});

describe('a hand-made Word document', () => {
  it('keeps its list, bold, link and text, says what became plain text, creates the held meeting and is found by search at once', async () => {
    await withBackend(async (backend, _saveTo, dir, host) => {
      const path = join(dir, 'Anteckningar mars 2019.docx');
      await writeFile(path, await handMadeDocx());
      const shown = await preview(backend, host, [path]);
      const file = shown.files[0]!;
      expect(file).toMatchObject({
        error: null, title: HAND_MADE_TITLE, date: HAND_MADE_DATE, meeting: null, newMeetingKind: 'RÖS-möte', form: 'brief',
        sections: ['Mötets öppnande', 'Rapporter'], problems: [], importable: true,
      });
      expect([...file.plainText].sort()).toEqual([
        w.notes.table(2), w.notes.footnotes(1), w.notes.subheading('Från arbetsgruppen'), w.notes.style('Min egen stil'), w.notes.image(HAND_MADE_IMAGE_ALT),
      ].sort());
      // Nothing is written before the secretary chooses.
      expect(readStoreFolder(join(dir, 'data')).minutes).toEqual([]);

      const result = await importAll(backend, shown);
      const data = readStoreFolder(join(dir, 'data'));
      const minutes = data.minutes.find((m) => m.id === result.imported[0]!.minutesId)!;
      const meeting = data.meetings.find((m) => m.id === minutes.meetingId)!;
      expect(meeting).toMatchObject({ date: HAND_MADE_DATE, kind: 'RÖS-möte', status: 'held' });
      const blocks = minutesLayout(data, minutes).blocks;
      expect(blocks).toContainEqual({ kind: 'heading', level: 1, text: 'Rapporter' });
      expect(blocks).toContainEqual({ kind: 'paragraph', spans: [
        { text: 'Ordföranden hälsade alla välkomna, särskilt ', bold: false, italic: false, href: null },
        { text: HAND_MADE_WORD, bold: true, italic: false, href: null },
        { text: ' som var ny.', bold: false, italic: true, href: null },
      ] });
      expect(blocks).toContainEqual(expect.objectContaining({ kind: 'listItem', level: 1, spans: [expect.objectContaining({ text: 'Borås och Skövde' })] }));
      expect(blocks).toContainEqual(expect.objectContaining({ kind: 'listItem', level: 0, spans: expect.arrayContaining([{ text: 'rapportsidan', bold: false, italic: false, href: 'https://exempel.se/rapport?a=1&b=två' }]) }));
      expect(blocks).toContainEqual({ kind: 'paragraph', spans: [{ text: 'Borås | 14', bold: false, italic: false, href: null }] });
      expect(blocks).toContainEqual({ kind: 'paragraph', spans: [{ text: w.notes.imageText(HAND_MADE_IMAGE_ALT), bold: false, italic: false, href: null }] });
      expect(blocks).toContainEqual({ kind: 'paragraph', spans: [expect.objectContaining({ text: expect.stringContaining('Enligt beslut i regionstyrelsen.') })] });

      const hits = await value<MinutesSearchHit[]>(backend.invoke('searchMinutes', { query: HAND_MADE_WORD }));
      expect(hits.map((hit) => hit.minutesId)).toContain(minutes.id);
    });
  });
});

describe('choosing which files to import', () => {
  it('names each bad file with its Swedish reason, skips a meeting that has minutes, and imports the rest', async () => {
    await withBackend(async (backend, saveTo, dir, host) => {
      const { minutes } = await withContent(backend, 'brief', (ids) => referenceMinutesDoc(ids));
      const exported = saveTo('Kortfattade anteckningar RÖS 2021-04-28.docx');
      await value(backend.invoke('exportMinutes', { id: minutes.id, format: 'docx' }));
      const good = join(dir, 'bra.docx');
      await writeFile(good, await handMadeDocx());
      const files = {
        'text.docx': Buffer.from('Det här är ingen Word-fil.'),
        'trasig.docx': (await handMadeDocx()).subarray(0, 2000),
        'lösenord.docx': passwordProtectedDocx(),
        'tom.docx': await emptyDocx(),
      };
      for (const [name, bytes] of Object.entries(files)) await writeFile(join(dir, name), bytes);
      const shown = await preview(backend, host, [join(dir, 'text.docx'), join(dir, 'trasig.docx'), exported, join(dir, 'lösenord.docx'), join(dir, 'tom.docx'), good, join(dir, 'saknas.docx')]);

      expect(shown.files.map((f) => [f.fileName, f.error ?? f.problems.join(' '), f.importable])).toEqual([
        ['text.docx', w.fileErrors.notDocx, false],
        ['trasig.docx', w.fileErrors.corrupt, false],
        ['Kortfattade anteckningar RÖS 2021-04-28.docx', w.hasMinutes, false],
        ['lösenord.docx', w.fileErrors.passwordProtected, false],
        ['tom.docx', w.fileErrors.empty, false],
        ['bra.docx', '', true],
        ['saknas.docx', expect.stringContaining('Filen kunde inte läsas') as unknown as string, false],
      ]);
      // Choosing a file that cannot be imported changes nothing of it.
      const result = await value<WordImportResult>(backend.invoke('confirmWordImport', { token: shown.token, fileIds: shown.files.map((f) => f.id) }));
      expect(result.imported.map((i) => i.fileName)).toEqual(['bra.docx']);
      expect(result.skipped.map((s) => s.fileName)).toContain('Kortfattade anteckningar RÖS 2021-04-28.docx');
      const data = readStoreFolder(join(dir, 'data'));
      expect(data.minutes.find((m) => m.id === minutes.id)?.body).toEqual(minutes.body);
      expect(data.minutes).toHaveLength(2);
      // The preview is used once.
      expect(await backend.invoke('confirmWordImport', { token: shown.token, fileIds: [] })).toMatchObject({ ok: false, error: { message: w.expired } });
    });
  });

  it('imports only the files chosen, and two files of one meeting cannot both be imported', async () => {
    await withBackend(async (backend, _saveTo, dir, host) => {
      const first = join(dir, 'ett.docx');
      const second = join(dir, 'två.docx');
      await writeFile(first, await handMadeDocx());
      await writeFile(second, await handMadeDocx());
      const shown = await preview(backend, host, [first, second]);
      expect(shown.files.map((f) => f.problems)).toEqual([[], [w.sameDateInBatch('ett.docx')]]);
      expect(await value<WordImportResult>(backend.invoke('confirmWordImport', { token: shown.token, fileIds: [] }))).toEqual({ imported: [], skipped: [] });
      expect(readStoreFolder(join(dir, 'data')).minutes).toEqual([]);
      expect(readStoreFolder(join(dir, 'data')).meetings).toEqual([]);
    });
  });

  it('attaches to the meeting on the date and cancelling the dialog does nothing', async () => {
    await withBackend(async (backend, _saveTo, dir, host) => {
      const meeting = await value<Meeting>(backend.invoke('saveMeeting', { id: null, meeting: { date: HAND_MADE_DATE, startTime: '10:00', endTime: '15:00', kind: 'Dialogmöte', titleSuffix: '', place: { type: 'toBeAnnounced' }, digitalLink: '', status: 'planned', cancelReason: '', chairId: null, secretaryId: null } }));
      host.answers.openFiles = null;
      expect(await value(backend.invoke('previewWordImport', undefined))).toBeNull();
      const path = join(dir, 'mars.docx');
      await writeFile(path, await handMadeDocx());
      const shown = await preview(backend, host, [path]);
      expect(shown.files[0]!.meeting?.id).toBe(meeting.id);
      await importAll(backend, shown);
      const data = readStoreFolder(join(dir, 'data'));
      expect(data.meetings).toHaveLength(1);
      expect(data.minutes[0]!.meetingId).toBe(meeting.id);
    });
  });
});
