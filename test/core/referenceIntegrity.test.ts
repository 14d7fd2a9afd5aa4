// Integrity as rules of the store: every reference from one record to another, enumerated from the
// store's zod schemas, is walked; for each, its target is deleted and the store must stay valid (it
// opens again, and every meeting and minutes can be saved again exactly as the screens send them) and
// the reference must still resolve to a name, marked as a former member. Deleting a meeting with
// minutes asks for an explicit choice, and minutes kept stay listed and openable.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createBackend, type Backend } from '../../electron/core/ipc/backend';
import { sv } from '../../electron/shared/i18n/sv';
import { memberNames, type FormerMeeting, type FormerMember } from '../../electron/shared/integrity/formerRecords';
import type { Meeting } from '../../electron/shared/meetings/meeting';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import type { Member } from '../../electron/shared/register/member';
import { storeSchema } from '../../electron/shared/store/schema';
import type { MinutesSummary } from '../../electron/shared/ipc/contract';
import { readExportedDocx } from '../support/exportedDocx';
import { seedMeetings2024, agendaItem } from '../support/meetingFixtures';
import { contentOf } from '../support/minutesFixtures';
import { createRecordingHost } from '../support/recordingHost';
import { memberInput, organisationInput } from '../support/registerFixtures';
import { value, withBackend } from '../support/testBackend';

// ---------------------------------------------------------------------------------------------------
// Every key of the stored shape that holds the id of another record, found by walking the schemas.

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; options?: z.ZodType[]; in?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** `ancestors` stops the walk at a schema that contains itself (nested lists), not at one used twice. */
function referenceKeys(schema: z.ZodType, path = '', ancestors = new Set<z.ZodType>()): string[] {
  if (ancestors.has(schema)) return [];
  const seen = new Set(ancestors).add(schema);
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, child]) => [
        ...(key !== 'id' && /Id$/.test(key) ? [`${path}.${key}`] : []),
        ...referenceKeys(child, `${path}.${key}`, seen),
      ]);
    case 'array': return referenceKeys(def.element!, `${path}[]`, seen);
    case 'nullable': case 'optional': case 'default': case 'readonly': case 'catch': case 'nonoptional':
      return referenceKeys(def.innerType!, path, seen);
    case 'union': return (def.options ?? []).flatMap((option) => referenceKeys(option, path, seen));
    case 'pipe': return referenceKeys(def.in!, path, seen);
    default: return [];
  }
}

/** References that point inside the same record (a section of the same minutes), not at another record. */
const withinRecord = [/\.sectionId$/, /\.agendaItemId$/];

/** Each reference to another record, and the test below that deletes its target. */
const covered: Record<string, string> = {
  '.members[].organisationId': 'organisation',
  '.members[].substituteForId': 'member, register link',
  '.meetings[].chairId': 'member',
  '.meetings[].secretaryId': 'member',
  '.meetings[].agenda[].presenterMemberId': 'member',
  '.meetings[].attendance[].memberId': 'member',
  '.meetings[].attendance[].substituteForId': 'member',
  '.minutes[].meetingId': 'meeting',
  '.minutes[].actions[].responsibleMemberId': 'member',
  '.minutes[].snapshots[].content.actions[].responsibleMemberId': 'member',
  '.formerMeetings[].chairId': 'member, of a deleted meeting',
  '.formerMeetings[].secretaryId': 'member, of a deleted meeting',
  '.formerMeetings[].agenda[].presenterMemberId': 'member, of a deleted meeting',
  '.formerMeetings[].attendance[].memberId': 'member, of a deleted meeting',
  '.formerMeetings[].attendance[].substituteForId': 'member, of a deleted meeting',
};

describe('the reference kinds of the store', () => {
  it('are all covered by a deletion test below (a new reference field fails here until it is)', () => {
    const found = [...new Set(referenceKeys(storeSchema))].filter((key) => !withinRecord.some((pattern) => pattern.test(key))).sort();
    expect(found).toEqual(Object.keys(covered).sort());
  });
});

// ---------------------------------------------------------------------------------------------------
// A small world in which Anna Andersson, the member to be deleted, is named by one reference kind.

const anna = () => memberInput({ name: 'Anna Andersson', side: 'civilSociety', party: '', email: 'anna.andersson@example.se', phone: '0701111111' });
const bertil = () => memberInput({ name: 'Bertil Berg', email: 'bertil.berg@example.se', phone: '0702222222' });

interface World {
  annaId: string;
  bertilId: string;
  meeting: Meeting;
  minutes: Minutes | null;
}

async function makeWorld(backend: Backend, organisationId: string | null = null): Promise<World> {
  const annaMember = await value<Member>(backend.invoke('saveMember', { id: null, member: { ...anna(), organisationId } }));
  const bertilMember = await value<Member>(backend.invoke('saveMember', { id: null, member: bertil() }));
  const meeting = await value<Meeting>(backend.invoke('saveMeeting', { id: null, meeting: seedMeetings2024[0] }));
  return { annaId: annaMember.id, bertilId: bertilMember.id, meeting, minutes: null };
}

const detailsOf = (meeting: Meeting) => {
  const { id: _i, agenda: _a, attendance: _at, guests: _g, createdAt: _c, updatedAt: _u, deletedAt: _d, ...details } = meeting as FormerMeeting;
  return details;
};

async function minutesWithAction(backend: Backend, w: World, responsibleMemberId: string): Promise<Minutes> {
  const minutes = await value<Minutes>(backend.invoke('createMinutes', { meetingId: w.meeting.id, form: 'full' }));
  const sectionId = (minutes.body.content[0] as { attrs: { sectionId: string } }).attrs.sectionId;
  const actions = [{ id: crypto.randomUUID(), sectionId, what: 'Skicka ut remissen', responsibleMemberId, responsibleText: '', due: '2024-08-01', status: 'open' as const, focusAreaIds: [] }];
  await value(backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { actions }) }));
  return value<Minutes>(backend.invoke('getMinutes', { id: minutes.id }));
}

/** Makes the reference of one kind to Anna; answers where to read it back from the meeting or minutes. */
const memberReferenceKinds: Record<string, { make: (b: Backend, w: World) => Promise<World>; read: (m: Meeting, minutes: Minutes | null) => string | null }> = {
  'meetings[].chairId': {
    make: async (b, w) => ({ ...w, meeting: await value<Meeting>(b.invoke('saveMeeting', { id: w.meeting.id, meeting: { ...detailsOf(w.meeting), chairId: w.annaId } })) }),
    read: (m) => m.chairId,
  },
  'meetings[].secretaryId': {
    make: async (b, w) => ({ ...w, meeting: await value<Meeting>(b.invoke('saveMeeting', { id: w.meeting.id, meeting: { ...detailsOf(w.meeting), secretaryId: w.annaId } })) }),
    read: (m) => m.secretaryId,
  },
  'meetings[].agenda[].presenterMemberId': {
    make: async (b, w) => ({ ...w, meeting: await value<Meeting>(b.invoke('saveAgenda', { meetingId: w.meeting.id, agenda: [{ ...agendaItem('Rapport från arbetsgruppen', false), presenterMemberId: w.annaId, presenterText: '' }] })) }),
    read: (m) => m.agenda[0]!.presenterMemberId,
  },
  'meetings[].attendance[].memberId': {
    make: async (b, w) => ({
      ...w,
      meeting: await value<Meeting>(b.invoke('saveAttendance', {
        meetingId: w.meeting.id,
        attendance: [
          { memberId: w.annaId, state: 'present', substituteForId: null },
          { memberId: w.bertilId, state: 'excused', substituteForId: null },
        ],
        guests: [],
      })),
    }),
    read: (m) => m.attendance.find((a) => a.state === 'present')?.memberId ?? null,
  },
  'meetings[].attendance[].substituteForId': {
    make: async (b, w) => ({
      ...w,
      meeting: await value<Meeting>(b.invoke('saveAttendance', {
        meetingId: w.meeting.id,
        attendance: [
          { memberId: w.annaId, state: 'excused', substituteForId: null },
          { memberId: w.bertilId, state: 'substitute', substituteForId: w.annaId },
        ],
        guests: [],
      })),
    }),
    read: (m) => m.attendance.find((a) => a.state === 'substitute')?.substituteForId ?? null,
  },
  'minutes[].actions[].responsibleMemberId': {
    make: async (b, w) => ({ ...w, minutes: await minutesWithAction(b, w, w.annaId) }),
    read: (_m, minutes) => minutes!.actions[0]!.responsibleMemberId,
  },
  'minutes[].snapshots[].content.actions[].responsibleMemberId': {
    // Only a version of the minutes names her: restoring it must work and be saved again.
    make: async (b, w) => {
      const minutes = await minutesWithAction(b, w, w.annaId);
      const reviewed = await value<Minutes>(b.invoke('setMinutesStatus', { id: minutes.id, status: 'inReview' }));
      await value(b.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(reviewed, { actions: [] }) }));
      return { ...w, minutes: await value<Minutes>(b.invoke('getMinutes', { id: minutes.id })) };
    },
    read: (_m, minutes) => minutes!.snapshots[0]!.content.actions[0]!.responsibleMemberId,
  },
};

interface Seen {
  meetings: Meeting[];
  members: Member[];
  formerMembers: FormerMember[];
}

async function seen(backend: Backend): Promise<Seen> {
  return {
    meetings: await value<Meeting[]>(backend.invoke('listMeetings', undefined)),
    members: await value<Member[]>(backend.invoke('listMembers', undefined)),
    formerMembers: await value<FormerMember[]>(backend.invoke('listFormerMembers', undefined)),
  };
}

/** Every meeting and minutes saved again as the screens send them: its own details, agenda, attendance and content. */
async function saveEverythingAgain(backend: Backend): Promise<void> {
  for (const meeting of await value<Meeting[]>(backend.invoke('listMeetings', undefined))) {
    await value(backend.invoke('saveMeeting', { id: meeting.id, meeting: { ...detailsOf(meeting), titleSuffix: 'ändrad efteråt' } }));
    await value(backend.invoke('saveAgenda', { meetingId: meeting.id, agenda: meeting.agenda }));
    await value(backend.invoke('saveAttendance', {
      meetingId: meeting.id, attendance: meeting.attendance,
      guests: [...meeting.guests, { id: crypto.randomUUID(), name: 'Gästa Gästsson', organisation: 'Påhittade förbundet' }],
    }));
  }
  for (const summary of await value<MinutesSummary[]>(backend.invoke('listMinutes', undefined))) {
    const minutes = await value<Minutes>(backend.invoke('getMinutes', { id: summary.id }));
    await value(backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes) }));
  }
}

/** A second backend on the same folder: what is on disk, loaded and validated as at the next start. */
async function reopened<T>(dir: string, run: (backend: Backend) => Promise<T>): Promise<T> {
  const host = createRecordingHost();
  try {
    const backend = await createBackend({ dataDir: join(dir, 'data'), userDataDir: dir, documentsDir: dir, appVersion: '1', host });
    expect(await value<{ state: string }>(backend.invoke('getStoreStatus', undefined))).toMatchObject({ state: 'ready' });
    return await run(backend);
  } finally {
    await host.close();
  }
}

describe('deleting a member', () => {
  it.each(Object.keys(memberReferenceKinds))('named by %s keeps the store valid, saves again, and resolves to the former name', async (kind) => {
    const { make, read } = memberReferenceKinds[kind]!;
    await withBackend(async (backend, _saveTo, dir) => {
      const w = await make(backend, await makeWorld(backend));
      await value(backend.invoke('deleteMember', { id: w.annaId }));

      await saveEverythingAgain(backend);
      if (kind.includes('snapshots')) {
        const restored = await value<Minutes>(backend.invoke('restoreMinutesSnapshot', { id: w.minutes!.id, snapshotId: w.minutes!.snapshots[0]!.id }));
        await value(backend.invoke('saveMinutesContent', { id: restored.id, content: contentOf(restored) }));
      }
      await reopened(dir, async (again) => {
        const now = await seen(again);
        const meeting = now.meetings.find((m) => m.id === w.meeting.id)!;
        expect(meeting.titleSuffix).toBe('ändrad efteråt');
        expect(meeting.guests.map((g) => g.name)).toContain('Gästa Gästsson');
        const minutes = w.minutes ? await value<Minutes>(again.invoke('getMinutes', { id: w.minutes.id })) : null;
        const id = read(meeting, minutes);
        expect(id).toBe(w.annaId);
        expect(now.members.map((m) => m.name)).toEqual(['Bertil Berg']);
        expect(memberNames(now.members, now.formerMembers).label(id)).toBe('Anna Andersson (tidigare ledamot)');
      });
    });
  });

  it('refuses a new reference to the deleted member in every kind, in Swedish', async () => {
    await withBackend(async (backend) => {
      const w = await makeWorld(backend);
      const other = await value<Meeting>(backend.invoke('saveMeeting', { id: null, meeting: seedMeetings2024[1] }));
      const minutes = await minutesWithAction(backend, { ...w, meeting: other }, w.bertilId);
      await value(backend.invoke('deleteMember', { id: w.annaId }));
      const refused = { ok: false, error: { code: 'NOT_FOUND', message: sv.meetings.memberMissing } };
      expect(await backend.invoke('saveMeeting', { id: w.meeting.id, meeting: { ...detailsOf(w.meeting), chairId: w.annaId } })).toMatchObject(refused);
      expect(await backend.invoke('saveMeeting', { id: null, meeting: { ...seedMeetings2024[2], secretaryId: w.annaId } })).toMatchObject(refused);
      expect(await backend.invoke('saveAgenda', { meetingId: other.id, agenda: [{ ...agendaItem('Punkt', false), presenterMemberId: w.annaId }] })).toMatchObject(refused);
      expect(await backend.invoke('saveAttendance', { meetingId: other.id, attendance: [{ memberId: w.annaId, state: 'present', substituteForId: null }], guests: [] })).toMatchObject(refused);
      expect(await backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { actions: [{ ...minutes.actions[0]!, responsibleMemberId: w.annaId }] }) })).toMatchObject(refused);
    });
  });

  it('takes them off the Frånvarande marks of meetings not yet held, so a new meeting never sends them', async () => {
    await withBackend(async (backend) => {
      const w = await makeWorld(backend);
      await value(backend.invoke('saveAttendance', {
        meetingId: w.meeting.id,
        attendance: [w.annaId, w.bertilId].map((memberId) => ({ memberId, state: 'absent', substituteForId: null })),
        guests: [],
      }));
      await value(backend.invoke('deleteMember', { id: w.annaId }));
      const [meeting] = await value<Meeting[]>(backend.invoke('listMeetings', undefined));
      expect(meeting!.attendance.map((a) => a.memberId)).toEqual([w.bertilId]);
      // Named nowhere any more: nothing of her is kept.
      expect(await value(backend.invoke('listFormerMembers', undefined))).toEqual([]);
    });
  });

  it('unlinks the register’s substitutes for them, as the confirmation says', async () => {
    await withBackend(async (backend) => {
      const w = await makeWorld(backend);
      const substitute = await value<Member>(backend.invoke('saveMember', { id: null, member: memberInput({ name: 'Cilla Carlsson', role: 'substitute', substituteForId: w.annaId, email: 'cilla@example.se', phone: '0703333333' }) }));
      await value(backend.invoke('deleteMember', { id: w.annaId }));
      const members = await value<Member[]>(backend.invoke('listMembers', undefined));
      expect(members.find((m) => m.id === substitute.id)!.substituteForId).toBeNull();
    });
  });

  it('keeps the organisation as it was, after the organisation too is deleted, in the exported minutes', async () => {
    await withBackend(async (backend, saveTo) => {
      const organisation = await value<{ id: string }>(backend.invoke('saveOrganisation', { id: null, organisation: organisationInput({ name: 'Påhittade föreningen' }) }));
      let w = await makeWorld(backend, organisation.id);
      w = await memberReferenceKinds['meetings[].attendance[].memberId']!.make(backend, w);
      w = { ...w, minutes: await minutesWithAction(backend, w, w.annaId) };
      await value(backend.invoke('deleteMember', { id: w.annaId }));
      await value(backend.invoke('deleteOrganisation', { id: organisation.id, unlinkMembers: false }));
      const path = saveTo('Fullständiga anteckningar.docx');
      await value(backend.invoke('exportMinutes', { id: w.minutes!.id, format: 'docx' }));
      const { text } = await readExportedDocx(path);
      expect(text).toContain('Anna Andersson (Påhittade föreningen, tidigare ledamot)');
      expect(text).toContain('Anna Andersson (tidigare ledamot)');
    });
  });

  it('with its name erased resolves to a neutral name, and nothing of the person is kept', async () => {
    await withBackend(async (backend, _saveTo, dir) => {
      const w = await memberReferenceKinds['meetings[].chairId']!.make(backend, await makeWorld(backend));
      await value(backend.invoke('deleteMember', { id: w.annaId, eraseName: true }));
      await saveEverythingAgain(backend);
      await reopened(dir, async (again) => {
        const now = await seen(again);
        expect(now.formerMembers).toEqual([]);
        expect(memberNames(now.members, now.formerMembers).label(now.meetings[0]!.chairId)).toBe(sv.integrity.erasedMember);
      });
    });
  });
});

describe('deleting a meeting with minutes', () => {
  it('is refused without the user’s choice, in Swedish, and nothing changes', async () => {
    await withBackend(async (backend) => {
      const w = await makeWorld(backend);
      await minutesWithAction(backend, w, w.bertilId);
      const result = await backend.invoke('deleteMeeting', { id: w.meeting.id, minutes: null });
      expect(result).toMatchObject({ ok: false, error: { code: 'IN_USE', message: sv.meetings.ui.removeHasMinutes } });
      expect(await value<Meeting[]>(backend.invoke('listMeetings', undefined))).toHaveLength(1);
    });
  });

  it('deletes the minutes too when the user chooses so', async () => {
    await withBackend(async (backend, _saveTo, dir) => {
      const w = await makeWorld(backend);
      await minutesWithAction(backend, w, w.bertilId);
      await value(backend.invoke('deleteMeeting', { id: w.meeting.id, minutes: 'delete' }));
      await reopened(dir, async (again) => {
        expect(await value(again.invoke('listMinutes', undefined))).toEqual([]);
        expect(await value(again.invoke('listFormerMeetings', undefined))).toEqual([]);
        expect(await value(again.invoke('listOpenActions', { beforeMeetingId: null }))).toEqual([]);
      });
    });
  });

  it('keeps the minutes listed, openable and exportable with the meeting as it was, when the user chooses so', async () => {
    await withBackend(async (backend, _saveTo, dir) => {
      let w = await makeWorld(backend);
      w = await memberReferenceKinds['meetings[].chairId']!.make(backend, w);
      const minutes = await minutesWithAction(backend, w, w.annaId);
      await value(backend.invoke('deleteMeeting', { id: w.meeting.id, minutes: 'keep' }));
      // Then the member the kept meeting and minutes name is deleted as well.
      await value(backend.invoke('deleteMember', { id: w.annaId }));
      await saveEverythingAgain(backend);
      await reopened(dir, async (again) => {
        expect(await value(again.invoke('listMeetings', undefined))).toEqual([]);
        const [listed] = await value<MinutesSummary[]>(again.invoke('listMinutes', undefined));
        expect(listed).toMatchObject({ id: minutes.id, meetingDate: '2024-06-13' });
        const opened = await value<Minutes>(again.invoke('getMinutes', { id: minutes.id }));
        const [former] = await value<FormerMeeting[]>(again.invoke('listFormerMeetings', undefined));
        expect(former).toMatchObject({ id: w.meeting.id, date: '2024-06-13', place: { type: 'venue', venue: 'Viskadalens Folkhögskola' } });
        const now = await seen(again);
        const names = memberNames(now.members, now.formerMembers);
        expect(names.label(former!.chairId)).toBe('Anna Andersson (tidigare ledamot)');
        expect(names.label(opened.actions[0]!.responsibleMemberId)).toBe('Anna Andersson (tidigare ledamot)');
        const [open] = await value<Array<{ meetingId: string; meetingDate: string }>>(again.invoke('listOpenActions', { beforeMeetingId: null }));
        expect(open).toMatchObject({ meetingId: w.meeting.id, meetingDate: '2024-06-13' });
        expect(await value(again.invoke('listOpenActions', { beforeMeetingId: w.meeting.id }))).toEqual([]);
      });
    });
  });
});
