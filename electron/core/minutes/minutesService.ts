/**
 * The rules of minutes on top of the store: create them from a meeting (title from its form's template, a
 * section per agenda item, then the standing sections), save the editor's content, move through the
 * lifecycle with a snapshot at each step, refuse edits to fastställda minutes until unlocked with a
 * reason, restore a snapshot, and follow up open action items of earlier meetings. Minutes kept when
 * their meeting was deleted still belong to it, as it was (`formerMeetings`).
 */
import { current } from 'immer';
import { randomUUID } from 'node:crypto';
import { sv } from '../../shared/i18n/sv';
import type { Meeting } from '../../shared/meetings/meeting';
import type { ActionItem, HistoryEntry, Minutes, MinutesContent, MinutesStatus, OpenAction } from '../../shared/minutes/minutes';
import { applySplice, type BodyChange } from '../../shared/minutes/bodyChange';
import { heading, paragraph, sectionsOf, type BlockNode, type RichDoc } from '../../shared/minutes/richText';
import { meetingFields, nextMeetingAfter, titleOfForm } from '../../shared/minutes/templates';
import type { StoreData } from '../../shared/store/schema';
import { AppError } from '../appError';
import type { StoreSession } from '../store/storeSession';
import { bodyToRead } from '../store/compactBodies';
import { frozenJsonBytesByBlock } from '../store/frozenJson';
import { meetingOrFormer, memberNames } from '../../shared/integrity/formerRecords';
import { actionLine, bulletList } from '../../shared/minutes/carryOver';
import { checkMemberReferences } from '../integrity/references';

export function findMinutes(data: StoreData, id: string): Minutes {
  const minutes = data.minutes.find((m) => m.id === id);
  if (!minutes) throw new AppError('NOT_FOUND', sv.minutes.notFound);
  return minutes;
}

function findMeeting(data: StoreData, id: string): Meeting {
  const meeting = data.meetings.find((m) => m.id === id);
  if (!meeting) throw new AppError('NOT_FOUND', sv.meetings.notFound);
  return meeting;
}

function assertEditable(minutes: Minutes): void {
  if (minutes.status === 'approved') throw new AppError('LOCKED', sv.minutes.locked);
}

const sameTitle = (a: string, b: string) => a.trim().toLocaleLowerCase('sv-SE') === b.trim().toLocaleLowerCase('sv-SE');

/** Whether a section or agenda item is "Uppföljning av åtgärder", where open action items are followed up. */
export const isFollowUp = (title: string) => sameTitle(title, sv.meetings.followUpItem);

/**
 * The first content of new minutes: a section per agenda item, then the standing sections not already
 * on it; the section "Uppföljning av åtgärder" lists `followUp`, the open action items, as bullets.
 */
export function initialBody(meeting: Meeting, standingSections: readonly string[], followUp: readonly string[]): BlockNode[] {
  const agendaSections = meeting.agenda.map((item) => ({ title: item.title, agendaItemId: item.id as string | null }));
  const standing = standingSections
    .filter((title) => !agendaSections.some((section) => sameTitle(section.title, title)))
    .map((title) => ({ title, agendaItemId: null }));
  const sections = [...agendaSections, ...standing];
  if (sections.length === 0) return [paragraph()];
  return sections.flatMap((section) => [
    heading(randomUUID(), section.title, section.agendaItemId),
    isFollowUp(section.title) && followUp.length > 0 ? bulletList(followUp) : paragraph(),
  ]);
}

function historyEntry(data: StoreData, event: HistoryEntry['event'], status: MinutesStatus, reason = ''): HistoryEntry {
  return { at: new Date().toISOString(), event, status, by: data.settings.secretaryName || sv.minutes.unknownAuthor, reason };
}

/** The text of minutes being changed, as it is at this point of the change (the store's data is immutable, so shared). */
function contentOf(draft: Minutes): MinutesContent {
  const { title, form, body, decisions, actions } = current(draft);
  return { title, form, body, decisions, actions };
}

export async function createMinutes(session: StoreSession, meetingId: string, form: Minutes['form']): Promise<Minutes> {
  const data = session.data;
  const meeting = findMeeting(data, meetingId);
  const existing = data.minutes.find((m) => m.meetingId === meetingId);
  if (existing) throw new AppError('DUPLICATE', sv.minutes.alreadyExists);
  const now = new Date().toISOString();
  const fields = meetingFields(meeting, nextMeetingAfter(data.meetings, meeting), data.settings.secretaryName);
  const minutes: Minutes = {
    id: randomUUID(),
    meetingId,
    title: titleOfForm(data.settings, form, fields),
    form,
    body: { type: 'doc', content: initialBody(meeting, data.settings.standingSections, openActionLines(data, meeting)) },
    decisions: [],
    actions: [],
    status: 'draft',
    history: [historyEntry(data, 'created', 'draft')],
    snapshots: [],
    createdAt: now,
    updatedAt: now,
  };
  await session.update((d) => {
    d.minutes.push(minutes);
  });
  return findMinutes(session.data, minutes.id);
}

/**
 * The version each stored text was saved as by the editor, by the text itself: any other way the text
 * is replaced (a restored snapshot, the store read again from disk, a new backend process) gives a text
 * without a version, so a change made against the editor's last text is refused instead of misapplied.
 */
const bodyVersions = new WeakMap<RichDoc, string>();

/**
 * Saves the editor's content, its text made by `textFrom` from the stored minutes when the change is
 * made: in the store's queue, after every change asked for before it. `bodyVersion` names the text.
 */
async function saveContent(
  session: StoreSession, id: string, content: Omit<MinutesContent, 'body'>, textFrom: (stored: Minutes) => RichDoc, bodyVersion?: string,
): Promise<Minutes> {
  const current = findMinutes(session.data, id);
  assertEditable(current);
  const responsible = (actions: readonly ActionItem[]) => actions.map((a) => a.responsibleMemberId);
  checkMemberReferences(session.data, responsible(content.actions), responsible(current.actions), 'actions');
  await session.update((data) => {
    const body = textFrom(findMinutes(session.data, id));
    // The new text's bytes are made (and the text frozen) before the change, so the store's copy-on-write
    // does not walk the whole text again to freeze it: a minutes autosave is the app's most frequent write.
    // Made block by block, a change's text costs the JSON of the blocks it brought.
    frozenJsonBytesByBlock(body);
    // The text becomes the store's only if the write succeeds; otherwise nothing holds it.
    if (bodyVersion) bodyVersions.set(body, bodyVersion);
    Object.assign(findMinutes(data, id), content, { body, updatedAt: new Date().toISOString() });
  });
  return findMinutes(session.data, id);
}

/** Saves the editor's whole content; `bodyVersion` names the text for the changes that follow it. */
export function saveMinutesContent(session: StoreSession, id: string, { body, ...content }: MinutesContent, bodyVersion?: string): Promise<Minutes> {
  return saveContent(session, id, content, () => body, bodyVersion);
}

/**
 * Saves the editor's content with only the changed blocks of its text (`bodyChange.ts`), made against
 * the text saved as `change.base`; refused with BASE_CHANGED when the stored text is another one.
 */
export function saveMinutesChange(session: StoreSession, id: string, content: Omit<MinutesContent, 'body'>, change: BodyChange): Promise<Minutes> {
  return saveContent(session, id, content, (stored) => {
    if (bodyVersions.get(stored.body) !== change.base) throw new AppError('BASE_CHANGED', sv.minutes.baseChanged);
    const body = applySplice(stored.body, change);
    if (!body) throw new AppError('INVALID_INPUT', sv.minutes.changeDoesNotFit);
    return body;
  }, change.version);
}

/** Moves minutes to another status, keeping a snapshot of the text as it was at that moment. */
export async function setMinutesStatus(session: StoreSession, id: string, status: MinutesStatus): Promise<Minutes> {
  const current = findMinutes(session.data, id);
  if (current.status === status) return current;
  if (current.status === 'approved') throw new AppError('LOCKED', sv.minutes.locked);
  await session.update((data) => {
    const minutes = findMinutes(data, id);
    const now = new Date().toISOString();
    minutes.snapshots.push({ id: randomUUID(), at: now, status, content: contentOf(minutes) });
    minutes.history.push(historyEntry(data, 'statusChanged', status));
    Object.assign(minutes, { status, updatedAt: now });
  });
  return findMinutes(session.data, id);
}

/** Opens fastställda minutes for editing again; the reason, who and when go into the history. */
export async function unlockMinutes(session: StoreSession, id: string, reason: string): Promise<Minutes> {
  const current = findMinutes(session.data, id);
  if (current.status !== 'approved') return current;
  await session.update((data) => {
    const minutes = findMinutes(data, id);
    minutes.history.push(historyEntry(data, 'unlocked', 'draft', reason));
    Object.assign(minutes, { status: 'draft', updatedAt: new Date().toISOString() });
  });
  return findMinutes(session.data, id);
}

/** Puts a snapshot's text back (the current text is kept as a snapshot first). */
export async function restoreSnapshot(session: StoreSession, id: string, snapshotId: string): Promise<Minutes> {
  const current = findMinutes(session.data, id);
  assertEditable(current);
  const snapshot = current.snapshots.find((s) => s.id === snapshotId);
  if (!snapshot) throw new AppError('NOT_FOUND', sv.minutes.snapshotNotFound);
  await session.update((data) => {
    const minutes = findMinutes(data, id);
    const now = new Date().toISOString();
    minutes.snapshots.push({ id: randomUUID(), at: now, status: minutes.status, content: contentOf(minutes) });
    minutes.history.push(historyEntry(data, 'restored', minutes.status, sv.minutes.restoredFrom(snapshot.at)));
    Object.assign(minutes, snapshot.content, { updatedAt: now });
  });
  return findMinutes(session.data, id);
}

export async function deleteMinutes(session: StoreSession, id: string): Promise<void> {
  const minutes = findMinutes(session.data, id);
  assertEditable(minutes);
  await session.update((data) => {
    data.minutes = data.minutes.filter((m) => m.id !== id);
    // A deleted meeting was kept only for its minutes.
    if (!data.minutes.some((m) => m.meetingId === minutes.meetingId)) data.formerMeetings = data.formerMeetings.filter((m) => m.id !== minutes.meetingId);
  });
}

/**
 * The titles of a minutes' sections by id, kept per minutes object (the store replaces a changed
 * minutes): they are read from the whole body, which a minutes read from disk keeps as bytes until read.
 */
const titlesOf = new WeakMap<Minutes, Map<string, string>>();

function sectionTitles(minutes: Minutes): Map<string, string> {
  let titles = titlesOf.get(minutes);
  if (!titles) {
    titles = new Map(sectionsOf(bodyToRead(minutes)).map((s) => [s.sectionId, s.title]));
    titlesOf.set(minutes, titles);
  }
  return titles;
}

/** Open action items of the minutes of meetings before `meeting` (all meetings when null), oldest first. */
export function openActions(data: StoreData, before: Meeting | null): OpenAction[] {
  const key = (m: Meeting) => m.date + m.startTime;
  return data.minutes
    .flatMap((minutes) => {
      const meeting = meetingOrFormer(data.meetings, data.formerMeetings, minutes.meetingId)?.meeting;
      if (!meeting || (before && key(meeting) >= key(before))) return [];
      const open = minutes.actions.filter((action) => action.status === 'open');
      if (open.length === 0) return [];
      const titles = sectionTitles(minutes);
      return open
        .map((action) => ({ minutesId: minutes.id, meetingId: meeting.id, meetingDate: meeting.date, sectionTitle: titles.get(action.sectionId) ?? '', action }));
    })
    .sort((a, b) => a.meetingDate.localeCompare(b.meetingDate));
}

/** The open action items of meetings before `meeting`, one line each: what, who and by when. */
export function openActionLines(data: StoreData, meeting: Meeting): string[] {
  const names = memberNames(data.members, data.formerMembers);
  return openActions(data, meeting).map((open) => actionLine(open.action, names.label));
}

/** Marks an action item done or open again, wherever it was written (fastställda minutes included: follow-up is not an edit of the text). */
export async function setActionStatus(session: StoreSession, minutesId: string, actionId: string, status: ActionItem['status']): Promise<OpenAction[]> {
  const minutes = findMinutes(session.data, minutesId);
  if (!minutes.actions.some((a) => a.id === actionId)) throw new AppError('NOT_FOUND', sv.minutes.actionNotFound);
  await session.update((data) => {
    const action = findMinutes(data, minutesId).actions.find((a) => a.id === actionId);
    if (action) action.status = status;
  });
  return openActions(session.data, null);
}
