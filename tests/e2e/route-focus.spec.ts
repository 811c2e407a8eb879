import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { freshAssessmentDump, seedDump } from './support/seed';

/**
 * Session 7, found by a keyboard and screen-reader tester: every in-page link that changes the
 * screen (Home's cycle, New assessment, Edit details; an assessment's Dashboard, Gap report,
 * Compare, Progress over time, Answer the checklist) left focus on <body> and said nothing. One
 * rule at the app level: after a route change, focus is on the new screen's h1 once it is drawn;
 * a top-bar link keeps its focus.
 */

const dump = freshAssessmentDump();
const ID = (dump.tables.assessments?.[0] as { id: string }).id;

/** The focused element's tag and text, so a failure says where focus went. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return !el || el === document.body ? 'body' : `${el.tagName}: ${(el.textContent ?? '').trim()}`;
  });

/** Gives the link focus and presses Enter, as a keyboard user does; then focus is on the new h1. */
async function follow(page: Page, name: string, how: 'keyboard' | 'click' = 'keyboard') {
  const link = page.getByRole('main').getByRole('link', { name, exact: true }).first();
  if (how === 'click') await link.click();
  else {
    await link.focus();
    await page.keyboard.press('Enter');
  }
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  await expect.poll(() => focused(page), `after "${name}"`).toMatch(/^H1: /);
  await expect(heading).toBeFocused();
}

test('keyboard and click: every in-page link that changes the screen puts focus on its h1', async ({
  page,
}) => {
  await seedDump(page, dump);
  await page.goto('./#/');
  await expect(
    page.getByRole('link', { name: 'Edit details — Self-assessment 2026' }),
  ).toBeVisible();

  await follow(page, 'Self-assessment 2026');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Self-assessment 2026');
  await follow(page, 'Dashboard');
  await follow(page, 'Gap report (PDF, CSV)');
  await follow(page, 'Answer the checklist', 'click');
  await follow(page, 'Compare with another cycle');
  await page.goto(`./#/assessments/${ID}/dashboard`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await follow(page, 'Progress over time');

  // A top-bar link keeps its own focus (the user is in the top bar, not in the screen).
  const home = page.getByRole('navigation').getByRole('link', { name: 'Home', exact: true });
  await home.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('link', { name: 'Edit details — Self-assessment 2026' }),
  ).toBeVisible();
  await expect(home).toBeFocused();

  await follow(page, 'New assessment — Singapore');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New assessment for Singapore');
  await page.goBack();
  await expect(
    page.getByRole('link', { name: 'Edit details — Self-assessment 2026' }),
  ).toBeVisible();
  await follow(page, 'Edit details — Self-assessment 2026', 'click');
});
