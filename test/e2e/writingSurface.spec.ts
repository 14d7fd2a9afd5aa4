// The writing surface as the secretary meets it at 1280×720: the text being written fills most of the
// window (in the editor and in Mötesläge), the sections are managed in the minutes with undo, and
// Word's keys work (Ctrl+K makes a link in the text, Ctrl+Shift+F searches all minutes, a typed web
// address becomes a link at the space after it).
import { expect, test, type Page } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { agendaItem, seedMeetings2024 } from '../support/meetingFixtures';
import { REFERENCE_SECTIONS, referenceMinutesDoc } from '../support/referenceMinutes';
import { sectionsOf } from '../../electron/shared/minutes/richText';
import { launchApp, type LaunchedApp } from './harness';
import { newDataDir, openSection, seeder } from './fixtures';

const t = sv.minutes.ui;

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
