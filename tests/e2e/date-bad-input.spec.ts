import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  answerRow,
  bundledActionIds,
  freshAssessmentDump,
  readTable,
  seedDump,
} from './support/seed';

/**
 * Tester, session 7 (fixdraft item 1) in Chromium: 02/31/2024 typed with the keyboard into a target
 * date holding 2024-02-03. The browser reports the value "" (validity.badInput); the app used to
 * save that as "no date" and say "Saved", and the stored date was lost after a reload. Typed from
 * 02/03/2024 the field never holds another real date on the way (02 → same, 3 → same, 1 → 02/31),
 * so the stored date must be exactly as before.
 */
test.use({ locale: 'en-US' });

/**
 * Presses Tab until keyboard focus leaves the date field (Chromium may keep it inside the field's
 * segments for one press): the action editor saves a date when its field is left.
 */
async function leave(page: Page, field: Locator): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await page.keyboard.press('Tab');
    if (!(await field.evaluate((el) => el === document.activeElement))) return;
  }
  throw new Error('Tab did not leave the date field');
}

const ID = '5b0e8a52-3c8d-4e0f-9a31-0d2b7c4e6f10';

test('an impossible target date typed with the keyboard is refused; the stored date stays', async ({
  page,
}) => {
  const itemId = bundledActionIds()[0]!;
  const dump = freshAssessmentDump(ID);
  dump.tables.answers = [answerRow(ID, itemId, { targetDate: '2024-02-03' })];
  await seedDump(page, dump);
  await page.goto(`./#/assessments/${ID}`);
  const item = page.locator(`article[data-item="${itemId}"]`);
  await item.getByText('Details, evidence and notes').click();
  const date = item.getByLabel('Target date');
  await expect(date).toHaveValue('2024-02-03');

  await date.focus();
  await page.keyboard.type('02312024');
  await leave(page, date);
  await expect(item.getByText(/Not saved: the date typed is not a real date/)).toBeVisible();
  await expect(item.getByText('Not saved: see the field')).toBeVisible();
  await expect(page.getByText('1 field not saved', { exact: false })).toBeVisible();
  await expect(page.getByText('All changes saved on this device')).toHaveCount(0);
  expect(await date.evaluate((el: HTMLInputElement) => el.validity.badInput)).toBe(true);

  const stored = (await readTable(page, 'answers')) as { itemId: string; targetDate?: string }[];
  expect(stored.find((a) => a.itemId === itemId)?.targetDate).toBe('2024-02-03');
  await page.reload();
  const again = page.locator(`article[data-item="${itemId}"]`);
  await again.getByText('Details, evidence and notes').click();
  await expect(again.getByLabel('Target date')).toHaveValue('2024-02-03');
});

/**
 * Tester E, session 7: typed over 15 Mar 2025, "02312024" passes through real dates as the
 * segments form (02 → 15 Feb 2025, 3 → 3 Feb 2025); each was saved as it formed, and after the
 * "not a real date" message the stored date was 3 Feb 2025. The action editor saves a date when
 * its field is left: only what the field holds then counts.
 */
test('a date typed over another is saved only when the field is left: no half-typed date is stored', async ({
  page,
}) => {
  const itemId = bundledActionIds()[0]!;
  const dump = freshAssessmentDump(ID);
  dump.tables.answers = [answerRow(ID, itemId, { targetDate: '2025-03-15' })];
  await seedDump(page, dump);
  await page.goto(`./#/assessments/${ID}`);
  const item = page.locator(`article[data-item="${itemId}"]`);
  await item.getByText('Details, evidence and notes').click();
  const date = item.getByLabel('Target date');
  await expect(date).toHaveValue('2025-03-15');

  await date.focus();
  await page.keyboard.type('02312024');
  await leave(page, date);
  await expect(item.getByText(/Not saved: the date typed is not a real date/)).toBeVisible();
  const stored = (await readTable(page, 'answers')) as { itemId: string; targetDate?: string }[];
  expect(stored.find((a) => a.itemId === itemId)?.targetDate).toBe('2025-03-15');
  await page.reload();
  const again = page.locator(`article[data-item="${itemId}"]`);
  await again.getByText('Details, evidence and notes').click();
  await expect(again.getByLabel('Target date')).toHaveValue('2025-03-15');

  // A real date typed and left is saved.
  const field = again.getByLabel('Target date');
  await field.focus();
  await page.keyboard.type('06302026');
  await leave(page, field);
  await expect
    .poll(async () => {
      const rows = (await readTable(page, 'answers')) as { itemId: string; targetDate?: string }[];
      return rows.find((a) => a.itemId === itemId)?.targetDate;
    })
    .toBe('2026-06-30');
});
