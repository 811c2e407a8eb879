import { test, expect } from './fixtures';
import { freshAssessmentDump, seedDump } from './support/seed';

/**
 * Tester report (session 7, zerokey, case b): focus on the "Planned" radio, `0` (Not applicable),
 * then a reason typed: focus stayed on "Planned", so the first space of the reason chose Planned
 * and saved it in place of Not applicable. Now `0` moves focus into the required justification.
 */
const dump = freshAssessmentDump();
const ID = (dump.tables.assessments?.[0] as { id: string }).id;

test('0 pressed on the Planned radio, then a reason typed: Not applicable with its reason is stored', async ({
  page,
}) => {
  await seedDump(page, dump);
  await page.goto(`./#/assessments/${ID}`);
  const action = page.locator('article[data-item="13a-01"]');
  await expect(action).toBeVisible();
  await action.getByRole('radio', { name: /Planned/ }).focus();
  await page.keyboard.press('0');
  const reason = action.getByLabel(/Why it does not apply/);
  await expect(reason).toBeFocused();
  await page.keyboard.type('No such law');
  await expect(reason).toHaveValue('No such law');
  await expect(action.getByRole('radio', { name: /Not applicable/ })).toBeChecked();
  await expect(action.getByRole('radio', { name: /Planned/ })).not.toBeChecked();
  await expect(action.getByText('Saved', { exact: true })).toBeVisible();
  await page.reload();
  const again = page.locator('article[data-item="13a-01"]');
  await expect(again.getByRole('radio', { name: /Not applicable/ })).toBeChecked();
  await expect(again.getByLabel(/Why it does not apply/)).toHaveValue('No such law');
});
