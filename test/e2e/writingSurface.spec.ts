// The writing surface as the secretary meets it at 1280×720: the text being written fills most of the
// window (in the editor and in Mötesläge), the sections are managed in the minutes with undo, and
// Word's keys work (Ctrl+K makes a link in the text, Ctrl+Shift+F searches all minutes, a typed web
// address becomes a link at the space after it, Ctrl+B right after Ctrl+Shift+← bolds the word), a key
// right after a click acts where the click put the cursor, and keys right after a dialog, a panel or a
// toolbar button land in the text even before the next frame.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { agendaItem, seedMeetings2024 } from '../support/meetingFixtures';
import { REFERENCE_SECTIONS, referenceMinutesDoc } from '../support/referenceMinutes';
import { sectionsOf, wordCount } from '../../electron/shared/minutes/richText';
import { launchApp, type LaunchedApp } from './harness';
import { newDataDir, openSection, readStore, savedPattern, seeder } from './fixtures';

const t = sv.minutes.ui;
const s = sv.minutes.surface;

/** Full minutes of the reference meeting, long enough to fill the window, opened in the editor. */
async function openReferenceMinutes(app: LaunchedApp): Promise<Minutes> {
  const call = seeder(app.backend);
  const meeting = await call('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0], date: '2021-04-28' } });
  await call('saveAgenda', { meetingId: meeting.id, agenda: REFERENCE_SECTIONS.slice(0, 2).map((title) => agendaItem(title, false)) });
  const minutes = await call('createMinutes', { meetingId: meeting.id, form: 'full' });
  const body = referenceMinutesDoc(sectionsOf(minutes.body).map((s) => s.sectionId));
  await call('saveMinutesContent', { id: minutes.id, content: { title: minutes.title, form: 'full', body, decisions: [], actions: [] } });
  await app.page.reload();
  await openSection(app.page, 'minutes');
  await app.page.getByRole('button', { name: minutes.title }).click();
  await expect(editor(app.page)).toBeVisible();
  return minutes;
}

const editor = (page: Page) => page.getByRole('textbox', { name: t.editorLabel });
/** The section headings of the minutes on disk. */
const storedHeadings = (dataDir: string) => sectionsOf((readStore(dataDir).minutes as Minutes[])[0]!.body).map((section) => section.title);

/** The part of the window, as a share of its height, where the text being written can be seen. */
function visibleTextShare(page: Page): Promise<number> {
  return editor(page).evaluate((text) => {
    let top = Math.max(0, text.getBoundingClientRect().top);
    let bottom = Math.min(window.innerHeight, text.getBoundingClientRect().bottom);
    for (let box = text.parentElement; box; box = box.parentElement) {
      if (getComputedStyle(box).overflowY === 'visible') continue;
      const rect = box.getBoundingClientRect();
      top = Math.max(top, rect.top);
      bottom = Math.min(bottom, rect.bottom);
    }
    return Math.max(0, bottom - top) / window.innerHeight;
  });
}

test('at 1280×720 the text being written fills at least 60 % of the window, in the editor and in Mötesläge', async () => {
  const app = await launchApp({ dataDir: newDataDir() });
  const { page } = app;
  expect(page.viewportSize()).toEqual({ width: 1280, height: 720 });
  await openReferenceMinutes(app);
  expect(await visibleTextShare(page)).toBeGreaterThanOrEqual(0.6);
  await page.getByRole('button', { name: t.liveMode }).click();
  await expect(page.getByRole('region', { name: t.liveMode })).toBeVisible();
  expect(await visibleTextShare(page)).toBeGreaterThanOrEqual(0.6);
  // The live bar is one line.
  const bar = await page.getByRole('region', { name: t.liveMode }).boundingBox();
  const line = await page.getByRole('region', { name: t.liveMode }).getByRole('button', { name: t.nextItem }).boundingBox();
  expect(bar!.height).toBeLessThan(line!.height * 1.8);
  // The cursor at the end of the text is on screen, with the header still there.
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Sist.');
  await expect(editor(page).getByText('Sist.')).toBeInViewport();
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  await app.close();
});

test('while typing, the word count under the text, the header\'s "Sparat" and the toolbar\'s Ångra and Gör om follow every change', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  await openReferenceMinutes(app);
  const words = wordCount((readStore(dataDir).minutes as Minutes[])[0]!.body);
  const toolbar = page.getByRole('toolbar', { name: t.toolbarLabel });
  await expect(page.getByText(t.wordCount(words), { exact: true })).toBeVisible();
  await expect(toolbar.getByRole('button', { name: t.undo })).toBeDisabled();

  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' ett tre fem');
  await expect(page.getByText(t.wordCount(words + 3), { exact: true })).toBeVisible();
  await expect(page.getByRole('status').first()).toHaveText(savedPattern);
  await page.keyboard.type(' sju');
  await expect(page.getByText(t.wordCount(words + 4), { exact: true })).toBeVisible();
  await expect.poll(() => wordCount((readStore(dataDir).minutes as Minutes[])[0]!.body)).toBe(words + 4);
  await expect(page.getByRole('status').first()).toHaveText(savedPattern);

  await expect(toolbar.getByRole('button', { name: t.redo })).toBeDisabled();
  await toolbar.getByRole('button', { name: t.undo }).click();
  await expect(toolbar.getByRole('button', { name: t.redo })).toBeEnabled();
  // " sju" was typed after a pause (the save): Ångra takes it away on its own.
  await expect(page.getByText(t.wordCount(words + 3), { exact: true })).toBeVisible();
  await app.close();
});

test('sections are renamed, moved, removed and added in the minutes by keyboard, and Ctrl+Z puts them back', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  await openReferenceMinutes(app);
  const [first, second, third] = REFERENCE_SECTIONS as [string, string, string];
  const headings = editor(page).getByRole('heading', { level: 2 });
  const outline = page.getByRole('region', { name: s.outlineHeading });
  const names = outline.getByRole('listitem').locator('.section-outline__name');

  await page.getByRole('button', { name: s.outline, exact: true }).press('Enter');
  await expect(names).toHaveText([first, second, third]);

  // Renamed: the heading in the text changes, what is under it stays.
  await outline.getByRole('button', { name: s.renameSection(third) }).press('Enter');
  await expect(outline.getByLabel(s.newName(third))).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Information från regionen');
  await page.keyboard.press('Enter');
  await expect(headings).toHaveText([first, second, 'Information från regionen']);
  await expect(outline.getByRole('button', { name: 'Information från regionen', exact: true })).toBeFocused();

  // Moved up twice with the keyboard: its text goes with it, and at the top the focus moves to ↓.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(outline.getByRole('button', { name: s.moveUp('Information från regionen') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(headings).toHaveText([first, 'Information från regionen', second]);
  await expect(outline.getByRole('button', { name: s.moveUp('Information från regionen') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(headings).toHaveText(['Information från regionen', first, second]);
  await expect(outline.getByRole('button', { name: s.moveDown('Information från regionen') })).toBeFocused();
  await expect(editor(page).locator('h2 + ul').first()).toContainText('Förstudien ”Öppet Västra Götaland”');

  // Removed with everything under it, then Ctrl+Z (pressed in the list) puts it back, and undoes the moves one at a time.
  await outline.getByRole('button', { name: s.removeSection(second) }).press('Enter');
  await expect(headings).toHaveText(['Information från regionen', first]);
  await expect(editor(page)).not.toContainText('Ett förslag på reviderad aktivitetsplan');
  await expect(outline.getByRole('status')).toHaveText(s.removed(second));
  await expect(outline.getByRole('button', { name: first, exact: true })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(headings).toHaveText(['Information från regionen', first, second]);
  await expect(editor(page)).toContainText('Ett förslag på reviderad aktivitetsplan');
  await page.keyboard.press('Control+z');
  await expect(headings).toHaveText([first, 'Information från regionen', second]);
  await expect.poll(() => storedHeadings(dataDir), { timeout: 5000 }).toEqual([first, 'Information från regionen', second]);

  // Added after the section the cursor is in, with the cursor in it to write.
  await outline.getByRole('button', { name: first, exact: true }).press('Enter');
  await expect(editor(page)).toBeFocused();
  await page.getByLabel(s.newTitle).fill('Övriga frågor');
  await page.getByLabel(s.newTitle).press('Enter');
  await expect(headings).toHaveText([first, 'Övriga frågor', 'Information från regionen', second]);
  await expect(editor(page)).toBeFocused();
  await page.keyboard.type('Inga övriga frågor.');
  await expect(editor(page).locator('h2:text("Övriga frågor") + p')).toHaveText('Inga övriga frågor.');
  await expect.poll(() => storedHeadings(dataDir), { timeout: 5000 }).toEqual([first, 'Övriga frågor', 'Information från regionen', second]);
  await app.close();
});

test("Word's keys: a typed address becomes a link at the space, Ctrl+K links the selection, Ctrl+Shift+F searches all minutes", async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  await openReferenceMinutes(app);
  // A new paragraph under a heading: End in a long paragraph goes to the end of its visual line, which
  // depends on the window's width.
  await editor(page).getByRole('heading', { name: 'Reviderad aktivitetsplan för 2021' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');

  // Web and e-mail addresses become links when the space after them is typed; other words stay text.
  await page.keyboard.type(' Läs på www.vgregion.se/rus eller skriv till sekreterare@example.se ');
  await page.keyboard.type('Inte vgregion.se eller http://192.168.1.1/admin heller. ');
  await expect(editor(page).getByRole('link', { name: 'www.vgregion.se/rus' })).toHaveAttribute('href', 'https://www.vgregion.se/rus');
  await expect(editor(page).getByRole('link', { name: 'sekreterare@example.se' })).toHaveAttribute('href', 'mailto:sekreterare@example.se');
  await expect(editor(page).getByRole('link')).toHaveText(['Regional utvecklingsstrategi - Västra Götalandsregionen (vgregion.se)',
    'www.vgregion.se/rus', 'sekreterare@example.se', 'Handlingsplan suicidprevention i Västra Götaland - slutlig (vgregion.se)', 'länk']);

  // Ctrl+K in the text opens the link dialog for the selected words.
  await page.keyboard.type('Anmälan');
  // Ctrl+Shift+← selects the word just typed, as in Word.
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: t.link });
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('searchbox', { name: t.searchAll })).toHaveCount(0);
  await dialog.getByLabel(t.linkAddress).fill('https://www.vgregion.se/anmalan-rus');
  await dialog.getByLabel(t.linkAddress).press('Enter');
  await expect(editor(page).getByRole('link', { name: 'Anmälan' })).toHaveAttribute('href', 'https://www.vgregion.se/anmalan-rus');
  await expect(editor(page)).toBeFocused();
  await expect.poll(() => JSON.stringify((readStore(dataDir).minutes as Minutes[])[0]!.body), { timeout: 5000 }).toContain('"href":"https://www.vgregion.se/anmalan-rus"');
  const body = JSON.stringify((readStore(dataDir).minutes as Minutes[])[0]!.body);
  expect(body).toContain('"href":"https://www.vgregion.se/rus"');
  expect(body).toContain('"href":"mailto:sekreterare@example.se"');

  // Ctrl+Shift+F searches all minutes from the text too.
  await page.keyboard.press('Control+Shift+F');
  const search = page.getByRole('searchbox', { name: t.searchAll });
  await expect(search).toBeFocused();
  await expect(page.getByText(t.searchHelp)).toBeVisible();
  await search.fill('Anmälan');
  await expect(page.getByText(t.searchResults(2))).toBeVisible();
  expect(app.networkRequests).toEqual([]);
  await app.close();
});

test('a key right after Ctrl+Shift+← acts on the words it selected, before the page has reported the new selection', async () => {
  const app = await launchApp({ dataDir: newDataDir() });
  const { page } = app;
  await openReferenceMinutes(app);
  await editor(page).getByRole('heading', { name: 'Reviderad aktivitetsplan för 2021' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const words = ['ett', 'två', 'tre', 'fyra', 'fem', 'sex'];
  for (const word of words) {
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
  }
  // From the last word up: each selected with Ctrl+Shift+← and made bold at once with Ctrl+B.
  for (let i = 0; i < words.length; i++) {
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await page.keyboard.press('Control+b');
  }
  await expect(editor(page).locator('strong')).toHaveText(words);
  await app.close();
});

test('a key right after a click acts where the click put the cursor, before the page has reported it', async () => {
  const app = await launchApp({ dataDir: newDataDir() });
  const { page } = app;
  await openReferenceMinutes(app);
  const headings = editor(page).getByRole('heading');
  const titles = await headings.allTextContents();
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Slut.');
  // The cursor is at the end; a heading is clicked and Ctrl+End pressed at once: the text goes on at the end.
  for (let i = 0; i < titles.length; i++) {
    await headings.nth(i).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(` ${i}`);
  }
  await expect(headings).toHaveText(titles);
  await expect(editor(page)).toHaveText(new RegExp(`Slut\\.${titles.map((_, i) => ` ${i}`).join('')}$`));
  await app.close();
});

/** Starts a new paragraph right under a heading of the text, with the keyboard, and types `text` there. */
async function writeUnder(page: Page, heading: Locator, text: string): Promise<void> {
  await heading.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

/**
 * Holds back the page's animation frames, as a busy machine delays the next frame, until the returned
 * function lets them run: keys pressed meanwhile must still reach the text.
 */
async function holdFrames(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() => {
    const run = window.requestAnimationFrame.bind(window);
    const held: FrameRequestCallback[] = [];
    window.requestAnimationFrame = (callback) => held.push(callback);
    Object.assign(window, {
      releaseFrames: () => {
        window.requestAnimationFrame = run;
        for (const callback of held) run(callback);
      },
    });
  });
  return () => page.evaluate(() => (window as unknown as { releaseFrames: () => void }).releaseFrames());
}

test('keys pressed right after the link dialog, the phrase picker, the find bar or a toolbar button, before the next frame, land in the text', async () => {
  const app = await launchApp({ dataDir: newDataDir() });
  const { page } = app;
  await openReferenceMinutes(app);
  const heading = editor(page).getByRole('heading', { name: 'Reviderad aktivitetsplan för 2021' });
  const paragraphsAfter = (count: number) => heading.locator(`xpath=following-sibling::p[position() <= ${count}]`);
  // Each case writes in a new paragraph under the heading, from the text.
  const newParagraph = (text: string) => writeUnder(page, heading, text);

  await newParagraph('Se ');
  await page.getByRole('button', { name: t.link, exact: true }).click();
  await page.getByLabel(t.linkAddress).fill('https://www.vgregion.se/');
  await page.getByLabel(t.linkText).fill('webbsidan');
  let release = await holdFrames(page);
  await page.getByRole('button', { name: t.insertLink }).click();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Efter länken');
  await release();
  await expect(paragraphsAfter(2)).toHaveText(['Se webbsidan', 'Efter länken']);

  await newParagraph('Före');
  await page.keyboard.press('Control+k');
  release = await holdFrames(page);
  await page.keyboard.press('Escape');
  await page.keyboard.type(' ångrad länk');
  await release();
  await expect(paragraphsAfter(1)).toHaveText('Före ångrad länk');

  await newParagraph('');
  await page.keyboard.press('Control+.');
  await page.getByRole('combobox', { name: t.phrasesFilter }).fill('Nästa möte');
  release = await holdFrames(page);
  await page.keyboard.press('Enter');
  await page.keyboard.type(' Efter frasen.');
  await release();
  await expect(paragraphsAfter(1)).toHaveText(/^Nästa möte äger rum .* Efter frasen\.$/);

  await newParagraph('Sökt ord');
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: t.find }).fill('Sökt ord');
  await page.keyboard.press('Enter');
  release = await holdFrames(page);
  await page.keyboard.press('Escape');
  await page.keyboard.press('End');
  await page.keyboard.type(' hittat');
  await release();
  await expect(paragraphsAfter(1)).toHaveText('Sökt ord hittat');

  await newParagraph('Inte fet, men ');
  await page.getByRole('button', { name: t.bold, exact: true }).focus();
  release = await holdFrames(page);
  await page.keyboard.press('Enter');
  await page.keyboard.type('fet');
  await release();
  await expect(paragraphsAfter(1)).toHaveText('Inte fet, men fet');
  await expect(paragraphsAfter(1).locator('strong')).toHaveText('fet');
  await app.close();
});

test('a phrase, a link or a toolbar command applied after scrolling away from the cursor brings the cursor back into view', async () => {
  const app = await launchApp({ dataDir: newDataDir() });
  const { page } = app;
  await openReferenceMinutes(app);
  const heading = editor(page).getByRole('heading', { name: 'Reviderad aktivitetsplan för 2021' });
  const written = heading.locator('xpath=following-sibling::p[1]');
  await writeUnder(page, heading, 'Här är markören.');
  /** Scrolls the text with the mouse wheel until the cursor's paragraph is out of sight. */
  const scrollAway = async () => {
    await editor(page).hover();
    while (await written.evaluate((p) => p.getBoundingClientRect().bottom > 0)) await page.mouse.wheel(0, 400);
    await expect(written).not.toBeInViewport();
  };

  await scrollAway();
  await page.keyboard.press('Control+.');
  await page.getByRole('combobox', { name: t.phrasesFilter }).fill('Nästa möte');
  await page.keyboard.press('Enter');
  await expect(written).toContainText('Här är markören.Nästa möte äger rum');
  await expect(written).toBeInViewport();

  await scrollAway();
  await page.keyboard.press('Control+k');
  await page.getByLabel(t.linkAddress).fill('https://www.vgregion.se/');
  await page.getByLabel(t.linkText).fill(' Länk');
  await page.keyboard.press('Enter');
  await expect(written.getByRole('link')).toHaveText('Länk');
  await expect(written).toBeInViewport();

  await page.keyboard.press('Control+Shift+ArrowLeft');
  await scrollAway();
  await page.getByRole('button', { name: t.bold, exact: true }).click();
  await expect(written.locator('strong')).toHaveText('Länk');
  await expect(written).toBeInViewport();
  await app.close();
});
