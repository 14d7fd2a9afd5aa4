/**
 * Steps of the browser tests that work by keyboard alone: Tab to a control (failing with where the focus
 * went instead), check that the focus is on something drawn so a sighted user sees it, and press a key there.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** What has the focus, for a failure message: tag, role and name. */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '<body> (focus lost)';
    const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : ''}> "${name}"`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, and checks the focus is drawn there; fails
 * saying where the focus went instead.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 30, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  await expect(target, 'the control to reach is on screen').toBeVisible();
  const seen: string[] = [];
  for (let press = 0; press <= maxPresses; press++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return expectVisibleFocus(page);
    if (press === maxPresses) break;
    await page.keyboard.press(key);
    seen.push(await describeFocus(page));
  }
  throw new Error(`${key} did not reach ${target.toString()} in ${maxPresses} presses; the focus went to:\n  ${seen.join('\n  ')}`);
}

/** The focus is on an element of the page (never lost to <body>) and drawn so a sighted user sees it. */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || !(el instanceof HTMLElement)) return { onElement: false, visible: false };
    const style = getComputedStyle(el);
    const drawn = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    return { onElement: true, visible: el.matches(':focus-visible') && drawn && el.getBoundingClientRect().width > 0 };
  });
  expect(focus, `focus on ${await describeFocus(page)}`).toEqual({ onElement: true, visible: true });
}

/** Checks the focus is on `target` and visible, then presses `key` there. */
export async function pressOn(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await expect(target).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press(key);
}
