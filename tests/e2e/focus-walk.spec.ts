import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { answerRow, freshAssessmentDump, seedDump } from './support/seed';

/**
 * Session 7, found by keyboard and screen-reader users: after Show history, Undo, or answering the
 * last listed action with "Unanswered only" on, focus fell to <body> and nothing was said. A walk
 * with the keyboard alone: after each step focus is on a visible element (never the body) and the
 * result is said in the workspace's one polite live region. Axe stays clean with the history open.
 */

const dump = freshAssessmentDump();
const ID = (dump.tables.assessments?.[0] as { id: string }).id;
const NORM_A = ['13a-01', '13a-02', '13a-03', '13a-04', '13a-05'];

/** What has focus: never the body after an action. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return !el || el === document.body ? 'body' : (el.textContent ?? '').trim();
  });

/** Presses Tab (or Shift+Tab) until `target` has focus (at most 120 stops). */
async function tabTo(page: Page, target: Locator, back = false): Promise<void> {
  for (let n = 0; n < 120; n += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The workspace's one polite live region (the visually hidden status line). */
const liveRegion = (page: Page) => page.locator('main [role="status"].visually-hidden');

async function axeClean(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
}

test('keyboard only: Show history, Undo, and answering the last unanswered actions keep focus and say what happened', async ({
  page,
}) => {
  // 13a-01 was planned by Tan Wei; 13a-02 and 13a-03 are the only unanswered actions of norm 13(a).
  dump.tables.answers = NORM_A.filter((id) => id !== '13a-02' && id !== '13a-03').map((id) =>
    answerRow(ID, id),
  );
  await seedDump(page, dump);
  await page.goto(`./#/assessments/${ID}`);
  const first = page.locator('article[data-item="13a-01"]');
  await expect(first).toBeVisible();
  await expect(liveRegion(page)).toHaveCount(1);

  // The first action becomes In progress with its digit key (focus on the page, not in a field).
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // the skip link: focus on the content
  await page.keyboard.press('3');
  await expect(first.getByRole('radio', { name: 'In progress' })).toBeChecked();
  await expect(page.getByText('All changes saved on this device')).toBeVisible();

  // 1. Show history: focus stays on the toggle, now "Hide history"; the history is shown.
  await tabTo(page, first.getByText('Details, evidence and notes'));
  await page.keyboard.press('Enter');
  const toggle = first.getByRole('button', { name: 'Show history' });
  await tabTo(page, toggle);
  await page.keyboard.press('Enter');
  const hide = first.getByRole('button', { name: 'Hide history' });
  await expect(hide).toBeFocused();
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  await expect(first.getByRole('list', { name: 'History' })).toBeVisible();
  await axeClean(page);

  // 2. Undo: said in the live region; focus on the next Undo button (the undo's own), not body.
  const undo = first.getByRole('button', { name: 'Undo this change' });
  await tabTo(page, undo);
  await page.keyboard.press('Enter');
  await expect(liveRegion(page)).toHaveText('Undone: status back to Planned.');
  await expect(first.getByRole('radio', { name: 'Planned' })).toBeChecked();
  await expect(undo).toHaveCount(1);
  await expect(undo).toBeFocused();
  expect(await focused(page)).not.toBe('body');

  // 1 (again). Hide history: focus stays on the toggle, now "Show history".
  await tabTo(page, hide, true);
  await page.keyboard.press('Enter');
  await expect(toggle).toBeFocused();
  await expect(first.getByRole('list', { name: 'History' })).toHaveCount(0);

  // 3. "Unanswered only": answering the action that has focus moves focus to the next unanswered one.
  const unanswered = page.getByRole('checkbox', { name: 'Unanswered only' });
  await tabTo(page, unanswered, true);
  await page.keyboard.press('Space');
  await expect(page.locator('article[data-item]')).toHaveCount(2);
  await page.keyboard.press('j'); // to 13a-03
  await page.keyboard.press('k'); // back to 13a-02, focus on its heading
  const second = page.locator('article[data-item="13a-02"]');
  await expect(second.locator('h3')).toBeFocused();
  await page.keyboard.press('2');
  await expect(second).toHaveCount(0);
  const third = page.locator('article[data-item="13a-03"]');
  await expect(third.locator('h3')).toBeFocused();
  await expect(third).toHaveAttribute('aria-current', 'true');

  // The last one: focus on the list's heading, "All actions answered" said.
  await page.keyboard.press('2');
  await expect(page.locator('article[data-item]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: /^Norm 13\(a\)/ })).toBeFocused();
  await expect(liveRegion(page)).toHaveText(/^All actions answered/);
  await expect(page.getByText('All changes saved on this device')).toBeVisible();
  await axeClean(page);
});

test('storage refused by a throwing window.indexedDB is said at start, as the policy block is; nothing shows as saved', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('./#/assessments/new?state=SG');
  const alert = page.getByRole('alert').filter({ hasText: 'cannot save anything' });
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expect(alert).toContainText('This browser cannot save anything for this tool');
  // Trying to save anyway: nothing is stored and nothing says "Saved" (the pack list is empty:
  // nothing could be stored on this device, the banner says why).
  await page.getByLabel('Title').fill('Blocked 2026');
  await page.getByLabel('Period start').fill('2026-01-01');
  await page.getByLabel(/Period end/).fill('2026-12-31');
  await page.getByRole('button', { name: 'Create assessment' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New assessment for Singapore');
  await expect(page.getByText(/\bSaved\b|saved on this device/)).toHaveCount(0);
  await expect(alert).toBeVisible();
});
