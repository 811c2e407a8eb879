import type { Page } from '@playwright/test';
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { freshAssessmentDump, seedDump } from './support/seed';

/**
 * Offline-first: after one visit the service worker has precached the whole app (every view
 * chunk, chart.js, jsPDF core and the PDF fonts), so it starts and works with the network off.
 */
test.use({ serviceWorkers: 'allow' });

const outDir = process.env.E2E_DIST ?? 'dist';

/** First visit, then wait until the service worker is active and controls the page. */
async function installApp(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // `ready` resolves once the worker is active, i.e. after its install step precached everything.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

const norms = (page: Page) =>
  page.getByRole('region', { name: 'The 11 norms' }).getByRole('listitem');

test('the first visit tells the user the tool now works offline', async ({ page }) => {
  await page.goto('./');
  // Said once the service worker has installed, i.e. after it has precached every chunk and the
  // PDF fonts: on a loaded 2-core machine that took longer than the 5 s default (1 run in 3).
  await expect(page.getByRole('status').filter({ hasText: 'works without a network' })).toBeVisible(
    { timeout: 20_000 },
  );
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('works without a network')).toHaveCount(0);
});

test('after one visit the app starts and works with the network off', async ({ page, context }) => {
  await installApp(page);

  await context.setOffline(true);
  // Proof that the network really is off for the page: a fetch that bypasses the cache fails.
  const online = await page.evaluate(() =>
    fetch(`./nothing-${Date.now()}.txt`, { cache: 'no-store' }).then(
      (r) => r.status,
      () => 'failed',
    ),
  );
  expect(online).not.toBe(200);

  await page.reload();
  await expect(norms(page)).toHaveCount(11);

  // Another screen, whose code was never loaded in this page: it comes from the precache.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Checklist packs' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Page not found')).toHaveCount(0);

  await context.setOffline(false);
  await page.goto('./');
  await expect(norms(page)).toHaveCount(11);
});

test('offline: answer, open the dashboard (chart.js) and make the PDF (jsPDF and fonts)', async ({
  page,
  context,
}) => {
  const dump = freshAssessmentDump();
  const id = (dump.tables.assessments?.[0] as { id: string }).id;
  await seedDump(page, dump);
  await installApp(page);
  await context.setOffline(true);

  await page.goto(`./#/assessments/${id}`);
  const first = page.locator('article[data-item]').first();
  await first.getByRole('radio', { name: 'Largely implemented' }).check();
  await expect(page.getByText('All changes saved on this device')).toBeVisible();

  await page.goto(`./#/assessments/${id}/dashboard`);
  // The charts are drawn by chart.js, a lazy chunk that only the service worker can serve now.
  await expect(page.locator('canvas').first()).toBeVisible();

  await page.goto(`./#/assessments/${id}/report`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make PDF' }).click();
  const file = await download;
  const path = await file.path();
  expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByText(/^Made .*\.pdf/)).toBeVisible();

  // Back online: the answer given offline is there.
  await context.setOffline(false);
  await page.goto(`./#/assessments/${id}`);
  await expect(first.getByRole('radio', { name: 'Largely implemented' })).toBeChecked();
});

/**
 * The update flow needs a server whose files change mid-test: a copy of the build on a port of its
 * own (Playwright cannot route a service worker's script request), so the shared build is never
 * touched. The foreign-request check of ./fixtures follows baseURL to that server.
 */
test.describe('updates', () => {
  const port = Number(process.env.E2E_PORT ?? 4173) + 50;
  const base = `http://127.0.0.1:${port}/`;
  let dir = '';
  let server: ChildProcess | undefined;
  test.describe.configure({ mode: 'serial' });
  test.use({ baseURL: base });

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nic-update-'));
    cpSync(outDir, dir, { recursive: true });
    server = spawn(
      'npx',
      [
        'vite',
        'preview',
        '--port',
        String(port),
        '--strictPort',
        '--host',
        '127.0.0.1',
        '--outDir',
        dir,
      ],
      { stdio: 'ignore', detached: true },
    );
    for (let i = 0; i < 150; i += 1) {
      const up = await fetch(base).then(
        (r) => r.ok,
        () => false,
      );
      if (up) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`The update test server did not start on port ${port}`);
  });
  test.afterAll(() => {
    // Its own process group (detached): ends that server only.
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  test('a new version is announced; the user reloads when they choose; no answer is lost', async ({
    page,
  }) => {
    const dump = freshAssessmentDump();
    const id = (dump.tables.assessments?.[0] as { id: string }).id;
    await seedDump(page, dump);
    await installApp(page);
    await page.goto(`./#/assessments/${id}`);
    const first = page.locator('article[data-item]').first();
    await first.getByRole('radio', { name: 'Planned' }).check();
    await expect(page.getByText('All changes saved on this device')).toBeVisible();

    // A new release: the service worker script changes (one revision hash, same length, so the
    // preview server's cached file size still holds).
    const swPath = join(dir, 'sw.js');
    const sw = readFileSync(swPath, 'utf8');
    const updated = sw.replace(
      /(url:"icon\.svg",revision:")(.)/,
      (_m, head: string, c: string) => `${head}${c === '0' ? '1' : '0'}`,
    );
    expect(updated).not.toBe(sw);
    writeFileSync(swPath, updated);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'A new version of the tool is ready.' });
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await expect(notice.getByRole('button', { name: 'Later' })).toBeVisible();

    // Nothing reloads by itself: a change made now is saved by the running version.
    await first.getByRole('radio', { name: 'In progress' }).check();
    await expect(page.getByText('All changes saved on this device')).toBeVisible();

    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload to update' }).click();
    await reloaded;
    await expect(first.getByRole('radio', { name: 'In progress' })).toBeChecked();
    await expect(page.getByText('A new version of the tool is ready.')).toHaveCount(0);
    const scripts = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        waiting: registration?.waiting ?? null,
        controlled: !!navigator.serviceWorker.controller,
      };
    });
    expect(scripts).toEqual({ waiting: null, controlled: true });
  });
});

test('the service worker precaches every lazy chunk and the PDF fonts, but not jsPDF extras', async ({
  page,
}) => {
  await installApp(page);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) urls.push(new URL(req.url).pathname);
    }
    return urls;
  });
  // Every chunk and stylesheet of the build (the lazy views, chart.js, jsPDF core…), except
  // jsPDF's optional renderers, which the report never uses.
  const optional = /html2canvas|purify|canvg|index\.es-/i;
  const assets = readdirSync(join(outDir, 'assets')).filter(
    (f) => /\.(js|css)$/.test(f) && !optional.test(f),
  );
  expect(assets.length).toBeGreaterThan(3);
  for (const a of assets) expect(cached).toContain(`/assets/${a}`);
  expect(cached.some((u) => u.endsWith('/index.html'))).toBe(true);
  expect(cached.filter((u) => u.endsWith('.ttf')).length).toBeGreaterThanOrEqual(3);
  expect(cached.some((u) => /\/icon-192\.png$/.test(u))).toBe(true);
  expect(cached.some((u) => /\/manifest\.webmanifest$/.test(u))).toBe(true);
  // jsPDF's optional renderers (HTML to canvas, SVG, sanitiser) are never used by the report.
  expect(cached.filter((u) => optional.test(u))).toEqual([]);
  // The names are a pattern (index.es-* is canvg): make sure each file left out is imported by
  // jsPDF or another left-out file only, never by our own code.
  const all = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
  for (const left of all.filter((f) => optional.test(f))) {
    const importers = all.filter((f) =>
      readFileSync(join(outDir, 'assets', f), 'utf8').includes(`./${left}`),
    );
    for (const importer of importers)
      expect(importer).toMatch(/^jspdf|html2canvas|purify|canvg|index\.es-/);
  }
});

test('the app is installable: manifest with name, icons and theme colour', async ({
  page,
  request,
}) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const res = await request.get(new URL(href ?? '', page.url()).toString());
  expect(res.ok()).toBe(true);
  const manifest = (await res.json()) as {
    name: string;
    theme_color: string;
    display: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(manifest.name).toBe('Norms Implementation Checklist');
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((i) => i.sizes === size);
    expect(icon, `icon ${size}`).toBeDefined();
    const img = await request.get(new URL(icon?.src ?? '', page.url()).toString());
    expect(img.ok()).toBe(true);
    expect(img.headers()['content-type']).toBe('image/png');
  }
});
