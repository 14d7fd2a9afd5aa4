// The register in the app: adding, editing, finding and sorting members (å, ä, ö after z), importing
// organisations from a Windows-1252 file with a bad line and with a kind mapped in the preview, exporting
// and reading the documents back, erasing personal data, and hostile names shown as plain text.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { sv } from '../../electron/shared/i18n/sv';
import { docxsToText } from '../support/libreoffice';
import { launchApp } from './harness';
import { newDataDir, openSection, readStore, savedPattern } from './fixtures';

const ui = sv.register.ui;
const mf = sv.register.memberFields;

async function addMember(page: Page, name: string, fields: { side?: string; email?: string; phone?: string } = {}) {
  await page.getByRole('button', { name: ui.newMember }).click();
  await page.getByLabel(mf.name).fill(name);
  if (fields.side) await page.getByLabel(mf.side).selectOption({ label: fields.side });
  if (fields.email) await page.getByLabel(mf.email).fill(fields.email);
  if (fields.phone) await page.getByLabel(mf.phone).fill(fields.phone);
  await page.getByRole('button', { name: ui.save }).click();
  await expect(page.getByLabel(mf.name)).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: ui.saved })).toBeVisible();
}

const memberNames = (page: Page) => page.getByRole('table', { name: ui.listLabelMembers }).locator('tbody button[data-open]');

test('members are added, edited, found and sorted in Swedish order, and the list works by keyboard', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  await openSection(page, 'members');
  await expect(page.getByText(ui.emptyMembers)).toBeVisible();

  await addMember(page, 'Östen Påhittad', { email: 'osten@example.se', phone: '0701234567' });
  await addMember(page, 'Zelda Exempel');
  await addMember(page, 'Åsa Låtsas', { side: sv.register.memberSides.regionPolitician });
  await addMember(page, 'Anna Andersson-Test');
  await expect(memberNames(page)).toHaveText(['Anna Andersson-Test', 'Zelda Exempel', 'Åsa Låtsas', 'Östen Påhittad']);
  await expect.poll(() => readStore(dataDir).members).toHaveLength(4);
  expect((readStore(dataDir).members as Array<{ phone: string }>).find((m) => m.phone)?.phone).toBe('070-123 45 67');

  await page.getByLabel(ui.search).fill('ÅSA');
  await expect(memberNames(page)).toHaveText(['Åsa Låtsas']);
  await page.getByLabel(ui.search).fill('asa');
  await expect(page.getByText(ui.noneMatch)).toBeVisible();
  await page.getByLabel(ui.search).fill('');

  const first = page.getByRole('button', { name: 'Anna Andersson-Test' });
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'Åsa Låtsas' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: ui.editMember('Åsa Låtsas') })).toBeVisible();
  await page.getByLabel(mf.party).fill('Påhittade partiet');
  await page.getByLabel(mf.email).fill('inte en adress');
  await page.getByRole('button', { name: ui.save }).click();
  await expect(page.getByLabel(mf.email)).toHaveAccessibleDescription(sv.register.fieldErrors.email);
  await page.getByLabel(mf.email).fill('asa@example.se');
  await page.getByRole('button', { name: ui.save }).click();
  await expect(page.getByRole('cell', { name: 'Påhittade partiet' })).toBeVisible();
  await app.close();
});

test('organisations import from a Windows-1252 file with ; separators: the invalid organisation number is flagged, the line imported', async () => {
  const dataDir = newDataDir();
  const file = join(dirname(dataDir), 'organisationer.csv');
  writeFileSync(file, iconv.encode([
    'Namn;Organisationsnummer;Typ;Kommun;Ansluten',
    'Föreningen Påhittad Gemenskap;802477-1233;Ideell förening;Borås;2015-02-01',
    'Älvdalens förbund;;Paraplyorganisation/förbund;regional;2016-09-12',
    'Öckerö Exempelstiftelse;802477-1234;Stiftelse;Öckerö;2018-03-03',
  ].join('\r\n'), 'win1252'));
  const app = await launchApp({ dataDir });
  const { page } = app;
  await app.backend.control({ type: 'answer', answers: { openFile: file } });
  await openSection(page, 'organisations');
  await page.getByRole('button', { name: ui.importFile }).click();
  await expect(page.getByText(ui.importSummary(3, 0, 0))).toBeVisible();
  const accepted = page.getByRole('table', { name: ui.acceptedHeading });
  await expect(accepted.getByRole('row').nth(3)).toHaveText(`4Öckerö Exempelstiftelse${sv.register.import.invalidOrgNumber('802477-1234')}`);
  expect(readStore(dataDir).organisations).toEqual([]);

  await page.getByRole('button', { name: ui.confirmImport(3) }).click();
  await expect(page.getByText(ui.imported(3, 0, 0))).toBeVisible();
  expect((readStore(dataDir).organisations as Array<{ name: string; orgNumber: string }>).map((o) => [o.name, o.orgNumber])).toEqual([
    ['Föreningen Påhittad Gemenskap', '802477-1233'],
    ['Älvdalens förbund', ''],
    ['Öckerö Exempelstiftelse', ''],
  ]);
  await expect(page.getByText(ui.statsConnected(3))).toBeVisible();

  await page.getByRole('button', { name: ui.importFile }).click();
  await expect(page.getByText(ui.importSummary(0, 3, 0))).toBeVisible();
  await app.close();
});

test('a kind the app does not know is mapped in the preview, imported, and mapped already at the next import', async () => {
  const dataDir = newDataDir();
  const first = join(dirname(dataDir), 'organisationer.csv');
  const second = join(dirname(dataDir), 'fler organisationer.csv');
  writeFileSync(first, iconv.encode([
    'Namn;Typ;Kommun',
    'Exempelföreningen – Norr;Förening;Borås',
    '”Låtsas’ vänner”;Förening;Lerum',
    'Påhittade stiftelsen;Stiftelse;Alingsås',
  ].join('\r\n'), 'win1252'));
  writeFileSync(second, iconv.encode('Namn;Typ\r\nExempelföreningen – Söder;Förening\r\n', 'win1252'));
  const app = await launchApp({ dataDir });
  const { page } = app;
  const of = sv.register.organisationFields;
  const values = sv.register.import.values;
  await app.backend.control({ type: 'answer', answers: { openFile: first } });
  await openSection(page, 'organisations');
  await page.getByRole('button', { name: ui.importFile }).click();
  await expect(page.getByText(ui.importSummary(1, 0, 2))).toBeVisible();
  const rejected = page.getByRole('table', { name: ui.rejectedHeading });
  await expect(rejected.getByRole('row').nth(1)).toContainText(sv.register.import.unknownValue(of.kind, 'Förening', Object.values(sv.register.organisationKinds)));

  await page.getByLabel(values.label(of.kind, 'Förening', 2)).selectOption({ label: sv.register.organisationKinds.nonProfit });
  await expect(page.getByText(ui.importSummary(3, 0, 0))).toBeVisible();
  await page.getByRole('button', { name: ui.confirmImport(3) }).click();
  await expect(page.getByText(ui.imported(3, 0, 0))).toBeVisible();
  for (const name of ['Exempelföreningen – Norr', '”Låtsas’ vänner”', 'Påhittade stiftelsen']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }

  await app.backend.control({ type: 'answer', answers: { openFile: second } });
  await page.getByRole('button', { name: ui.importFile }).click();
  await expect(page.getByText('1 rad kan importeras, 0 finns redan, 0 avvisas.')).toBeVisible();
  await expect(page.getByLabel(values.label(of.kind, 'Förening', 1))).toHaveValue('nonProfit');
  await page.getByRole('button', { name: ui.confirmImport(1) }).click();
  await expect(page.getByRole('button', { name: 'Exempelföreningen – Söder', exact: true })).toBeVisible();
  expect((readStore(dataDir).organisations as Array<{ name: string; kind: string }>).map((o) => [o.name, o.kind])).toEqual([
    ['Exempelföreningen – Norr', 'nonProfit'],
    ['”Låtsas’ vänner”', 'nonProfit'],
    ['Påhittade stiftelsen', 'foundation'],
    ['Exempelföreningen – Söder', 'nonProfit'],
  ]);
  await app.close();
});

test('the contact list and the organisation list export to Word and read back', async () => {
  const dataDir = newDataDir();
  const out = join(dirname(dataDir), 'export');
  mkdirSync(out);
  const app = await launchApp({ dataDir });
  const { page } = app;
  await openSection(page, 'members');
  await addMember(page, 'Östen Påhittad', { side: sv.register.memberSides.regionPolitician, email: 'osten@example.se' });
  await app.backend.control({ type: 'answer', answers: { savePath: join(out, 'Kontaktlista.docx') } });
  await page.getByRole('button', { name: ui.exportWord }).click();
  await expect(page.getByText(sv.exports.saved(join(out, 'Kontaktlista.docx')))).toBeVisible();
  await page.getByRole('button', { name: sv.exports.showInFolder }).click();
  await expect.poll(() => app.backend.control({ type: 'opened' })).toEqual([`folder:${join(out, 'Kontaktlista.docx')}`]);

  await openSection(page, 'organisations');
  await page.getByRole('button', { name: ui.newOrganisation }).click();
  await page.getByLabel(sv.register.organisationFields.name).fill('Exempelföreningen');
  await page.getByLabel(sv.register.organisationFields.status).selectOption({ label: sv.register.organisationStatuses.connected });
  await page.getByRole('button', { name: ui.save }).click();
  await app.backend.control({ type: 'answer', answers: { savePath: join(out, 'Organisationer.docx') } });
  await page.getByRole('button', { name: ui.exportWord }).click();
  await expect(page.getByText(sv.exports.saved(join(out, 'Organisationer.docx')))).toBeVisible();
  // Both lists read back in one LibreOffice run.
  const [members, organisations] = await docxsToText([readFileSync(join(out, 'Kontaktlista.docx')), readFileSync(join(out, 'Organisationer.docx'))]);
  expect(members).toContain(sv.register.exports.memberListTitle);
  expect(members).toContain(sv.register.memberSides.regionPolitician);
  expect(members).toContain('Östen Påhittad');
  expect(organisations).toContain(sv.register.exports.organisationCount(1));
  expect(organisations).toContain('Exempelföreningen');
  await app.close();
});

test('an organisation that members belong to is not removed without unlinking them; GDPR erasure keeps the name', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  await openSection(page, 'organisations');
  await page.getByRole('button', { name: ui.newOrganisation }).click();
  await page.getByLabel(sv.register.organisationFields.name).fill('Låtsasförbundet');
  await page.getByRole('button', { name: ui.save }).click();
  // The form counts as unsaved until main has accepted it (leaving before that asks first).
  await expect(page.getByRole('status').first()).toHaveText(savedPattern);
  await openSection(page, 'members');
  await page.getByRole('button', { name: ui.newMember }).click();
  await page.getByLabel(mf.name).fill('Örjan Exempelsson');
  await page.getByLabel(mf.organisation).selectOption({ label: 'Låtsasförbundet' });
  await page.getByLabel(mf.email).fill('orjan@example.se');
  await page.getByRole('button', { name: ui.save }).click();
  await expect(page.getByRole('status').first()).toHaveText(savedPattern);

  await openSection(page, 'organisations');
  await page.getByRole('button', { name: 'Låtsasförbundet' }).click();
  await page.getByRole('button', { name: ui.delete }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: ui.deleteConfirmTitle }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Örjan Exempelsson');
  await page.getByRole('alertdialog').getByRole('button', { name: ui.unlinkAndDelete }).click();
  await expect(page.getByText(ui.emptyOrganisations)).toBeVisible();

  await openSection(page, 'members');
  await page.getByRole('button', { name: 'Örjan Exempelsson' }).click();
  await page.getByRole('button', { name: ui.erase }).click();
  await expect(page.getByRole('alertdialog')).toContainText(ui.eraseConfirm('Örjan Exempelsson'));
  await page.getByRole('alertdialog').getByRole('button', { name: ui.eraseAction }).click();
  await expect
    .poll(() => (readStore(dataDir).members as Array<Record<string, unknown>>)[0])
    .toMatchObject({ name: 'Örjan Exempelsson', email: '', organisationId: null, active: false });
  await app.close();
});

test('hostile names are stored and shown as plain text', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  let dialogs = 0;
  page.on('dialog', () => dialogs++);
  await openSection(page, 'members');
  const hostile = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'שלום עולם', 'Emoji 😀🎉', 'L'.repeat(500), 'Tab\u000Btecken'];
  for (const name of hostile) await addMember(page, name);
  await page.getByLabel(sv.register.memberFields.active).selectOption({ label: ui.all });
  for (const name of hostile) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  expect(await page.locator('img').count()).toBe(0);
  expect(dialogs).toBe(0);
  expect((readStore(dataDir).members as Array<{ name: string }>).map((m) => m.name)).toEqual(expect.arrayContaining(hostile));
  await app.close();
});
