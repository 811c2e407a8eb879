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

test('the first screen makes no request to any other host (every spec checks the same through fixtures.ts)', async ({
  page,
  foreignRequests,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(foreignRequests).toEqual([]);
});

test.describe('the first screen is prerendered at build time', () => {
  test.use({ javaScriptEnabled: false });

  test('the 11 norms are in the HTML itself, before any script runs', async ({ page }) => {
    await page.goto('./');
    const norms = page.getByRole('region', { name: 'The 11 norms' }).getByRole('listitem');
    await expect(norms).toHaveCount(11);
    await expect(norms.nth(6)).toContainText('Norm 13(g)');
  });
});

test('opening another screen by its address replaces the prerendered home screen', async ({
  page,
}) => {
  await page.goto('./#/packs');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checklist packs');
  await expect(page.getByRole('region', { name: 'The 11 norms' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(
    page.getByRole('region', { name: 'The 11 norms' }).getByRole('listitem'),
  ).toHaveCount(11);
  // The hydrated or mounted app is interactive: a State can be added from the home screen.
  await expect(page.getByRole('button', { name: 'Add State' })).toBeEnabled();
});
