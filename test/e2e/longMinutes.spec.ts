// Writing far down in long minutes (thousands of paragraphs, where the editor leaves the text away from
// the cursor unlaid-out): a click on a paragraph that was off-screen, a bullet there, a word found with
// Ctrl+F and a section reached from the list of sections all take the typed text where the user put it,
// the text stays in view, and it is on disk once the header says Sparat.
import { expect, test, type Page } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { heading, paragraph, textBlocks, type BlockNode } from '../../electron/shared/minutes/richText';
import { seedMeetings2024 } from '../support/meetingFixtures';
import { launchApp, type LaunchedApp } from './harness';
import { newDataDir, openSection, readStore, savedPattern, seeder } from './fixtures';

const t = sv.minutes.ui;
const PARAGRAPHS = 3000;
const editor = (page: Page) => page.getByRole('textbox', { name: t.editorLabel });
const line = (i: number) => `Stycke ${i} om samverkan mellan regionen och den idéburna sektorn${i % 3 ? '' : ', med en längre mening som bryts över flera rader i ett smalt fönster'}.`;
const bullets = (texts: string[]): BlockNode => ({ type: 'bulletList', content: texts.map((text) => ({ type: 'listItem', content: [paragraph(text)] })) } as BlockNode);

/** Kortfattade anteckningar of a meeting with a section of 3,000 paragraphs, a bullet list and a rare word far down, and a last section. */
async function longMinutes(app: LaunchedApp): Promise<void> {
  const seed = seeder(app.backend);
  const meeting = await seed('saveMeeting', { id: null, meeting: seedMeetings2024[0] });
  const created = await seed('createMinutes', { meetingId: meeting.id, form: 'brief' }) as Minutes;
  const long = Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(line(i + 1)));
  long.splice(2000, 0, bullets(['Punkt ett om bidrag', 'Punkt två om lokaler']));
  long.splice(2600, 0, paragraph('Här nämns sjöstjärnan en enda gång.'));
  long.splice(2800, 0, paragraph('En felstavad kommmun längst ner.'));
  const body = { type: 'doc', content: [...created.body.content, heading(crypto.randomUUID(), 'Långt avsnitt'), ...long, heading(crypto.randomUUID(), 'Slutord'), paragraph('Sista raden.')] };
  await seed('saveMinutesContent', { id: created.id, content: { title: created.title, form: created.form, decisions: [], actions: [], body } });
}

/** The editor's paragraph reading `text` is on screen. */
async function expectShownInView(page: Page, text: string) {
  await expect(editor(page).locator('p').filter({ hasText: text })).toBeInViewport();
}

/** The long minutes opened in the editor, the data folder they are saved in. */
async function openLongMinutes(): Promise<{ app: LaunchedApp; dataDir: string }> {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  await longMinutes(app);
  await openSection(app.page, 'minutes');
  await app.page.getByRole('button', { name: /^Kortfattade anteckningar/ }).click();
  await expect(editor(app.page)).toContainText('Sista raden.', { timeout: 30_000 });
  return { app, dataDir };
}

/** The stored minutes' paragraphs, bullets and headings, once the header says Sparat. */
async function savedTexts(page: Page, dataDir: string): Promise<string[]> {
  await expect(page.getByRole('status').first()).toHaveText(savedPattern);
  return textBlocks((readStore(dataDir).minutes as Minutes[])[0]!.body).map((b) => b.text);
}

test('in long minutes, text typed into a far paragraph, a far bullet, a found word and a section from the list lands there and is saved', async () => {
  test.slow();
  const { app, dataDir } = await openLongMinutes();
  const { page } = app;

  // A paragraph far below the first screen, scrolled to and clicked once it shows: the keys land at its end.
  const far = editor(page).getByText(line(1500), { exact: true });
  await far.scrollIntoViewIfNeeded();
  await expect(far).toBeInViewport();
  await far.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Tillägg A.');
  await expectShownInView(page, `${line(1500)} Tillägg A.`);

  // A bullet further down: typed at its end, then a new bullet after it.
  await editor(page).getByText('Punkt två om lokaler', { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' och hyror');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Punkt tre om tolkar');
  await expect(editor(page).getByRole('listitem')).toHaveText(['Punkt ett om bidrag', 'Punkt två om lokaler och hyror', 'Punkt tre om tolkar']);
  await expectShownInView(page, 'Punkt tre om tolkar');

  // Ctrl+F to a word far down; Escape puts the cursor back in the text, on the word found.
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: t.find }).fill('sjöstjärnan');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(editor(page)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(' (en art)');
  await expectShownInView(page, 'Här nämns sjöstjärnan (en art) en enda gång.');

  // The list of sections takes the cursor to the end of the last section's heading.
  await page.getByRole('button', { name: sv.minutes.surface.outline, exact: true }).click();
  await page.getByRole('region', { name: sv.minutes.surface.outlineHeading }).getByRole('button', { name: 'Slutord', exact: true }).click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.type(' Mötet avslutades.');
  await expectShownInView(page, 'Sista raden. Mötet avslutades.');

  const stored = await savedTexts(page, dataDir);
  expect(stored).toContain(`${line(1500)} Tillägg A.`);
  expect(stored).toContain('Punkt två om lokaler och hyror');
  expect(stored).toContain('Punkt tre om tolkar');
  expect(stored).toContain('Här nämns sjöstjärnan (en art) en enda gång.');
  expect(stored.at(-1)).toBe('Sista raden. Mötet avslutades.');
  expect(stored.filter((text) => /Tillägg|hyror|tolkar|en art|avslutades/.test(text))).toHaveLength(5);
  await app.close();
});

test('in long minutes, Alt+F7 fixes a misspelt word far down, and Mötesläge writes at the end of a long section', async () => {
  test.slow();
  const { app, dataDir } = await openLongMinutes();
  const { page } = app;

  await editor(page).getByRole('heading').first().click();
  await expect(editor(page).locator('[aria-invalid="spelling"]')).toHaveText(['kommmun'], { timeout: 30_000 });
  await page.keyboard.press('Alt+F7');
  await page.getByRole('menu', { name: sv.spelling.menuLabel('kommmun') }).getByRole('menuitem', { name: 'kommun', exact: true }).click();
  await expectShownInView(page, 'En felstavad kommun längst ner.');
  // The menu gives the cursor back to the text.
  await expect(editor(page)).toBeFocused();

  // Ctrl+Home right after the fix (while the fixed word is checked again), then Nästa punkt from the first
  // section to the end of the long one, and a new bullet there (Ctrl+Enter).
  await page.keyboard.press('Control+Home');
  await page.getByRole('button', { name: t.liveMode }).click();
  const bar = page.getByRole('region', { name: t.liveMode });
  for (const section of [2, 3, 4]) {
    await bar.getByRole('button', { name: t.nextItem }).click();
    await expect(bar).toContainText(t.livePosition(section, 5, section === 4 ? 'Långt avsnitt' : ''));
  }
  await page.keyboard.type(' Slut.');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type('Ny punkt i mötet');
  await expectShownInView(page, `${line(PARAGRAPHS)} Slut.`);
  await expect(editor(page).getByRole('listitem').last()).toHaveText('Ny punkt i mötet');
  await expect(editor(page).getByRole('listitem').last()).toBeInViewport();

  const stored = await savedTexts(page, dataDir);
  expect(stored).toContain('En felstavad kommun längst ner.');
  expect(stored).toContain(`${line(PARAGRAPHS)} Slut.`);
  expect(stored.slice(-4)).toEqual([`${line(PARAGRAPHS)} Slut.`, 'Ny punkt i mötet', 'Slutord', 'Sista raden.']);
  await app.close();
});
