// A secretary who works by keyboard alone: from a fresh data folder, a new meeting with its place and
// two agenda items, then its minutes with a bold word and a bullet list — only Tab, Shift+Tab, Enter,
// Space, arrows and typing, the focus always on something that can be seen and makes sense; and a dialog
// closed by keyboard leaves the focus where the secretary was.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import type { Meeting } from '../../electron/shared/meetings/meeting';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { textBlocks } from '../../electron/shared/minutes/richText';
import { launchApp } from './harness';
import { newDataDir, readStore, savedPattern } from './fixtures';
import { expectVisibleFocus, pressOn, tabTo } from './keyboardSteps';

const m = sv.meetings.ui;
const t = sv.minutes.ui;

/**
 * Sets the date in a focused <input type="date"> with the arrow keys, part by part in whatever order the
 * system's locale shows them (2031-03-12 or 03/12/2031): ↑ shows which part has the focus, ↑/↓ set it,
 * → moves on to the next part.
 */
async function setDateWithArrows(page: Page, input: Locator, iso: string): Promise<void> {
  const wanted = iso.split('-').map(Number);
  const parts = async () => (await input.inputValue()).split('-').map(Number);
  for (let segment = 0; segment < 3; segment++) {
    const before = await parts();
    await page.keyboard.press('ArrowUp');
    const after = await parts();
    const part = after.findIndex((value, i) => value !== before[i]);
    expect(part, `ArrowUp changed one part of the date (${before.join('-')} → ${after.join('-')})`).toBeGreaterThanOrEqual(0);
    const steps = wanted[part]! - after[part]!;
    for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowUp' : 'ArrowDown');
    if (segment < 2) await page.keyboard.press('ArrowRight');
  }
  await expect(input).toHaveValue(iso);
}

test('full keyboard path through creating a meeting and writing minutes', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  const nav = page.getByRole('navigation', { name: sv.app.navLabel });
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(m.yearHeading(new Date().getFullYear()));

  // 1. Möten → Nytt möte: date, times, kind, place; saved.
  await tabTo(page, page.getByRole('link', { name: sv.app.skipToContent }), 1);
  await tabTo(page, nav.getByRole('button', { name: sv.nav.meetings }));
  await pressOn(page, nav.getByRole('button', { name: sv.nav.meetings }));
  await expect(nav.getByRole('button', { name: sv.nav.meetings })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('button', { name: sv.nav.meetings })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: m.newMeeting }));
  await pressOn(page, page.getByRole('button', { name: m.newMeeting }));
  // The year plan's button is gone: the focus moves to the new page's heading, not to <body>.
  await expect(heading).toHaveText(m.newMeeting);
  await expect(heading).toBeFocused();
  await expectVisibleFocus(page);

  const form = page.getByRole('region', { name: m.detailsHeading });
  await tabTo(page, form.getByLabel(m.date));
  await setDateWithArrows(page, form.getByLabel(m.date), '2031-03-12');
  // Tab goes through the date's parts and its calendar button before it leaves the field.
  await tabTo(page, form.getByLabel(m.startTime), 4);
  await page.keyboard.type('0930');
  await tabTo(page, form.getByLabel(m.endTime), 4);
  await page.keyboard.type('1430');
  await tabTo(page, form.getByLabel(m.kind), 4);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Dialogmöte');
  await tabTo(page, form.getByLabel(m.titleSuffix), 2);
  await page.keyboard.type('med Påhittade nätverket');
  await tabTo(page, form.getByRole('radio', { name: m.placeToBeAnnounced }), 2);
  await page.keyboard.press('ArrowUp');
  await expect(form.getByRole('radio', { name: m.placeKnown, exact: true })).toBeChecked();
  await expect(form.getByRole('radio', { name: m.placeKnown, exact: true })).toBeFocused();
  await tabTo(page, form.getByLabel(m.venue), 2);
  await page.keyboard.type('Påhittade huset, sal 3');
  await tabTo(page, form.getByLabel(m.address), 2);
  await page.keyboard.type('Exempelgatan 1, Vänersborg');
  await tabTo(page, form.getByRole('button', { name: m.save }), 10);
  await pressOn(page, form.getByRole('button', { name: m.save }));
  await expect(page.getByRole('status').filter({ hasText: m.saved })).toBeVisible();
  await expect(heading).toHaveText('Dialogmöte med Påhittade nätverket, onsdag 12 mars 2031 kl. 09.30–14.30');
  await expect(form.getByRole('button', { name: m.save })).toBeFocused();
  await expectVisibleFocus(page);

  // 2. Two agenda items (the button pressed with Enter, then with Space); the form opens with the focus in
  // its first field, and when it closes the focus comes back to "Lägg till punkt".
  const agenda = page.getByRole('region', { name: m.agendaHeading });
  for (const [title, key] of [['Välkomna och presentation', 'Enter'], ['Påhittade projektet', 'Space']] as const) {
    await tabTo(page, agenda.getByRole('button', { name: m.addItem }));
    await pressOn(page, agenda.getByRole('button', { name: m.addItem }), key);
    await expect(agenda.getByLabel(m.itemTitle, { exact: true })).toBeFocused();
    await expectVisibleFocus(page);
    await page.keyboard.type(title);
    await tabTo(page, agenda.getByRole('button', { name: m.save }), 10);
    await pressOn(page, agenda.getByRole('button', { name: m.save }));
    await expect(agenda.getByRole('button', { name: m.addItem })).toBeFocused();
    await expectVisibleFocus(page);
  }
  await expect(agenda.getByRole('listitem')).toHaveCount(2);

  // Reordered with ↑ and ↓ (the pressed arrow is disabled at the end, so the focus moves to the other),
  // removed with ✕ and put back with Ångra: the focus is never lost.
  const second = 'Påhittade projektet';
  await tabTo(page, agenda.getByRole('button', { name: m.moveUp(second) }), 10, 'Shift+Tab');
  await pressOn(page, agenda.getByRole('button', { name: m.moveUp(second) }));
  await expect(agenda.getByRole('listitem').first()).toContainText(second);
  await pressOn(page, agenda.getByRole('button', { name: m.moveDown(second) }));
  await expect(agenda.getByRole('listitem').last()).toContainText(second);
  await expect(agenda.getByRole('button', { name: m.moveUp(second) })).toBeFocused();
  await tabTo(page, agenda.getByRole('button', { name: m.removeItem(second) }), 5);
  await pressOn(page, agenda.getByRole('button', { name: m.removeItem(second) }));
  await expect(agenda.getByRole('listitem')).toHaveCount(1);
  await pressOn(page, agenda.getByRole('button', { name: m.undo }));
  await expect(agenda.getByRole('listitem')).toHaveCount(2);
  await expect(agenda.getByRole('button', { name: m.editItem(second) })).toBeFocused();
  await expectVisibleFocus(page);

  // Back to the year plan: the focus returns to the meeting just made.
  await tabTo(page, page.getByRole('button', { name: `← ${m.back}` }), 40, 'Shift+Tab');
  await pressOn(page, page.getByRole('button', { name: `← ${m.back}` }));
  await expect(heading).toHaveText(m.yearHeading(2031));
  await expect(page.getByRole('button', { name: 'Dialogmöte med Påhittade nätverket' })).toBeFocused();
  await expectVisibleFocus(page);

  // 3. Anteckningar → Skapa anteckningar for the meeting; a bold word and a bullet list in its first section.
  await tabTo(page, nav.getByRole('button', { name: sv.nav.minutes }), 40, 'Shift+Tab');
  await pressOn(page, nav.getByRole('button', { name: sv.nav.minutes }));
  await expect(heading).toHaveText(sv.pages.minutes.title);
  await expect(nav.getByRole('button', { name: sv.nav.minutes })).toBeFocused();
  const meetingChoice = page.getByRole('combobox', { name: t.meeting });
  await tabTo(page, meetingChoice);
  await expect(meetingChoice.locator('option:checked')).toHaveText('12 mars 2031, Dialogmöte med Påhittade nätverket');
  await tabTo(page, page.getByRole('button', { name: t.create }), 3);
  await pressOn(page, page.getByRole('button', { name: t.create }));
  await expect(heading).toHaveText(t.heading('Dialogmöte med Påhittade nätverket, onsdag 12 mars 2031 kl. 09.30–14.30'));
  await expect(heading).toBeFocused();
  await expectVisibleFocus(page);

  // The editor's toolbar is one Tab stop: the arrows move inside it, and Tab leaves it for the text.
  const editor = page.getByRole('textbox', { name: t.editorLabel });
  const toolbar = page.getByRole('toolbar', { name: t.toolbarLabel });
  await tabTo(page, toolbar.getByRole('button', { name: t.bold, exact: true }), 40);
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: t.italic, exact: true })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Tab');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('Alla hälsades ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('varmt');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' välkomna av Åsa Påhittad.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- ');
  await page.keyboard.type('Bengt Exempelsson presenterade sig');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Gästa Gästsson presenterade sig');

  // 4. What the user sees, and what is on disk while the focus is still in the text (the autosave's own
  // timers bound when; a timed assertion here would measure the machine's load, not the app).
  await expect(editor).toBeFocused();
  await expectVisibleFocus(page);
  await expect(editor.locator('p', { hasText: 'Alla hälsades' })).toHaveText('Alla hälsades varmt välkomna av Åsa Påhittad.');
  await expect(editor.locator('strong')).toHaveText(['varmt']);
  await expect(editor.getByRole('listitem')).toHaveText(['Bengt Exempelsson presenterade sig', 'Gästa Gästsson presenterade sig']);
  const minutes = () => (readStore(dataDir).minutes as Minutes[])[0];
  await expect.poll(() => minutes() && textBlocks(minutes()!.body).map((b) => b.text).join('\n')).toContain('Gästa Gästsson presenterade sig');
  await expect(editor).toBeFocused();
  await expect(page.getByRole('status').first()).toHaveText(savedPattern);

  const meetings = readStore(dataDir).meetings as Meeting[];
  expect(meetings).toHaveLength(1);
  expect(meetings[0]).toMatchObject({
    date: '2031-03-12', startTime: '09:30', endTime: '14:30', kind: 'Dialogmöte', titleSuffix: 'med Påhittade nätverket',
    place: { type: 'venue', venue: 'Påhittade huset, sal 3', address: 'Exempelgatan 1, Vänersborg' },
  });
  expect(meetings[0]!.agenda.map((item) => item.title)).toEqual(['Välkomna och presentation', 'Påhittade projektet']);
  const { meetingId, body } = minutes()!;
  expect(meetingId).toBe(meetings[0]!.id);
  expect(body.content.slice(0, 4).map((block) => block.type)).toEqual(['heading', 'paragraph', 'bulletList', 'heading']);
  const inline = (body.content[1] as { content?: Array<{ text?: string; marks?: Array<{ type: string }> }> }).content ?? [];
  expect(inline.map((node) => node.text).join('')).toBe('Alla hälsades varmt välkomna av Åsa Påhittad.');
  expect(inline.filter((node) => node.marks?.some((mark) => mark.type === 'bold')).map((node) => node.text?.trim())).toEqual(['varmt']);
  expect(textBlocks(body).map((block) => block.text)).toEqual(expect.arrayContaining(['Bengt Exempelsson presenterade sig', 'Gästa Gästsson presenterade sig']));
  expect(app.networkRequests).toEqual([]);
  await app.close();
});

test('a dialog closed with Esc or Avbryt gives the focus back to the button that opened it', async () => {
  const app = await launchApp({ dataDir: newDataDir() });
  const { page } = app;
  const ui = sv.register.ui;
  await page.getByRole('navigation', { name: sv.app.navLabel }).getByRole('button', { name: sv.nav.organisations }).click();
  await page.getByRole('button', { name: ui.newOrganisation }).click();
  await page.getByLabel(sv.register.organisationFields.name).fill('Låtsasförbundet');
  await page.getByRole('button', { name: ui.save }).click();
  await expect(page.getByRole('status').first()).toHaveText(savedPattern);
  await page.getByRole('button', { name: 'Låtsasförbundet' }).click();

  const remove = page.getByRole('button', { name: ui.delete });
  const dialog = page.getByRole('alertdialog');
  const cancel = dialog.getByRole('button', { name: ui.cancel });
  for (const close of [() => page.keyboard.press('Escape'), () => tabTo(page, cancel).then(() => pressOn(page, cancel))]) {
    await tabTo(page, remove);
    await pressOn(page, remove);
    await expect(dialog).toBeVisible();
    await close();
    await expect(dialog).toBeHidden();
    await expect(remove).toBeFocused();
    await expectVisibleFocus(page);
  }
  await app.close();
});

test('letters typed right after Ctrl+Shift+F land in the search field, also while its code is still being read', async () => {
  // The minutes' code is held back, from the start, until the letters have been typed: a slow first start.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  const app = await launchApp({
    dataDir: newDataDir(),
    beforeLoad: (page) => page.route(/\/assets\/MinutesSection-[^/]*\.js$/, async (route) => {
      asked += 1;
      await held;
      await route.continue();
    }),
  });
  const { page } = app;
  await expect(page.getByRole('heading', { name: sv.pages.meetings.title })).toBeVisible();
  const search = page.getByRole('searchbox', { name: t.searchAll });
  await page.keyboard.press('Control+Shift+F');
  await page.keyboard.type('Anmälan');
  await expect.poll(() => asked).toBeGreaterThan(0);
  await expect(search).toHaveCount(0);
  release();
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('Anmälan');
  await page.keyboard.type(' om');
  await expect(search).toHaveValue('Anmälan om');

  // With the code read, Ctrl+Shift+F from the field itself opens a new search, which takes the letters
  // typed before it is drawn; and keys that type nothing (Backspace) act as usual once it is.
  await page.keyboard.press('Control+Shift+F');
  await page.keyboard.type('budgetx');
  await expect(search).toHaveValue('budgetx');
  await page.keyboard.press('Backspace');
  await expect(search).toHaveValue('budget');
  await expect(search).toBeFocused();
  await app.close();
});
