/**
 * Imported Word files against the store: for each, the meeting on its date (or a held meeting to
 * create, of the kind its title names, at the time and place of its "Tid:" and "Plats:" lines), the
 * minutes it becomes (title, form, text, decisions, action items with their responsible matched to the
 * register by name), and what stops it: no date, a meeting that already has minutes, another file of
 * the same import for the same meeting. The same plan makes the preview and, again on the data as it is
 * then, the import itself, which writes every chosen file in one change of the store.
 */
import { randomUUID } from 'node:crypto';
import { basename, extname } from 'node:path';
import { sv } from '../../../shared/i18n/sv';
import { longDate, meetingTitle } from '../../../shared/meetings/meetingText';
import type { Meeting } from '../../../shared/meetings/meeting';
import { knownMeetingKinds } from '../../../shared/meetings/meetingKinds';
import { minutesContentSchema, type Minutes, type MinutesContent } from '../../../shared/minutes/minutes';
import { heading, sectionsOf, wordCount, type BlockNode } from '../../../shared/minutes/richText';
import type { WordImportFile, WordImportResult } from '../../../shared/minutes/wordImport';
import type { StoreData } from '../../../shared/store/schema';
import type { StoreSession } from '../../store/storeSession';
import { readDocx } from './readDocx';
import { readMinutesHtml } from './docxHtml';
import { docxMinutes, type ImportedMinutes } from './docxMinutes';
import { dateIn, findMeetingDate, meetingKindIn, meetingTimesIn } from './meetingFromText';

const w = sv.wordImport;

export interface ReadWordFile {
  id: string;
  fileName: string;
  reading: ImportedMinutes | { error: string };
}

/** Reads one chosen file; a file that cannot be read gets its Swedish reason and does not stop the others. */
export async function readWordFile(path: string, bytes: Buffer): Promise<ReadWordFile> {
  const fileName = basename(path);
  const file = { id: randomUUID(), fileName };
  const docx = await readDocx(bytes);
  if (!docx.ok) return { ...file, reading: { error: docx.message } };
  const minutes = docxMinutes(readMinutesHtml(docx.html), docx.warnings);
  return { ...file, reading: minutes.empty ? { error: w.fileErrors.empty } : minutes };
}

interface FilePlan {
  preview: WordImportFile;
  /** What is written when the file is imported; null when it cannot be. */
  write: { meeting: Meeting | null; meetingId: string; content: MinutesContent } | null;
}

const sameText = (a: string, b: string) => a.trim().toLocaleLowerCase('sv-SE') === b.trim().toLocaleLowerCase('sv-SE');

function newMeeting(date: string, title: string, imported: ImportedMinutes, data: StoreData, now: string): Meeting {
  const kinds = knownMeetingKinds(data.meetings);
  const times = meetingTimesIn(imported.details?.when ?? '') ?? meetingTimesIn(imported.leadTexts.join(' ')) ?? { startTime: '10:00', endTime: '15:00' };
  const venue = imported.details?.place.trim().slice(0, 200) ?? '';
  return {
    id: randomUUID(), date, ...times, kind: meetingKindIn(title, kinds), titleSuffix: '',
    place: venue ? { type: 'venue', venue, address: '' } : { type: 'toBeAnnounced' },
    digitalLink: '', status: 'held', cancelReason: '', chairId: null, secretaryId: null, rsvpDate: '', refreshments: '',
    agenda: [], attendance: [], guests: [], createdAt: now, updatedAt: now,
  };
}

/** The body with each section tied to the meeting's agenda item of the same title, and the attendance when kept as text. */
function bodyFor(imported: ImportedMinutes, meeting: Meeting | null, notes: string[]): BlockNode[] {
  const linked = imported.body.content.map((block) => {
    if (block.type !== 'heading' || !meeting) return block;
    const item = meeting.agenda.find((a) => sameText(a.title, sectionsOf({ type: 'doc', content: [block] })[0]?.title ?? ''));
    return item ? { ...block, attrs: { ...block.attrs, agendaItemId: item.id } } : block;
  });
  const details = imported.details;
  if (!details) return linked;
  const meetingKnowsAttendance = meeting !== null && (meeting.attendance.length > 0 || meeting.guests.length > 0);
  if (meeting) notes.push(w.notes.meetingDetails);
  if (details.attendance.length === 0 || meetingKnowsAttendance) return linked;
  notes.push(w.notes.attendanceAsText);
  return [heading(randomUUID(), w.attendanceSection), ...details.attendance, ...linked];
}

function contentFor(imported: ImportedMinutes, fileName: string, meeting: Meeting | null, data: StoreData, notes: string[]): MinutesContent {
  const body = bodyFor(imported, meeting, notes);
  const memberId = (name: string) => data.members.find((m) => name && sameText(m.name, name))?.id ?? null;
  return {
    title: (imported.title || basename(fileName, extname(fileName))).slice(0, 1000),
    form: imported.details || imported.actions.length ? 'full' : 'brief',
    body: { type: 'doc', content: body },
    decisions: imported.decisions.map((d) => ({ id: randomUUID(), sectionId: d.sectionId, text: d.text, focusAreaIds: [] })),
    actions: imported.actions.map((a) => {
      const due = dateIn(a.due);
      const responsibleMemberId = memberId(a.responsible);
      return {
        id: randomUUID(), sectionId: a.sectionId,
        // A due date the app cannot read stays with the text, so nothing written is lost.
        what: due || !a.due ? a.what : `${a.what} (${sv.minutes.documents.due.toLocaleLowerCase('sv-SE')} ${a.due})`,
        responsibleMemberId, responsibleText: responsibleMemberId ? '' : a.responsible.slice(0, 200),
        due: due ?? '', status: 'open', focusAreaIds: [],
      };
    }),
  };
}

function planFile(file: ReadWordFile, data: StoreData, claimed: Map<string, string>, now: string): FilePlan {
  const empty: WordImportFile = {
    id: file.id, fileName: file.fileName, error: null, title: '', date: null, form: 'brief', meeting: null, newMeetingKind: '',
    sections: [], decisions: 0, actions: 0, words: 0, plainText: [], problems: [], importable: false,
  };
  if ('error' in file.reading) return { preview: { ...empty, error: file.reading.error }, write: null };
  const imported = file.reading;
  const notes = [...imported.notes];
  const problems: string[] = [];
  const date = findMeetingDate(imported.leadTexts);
  if (!date) problems.push(w.noDate);
  const onDate = date ? data.meetings.filter((m) => m.date === date) : [];
  const existing = onDate.find((m) => m.status !== 'cancelled') ?? onDate[0] ?? null;
  if (existing && data.minutes.some((m) => m.meetingId === existing.id)) problems.push(w.hasMinutes);
  const created = date && !existing ? newMeeting(date, imported.title, imported, data, now) : null;
  const content = contentFor(imported, file.fileName, existing, data, notes);
  if (!minutesContentSchema.safeParse(content).success) problems.push(w.fileErrors.tooLarge);
  const key = existing?.id ?? date;
  const other = key ? claimed.get(key) : undefined;
  if (other !== undefined && problems.length === 0) problems.push(w.sameDateInBatch(other));
  else if (key && problems.length === 0) claimed.set(key, file.fileName);
  const meetingId = existing?.id ?? created?.id;
  const preview: WordImportFile = {
    ...empty,
    title: content.title,
    date,
    form: content.form,
    meeting: existing ? { id: existing.id, label: `${longDate(existing.date)}, ${meetingTitle(existing)}` } : null,
    newMeetingKind: created?.kind ?? '',
    sections: sectionsOf(content.body).map((s) => s.title),
    decisions: content.decisions.length,
    actions: content.actions.length,
    words: wordCount(content.body),
    plainText: [...new Set(notes)],
    problems,
    importable: problems.length === 0,
  };
  return { preview, write: problems.length === 0 && meetingId ? { meeting: created, meetingId, content } : null };
}

/** Each file's plan against the store as it is, in the order chosen. */
export function planWordImport(files: readonly ReadWordFile[], data: StoreData): FilePlan[] {
  const claimed = new Map<string, string>();
  const now = new Date().toISOString();
  return files.map((file) => planFile(file, data, claimed, now));
}

/**
 * Imports the chosen files, planned again on the data as it is now, in one change of the store: the
 * new meetings and the minutes, fastställda (they are the group's record) with the file named in their
 * history. A file that can no longer be imported is reported, not written.
 */
export async function applyWordImport(session: StoreSession, files: readonly ReadWordFile[], chosen: ReadonlySet<string>): Promise<WordImportResult> {
  const plans = planWordImport(files.filter((f) => chosen.has(f.id)), session.data);
  const now = new Date().toISOString();
  const by = session.data.settings.secretaryName || sv.minutes.unknownAuthor;
  const written: Array<{ minutes: Minutes; meeting: Meeting | null; fileName: string }> = [];
  const skipped: WordImportResult['skipped'] = [];
  for (const plan of plans) {
    if (!plan.write) {
      skipped.push({ fileName: plan.preview.fileName, reason: plan.preview.error ?? plan.preview.problems.join(' ') });
      continue;
    }
    const minutes: Minutes = {
      id: randomUUID(), meetingId: plan.write.meetingId, ...plan.write.content, status: 'approved',
      history: [{ at: now, event: 'created', status: 'approved', by, reason: w.importedHistory(plan.preview.fileName).slice(0, 1000) }],
      snapshots: [], createdAt: now, updatedAt: now,
    };
    written.push({ minutes, meeting: plan.write.meeting, fileName: plan.preview.fileName });
  }
  if (written.length) {
    await session.update((data) => {
      for (const { minutes, meeting } of written) {
        if (meeting) data.meetings.push(meeting);
        data.minutes.push(minutes);
      }
    });
  }
  return {
    imported: written.map(({ minutes, fileName }) => ({ minutesId: minutes.id, meetingId: minutes.meetingId, title: minutes.title, fileName })),
    skipped,
  };
}
