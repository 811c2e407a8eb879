import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { freshAssessmentDump, seedDump } from './support/seed';

/**
 * Accessibility: axe-core (WCAG 2.0/2.1 A and AA) on every main screen with no serious or critical
 * violation; a whole norm answered with the keyboard alone, focus always visible; text at 200%
 * without horizontal scrolling of the content.
 */

const ASSESSMENT = (freshAssessmentDump().tables.assessments?.[0] as { id: string }).id;

/** The main screens: every route of src/views/routes.ts that exists now. */
const SCREENS: { name: string; hash: string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: 'home',
    hash: '#/',
    ready: (p) => expect(p.getByRole('region', { name: 'The 11 norms' })).toBeVisible(),
  },
  {
    name: 'help',
    hash: '#/help',
    ready: (p) => expect(p.getByRole('table', { name: 'Checklist packs installed' })).toBeVisible(),
  },
  {
    name: 'checklist packs',
    hash: '#/packs',
    ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'new assessment',
    hash: '#/assessments/new?state=SG',
    ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'workspace',
    hash: `#/assessments/${ASSESSMENT}`,
    ready: (p) => expect(p.locator('article[data-item]').first()).toBeVisible(),
  },
  {
    name: 'report',
    hash: `#/assessments/${ASSESSMENT}/report`,
    ready: (p) => expect(p.getByRole('button', { name: 'Make PDF' })).toBeVisible(),
  },
  {
    name: 'timeline',
    hash: '#/states/SG/timeline',
    ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'compare',
    hash: '#/compare',
    ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'region',
    hash: '#/region',
    ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'backup',
    hash: '#/backup',
    ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'dashboard',
    hash: `#/assessments/${ASSESSMENT}/dashboard`,
    ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible(),
  },
];

async function open(page: Page, hash: string): Promise<void> {
  await seedDump(page, freshAssessmentDump());
  await page.goto(`./${hash}`);
}

for (const screen of SCREENS) {
  // Both colour schemes: dark mode follows prefers-color-scheme and must keep the same contrast.
  for (const colorScheme of ['light', 'dark'] as const)
    test(`axe (${colorScheme}): no serious or critical violation on the ${screen.name} screen`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await open(page, screen.hash);
      await screen.ready(page);
      await expect(page.getByText('Loading…')).toHaveCount(0);
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const bad = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(bad).toEqual([]);
    });

  test(`200% text: the ${screen.name} screen does not scroll sideways`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, screen.hash);
    await screen.ready(page);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const overflow = await page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(1);
    // Every control is still inside the viewport's width (nothing cut off to the right).
    const clipped = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll('main a, main button, main input, main select, main textarea'),
      )
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(clipped).toEqual([]);
  });
}

/** The element with focus, and whether its focus indicator is visible (an outline or a ring). */
const focusInfo = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', visible: false, label: '' };
    const s = getComputedStyle(el);
    const visible =
      (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    return {
      tag: el.tagName.toLowerCase(),
      visible,
      label: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
    };
  });

test('keyboard only: a whole norm answered, focus visible at every stop', async ({ page }) => {
  await open(page, `#/assessments/${ASSESSMENT}`);
  const articles = page.locator('article[data-item]');
  await expect(articles.first()).toBeVisible();
  const count = await articles.count();

  // From the top of the page: the first Tab reaches the skip link, which moves focus to the content.
  await page.keyboard.press('Tab');
  expect(await focusInfo(page)).toMatchObject({ tag: 'a', visible: true });
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  // Tab, checking that every stop shows its focus, until a status radio of `article` has focus.
  const tabToStatus = async (article: Locator) => {
    for (let n = 0; n < 80; n += 1) {
      await page.keyboard.press('Tab');
      const info = await focusInfo(page);
      expect(info.visible, `focus not visible on <${info.tag}> "${info.label}"`).toBe(true);
      const onRadio = await article.evaluate(
        (a) =>
          a.contains(document.activeElement) &&
          document.activeElement?.getAttribute('type') === 'radio',
      );
      if (onRadio) return;
    }
    throw new Error('Tab never reached the status of the action');
  };

  // Answer each action of the norm. Space checks the focused radio ("Not started"), and arrow
  // keys in a radio group select as they move: Down twice → "In progress". Then the shortcut "j"
  // moves to the next action (focus on its heading).
  for (let i = 0; i < count; i += 1) {
    const article = articles.nth(i);
    if (i > 0) {
      await page.keyboard.press('j');
      await expect(article.locator('h3')).toBeFocused();
    }
    await tabToStatus(article);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(article.getByRole('radio', { name: 'In progress' })).toBeChecked();
    expect((await focusInfo(page)).visible).toBe(true);
  }
  await expect(page.getByText('All changes saved on this device')).toBeVisible();
  await page.reload();
  await expect(articles.first()).toBeVisible();
  for (let i = 0; i < count; i += 1) {
    await expect(articles.nth(i).getByRole('radio', { name: 'In progress' })).toBeChecked();
  }
});
