/**
 * `npm run screenshots`: takes the README's pictures of the main screens through the browser harness,
 * on a data folder filled with invented people and organisations, and the group's reference minutes.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sv } from '../electron/shared/i18n/sv';
import { launchApp } from '../test/e2e/harness';
import type { Minutes } from '../electron/shared/minutes/minutes';
import { sectionsOf } from '../electron/shared/minutes/richText';
import { agendaItem, seedMeetings2024 } from '../test/support/meetingFixtures';
import { REFERENCE_DATE, REFERENCE_SECTIONS, referenceMinutesDoc } from '../test/support/referenceMinutes';
import { memberInput, organisationInput } from '../test/support/registerFixtures';

const out = join(import.meta.dirname, '../docs/screenshots');
const app = await launchApp({ dataDir: join(mkdtempSync(join(tmpdir(), 'ros-screens-')), 'data') });
const { page, backend } = app;

const orgs = [
  organisationInput(),
  organisationInput({ name: 'Föreningen Påhittad Gemenskap', orgNumber: '', kind: 'nonProfit', municipality: 'Borås', approvedOn: '2019-05-02' }),
  organisationInput({ name: 'Studieförbundet Låtsas Väst', orgNumber: '252002-0005', kind: 'studyAssociation', municipality: 'Göteborg', approvedOn: '2021-09-14' }),
];
const ids: string[] = [];
for (const organisation of orgs) {
  const result = (await backend.invoke('saveOrganisation', { id: null, organisation })) as { value: { id: string } };
  ids.push(result.value.id);
}
for (const member of [
  memberInput({ name: 'Åsa Påhittad', role: 'chair' }),
  memberInput({ name: 'Bengt Exempelsson', email: 'bengt@example.se', party: 'Låtsaspartiet' }),
  memberInput({ name: 'Örjan Testare', email: 'orjan@example.se', side: 'civilSociety', party: '', organisationId: ids[0] ?? null, role: 'viceChair' }),
  memberInput({ name: 'Karin Fiktiv', email: 'karin@example.se', side: 'civilSociety', party: '', organisationId: ids[2] ?? null }),
  memberInput({ name: 'Nils Påhitt', email: 'nils@example.se', side: 'regionOfficial', party: '', role: 'processLeader' }),
]) {
  const saved = (await backend.invoke('saveMember', { id: null, member })) as { ok: boolean; error?: { message: string } };
  if (!saved.ok) throw new Error(saved.error?.message);
}
await backend.invoke('updateSettings', { secretaryName: 'Alva Påhittad' });

async function shoot(section: keyof typeof sv.nav, file: string) {
  await page.getByRole('navigation', { name: sv.app.navLabel }).getByRole('button', { name: sv.nav[section] }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: join(out, file) });
}

const meeting = (await backend.invoke('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0], date: REFERENCE_DATE } })) as { value: { id: string } };
await backend.invoke('saveAgenda', { meetingId: meeting.value.id, agenda: REFERENCE_SECTIONS.slice(0, 2).map((title) => agendaItem(title, false)) });
const minutes = (await backend.invoke('createMinutes', { meetingId: meeting.value.id, form: 'brief' })) as { value: Minutes };
const sectionIds = sectionsOf(minutes.value.body).map((s) => s.sectionId);
await backend.invoke('saveMinutesContent', { id: minutes.value.id, content: { ...minutes.value, body: referenceMinutesDoc(sectionIds) } });

await shoot('members', 'ledamoter.png');
await shoot('organisations', 'organisationer.png');
await shoot('settings', 'installningar.png');
await shoot('minutes', 'anteckningar-lista.png');
await page.getByRole('button', { name: minutes.value.title }).click();
await page.getByRole('textbox', { name: sv.minutes.ui.editorLabel }).waitFor();
await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
await page.screenshot({ path: join(out, 'anteckningar.png') });
await app.close();
console.log(`Skärmbilder sparade i ${out}`);
process.exit(0);
