/**
 * A State's whole history and large databases, in Chromium against the built app (issue 18):
 * - the heavy 20-cycle State (tests/fixtures/factories/heavyState.ts) seeded into real IndexedDB:
 *   timeline and compare screens (in-app navigation → first frame with the screen's content),
 *   full backup export (click → file downloaded; → "last full backup" said) and import (choose the
 *   file → preview; Import → "Imported."), each with the page's peak JS heap;
 * - the regional view with 200 shareable files (193 UN Member States, 7 with a second cycle):
 *   click "Load files" → first frame with every State's column;
 * - the home screen with 50 States and 500 assessments stored: navigation → first frame with
 *   every State's list, against the same start with an empty database.
 * Times are medians; each figure prints with its target (issue 18). Peak memory is the largest
 * `JSHeapUsedSize` of CDP `Performance.getMetrics` sampled every 50 ms during the operation (the
 * renderer answers between tasks, so a peak inside one long task can be missed).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, CDPSession, Page } from 'playwright-core';
import { t } from '../../src/lib/i18n';
import type { HistoryEntry } from '../../src/lib/schema/assessment';
import { median, report } from './stats';
import { heavyDump, largeHomeDump, writeRegionFiles } from './historyData';
import { seedDump, DB_NAME } from '../../tests/e2e/support/seed';

const MB = 1024 * 1024;

/** A context of the app; tsx wraps named functions in a `__name` helper the page lacks (seedDump). */
async function appContext(browser: Browser, url: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ baseURL: url, ...options });
  await context.addInitScript('window.__name = (f) => f');
  return context;
}

/**
 * BENCH_PROFILE=<dir>: a CPU profile (CDP Profiler) of each measured operation's first run is
 * written there as <name>.cpuprofile (open in Chromium's DevTools, Performance panel).
 */
const PROFILE_DIR = process.env.BENCH_PROFILE;
const profiled = new Set<string>();

async function profileStart(cdp: CDPSession, name: string): Promise<() => Promise<void>> {
  if (!PROFILE_DIR || profiled.has(name)) return async () => {};
  profiled.add(name);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(PROFILE_DIR, { recursive: true });
    writeFileSync(join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
  };
}

/** Samples the renderer's JS heap until stopped; returns the peak and the value at start. */
export async function heapSampler(cdp: CDPSession) {
  await cdp.send('Performance.enable');
  const used = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  };
  const start = await used();
  let peak = start;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await used());
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    start,
    stop: async () => {
      running = false;
      await loop;
      peak = Math.max(peak, await used());
      return { start, peak };
    },
  };
}

/**
 * In the page: watches main-thread tasks longer than 50 ms (PerformanceObserver "longtask") until
 * the returned function is called, which gives the longest one in ms (0: none). Whether the screen
 * stays responsive during an export or import: a task blocks input and painting while it runs.
 */
async function longTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(`(() => {
    window.__longest = 0;
    window.__longTasks?.disconnect();
    window.__longTasks = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    });
    window.__longTasks.observe({ type: 'longtask' });
  })()`);
  return async () =>
    page.evaluate<number>(
      `new Promise((resolve) => setTimeout(() => { window.__longTasks.disconnect(); resolve(window.__longest); }, 100))`,
    );
}

/**
 * How a floor's store is made: `key` 'auto' = an auto-incremented `id` (the app's history table),
 * otherwise the key path of rows that carry their own key (chunks); `indexes` 'app' = the app's
 * three secondary indexes (assessmentId, [assessmentId+target], at), 'record' = only
 * [assessmentId+target], 'none' = none.
 */
interface FloorStore {
  key: string | string[];
  indexes: 'app' | 'record' | 'none' | 'batch' | 'batch-no-ids' | 'batch-ranges';
}

const APP_STORE: FloorStore = { key: 'auto', indexes: 'app' };

/**
 * The floor under the import's write: `rows` (the history entries of the backup, or a candidate
 * stored shape of them) added with the plain IndexedDB API into a store shaped by `store`, in one
 * transaction (or `perTransaction` rows per transaction), in the app's origin. ms from the first
 * add to the last transaction's complete event.
 */
async function idbFloor(
  page: Page,
  rows: unknown[],
  perTransaction = 0,
  store: FloorStore = APP_STORE,
): Promise<number> {
  await page.evaluate((r) => {
    (window as unknown as { __rows: unknown[] }).__rows = r;
  }, rows);
  const storeOptions =
    store.key === 'auto' ? { keyPath: 'id', autoIncrement: true } : { keyPath: store.key };
  const indexes =
    store.indexes === 'app'
      ? `s.createIndex('assessmentId', 'assessmentId');
      s.createIndex('[assessmentId+target]', ['assessmentId', 'target']);
      s.createIndex('at', 'at');`
      : store.indexes === 'record'
        ? `s.createIndex('[assessmentId+target]', ['assessmentId', 'target']);`
        : store.indexes === 'batch-ranges'
          ? `s.createIndex('assessmentId', 'assessmentId');
      s.createIndex('[assessmentId+target]', ['assessmentId', 'target']);
      s.createIndex('at', 'at');
      s.createIndex('[assessmentId+lastTarget+firstTarget]', ['assessmentId', 'lastTarget', 'firstTarget']);
      s.createIndex('[first+count]', ['first', 'count']);`
          : store.indexes.startsWith('batch')
            ? `s.createIndex('assessmentId', 'assessmentId');
      s.createIndex('[assessmentId+target]', ['assessmentId', 'target']);
      s.createIndex('at', 'at');
      s.createIndex('records', 'records', { multiEntry: true });
      ${store.indexes === 'batch' ? "s.createIndex('ids', 'ids', { multiEntry: true });" : ''}`
            : '';
  return page.evaluate<number>(`new Promise((resolve, reject) => {
    const size = ${perTransaction} || window.__rows.length;
    const name = 'bench-floor-' + Date.now();
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const s = open.result.createObjectStore('history', ${JSON.stringify(storeOptions)});
      ${indexes}
    };
    open.onerror = () => reject(new Error(String(open.error)));
    open.onsuccess = () => {
      const db = open.result;
      const t0 = performance.now();
      const write = (from) => {
        const tx = db.transaction('history', 'readwrite');
        const store = tx.objectStore('history');
        for (const row of window.__rows.slice(from, from + size)) store.add(row);
        tx.oncomplete = () => {
          if (from + size < window.__rows.length) return write(from + size);
          const ms = performance.now() - t0;
          db.close();
          window.__rows = undefined;
          // Resolved once deleted: the next measure must not run beside the deletion.
          const del = indexedDB.deleteDatabase(name);
          del.onsuccess = del.onerror = del.onblocked = () => resolve(ms);
        };
        tx.onerror = () => reject(new Error(String(tx.error)));
      };
      write(0);
    };
  })`);
}

/** UTF-8 bytes of a value's JSON text. */
const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/**
 * A history entry whose `before` and `after` keep only the fields whose values differ (compared as
 * JSON), as a storage format that shares unchanged fields would store it; a first write (no
 * `before`) keeps its whole record. For the floor of such a write (bench only).
 */
function changedFieldsOnly<E extends { before?: unknown; after: unknown }>(entry: E): E {
  const { before, after } = entry;
  if (!isPlainRecord(before) || !isPlainRecord(after)) return entry;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const k of keys) {
    if (JSON.stringify(before[k]) === JSON.stringify(after[k])) continue;
    if (k in before) b[k] = before[k];
    if (k in after) a[k] = after[k];
  }
  return { ...entry, before: b, after: a };
}

const isPlainRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * In the page: optionally runs `act` (a statement), then resolves with the ms from just before it
 * to the first frame after `ready` (an expression) holds. A string, not a function: tsx adds
 * helpers to a function's source that the page lacks.
 */
const timeInPage = (page: Page, ready: string, act = ''): Promise<number> =>
  page.evaluate(`new Promise((resolve) => {
    const ready = () => { try { return Boolean(${ready}); } catch { return false; } };
    const t0 = performance.now();
    let done = false;
    const check = () => {
      if (done || !ready()) return;
      done = true;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - t0));
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    ${act}
    check();
  })`);

/** Screen conditions: the screen's last part is on screen with the heavy State's data. */
const TIMELINE_READY = `document.querySelector('#tl-concerns') && document.querySelectorAll('section[aria-labelledby="tl-versions"] tbody tr').length === 20`;
const COMPARE_READY = `document.querySelector('#cmp-items') && document.querySelectorAll('section[aria-labelledby="cmp-items"] table tr').length > 0`;
const HOME_READY = (states: number) =>
  `document.querySelectorAll('section.state-card').length === ${states} && performance.getEntriesByName('nic:interactive').length > 0`;

async function goHome(page: Page): Promise<void> {
  await page.evaluate(`location.hash = '#/'`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.locator('section.state-card').first().waitFor({ timeout: 60_000 });
}

async function screens(page: Page, assessmentIds: string[], runs: number) {
  const timeline: number[] = [];
  const compare: number[] = [];
  const [first, last] = [assessmentIds[0]!, assessmentIds[assessmentIds.length - 1]!];
  // One warm-up each (the view's chunk and chart.js are fetched once per session).
  for (let i = 0; i <= runs; i += 1) {
    await goHome(page);
    const tl = await timeInPage(page, TIMELINE_READY, `location.hash = '#/states/VN/timeline';`);
    await goHome(page);
    const cmp = await timeInPage(
      page,
      COMPARE_READY,
      `location.hash = '#/compare?a=${first}&b=${last}';`,
    );
    if (i > 0) {
      timeline.push(tl);
      compare.push(cmp);
    }
  }
  return { timeline: median(timeline), compare: median(compare) };
}

async function exportOnce(page: Page, cdp: CDPSession, dir: string, run: number) {
  await page.evaluate(`location.hash = '#/'`);
  await page.evaluate(`location.hash = '#/backup'`);
  // The screen lists the twenty cycles before it knows what there is to export.
  await page.getByRole('radio', { name: 'One assessment' }).check();
  await page.locator('#export-assessment option').first().waitFor({ state: 'attached' });
  await page.getByRole('radio', { name: 'Everything on this device (full backup)' }).check();
  const heap = await heapSampler(cdp);
  const longest = await longTasks(page);
  const profile = await profileStart(cdp, 'export');
  const downloading = page.waitForEvent('download', { timeout: 120_000 });
  const t0 = performance.now();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  const fileMs = performance.now() - t0;
  await page.getByText(/This is now the last full backup/).waitFor({ timeout: 120_000 });
  const saidMs = performance.now() - t0;
  await profile();
  const longestMs = await longest();
  const { start, peak } = await heap.stop();
  const path = join(dir, `backup-${run}.json`);
  await download.saveAs(path);
  return { fileMs, saidMs, start, peak, path, longestMs };
}

async function wipe(page: Page): Promise<void> {
  await page.evaluate(
    `new Promise((resolve, reject) => { const r = indexedDB.deleteDatabase(${JSON.stringify(DB_NAME)}); r.onsuccess = () => resolve(); r.onerror = () => reject(new Error(String(r.error))); r.onblocked = () => resolve(); })`,
  );
}

async function importOnce(page: Page, cdp: CDPSession, path: string, historyCount: number) {
  await page.goto('./manifest.webmanifest');
  await wipe(page);
  await page.goto('./#/backup');
  await page.locator('#import-file').setInputFiles(path);
  const heap = await heapSampler(cdp);
  const longest = await longTasks(page);
  const profile = await profileStart(cdp, 'import');
  const t0 = performance.now();
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByText(/^Full backup, exported/).waitFor({ timeout: 120_000 });
  const checkMs = performance.now() - t0;
  const t1 = performance.now();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText(/^Imported\./).waitFor({ timeout: 120_000 });
  const writeMs = performance.now() - t1;
  await profile();
  const longestMs = await longest();
  const { start, peak } = await heap.stop();
  // Entries, not rows: from database version 3 a batch row holds many (its `ids`).
  const stored = await page.evaluate<number>(
    `new Promise((resolve, reject) => { const r = indexedDB.open(${JSON.stringify(DB_NAME)}); r.onsuccess = () => { const c = r.result.transaction('history').objectStore('history').getAll(); c.onsuccess = () => { resolve(c.result.reduce((n, row) => n + (Array.isArray(row.ids) ? row.ids.length : 1), 0)); r.result.close(); }; }; r.onerror = () => reject(new Error('open failed')); })`,
  );
  if (stored !== historyCount)
    throw new Error(`The import stored ${stored} history entries of ${historyCount}`);
  return { checkMs, writeMs, start, peak, longestMs };
}

/**
 * BENCH_HEAVY=screens,export,import,floor picks steps of the heavy State; the import needs the
 * export's file. The default leaves out `floor`: the IndexedDB floors (plain API, no app code) are
 * the evidence behind the stored history shape (docs/bench.md), not a target, and take minutes.
 */
const HEAVY_STEPS = new Set(
  (process.env.BENCH_HEAVY ?? 'screens,export,import').split(',').map((s) => s.trim()),
);

async function heavyState(browser: Browser, url: string, runs: number) {
  const { dump, source } = heavyDump();
  const context = await appContext(browser, url, { acceptDownloads: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const dir = mkdtempSync(join(tmpdir(), 'nic-bench-history-'));
  try {
    await seedDump(page, dump);
    await page.goto('./');
    const ids = source.assessments.map((a) => a.id);
    if (HEAVY_STEPS.has('screens')) await heavyScreens(page, ids, runs);
    await heavyBackup(page, cdp, dir, source.answers.length, source.history.length);
    if (HEAVY_STEPS.has('floor')) await heavyFloors(page, source.history, source.answers);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await context.close();
  }
}

async function heavyScreens(page: Page, ids: string[], runs: number) {
  const shown = await screens(page, ids, runs);
  report({
    name: 'history: timeline, 20 cycles, interactive',
    value: shown.timeline,
    unit: 'ms',
    target: 1000,
    note: `in-app navigation → first frame with every cycle; median of ${runs}`,
  });
  report({
    name: 'history: compare first ↔ last cycle, interactive',
    value: shown.compare,
    unit: 'ms',
    target: 1000,
    note: `in-app navigation → first frame with the item changes; median of ${runs}`,
  });
}

/** Export, then import of its file: the figures of the backup. */
async function heavyBackup(
  page: Page,
  cdp: CDPSession,
  dir: string,
  answers: number,
  historyCount: number,
) {
  if (!HEAVY_STEPS.has('export') && !HEAVY_STEPS.has('import')) return;
  const exports = [];
  for (let i = 0; i < (HEAVY_STEPS.has('export') ? 3 : 1); i += 1)
    exports.push(await exportOnce(page, cdp, dir, i));
  const size = statSync(exports[0]!.path).size;
  report({
    name: 'history: full backup export, click → file',
    value: median(exports.map((e) => e.fileMs)) / 1000,
    unit: 's',
    target: 3,
    note: `median of 3; ${(size / MB).toFixed(1)} MB, ${answers} answers, ${historyCount} history entries`,
  });
  report({
    name: 'history: full backup export, click → "last backup"',
    value: median(exports.map((e) => e.saidMs)) / 1000,
    unit: 's',
    note: 'includes the check that the app can read the file back',
  });
  report({
    name: 'history: full backup export, peak JS heap',
    value: Math.max(...exports.map((e) => e.peak)) / MB,
    unit: 'MB',
    note: `before: ${(median(exports.map((e) => e.start)) / MB).toFixed(1)} MB`,
  });

  report({
    name: 'history: full backup export, longest main-thread task',
    value: Math.max(...exports.map((e) => e.longestMs)),
    unit: 'ms',
    note: 'tasks over 50 ms only, 0 = none (while one runs the screen cannot paint or take input)',
  });

  if (!HEAVY_STEPS.has('import')) return;
  const imports = [];
  for (let i = 0; i < 3; i += 1)
    imports.push(await importOnce(page, cdp, exports[0]!.path, historyCount));
  report({
    name: 'history: full backup import, check → preview',
    value: median(imports.map((e) => e.checkMs)) / 1000,
    unit: 's',
    note: 'read, parse, checks, plan',
  });
  report({
    name: 'history: full backup import, Import → "Imported."',
    value: median(imports.map((e) => e.writeMs)) / 1000,
    unit: 's',
    note: 'write into IndexedDB',
  });
  report({
    name: 'history: full backup import, total',
    value: median(imports.map((e) => e.checkMs + e.writeMs)) / 1000,
    unit: 's',
    target: 3,
    note: 'median of 3; excludes the time the user reads the preview',
  });
  report({
    name: 'history: full backup import, peak JS heap',
    value: Math.max(...imports.map((e) => e.peak)) / MB,
    unit: 'MB',
    note: `before: ${(median(imports.map((e) => e.start)) / MB).toFixed(1)} MB; file ${(size / MB).toFixed(1)} MB`,
  });
  report({
    name: 'history: full backup import, longest main-thread task',
    value: Math.max(...imports.map((e) => e.longestMs)),
    unit: 'ms',
    note: 'check and write; tasks over 50 ms only, 0 = none',
  });
}

/**
 * A changed-fields entry whose text fields' `before` is written as an edit of the `after` text:
 * `{ keep: [prefix, suffix], text }` (the characters kept from the start and end of `after`'s text
 * and what was between them before), for the floor of such a shape (bench only).
 */
function textAsEdit<E extends { before?: unknown; after: unknown }>(entry: E): E {
  const { before, after } = entry;
  if (!isPlainRecord(before) || !isPlainRecord(after)) return entry;
  const b: Record<string, unknown> = { ...before };
  for (const [k, v] of Object.entries(before)) {
    const w = after[k];
    if (typeof v !== 'string' || typeof w !== 'string' || v.length < 64) continue;
    let p = 0;
    while (p < v.length && p < w.length && v[p] === w[p]) p += 1;
    let q = 0;
    while (q < v.length - p && q < w.length - p && v[v.length - 1 - q] === w[w.length - 1 - q])
      q += 1;
    b[k] = { keep: [p, q], text: v.slice(p, v.length - q) };
  }
  return { ...entry, before: b };
}

/** The top-level fields of `to` that differ from `from` (compared as JSON): set and unset. */
function editOf(from: Record<string, unknown>, to: Record<string, unknown>) {
  const set: Record<string, unknown> = {};
  const unset: string[] = [];
  for (const k of new Set([...Object.keys(from), ...Object.keys(to)])) {
    if (!(k in to)) unset.push(k);
    else if (JSON.stringify(from[k]) !== JSON.stringify(to[k])) set[k] = to[k];
  }
  return { set, unset };
}

/**
 * Entries as edits along each record's history: an entry's `before` is the `after` of the
 * previous entry of the same record (`from`, its index here) with an edit, and its `after` an edit
 * of its `before`; the first entry of a record keeps its records whole. Bench only (the floor of
 * that shape).
 */
function asEdits<
  E extends { assessmentId: string; target: string; before?: unknown; after: unknown },
>(entries: E[]) {
  const last = new Map<string, { index: number; after: Record<string, unknown> }>();
  return entries.map((e, index) => {
    const key = `${e.assessmentId} ${e.target}`;
    const prev = last.get(key);
    const { before, after, ...rest } = e;
    last.set(key, { index, after: after as Record<string, unknown> });
    if (!isPlainRecord(after) || (before !== undefined && !isPlainRecord(before)))
      return {
        ...rest,
        before: before === undefined ? undefined : { whole: before },
        after: { whole: after },
      };
    if (before === undefined) return { ...rest, after: { whole: after } };
    if (!prev || !isPlainRecord(before))
      return { ...rest, before: { whole: before }, after: { edit: editOf(before, after) } };
    return {
      ...rest,
      before: { from: prev.index + 1, edit: editOf(prev.after, before) },
      after: { edit: editOf(before, after) },
    };
  });
}

/** One row per entry with `before`/`after` as one JSON string (`json`), keys kept as fields. */
const asJson = <E extends { before?: unknown; after: unknown }>(entry: E) => {
  const { before, after, ...rest } = entry;
  return { ...rest, json: JSON.stringify({ before, after }) };
};

/** Entries grouped by `key(entry)` into rows `{ ...keyFields, json }` (the group's entries as JSON). */
function chunked<E extends { assessmentId: string; target: string }>(
  entries: E[],
  by: 'record' | 'assessment',
) {
  const groups = new Map<string, E[]>();
  for (const e of entries) {
    const k = by === 'record' ? `${e.assessmentId} ${e.target}` : e.assessmentId;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  return [...groups.values()].map((g) => ({
    assessmentId: g[0]!.assessmentId,
    ...(by === 'record' ? { target: g[0]!.target } : {}),
    json: JSON.stringify(g),
  }));
}

/**
 * Entries (with ids) as version 3's batch rows, roughly (bench only): per assessment, grouped by
 * record, cut at ~512 kB of JSON; key = the highest id, `ids` and `records` listed.
 */
function batchRows<E extends { id?: number; assessmentId: string; target: string }>(
  entries: E[],
  json = false,
) {
  const byAssessment = new Map<string, E[]>();
  for (const e of entries)
    byAssessment.set(e.assessmentId, [...(byAssessment.get(e.assessmentId) ?? []), e]);
  const rows: unknown[] = [];
  for (const list of byAssessment.values()) {
    const sorted = [...list].sort((a, b) => a.target.localeCompare(b.target));
    let chunk: E[] = [];
    let size = 0;
    const flush = () => {
      if (chunk.length === 0) return;
      const ids = chunk.map((e) => e.id ?? 0);
      rows.push({
        id: Math.max(...ids),
        first: Math.min(...ids),
        count: ids.length,
        firstTarget: chunk[0]!.target,
        lastTarget: chunk.at(-1)!.target,
        assessmentId: chunk[0]!.assessmentId,
        ids,
        records: [...new Set(chunk.map((e) => `${e.assessmentId} ${e.target}`))],
        entries: json ? JSON.stringify(chunk) : chunk,
      });
      chunk = [];
      size = 0;
    };
    for (const e of sorted) {
      chunk.push(e);
      size += JSON.stringify(e).length;
      if (size > 512 * 1024) flush();
    }
    flush();
  }
  return rows;
}

/**
 * BENCH_FLOORS=<comma-separated variant numbers, 1-based> picks floor variants (default all).
 */
const FLOOR_PICK = process.env.BENCH_FLOORS?.split(',').map((s) => Number(s.trim()));

/** The floors under the import's write, in the same page: the history rows with the plain API. */
async function heavyFloors(page: Page, history: HistoryEntry[], answers: unknown[]) {
  // The write's floor, in the same conditions: the same history rows into a bare IndexedDB store;
  // then the same rows in transactions of 500 (whether one transaction's size costs the time), and
  // candidate stored shapes of the history (histstore, issue 18): fewer bytes (changed fields
  // only; text `before` as an edit of `after`), no structured clone of nested objects (one JSON
  // string per row), fewer indexes, fewer and larger rows (chunks per record, per assessment).
  const rows = history.map(({ id: _id, ...entry }) => entry);
  const thin = rows.map(changedFieldsOnly);
  const thinner = thin.map(textAsEdit);
  const edits = asEdits(rows);
  const record: FloorStore = { key: 'auto', indexes: 'record' };
  const variants: [string, unknown[], number, FloorStore, string][] = [
    [
      'the history rows in one transaction',
      rows,
      0,
      APP_STORE,
      'the plain IndexedDB API, no app code',
    ],
    ['same rows, 500 per transaction', rows, 500, APP_STORE, 'one transaction per 500 rows'],
    [
      'history as changed fields only',
      thin,
      0,
      APP_STORE,
      'before/after cut to the fields that changed',
    ],
    [
      'whole rows, before/after as one JSON string',
      rows.map(asJson),
      0,
      APP_STORE,
      'no nested objects to clone',
    ],
    ['changed fields, one JSON string', thin.map(asJson), 0, APP_STORE, 'app indexes'],
    [
      'changed fields, one JSON string, [assessmentId+target] only',
      thin.map(asJson),
      0,
      record,
      'one secondary index',
    ],
    [
      'changed fields, text before as an edit, JSON, one index',
      thinner.map(asJson),
      0,
      record,
      'before text = kept prefix/suffix of after + the middle',
    ],
    [
      'changed fields, chunk per record (JSON)',
      chunked(thin, 'record'),
      0,
      { key: ['assessmentId', 'target'], indexes: 'none' },
      'one row per answer or norm answer',
    ],
    [
      'changed fields, chunk per assessment (JSON)',
      chunked(thin, 'assessment'),
      0,
      { key: 'assessmentId', indexes: 'none' },
      'one row per cycle',
    ],
    [
      'edits along each record (before from the previous entry, after as an edit)',
      edits,
      0,
      APP_STORE,
      'app indexes',
    ],
    ['edits along each record, one JSON string', edits.map(asJson), 0, APP_STORE, 'app indexes'],
    [
      'whole rows, chunk per assessment (JSON)',
      chunked(rows, 'assessment'),
      0,
      { key: 'assessmentId', indexes: 'none' },
      'one row per cycle',
    ],
  ];
  // Database version 3's batch rows (storage/history.ts): entries of one assessment (as objects, then as JSON text),
  // grouped by record, ≤ ~512 kB a row, keyed by their highest id, with the multi-entry indexes
  // that find an entry by id and a record's entries.
  const batches = batchRows(asEdits(history));
  variants.push(
    [
      'batch rows (v3 shape), *ids and *records indexes',
      batches,
      0,
      { key: 'id', indexes: 'batch' },
      'one row per assessment × ≤ 512 kB',
    ],
    [
      'batch rows (v3 shape), *records index only',
      batches,
      0,
      { key: 'id', indexes: 'batch-no-ids' },
      'no index by entry id',
    ],
    [
      'batch rows, entries as JSON text (v3), *ids and *records',
      batchRows(asEdits(history), true),
      0,
      { key: 'id', indexes: 'batch' },
      'the stored shape of database version 3',
    ],
    [
      'batch rows, JSON text, indexed by id and target ranges (one entry a row)',
      batchRows(asEdits(history), true),
      0,
      { key: 'id', indexes: 'batch-ranges' },
      'no multi-entry index',
    ],
    [
      "the answers' rows in one transaction",
      answers,
      0,
      { key: ['assessmentId', 'itemId'], indexes: 'none' },
      "what the import writes beside the history (without the answers table's two indexes)",
    ],
  );
  for (const [i, [name, data, perTransaction, store, how]] of variants.entries()) {
    if (FLOOR_PICK && !FLOOR_PICK.includes(i + 1)) continue;
    const times: number[] = [];
    for (let r = 0; r < 3; r += 1) times.push(await idbFloor(page, data, perTransaction, store));
    report({
      name: `history: IndexedDB floor ${i + 1}, ${name}`,
      value: median(times) / 1000,
      unit: 's',
      note: `median of 3 (${times.map((t) => (t / 1000).toFixed(2)).join(', ')}); ${data.length} rows, ${(jsonBytes(data) / MB).toFixed(1)} MB as JSON; ${how}`,
    });
  }
}

async function region(browser: Browser, url: string, runs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'nic-bench-region-'));
  try {
    const { paths, states } = await writeRegionFiles(dir);
    const bytes = paths.reduce((n, p) => n + readFileSync(p).length, 0);
    const ready = `document.querySelectorAll('section[aria-labelledby="region-loaded"] tbody tr').length === ${states} && document.querySelector('#region-areas')`;
    const times: number[] = [];
    let peak = 0;
    for (let i = 0; i <= runs; i += 1) {
      const context = await appContext(browser, url);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto('./#/region');
      await page.locator('#region-files').setInputFiles(paths);
      const heap = await heapSampler(cdp);
      const profile = await profileStart(cdp, 'region');
      const ms = await timeInPage(
        page,
        ready,
        `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(t.compare.loadButton)}).click();`,
      );
      await profile();
      peak = Math.max(peak, (await heap.stop()).peak);
      if (i > 0) times.push(ms);
      await context.close();
    }
    report({
      name: 'history: regional view, 200 files, load → shown',
      value: median(times) / 1000,
      unit: 's',
      target: 2,
      note: `median of ${runs}; ${states} States, ${(bytes / MB).toFixed(1)} MB of shareable files; peak JS heap ${(peak / MB).toFixed(0)} MB`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function largeHome(browser: Browser, url: string, runs: number) {
  const dump = largeHomeDump();
  const states = dump.tables.states?.length ?? 0;
  const once = async (seed: boolean) => {
    const context = await appContext(browser, url, { serviceWorkers: 'block' });
    const page = await context.newPage();
    if (seed) await seedDump(page, dump);
    const profile = seed
      ? await profileStart(await context.newCDPSession(page), 'home')
      : undefined;
    // A fresh document; the HTTP cache is warm (the seeding page loaded nothing of the app).
    const ready = seed
      ? HOME_READY(states)
      : `document.querySelector('#states-heading') && document.querySelector('section.states p.empty') && performance.getEntriesByName('nic:interactive').length > 0`;
    const value = await timeInPageFromNavigation(page, ready);
    await profile?.();
    await context.close();
    return value;
  };
  const full: number[] = [];
  const empty: number[] = [];
  await once(true);
  for (let i = 0; i < runs; i += 1) {
    full.push(await once(true));
    empty.push(await once(false));
  }
  const f = median(full);
  const e = median(empty);
  report({
    name: 'history: home, 50 States / 500 assessments',
    value: f,
    unit: 'ms',
    target: 1000,
    note: `navigation → first frame with every State's list; median of ${runs}; ${dump.tables.answers?.length} answers stored`,
  });
  report({ name: 'history: home, empty database', value: e, unit: 'ms', note: 'same measure' });
  report({ name: 'history: home, 500 assessments ÷ empty', value: f / e, unit: 'x' });
}

/** Navigates to the app's home and resolves with the ms from navigation start to `ready`. */
async function timeInPageFromNavigation(page: Page, ready: string): Promise<number> {
  await page.addInitScript(`window.__benchReady = new Promise((resolve) => {
    const ready = () => { try { return Boolean(${ready}); } catch { return false; } };
    let done = false;
    const check = () => {
      if (done || !ready()) return;
      done = true;
      requestAnimationFrame(() => resolve(performance.now()));
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
    new PerformanceObserver(check).observe({ type: 'mark', buffered: true });
  });`);
  await page.goto('./', { waitUntil: 'commit' });
  return page.evaluate<number>('window.__benchReady');
}

/** `parts` (BENCH_HISTORY=heavy,region,home) picks parts while profiling one. */
export async function benchHistory(
  browser: Browser,
  url: string,
  runs = 5,
  parts = new Set(['heavy', 'region', 'home']),
): Promise<void> {
  if (parts.has('heavy')) await heavyState(browser, url, runs);
  if (parts.has('region')) await region(browser, url, Math.max(3, Math.round(runs / 2)));
  if (parts.has('home')) await largeHome(browser, url, runs);
}
