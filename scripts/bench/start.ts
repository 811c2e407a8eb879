/**
 * Start-up: time from navigation to the checklist on screen (11 norms listed, first frame after),
 * for the app and for a static "floor" page with the same text and no script at all. Each run uses
 * a fresh browser context (cold HTTP cache, no service worker: a first visit), the two pages
 * alternate, and the median of the runs is compared. Repeated with the CPU throttled 4× through the
 * DevTools protocol, which is closer to an older government laptop.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { t } from '../../src/lib/i18n';
import { median, report } from './stats';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The floor: the app's first screen as a static page. The prerendered markup of the built
 * index.html (the same header, navigation, language chooser, headings, list and official wording,
 * so the same text and elements) with the app's own stylesheets, minus every script and Svelte's
 * hydration comments; written into the build folder so that the same server serves it. Until
 * 30 Nov 2026 the floor was written by hand from the home screen's strings and had drifted: it
 * lacked the skip link, the navigation and the language chooser the app's first screen shows, so
 * the ratio also counted content the floor did not have (docs/bench.md, "Start-up, 30 Nov 2026,
 * quiet and loaded").
 */
export function writeFloorPage(outDir: string, cssFiles: readonly string[]): string {
  const index = readFileSync(join(outDir, 'index.html'), 'utf8');
  const app = /<div id="app">([\s\S]*)<\/div>\s*<\/body>/.exec(index)?.[1];
  if (!app) throw new Error(`${outDir}/index.html has no prerendered #app to make the floor from`);
  const body = app.replace(/<!--[\s\S]*?-->/g, '');
  if (/<script|\son[a-z]+=/i.test(body)) throw new Error('the prerendered screen holds script');
  const html = `<!doctype html><html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(t.common.appName)}</title>
${cssFiles.map((f) => `<link rel="stylesheet" href="./${f}">`).join('\n')}
</head><body><div id="app">${body}</div></body></html>`;
  writeFileSync(join(outDir, 'bench-floor.html'), html);
  return 'bench-floor.html';
}

/**
 * Injected before any page script: records the first frame after the norms list holds all its
 * items and, for the app, the first frame after each of the app's marks (src/main.ts):
 * `nic:interactive`, once the first screen's controls work (the prerendered page with the entry's
 * handlers), and `nic:app-started`, once the Svelte app has hydrated it (the States section can
 * load), in ms since navigation start (performance.now() counts from the time origin). The app's
 * list is prerendered, so without the marks this would time the HTML alone. A string, not a
 * function: tsx would add helpers to a function's source that the page does not have.
 */
const probe = (heading: string, count: number, waitForApp: boolean) => `
window.__checklistTimes = new Promise((resolve) => {
  const t = { shown: null, interactive: null, app: null };
  let interactiveMark = ${waitForApp ? 'false' : 'true'};
  let appMark = ${waitForApp ? 'false' : 'true'};
  const frame = (key) => requestAnimationFrame(() => {
    if (t[key] !== null) return;
    t[key] = performance.now();
    if (t.shown !== null && t.interactive !== null && t.app !== null) {
      observer.disconnect();
      // Nothing counts as interactive or started before the list is shown.
      resolve({ shown: t.shown, interactive: Math.max(t.interactive, t.shown),
        app: Math.max(t.app, t.shown) });
    }
  });
  const check = () => {
    if (t.shown === null) {
      for (const h of document.querySelectorAll('section h2')) {
        if (h.textContent.trim() !== ${JSON.stringify(heading)}) continue;
        // The first frame with the whole list on screen.
        if (h.closest('section').querySelectorAll('li').length >= ${count}) frame('shown');
      }
    }
    if (interactiveMark) frame('interactive');
    if (appMark) frame('app');
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  // performance.mark is wrapped rather than observed: a PerformanceObserver's callback is a
  // low-priority task that Chromium may run long after the mark.
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = mark(name, options);
    if (name === 'nic:interactive') interactiveMark = true;
    if (name === 'nic:app-started') appMark = true;
    check();
    return entry;
  };
});`;

interface StartTimes {
  /** First frame with the 11 norms on screen. */
  shown: number;
  /** First frame after the first screen's controls work (the floor: same as shown). */
  interactive: number;
  /** First frame after the Svelte app has started on it (the floor: same as shown). */
  app: number;
}

async function once(
  browser: Browser,
  url: string,
  throttle: number,
  waitForApp: boolean,
): Promise<StartTimes> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(probe(t.home.normsHeading, bundledPack.norms.length, waitForApp));
  await page.goto(url, { waitUntil: 'commit' });
  const times = await page.evaluate(
    () => (window as unknown as { __checklistTimes: Promise<StartTimes> }).__checklistTimes,
  );
  await context.close();
  return times;
}

export async function benchStart(
  browser: Browser,
  baseUrl: string,
  floorPath: string,
  runs = 9,
): Promise<void> {
  for (const throttle of [1, 4]) {
    const app: StartTimes[] = [];
    const floor: StartTimes[] = [];
    // One warm-up of each, not counted: the first launch of a page pays for process start-up.
    await once(browser, baseUrl, throttle, true);
    await once(browser, baseUrl + floorPath, throttle, false);
    for (let i = 0; i < runs; i += 1) {
      app.push(await once(browser, baseUrl, throttle, true));
      floor.push(await once(browser, baseUrl + floorPath, throttle, false));
    }
    if (process.env.BENCH_VERBOSE)
      for (const [i, x] of app.entries())
        console.log(
          `  run ${i + 1}: floor ${floor[i]?.shown.toFixed(0)}  app shown ${x.shown.toFixed(0)}  interactive ${x.interactive.toFixed(0)}  started ${x.app.toFixed(0)}`,
        );
    const label = throttle > 1 ? `, CPU ${throttle}× slower` : '';
    const note = `median of ${runs}`;
    const f = median(floor.map((x) => x.shown));
    const shown = median(app.map((x) => x.shown));
    const interactive = median(app.map((x) => x.interactive));
    report({ name: `start: static floor page${label}`, value: f, unit: 'ms', note });
    // The home screen is prerendered, so it shows as the HTML arrives; it is interactive once the
    // entry chunk has run (its controls work), and the Svelte app hydrates it right after. The
    // target applies to the interactive checklist.
    report({ name: `start: app, checklist shown${label}`, value: shown, unit: 'ms', note });
    report({ name: `start: app shown ÷ floor${label}`, value: shown / f, unit: 'x' });
    report({
      name: `start: app, checklist interactive${label}`,
      value: interactive,
      unit: 'ms',
      note,
    });
    report({
      name: `start: app interactive ÷ floor${label}`,
      value: interactive / f,
      unit: 'x',
      target: 1.3,
    });
    const started = median(app.map((x) => x.app));
    report({ name: `start: app, Svelte app started${label}`, value: started, unit: 'ms', note });
    report({ name: `start: app started ÷ floor${label}`, value: started / f, unit: 'x' });
  }
}
