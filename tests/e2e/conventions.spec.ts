import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { freshAssessmentDump, seedDump } from './support/seed';

/**
 * The conventions users expect of a web app (issue 16): a Help page inside the app (offline too),
 * `?` for the shortcut list, a tab title naming the screen and the assessment, dark mode, norm
 * questions that grow with their text, and a reload that returns to the norm and action.
 */

const ASSESSMENT = (freshAssessmentDump().tables.assessments?.[0] as { id: string }).id;
const APP = 'Norms Implementation Checklist';
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
  license: string;
};

async function open(page: Page, hash: string): Promise<void> {
  await seedDump(page, freshAssessmentDump());
  await page.goto(`./${hash}`);
}

const articles = (page: Page) => page.locator('article[data-item]');

test('Help: linked from the main menu; steps, scoring method, shortcuts, data, About', async ({
  page,
}) => {
  await open(page, '#/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Help' })).toBeVisible();
  const main = page.getByRole('main');
  for (const heading of [
    'What the tool is for',
    'The steps',
    'How the scores are computed',
    'Keyboard shortcuts',
    'Where your data is kept',
    'About',
  ])
    await expect(main.getByRole('heading', { level: 2, name: heading })).toBeVisible();

  // The scoring method in words, with the points read from the scoring code.
  const points = main.getByRole('table', { name: 'Points of each implementation status' });
  await expect(points.getByRole('row', { name: /Planned\s+0\.25/ })).toBeVisible();
  await expect(points.getByRole('row', { name: /Fully implemented\s+1/ })).toBeVisible();
  await expect(main.getByText('Σ(weight × points) ÷ Σ(weight)', { exact: false })).toBeVisible();
  await expect(main.getByText('the plain mean of the norm scores', { exact: false })).toBeVisible();
  await expect(
    main.getByText('leaves both the numerator and the denominator', { exact: false }),
  ).toBeVisible();
  const bands = main.getByRole('table', { name: 'Maturity band of a score' });
  await expect(bands.getByRole('row', { name: /Embedded\s+80% and above/ })).toBeVisible();

  // Shortcuts: the real keys of the workspace.
  await expect(main.getByText('j or Alt+↓', { exact: true })).toBeVisible();
  await expect(main.getByText('IndexedDB', { exact: false })).toBeVisible();

  // About: version and licence from package.json, packs from storage.
  await expect(main.getByText(pkg.version, { exact: true })).toBeVisible();
  await expect(main.getByText(pkg.license, { exact: false })).toBeVisible();
  const packs = main.getByRole('table', { name: 'Checklist packs installed' });
  await expect(packs.getByRole('row')).toHaveCount(4); // header + three bundled packs
  await expect(packs.getByText('(default for new assessments)')).toHaveCount(1);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('Help opens with the network off (it is part of the app)', async ({ page, context }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    await context.setOffline(true);
    await page.goto('./#/help');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Help' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'How the scores are computed' })).toBeVisible();
    await context.setOffline(false);
  });
});

test('? opens the shortcut list anywhere but in a text field; Escape closes it; focus returns', async ({
  page,
}) => {
  await open(page, `#/assessments/${ASSESSMENT}`);
  await expect(articles(page).first()).toBeVisible();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });

  // Typed into a field, "?" is text.
  const search = page.getByRole('searchbox');
  await search.fill('');
  await search.press('?');
  await expect(search).toHaveValue('?');
  await expect(dialog).toHaveCount(0);
  await search.fill('');

  const opener = page.getByRole('button', { name: /Norm 13\(b\)/ });
  await opener.focus();
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('j or Alt+↓', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  // On another screen too, and the Close button works the same.
  await page.goto('./#/backup');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Help' }).focus();
  await page.keyboard.press('Shift+?');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Help' })).toBeFocused();
});

test('the tab title names the screen and the assessment', async ({ page }) => {
  await open(page, '#/');
  await expect(page).toHaveTitle(APP);
  await page.goto(`./#/assessments/${ASSESSMENT}`);
  await expect(page).toHaveTitle(`Workspace — Singapore 2026 — ${APP}`);
  await page.goto(`./#/assessments/${ASSESSMENT}/dashboard`);
  await expect(page).toHaveTitle(`Dashboard — Singapore 2026 — ${APP}`);
  await page.goto('./#/states/SG/timeline');
  await expect(page).toHaveTitle(`Progress over time — Singapore — ${APP}`);
  await page.goto('./#/help');
  await expect(page).toHaveTitle(`Help — ${APP}`);
  await page.goto('./#/nowhere');
  await expect(page).toHaveTitle(`Page not found — ${APP}`);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme} scheme follows the system: page, app bar and chart colours`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, `#/assessments/${ASSESSMENT}/dashboard`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const luminance = (css: string) => {
      const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      return (0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)) / 255;
    };
    const bg = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    const ink = await page.evaluate(() => getComputedStyle(document.documentElement).color);
    if (colorScheme === 'dark') {
      expect(luminance(bg)).toBeLessThan(0.2);
      expect(luminance(ink)).toBeGreaterThan(0.8);
    } else {
      expect(luminance(bg)).toBeGreaterThan(0.9);
      expect(luminance(ink)).toBeLessThan(0.2);
    }
    // The chart's canvas is drawn (chart.js read its colours from the CSS variables).
    const canvas = page.locator('canvas').first();
    await expect(canvas).toBeVisible();
    await expect
      .poll(() =>
        canvas.evaluate((c: HTMLCanvasElement) => {
          const d = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
          let lit = 0;
          for (let i = 0; i < d.length; i += 4) if ((d[i + 3] ?? 0) > 0) lit += 1;
          return lit;
        }),
      )
      .toBeGreaterThan(100);
  });
}

test('norm questions: full-width text areas, labels above, growing with their text', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, `#/assessments/${ASSESSMENT}`);
  const region = page.getByRole('region', { name: /measures, challenges and needs/i });
  await expect(region).toBeVisible();
  for (const name of [/Challenges/i, /Capacity/i]) {
    const field = region.getByRole('textbox', { name });
    await expect(field).toBeVisible();
    const box = (await field.boundingBox())!;
    const regionBox = (await region.boundingBox())!;
    expect(box.width).toBeGreaterThan(regionBox.width * 0.95);
    const label = region.locator(`label[for="${await field.getAttribute('id')}"]`);
    const labelBox = (await label.boundingBox())!;
    expect(labelBox.y + labelBox.height).toBeLessThanOrEqual(box.y + 1);
  }
  const challenges = region.getByRole('textbox', { name: /Challenges/i });
  const before = (await challenges.boundingBox())!.height;
  await challenges.fill(Array.from({ length: 12 }, (_, i) => `Line ${i + 1}`).join('\n'));
  await expect
    .poll(async () => (await challenges.boundingBox())!.height)
    .toBeGreaterThan(before * 2);
  // Nothing scrolls inside it: the whole text shows.
  expect(await challenges.evaluate((t) => t.scrollHeight - t.clientHeight)).toBeLessThanOrEqual(1);
});

test('reload returns to the norm and the practical action the user was on', async ({ page }) => {
  await open(page, `#/assessments/${ASSESSMENT}`);
  await expect(articles(page).first()).toBeVisible();
  await page.getByRole('button', { name: /Norm 13\(c\)/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Norm 13\(c\)/ })).toBeVisible();
  const second = articles(page).nth(1);
  const secondId = await second.getAttribute('data-item');
  await second.locator('h3').click();
  await expect(second).toHaveAttribute('aria-current', 'true');
  await expect(page).toHaveURL(new RegExp(`norm=13c&item=${secondId}`));

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: /^Norm 13\(c\)/ })).toBeVisible();
  const again = page.locator(`article[data-item="${secondId}"]`);
  await expect(again).toHaveAttribute('aria-current', 'true');
  await expect(again.locator('h3')).toBeFocused();
  await expect(again).toBeInViewport();

  // A focus area too: the area stays chosen after a reload.
  await page.getByRole('button', { name: /^Focus area 2/ }).click();
  await expect(page).toHaveURL(/area=/);
  await page.reload();
  await expect(page.getByRole('button', { name: /^Focus area 2/ })).toHaveAttribute(
    'aria-current',
    'true',
  );
});
