// The version for the web saved through the backend, read back from the .docx (through LibreOffice,
// structure checked) and the PDF: the rules from Inställningar with the attendance list's three
// options (people without names grouped by party or organisation with their number), an undone change
// kept as written, a short name two people share kept and warned of in the preview, and an undo the
// preview did not offer refused.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/ipc/backend';
import { sv } from '../../electron/shared/i18n/sv';
import type { Member } from '../../electron/shared/register/member';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import type { WebChange, WebWarning } from '../../electron/shared/publishing/webVersion';
import type { WebRules } from '../../electron/shared/publishing/webRules';
import { paragraph, sectionsOf } from '../../electron/shared/minutes/richText';
import { readExportedDocx } from '../support/exportedDocx';
import { pdfText } from '../support/libreoffice';
import { contentOf, meetingWithMinutes } from '../support/minutesFixtures';
import { memberInput, organisationInput } from '../support/registerFixtures';
import { value, withBackend } from '../support/testBackend';

const readerLines = (text: string) => text.split('\n').map((line) => line.replace(/^[•◦\s]+/, '').trim()).filter(Boolean);

/** Full minutes of a meeting with two members and a guest not to be published, one member and one guest who are. */
async function minutesWithPeople(backend: Backend, webRules: WebRules) {
  await value(backend.invoke('updateSettings', { webRules }));
  const organisation = await value<{ id: string }>(backend.invoke('saveOrganisation', { id: null, organisation: organisationInput({ name: 'Påhittade förbundet' }) }));
  const member = (name: string, patch: Parameters<typeof memberInput>[0]) => value<Member>(backend.invoke('saveMember', { id: null, member: memberInput({ name, ...patch }) }));
  const anna = await member('Anna Ek', { role: 'chair', side: 'civilSociety', party: '', organisationId: organisation.id, withheldFromWeb: true });
  const sten = await member('Sten Berg', { party: 'Framtidspartiet', withheldFromWeb: true });
  const orjan = await member('Örjan Åkesson', { party: 'Mittenpartiet' });
  const { meeting, minutes } = await meetingWithMinutes(backend, '2024-06-13', 'full');
  await value(backend.invoke('saveAttendance', {
    meetingId: meeting.id,
    attendance: [anna, sten, orjan].map((m) => ({ memberId: m.id, state: 'present' as const, substituteForId: null })),
    guests: [
      { id: randomUUID(), name: 'Lars Öst', organisation: 'Kommunförbundet Exempel', withheldFromWeb: true },
      { id: randomUUID(), name: 'Maja Holm', organisation: 'Ideella rådet', withheldFromWeb: false },
    ],
  }));
  const [first] = sectionsOf(minutes.body);
  const body = { ...minutes.body, content: [minutes.body.content[0]!, paragraph('Anna Ek hälsade välkommen. Sten berättade om Bergs motion; frågor till sten.berg@example.se eller 070-123 45 67.'), paragraph('Örjan Åkesson och Maja Holm tackade Lars Öst.'), ...minutes.body.content.slice(1)] };
  await value(backend.invoke('saveMinutesContent', {
    id: minutes.id,
    content: contentOf(minutes, {
      body,
      actions: [{ id: randomUUID(), sectionId: first!.sectionId, what: 'Skicka Annas sammanfattning', responsibleMemberId: anna.id, responsibleText: '', due: '', status: 'open', focusAreaIds: [] }],
    }),
  }));
  return minutes;
}

const preview = (backend: Backend, id: string) => value<{ changes: WebChange[] }>(backend.invoke('previewWebVersion', { id })).then((p) => p.changes);

describe('the version for the web, saved as Word', () => {
  it('attendance with names: only those not published are replaced, in the list and the text; an undone change stays as written', async () => {
    await withBackend(async (backend, saveTo) => {
      const minutes = await minutesWithPeople(backend, { removeContactDetails: true, attendance: 'names', replaceWithheldNames: true });
      const changes = await preview(backend, minutes.id);
      const undo = changes.find((c) => c.before === 'Bergs')!;
      expect(undo).toMatchObject({ rule: 'withheldName', after: 'en ledamot för Framtidspartiets' });

      const path = saveTo('Fullständiga anteckningar RÖS 2024-06-13 (webben).docx');
      expect(await value(backend.invoke('exportWebVersion', { id: minutes.id, format: 'docx', undone: [undo.id] }))).toEqual({ path });
      const { text, structure } = await readExportedDocx(path);
      const lines = readerLines(text);
      expect(structure.problems).toEqual([]);
      expect(lines).toEqual(expect.arrayContaining([
        'Det civila samhället: Påhittade förbundet',
        'Västra Götalandsregionen – politiker: Framtidspartiet, Örjan Åkesson (Mittenpartiet)',
        'Gäster', 'Kommunförbundet Exempel, Maja Holm (Ideella rådet)',
        `Ordföranden hälsade välkommen. En ledamot för Framtidspartiet berättade om Bergs motion; frågor till ${sv.webVersion.removedEmail} eller ${sv.webVersion.removedPhone}.`,
        'Örjan Åkesson och Maja Holm tackade en representant för Kommunförbundet Exempel.',
        'Skicka ordförandens sammanfattning', 'Ordföranden',
      ]));
      for (const secret of ['Anna', 'Ek ', 'Sten', 'Lars', 'Öst', 'example.se', '070']) expect(text).not.toContain(secret);
    });
  });

  it('attendance as parties and organisations: no name in the list, the text as the other rules leave it', async () => {
    await withBackend(async (backend, saveTo) => {
      const minutes = await minutesWithPeople(backend, { removeContactDetails: false, attendance: 'affiliations', replaceWithheldNames: false });
      expect((await preview(backend, minutes.id)).map((c) => c.rule)).toEqual(Array(5).fill('attendanceAffiliation'));
      const path = saveTo('webben.docx');
      await value(backend.invoke('exportWebVersion', { id: minutes.id, format: 'docx', undone: [] }));
      const lines = readerLines((await readExportedDocx(path)).text);
      const attendance = lines.slice(lines.indexOf('Närvaro'), lines.indexOf('Aktuella samarbete mellan det civila samhället och Västra Götalandsregionen'));
      expect(attendance).toEqual([
        'Närvaro', 'Närvarande',
        'Västra Götalandsregionen – politiker: Framtidspartiet, Mittenpartiet',
        'Det civila samhället: Påhittade förbundet',
        'Gäster', 'Ideella rådet, Kommunförbundet Exempel',
      ]);
      expect(lines).toContain('Anna Ek hälsade välkommen. Sten berättade om Bergs motion; frågor till sten.berg@example.se eller 070-123 45 67.');
    });
  });

  it('attendance left out: no attendance at all, and the PDF says the same', async () => {
    await withBackend(async (backend, saveTo) => {
      const minutes = await minutesWithPeople(backend, { removeContactDetails: true, attendance: 'leaveOut', replaceWithheldNames: true });
      const path = saveTo('webben.docx');
      await value(backend.invoke('exportWebVersion', { id: minutes.id, format: 'docx', undone: [] }));
      const { text, structure } = await readExportedDocx(path);
      expect(structure.problems).toEqual([]);
      const lines = readerLines(text);
      for (const gone of ['Närvaro', 'Närvarande', 'Gäster', 'Det civila samhället: Påhittade förbundet']) expect(lines).not.toContain(gone);
      expect(text).not.toContain('Maja Holm (Ideella rådet)');
      expect(lines).toContain('Örjan Åkesson och Maja Holm tackade en representant för Kommunförbundet Exempel.');

      const pdf = saveTo('webben.pdf');
      expect(await value(backend.invoke('exportWebVersion', { id: minutes.id, format: 'pdf', undone: [] }))).toEqual({ path: pdf });
      const printed = (await pdfText(pdf)).replace(/\s+/g, ' ');
      expect(printed).toContain('Ordföranden hälsade välkommen.');
      for (const secret of ['Anna', 'Sten', 'Lars Öst', 'Närvarande', '070-123']) expect(printed).not.toContain(secret);
    });
  });

  it('groups people without names by party or organisation, with how many, most first', async () => {
    await withBackend(async (backend, saveTo) => {
      await value(backend.invoke('updateSettings', { webRules: { removeContactDetails: true, attendance: 'affiliations', replaceWithheldNames: true } }));
      const organisation = await value<{ id: string }>(backend.invoke('saveOrganisation', { id: null, organisation: organisationInput({ name: 'Påhittade förbundet' }) }));
      const people: Array<[string, string]> = [
        ['Kim Ek', 'Mittenpartiet'], ['Bo Lund', 'Framtidspartiet'], ['Ada Sjö', 'Framtidspartiet'], ['Ture Ås', 'Mittenpartiet'],
        ['Iris Holm', 'Framtidspartiet'], ['Tor Vik', 'Kustpartiet'], ['Eli Mo', ''], ['Siv Ek', ''],
      ];
      const members = await Promise.all(people.map(([name, party]) => value<Member>(backend.invoke('saveMember', {
        id: null, member: memberInput(party ? { name, party } : { name, side: 'civilSociety', party: '', organisationId: organisation.id }),
      }))));
      const { meeting, minutes } = await meetingWithMinutes(backend, '2024-06-13', 'full');
      await value(backend.invoke('saveAttendance', {
        meetingId: meeting.id,
        attendance: members.map((m) => ({ memberId: m.id, state: 'present' as const, substituteForId: null })),
        guests: ['Ola Berg', 'Pia Dal'].map((name) => ({ id: randomUUID(), name, organisation: '', withheldFromWeb: true })),
      }));
      const path = saveTo('webben.docx');
      await value(backend.invoke('exportWebVersion', { id: minutes.id, format: 'docx', undone: [] }));
      const { text, structure } = await readExportedDocx(path);
      expect(structure.problems).toEqual([]);
      const lines = readerLines(text);
      expect(lines.slice(lines.indexOf('Närvarande') + 1, lines.indexOf('Gäster') + 2)).toEqual([
        'Västra Götalandsregionen – politiker: Framtidspartiet (3), Mittenpartiet (2), Kustpartiet',
        'Det civila samhället: Påhittade förbundet (2)',
        'Gäster', `${sv.webVersion.guestLabel} (2)`,
      ]);
    });
  });

  it('keeps a first name two people share, and the preview warns where it may mean someone not published', async () => {
    await withBackend(async (backend, saveTo) => {
      const minutes = await minutesWithPeople(backend, { removeContactDetails: true, attendance: 'names', replaceWithheldNames: true });
      await value(backend.invoke('saveMember', { id: null, member: memberInput({ name: 'Anna Lind', party: 'Mittenpartiet' }) }));
      const [first, second] = sectionsOf(minutes.body);
      const stored = await value<Minutes>(backend.invoke('getMinutes', { id: minutes.id }));
      const at = stored.body.content.findIndex((b) => b.type === 'heading' && b.attrs.sectionId === second!.sectionId);
      const body = { ...stored.body, content: [...stored.body.content.slice(0, at + 1), paragraph('Anna presenterade läget. Ek svarade på frågorna.'), ...stored.body.content.slice(at + 1)] };
      await value(backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(stored, { body, decisions: [{ id: randomUUID(), sectionId: first!.sectionId, text: 'Annas förslag antogs.', focusAreaIds: [] }] }) }));

      const { warnings } = await value<{ warnings: WebWarning[] }>(backend.invoke('previewWebVersion', { id: minutes.id }));
      expect(warnings.map((w) => sv.webVersion.ambiguousName(w.where, w.name, w.people))).toEqual([
        sv.webVersion.ambiguousName(`Avsnittet ”${second!.title}”`, 'Anna', ['Anna Ek']),
        sv.webVersion.ambiguousName(`Beslut under ”${first!.title}”`, 'Annas', ['Anna Ek']),
        sv.webVersion.ambiguousName(`Åtgärd under ”${first!.title}”`, 'Annas', ['Anna Ek']),
      ]);
      expect(warnings[0]).toMatchObject({ lead: '', trail: ' presenterade läget. Ek svarade på…' });

      const path = saveTo('webben.docx');
      await value(backend.invoke('exportWebVersion', { id: minutes.id, format: 'docx', undone: [] }));
      const lines = readerLines((await readExportedDocx(path)).text);
      expect(lines).toEqual(expect.arrayContaining(['Anna presenterade läget. Ordföranden svarade på frågorna.', 'Beslut: Annas förslag antogs.', 'Skicka Annas sammanfattning']));
    });
  });

  it('refuses an undo the preview did not show, in Swedish, and saves nothing', async () => {
    await withBackend(async (backend, saveTo, _dir, host) => {
      const minutes = await minutesWithPeople(backend, { removeContactDetails: true, attendance: 'names', replaceWithheldNames: true });
      saveTo('webben.docx');
      expect(await backend.invoke('exportWebVersion', { id: minutes.id, format: 'docx', undone: ['b99:0'] }))
        .toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: sv.webVersion.staleUndo } });
      expect(host.proposed).toEqual([]);
    });
  });
});
