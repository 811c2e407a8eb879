import { test, expect } from './fixtures';
import { freshAssessmentDump, seedDump } from './support/seed';

/**
 * Issue 17 (session 4, item 4): a right-to-left language pack (dir "rtl") must not widen any
 * page. The skip link was hidden with `left: -9999px`, which in RTL lies past the page's start edge
 * and made every page some 11,000 px wide. Installs an RTL pack on the Checklist packs screen,
 * chooses it, and checks that no page scrolls horizontally.
 */

const ASSESSMENT = (freshAssessmentDump().tables.assessments?.[0] as { id: string }).id;

const RTL_PACK = {
  type: 'nic-language-pack',
  version: 1,
  tag: 'ar',
  name: 'العربية',
  dir: 'rtl',
  translator: { name: 'اختبار', date: '2026-11-30' },
  messages: { common: { navHome: 'الرئيسية', language: 'اللغة' } },
};

const SCREENS: [name: string, hash: string][] = [
  ['home', '#/'],
  ['workspace', `#/assessments/${ASSESSMENT}`],
  ['dashboard', `#/assessments/${ASSESSMENT}/dashboard`],
  ['backup', '#/backup'],
  // Settings: the language packs and the date format.
  ['packs', '#/packs'],
  ['report', `#/assessments/${ASSESSMENT}/report`],
];

test('an RTL language pack: no page scrolls horizontally', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await seedDump(page, freshAssessmentDump());
  await page.goto('./#/packs');
  await page.getByLabel('Choose a language pack file to install (JSON)').setInputFiles({
    name: 'ar.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(RTL_PACK)),
  });
  await page.getByRole('button', { name: 'Install language pack' }).click();
  await expect(page.getByRole('region', { name: 'Languages' }).getByRole('status')).toContainText(
    'العربية',
  );
  // Listed at once (no reload); choosing it reloads the app in it.
  const chooser = page.getByLabel('Language', { exact: true });
  await Promise.all([page.waitForEvent('load'), chooser.selectOption('ar')]);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  const wide: string[] = [];
  for (const [name, hash] of SCREENS) {
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    if (scrollWidth > clientWidth) wide.push(`${name}: ${scrollWidth} px wide in ${clientWidth}`);
  }
  expect(wide).toEqual([]);

  // The skip link still appears, at the start (right) edge, when focused.
  // A fresh load: after an in-app route change focus is on the new screen's heading (the route
  // focus rule), and Tab goes on from there.
  await page.goto('./#/');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box && box.width > 20 && box.x + box.width <= 1280 && box.x > 640).toBe(true);
});
