// Every main screen fits the window without sideways scrolling (WCAG 1.4.10 Reflow): at 1024×640, the
// smallest window the secretary is expected to use, and at 200 % zoom, where the content must reflow to
// one column and only a data table may scroll sideways, inside its own container, which a keyboard user
// can reach and scroll. The register is a realistic one: long organisation names, long e-mail addresses,
// long agenda items and places, and an action plan with the 2020–2022 plan's long focus areas. Each
// screen is photographed at both sizes to test-results/reflow/. The follow-up of the action plan, a
// screen read more than written, is also held to 400 % zoom (320 CSS pixels wide).
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { EXAMPLE_ACTION_PLAN } from '../../electron/shared/actionPlans/actionPlan';
import { todayIso } from '../../electron/shared/format/isoDate';
import { sv } from '../../electron/shared/i18n/sv';
import { heading, paragraph, sectionsOf } from '../../electron/shared/minutes/richText';
import { agendaItem, seedMeetings2024 } from '../support/meetingFixtures';
import { REFERENCE_SECTIONS, referenceMinutesDoc } from '../support/referenceMinutes';
import { memberInput, organisationInput } from '../support/registerFixtures';
import { launchApp, type Screen } from './harness';
import { newDataDir, openSection, seeder } from './fixtures';

const out = join(import.meta.dirname, '../../test-results/reflow');

const year = todayIso().slice(0, 4);
const longOrganisations = [
  'Riksförbundet för Social och Mental Hälsa, distriktsavdelningen i Västra Götaland',
  'Funktionsrättsförbundet för brukarinflytande och civilsamhällesrepresentanter i Västra Götaland',
  'Studieförbundet Påhittade Folkbildningsförbundets regionala samverkansorganisation Väst',
];
const longEmail = 'kansliet.vastragotaland@riksforbundetforsocialochmentalhalsa-exempel.se';
const longLink = 'https://www.vgregion.se/regional-utveckling/verksamhetsomraden/civilsamhalle/overenskommelsen-mellan-vastra-gotalandsregionen-och-civilsamhallet/';
const longAgendaItem = 'Uppföljning av överenskommelsen mellan Västra Götalandsregionen och civilsamhällesorganisationerna';

/** Writes a store the way the screens would: the register, this year's meetings, full minutes with decisions and action items. */
async function seedStore(dataDir: string): Promise<void> {
  const app = await launchApp({ dataDir });
  const call = seeder(app.backend);
  const organisationIds: string[] = [];
  for (const [i, name] of longOrganisations.entries()) {
    const organisation = organisationInput({ name, email: longEmail, website: 'www.riksforbundetforsocialochmentalhalsa-exempel.se/vastra-gotaland', contactPerson: 'Ann-Charlotte Långnamn-Exempelsson', orgNumber: i === 0 ? '802477-1233' : '' });
    organisationIds.push((await call('saveOrganisation', { id: null, organisation })).id);
  }
  const areas = EXAMPLE_ACTION_PLAN.areas.map((name) => ({ id: crypto.randomUUID(), name }));
  const focusAreaIds = [areas[3]!.id, areas[5]!.id];
  await call('updateSettings', { actionPlans: [{ id: crypto.randomUUID(), title: EXAMPLE_ACTION_PLAN.title, fromYear: Number(year) - 1, toYear: Number(year) + 1, areas }] });
  const chair = await call('saveMember', { id: null, member: memberInput({ name: 'Åsa Påhittad', role: 'chair', email: longEmail }) });
  const members = [
    memberInput({ name: 'Ann-Charlotte Långnamn-Exempelsson', email: longEmail, side: 'civilSociety', party: '', organisationId: organisationIds[0] ?? null, role: 'viceChair' }),
    memberInput({ name: 'Karl-Fredrik Påhittad von Exempelstierna', email: 'karl-fredrik.pahittad.von.exempelstierna@vgregion-exempel.se', party: 'Påhittade Landsbygdspartiet i Västra Götaland' }),
    memberInput({ name: 'Örjan Testare', side: 'civilSociety', party: '', organisationId: organisationIds[1] ?? null }),
    memberInput({ name: 'Nils Påhitt', side: 'regionOfficial', party: '', role: 'processLeader' }),
  ];
  for (const member of members) await call('saveMember', { id: null, member });
  for (const meeting of seedMeetings2024) {
    await call('saveMeeting', { id: null, meeting: { ...meeting, date: `${year}${meeting.date.slice(4)}`, titleSuffix: meeting.titleSuffix && `${meeting.titleSuffix} och företrädare för samtliga undertecknande organisationer` } });
  }
  const meeting = await call('saveMeeting', {
    id: null,
    meeting: { ...seedMeetings2024[0], date: `${year}-12-11`, chairId: chair.id, place: { type: 'venue', venue: 'Studieförbundet Vuxenskolans lokaler, stora konferensrummet', address: 'Kungsgatan 12, Vänersborg' } },
  });
  await call('saveAgenda', { meetingId: meeting.id, agenda: [{ ...agendaItem(longAgendaItem, false), focusAreaIds }, ...REFERENCE_SECTIONS.slice(0, 2).map((title) => agendaItem(title, false))] });
  const minutes = await call('createMinutes', { meetingId: meeting.id, form: 'full' });
  const sectionIds = sectionsOf(minutes.body).map((s) => s.sectionId);
  const sectionId = sectionIds[0]!;
  const reference = referenceMinutesDoc(sectionIds.slice(1));
  await call('saveMinutesContent', {
    id: minutes.id,
    content: {
      title: minutes.title,
      form: 'full',
      body: { ...reference, content: [heading(sectionId, longAgendaItem), paragraph(`Se ${longLink} och ${longEmail}.`), ...reference.content] },
      decisions: [{ id: crypto.randomUUID(), sectionId, text: `Gruppen beslutade att ${longAgendaItem.toLowerCase()} tas upp vid varje möte.`, focusAreaIds }],
      actions: [{ id: crypto.randomUUID(), sectionId, what: 'Sammanställa civilsamhällesrepresentanternas synpunkter på överenskommelsens uppföljningsindikatorer', responsibleMemberId: chair.id, responsibleText: 'Kansliet för den regionala överenskommelsegruppen', due: `${year}-12-31`, status: 'open', focusAreaIds }],
    },
  });
  await app.close();
}

/**
 * Where the page is wider than the window: the page itself, its main scroll containers, and every element
 * that reaches past the window's right edge (content cut off by a container that hides its overflow would
 * not show in any scroll width). At 200 % zoom a table may be wider than the window inside its own scroll
 * container; in a 1024-pixel window every table fits too.
 */
function overflow(page: Page, tablesMayScroll: boolean): Promise<string[]> {
  return page.evaluate((tablesMayScroll) => {
    const found: string[] = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const containers = `.shell, main, .navigation, .app-header${tablesMayScroll ? '' : ', .table-scroll'}`;
    for (const el of [document.documentElement, document.body, ...Array.from(document.querySelectorAll(containers))]) {
      if (el.scrollWidth > el.clientWidth) found.push(`${describe(el)} scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    const width = document.documentElement.clientWidth;
    const reachesPast = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.right > width + 0.5;
    };
    // The outermost element that reaches past stands for all inside it.
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (el.closest('.table-scroll, .visually-hidden, dialog:not([open])')) continue;
      if (reachesPast(el) && !(el.parentElement && reachesPast(el.parentElement))) {
        found.push(`${describe(el)} reaches ${Math.round(el.getBoundingClientRect().right)} px of ${width}`);
      }
    }
    return found;
  }, tablesMayScroll);
}

/** A scroll container with the promise of its scroll's coming to rest ('scrollend'), as the user sees it stop. */
type Scroller = Element & { scrolled?: Promise<void> };

/** Runs `scroll` on a container and waits until that scroll has come to rest. */
async function scrollAndSettle(container: Locator, scroll: () => Promise<unknown>): Promise<void> {
  await container.evaluate((el: Scroller) => {
    el.scrolled = new Promise((resolve) => el.addEventListener('scrollend', () => resolve(), { once: true }));
  });
  await scroll();
  await container.evaluate((el: Scroller) => el.scrolled);
}

/**
 * A table wider than its container scrolls inside it, and the container takes the focus and scrolls with
 * the arrow keys. Each container's scroll is let come to rest, there and back, before the next one is
 * tried: the arrow key's scroll is animated by the compositor, and a scroll still in flight on one
 * container must not decide what the key does to the next.
 */
async function expectKeyboardScrollable(page: Page): Promise<void> {
  const containers = page.locator('.table-scroll');
  for (const container of await containers.all()) {
    const wider = await container.evaluate((el) => el.scrollWidth > el.clientWidth);
    if (!wider) continue;
    await expect(container).toHaveAttribute('tabindex', '0');
    await expect(container).toHaveAttribute('role', 'region');
    await expect(container).toHaveAttribute('aria-label', /.+/);
    await container.focus();
    await expect(container).toBeFocused();
    await scrollAndSettle(container, async () => {
      await page.keyboard.press('ArrowRight');
      // Polled with the focus, so that a failure shows whether the key found the container.
      await expect.poll(() => container.evaluate((el) => ({ focused: document.activeElement === el, scrolled: el.scrollLeft > 0, scrollLeft: el.scrollLeft })))
        .toMatchObject({ focused: true, scrolled: true });
    });
    await scrollAndSettle(container, () => container.evaluate((el) => el.scrollTo({ left: 0 })));
  }
}

// 200 % zoom of a 1280×720 window: the browser lays the page out as if the window were half as wide and
// half as high in CSS pixels (640×360) and draws each CSS pixel with 2×2 device pixels. A viewport of
// 640×360 CSS pixels at deviceScaleFactor 2 is exactly that layout, which is what Ctrl+plus does in
// Electron. (Chromium's page scale, CDP Emulation.setPageScaleFactor, is pinch zoom instead: it magnifies
// the finished layout without reflowing it, so it cannot show whether the page reflows.)
const screens: Array<{ name: string; screen: Screen; tablesMayScroll: boolean }> = [
  { name: '1024x640', screen: { width: 1024, height: 640, deviceScaleFactor: 1 }, tablesMayScroll: false },
  { name: 'zoom200', screen: { width: 640, height: 360, deviceScaleFactor: 2 }, tablesMayScroll: true },
];

// One store for both sizes, written once; each test opens a copy of it.
let seeded = '';
test.beforeAll(async () => {
  seeded = newDataDir();
  await seedStore(seeded);
});

for (const { name, screen, tablesMayScroll } of screens) {
  test(`every main screen fits a ${screen.width}×${screen.height} window at ${screen.deviceScaleFactor * 100} % without sideways scrolling`, async () => {
    // Ten screens, each photographed whole and measured element by element.
    test.setTimeout(120_000);
    const dataDir = newDataDir();
    cpSync(seeded, dataDir, { recursive: true });
    const app = await launchApp({ dataDir, screen });
    const { page } = app;
    // A save in this second session backs up the store, so Inställningar lists a backup.
    await seeder(app.backend)('updateSettings', { secretaryName: 'Alva Påhittad' });
    await page.reload();

    const found: Record<string, string[]> = {};
    const check = async (screenName: string) => {
      await page.screenshot({ path: join(out, `${name}-${screenName}.png`), fullPage: true, scale: 'css' });
      found[screenName] = await overflow(page, tablesMayScroll);
      await expectKeyboardScrollable(page);
    };
    const heading = page.getByRole('heading', { level: 1 });
    const ui = sv.meetings.ui;

    await expect(heading).toHaveText(ui.yearHeading(Number(year)));
    await expect(page.getByText(/och företrädare för samtliga/).first()).toBeVisible();
    await check('moten');

    await page.locator('[data-meeting-id]').last().click();
    await expect(page.getByRole('heading', { name: ui.attendanceHeading })).toBeVisible();
    await expect(page.getByText(longAgendaItem).first()).toBeVisible();
    await check('mote');

    await openSection(page, 'minutes');
    await expect(page.getByRole('table', { name: sv.minutes.ui.tableLabel })).toBeVisible();
    await check('anteckningar');

    await page.getByRole('searchbox', { name: sv.minutes.ui.searchAll }).fill('aktivitetsplan');
    await expect(page.getByRole('list', { name: /träff/ })).toBeVisible();
    await check('sok');

    await page.getByRole('table', { name: sv.minutes.ui.tableLabel }).getByRole('button').first().click();
    const editor = page.getByRole('textbox', { name: sv.minutes.ui.editorLabel });
    await expect(editor).toContainText(REFERENCE_SECTIONS[0]!);
    await expect(page.getByRole('table', { name: sv.minutes.ui.actionsHeading })).toContainText('Sammanställa');
    await check('redigerare');

    await page.getByRole('button', { name: sv.minutes.ui.liveMode }).click();
    await expect(page.getByRole('region', { name: sv.minutes.ui.liveMode })).toBeVisible();
    await check('moteslage');

    await openSection(page, 'members');
    await expect(page.getByText('Karl-Fredrik Påhittad von Exempelstierna')).toBeVisible();
    await check('ledamoter');

    await openSection(page, 'organisations');
    await expect(page.getByText(longOrganisations[1]!)).toBeVisible();
    await check('organisationer');

    await openSection(page, 'settings');
    await expect(page.getByLabel(sv.settings.secretaryName)).toHaveValue('Alva Påhittad');
    await expect(page.getByRole('button', { name: new RegExp(`^${sv.settings.restore} `) }).first()).toBeVisible();
    await check('installningar');

    await openSection(page, 'followUp');
    await expect(page.getByRole('region', { name: year }).getByRole('table', { name: sv.actionPlans.followUp.open }).first()).toBeVisible();
    await check('uppfoljning');

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((screenName) => [screenName, []])));
    expect(app.networkRequests).toEqual([]);
    await app.close();
  });
}

test('the follow-up of the action plan fits a 320×180 window at 400 % without sideways scrolling', async () => {
  const dataDir = newDataDir();
  cpSync(seeded, dataDir, { recursive: true });
  // 400 % zoom of a 1280×720 window, laid out as 320×180 CSS pixels (see the 200 % case above).
  const app = await launchApp({ dataDir, screen: { width: 320, height: 180, deviceScaleFactor: 4 } });
  const { page } = app;
  await openSection(page, 'followUp');
  const area = page.getByRole('region', { name: year }).getByRole('region', { name: EXAMPLE_ACTION_PLAN.areas[5] });
  await expect(area.getByRole('table', { name: sv.actionPlans.followUp.open })).toContainText('Sammanställa');
  await page.screenshot({ path: join(out, 'zoom400-uppfoljning.png'), fullPage: true, scale: 'css' });
  expect(await overflow(page, true)).toEqual([]);
  await expectKeyboardScrollable(page);
  expect(app.networkRequests).toEqual([]);
  await app.close();
});
