// Minutes through the backend: created from a meeting with the template title and a section per agenda
// item, saved and read back, locked when fastställda until unlocked with a reason, snapshots restored,
// action items followed up at the next meeting, hostile text refused or stored inert, and search.
import { join } from 'node:path';
import { readStoreFolder } from '../support/storeFolder';
import { describe, expect, it } from 'vitest';
import { sv } from '../../electron/shared/i18n/sv';
import type { Meeting } from '../../electron/shared/meetings/meeting';
import type { Minutes, OpenAction } from '../../electron/shared/minutes/minutes';
import type { MinutesSearchHit } from '../../electron/shared/minutes/search';
import { limitListDepth, richDocSchema, sectionsOf, wordCount, type RichDoc } from '../../electron/shared/minutes/richText';
import { contentOf, meetingWithMinutes, seedMinutesDoc } from '../support/minutesFixtures';
import { memberInput } from '../support/registerFixtures';
import { value, withBackend } from '../support/testBackend';

const storedMinutes = async (dir: string): Promise<Minutes[]> => readStoreFolder(join(dir, 'data')).minutes;

describe('minutes', () => {
  it('start from the meeting: the template title with the Swedish date, a section per agenda item, then the standing sections', async () => {
    await withBackend(async (backend) => {
      const { minutes } = await meetingWithMinutes(backend);
      expect(minutes.title).toBe('Kortfattade anteckningar om vad som diskuterades på sammanträde med den regionala överenskommelsegruppen för samverkan med det civila samhället 28 april 2021');
      expect(sectionsOf(minutes.body).map((s) => s.title)).toEqual([
        'Aktuella samarbete mellan det civila samhället och Västra Götalandsregionen', 'Reviderad aktivitetsplan för 2021',
        'Informationspunkter', 'Övriga frågor', 'Nästa möte',
      ]);
      expect(minutes.status).toBe('draft');
      const again = await backend.invoke('createMinutes', { meetingId: minutes.meetingId, form: 'full' });
      expect(again).toMatchObject({ ok: false, error: { code: 'DUPLICATE', message: sv.minutes.alreadyExists } });
    });
  });

  it('start fullständiga anteckningar with the title of the full form, from its own template', async () => {
    await withBackend(async (backend) => {
      await value(backend.invoke('updateSettings', { fullMinutesTitleTemplate: 'Protokoll från {möte} {datum}' }));
      const { minutes } = await meetingWithMinutes(backend, '2021-04-28', 'full');
      expect(minutes.title).toBe('Protokoll från RÖS-möte 28 april 2021');
    });
  });

  it('store the seed minutes and give them back, with the word count and the list entry', async () => {
    await withBackend(async (backend, _saveTo, dir) => {
      const { minutes } = await meetingWithMinutes(backend);
      const body = seedMinutesDoc(sectionsOf(minutes.body).map((s) => s.sectionId));
      await value(backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { body }) }));
      const [onDisk] = await storedMinutes(dir);
      expect(onDisk!.body).toEqual(body);
      const [listed] = await value<Array<{ wordCount: number }>>(backend.invoke('listMinutes', undefined));
      expect(listed!.wordCount).toBe(wordCount(body));
      expect(wordCount(body)).toBeGreaterThan(80);
    });
  });

  it('refuse links that are not https, http or mailto, and nodes the Word export would not keep', async () => {
    const withLink = (href: string): RichDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'klicka', marks: [{ type: 'link', attrs: { href } }] }] }] });
    expect(richDocSchema.safeParse(withLink('https://www.vgregion.se/')).success).toBe(true);
    expect(richDocSchema.safeParse(withLink('mailto:kansliet@example.se')).success).toBe(true);
    expect(richDocSchema.safeParse(withLink('javascript:alert(1)')).success).toBe(false);
    expect(richDocSchema.safeParse({ type: 'doc', content: [{ type: 'image', attrs: { src: 'x' } }] }).success).toBe(false);
    await withBackend(async (backend) => {
      const { minutes } = await meetingWithMinutes(backend);
      const result = await backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { body: withLink('javascript:alert(1)') }) });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    });
  });

  it('keep lists at most two levels deep, lifting deeper items pasted from Word', () => {
    const item = (text: string, nested?: RichDoc['content'][number]) => ({ type: 'listItem' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }, ...(nested ? [nested] : [])] }) as never;
    const three: RichDoc = { type: 'doc', content: [{ type: 'bulletList', content: [item('ett', { type: 'bulletList', content: [item('två', { type: 'bulletList', content: [item('tre')] })] })] }] };
    expect(richDocSchema.safeParse(three).success).toBe(false);
    const limited = limitListDepth(three);
    expect(richDocSchema.safeParse(limited).success).toBe(true);
    expect(JSON.stringify(limited)).toContain('tre');
  });

  it('are read-only when fastställda until unlocked with a reason, which the history records with who and when', async () => {
    await withBackend(async (backend, _saveTo, dir) => {
      await value(backend.invoke('updateSettings', { secretaryName: 'Sekreterare Påhittad' }));
      const { minutes } = await meetingWithMinutes(backend);
      await value(backend.invoke('setMinutesStatus', { id: minutes.id, status: 'inReview' }));
      const approved = await value<Minutes>(backend.invoke('setMinutesStatus', { id: minutes.id, status: 'approved' }));
      expect(approved.snapshots.map((s) => s.status)).toEqual(['inReview', 'approved']);
      const refused = await backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { title: 'Ändrad' }) });
      expect(refused).toMatchObject({ ok: false, error: { code: 'LOCKED', message: sv.minutes.locked } });
      expect((await storedMinutes(dir))[0]!.title).toBe(minutes.title);
      expect(await backend.invoke('unlockMinutes', { id: minutes.id, reason: '  ' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      const unlocked = await value<Minutes>(backend.invoke('unlockMinutes', { id: minutes.id, reason: 'Fel datum i punkt 2' }));
      expect(unlocked.status).toBe('draft');
      expect(unlocked.history.at(-1)).toMatchObject({ event: 'unlocked', by: 'Sekreterare Påhittad', reason: 'Fel datum i punkt 2' });
      await value(backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { title: 'Ändrad' }) }));
      const restored = await value<Minutes>(backend.invoke('restoreMinutesSnapshot', { id: minutes.id, snapshotId: approved.snapshots[0]!.id }));
      expect(restored.title).toBe(minutes.title);
      expect(restored.snapshots.at(-1)!.content.title).toBe('Ändrad');
    });
  });

  it('carry open action items to the next meeting: "Skapa nästa möte" adds a follow-up item, and they are marked done there', async () => {
    await withBackend(async (backend) => {
      const member = await value<{ id: string }>(backend.invoke('saveMember', { id: null, member: memberInput() }));
      const { meeting, minutes } = await meetingWithMinutes(backend);
      const sectionId = sectionsOf(minutes.body)[1]!.sectionId;
      const action = { id: crypto.randomUUID(), sectionId, what: 'Skicka reviderad aktivitetsplan', responsibleMemberId: member.id, responsibleText: '', due: '2021-05-15', status: 'open' as const, focusAreaIds: [] };
      await value(backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { form: 'full', actions: [action], decisions: [{ id: crypto.randomUUID(), sectionId, text: 'Aktivitetsplanen fastställdes.', focusAreaIds: [] }] }) }));
      const next = await value<Meeting>(backend.invoke('createNextMeeting', { fromId: meeting.id, date: '2021-06-10' }));
      expect(next.agenda[0]!.title).toBe(sv.meetings.followUpItem);
      const open = await value<OpenAction[]>(backend.invoke('listOpenActions', { beforeMeetingId: next.id }));
      expect(open).toEqual([expect.objectContaining({ meetingDate: '2021-04-28', sectionTitle: 'Reviderad aktivitetsplan för 2021', action })]);
      expect(await value(backend.invoke('listOpenActions', { beforeMeetingId: meeting.id }))).toEqual([]);
      expect(await value(backend.invoke('setActionStatus', { minutesId: minutes.id, actionId: action.id, status: 'done' }))).toEqual([]);
      const later = await value<Meeting>(backend.invoke('createNextMeeting', { fromId: next.id, date: '2021-09-10' }));
      expect(later.agenda.map((item) => item.title)).not.toContain(sv.meetings.followUpItem);
    });
  });

  it('are found by search: case does not matter, å ä ö do; hits name the date, section and sentence', async () => {
    await withBackend(async (backend) => {
      const { minutes } = await meetingWithMinutes(backend);
      const body = seedMinutesDoc(sectionsOf(minutes.body).map((s) => s.sectionId));
      await value(backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { body }) }));
      const hits = await value<MinutesSearchHit[]>(backend.invoke('searchMinutes', { query: 'nära VÅRD' }));
      expect(hits).toEqual([expect.objectContaining({
        meetingDate: '2021-04-28', kind: 'text', occurrence: 0,
        sectionTitle: 'Aktuella samarbete mellan det civila samhället och Västra Götalandsregionen',
        sentence: 'Pilotprojekt Nära vård.',
      })]);
      expect(await value(backend.invoke('searchMinutes', { query: 'Nara vard' }))).toEqual([]);
      const many = await value<MinutesSearchHit[]>(backend.invoke('searchMinutes', { query: 'civila samhället' }));
      expect(many.map((h) => [h.occurrence, h.sectionTitle.slice(0, 8)])).toEqual([[0, 'Aktuella'], [1, 'Aktuella']]);
    });
  });

  it('store hostile text inert: control characters, emoji, right-to-left, markup and 1 MB of text', async () => {
    await withBackend(async (backend, _saveTo, dir) => {
      const { minutes } = await meetingWithMinutes(backend);
      const hostile = ['Tab\u000Btecken', 'Emoji 😀🎉', 'שלום עולם', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'x'.repeat(1_000_000)];
      const body: RichDoc = { type: 'doc', content: hostile.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
      await value(backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { body }) }));
      const stored = (await storedMinutes(dir))[0]!;
      expect(stored.body).toEqual(body);
      expect(await value<MinutesSearchHit[]>(backend.invoke('searchMinutes', { query: '<script>' }))).toHaveLength(1);
    });
  });
});
