import { test, expect } from './fixtures';

test('the first screen lists the 11 norms from the bundled checklist', async ({ page }) => {
  await page.goto('./');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Norms Implementation Checklist' }),
  ).toBeVisible();
  const norms = page.getByRole('region', { name: 'The 11 norms' }).getByRole('listitem');
  await expect(norms).toHaveCount(11);
  await expect(norms.first()).toContainText('Norm 13(a)');
  await expect(norms.last()).toContainText('Norm 13(k)');
});

test('no request leaves the local server, even for chart and PDF code', async ({
  page,
  foreignRequests,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(foreignRequests).toEqual([]);
});
