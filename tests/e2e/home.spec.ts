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

test.describe('the prerendered home screen works before the app has started (issue 18)', () => {
  test('the skip link, the navigation links and the official wording work while the app is still loading; a link followed meanwhile opens its screen once it has', async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    // Hold the Svelte app back (src/startApp.ts, loaded by the entry) until the test lets it go.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/startApp-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    const norms = page.getByRole('region', { name: 'The 11 norms' }).getByRole('listitem');
    await expect(norms).toHaveCount(11);
    // The inline first-screen script ran under the Content-Security-Policy (its hash is allowed).
    expect(await page.evaluate(() => performance.getEntriesByName('nic:interactive').length)).toBe(
      1,
    );
    expect(await page.evaluate(() => performance.getEntriesByName('nic:app-started').length)).toBe(
      0,
    );

    // Keyboard: the first Tab reaches the skip link, Enter moves focus to the content and leaves
    // the address alone (the hash router would read "#main" as a screen).
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
    expect(new URL(page.url()).hash).toBe('');

    // The official wording is a native <details>.
    const first = norms.first();
    await first.getByText('Official wording').click();
    await expect(first.locator('details')).toHaveAttribute('open', '');

    // A navigation link is a plain link: the address changes at once, the app follows it.
    await page.getByRole('link', { name: 'Checklist packs' }).click();
    expect(new URL(page.url()).hash).toBe('#/packs');
    release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checklist packs');
    await expect(page.getByRole('region', { name: 'The 11 norms' })).toHaveCount(0);
    expect(violations).toEqual([]);
  });

  test('once the app has started it takes over the same markup: the States section loads and the opened wording stays open', async ({
    page,
  }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/startApp-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    const first = page.getByRole('region', { name: 'The 11 norms' }).getByRole('listitem').first();
    await first.getByText('Official wording').click();
    release();
    await expect(page.getByRole('button', { name: 'Add State' })).toBeEnabled();
    await expect(first.locator('details')).toHaveAttribute('open', '');
    await expect(
      page.getByRole('region', { name: 'The 11 norms' }).getByRole('listitem'),
    ).toHaveCount(11);
  });
});

test.describe('the app starts without getting in the way of the first screen (issue 18)', () => {
  test('the Svelte app is fetched only after the checklist has been drawn, and its start loads no zod (parsing is for files and storage)', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { firstFrame?: number; startGraph?: string[] };
      // The first frame that shows the whole checklist, as scripts/bench/start.ts times it.
      const list = new MutationObserver(() => {
        if (document.querySelectorAll('.norm-list li').length < 11) return;
        list.disconnect();
        requestAnimationFrame(() => (w.firstFrame = performance.now()));
      });
      list.observe(document, { childList: true, subtree: true });
      // The app's start chunks (src/startApp.ts and its static imports): the entry's import()
      // preloads them all at once, before any other import() of the app adds its own.
      const links = new MutationObserver((records) => {
        const added = records
          .flatMap((r) => [...r.addedNodes])
          .filter((n): n is HTMLLinkElement => n instanceof HTMLLinkElement)
          .filter((l) => l.rel === 'modulepreload')
          .map((l) => l.href);
        if (added.length === 0) return;
        links.disconnect();
        w.startGraph = added;
      });
      links.observe(document, { childList: true, subtree: true });
    });
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Add State' })).toBeEnabled();
    await page.waitForFunction(() => performance.getEntriesByName('nic:app-started').length > 0);
    const { firstFrame, started, scripts, startGraph } = await page.evaluate(() => ({
      firstFrame: (window as unknown as { firstFrame: number }).firstFrame,
      started: performance.getEntriesByName('nic:app-started')[0]!.startTime,
      scripts: performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.js'))
        .map((r) => ({ url: r.name, at: r.startTime })),
      startGraph: (window as unknown as { startGraph: string[] }).startGraph,
    }));
    const entry = scripts.filter((s) => /\/assets\/index-[\w-]{8}\.js$/.test(s.url));
    const app = scripts.filter((s) => !entry.includes(s) && s.at <= started);
    expect(entry).toHaveLength(1);
    expect(startGraph).toContainEqual(expect.stringMatching(/\/startApp-[^/]+\.js$/));
    // Ordering, not timing: no chunk of the app was even requested before that frame.
    expect(app.filter((s) => s.at < firstFrame)).toEqual([]);
    // zod's own property name is in its code and nowhere else in the build. The States section
    // (loaded by the home screen once the app runs) parses what it reads from storage, with zod.
    for (const url of startGraph) {
      const code = await (await page.request.get(url)).text();
      expect(code.includes('_zod'), url).toBe(false);
    }
  });
});
