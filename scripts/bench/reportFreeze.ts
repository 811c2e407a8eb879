/**
 * The long-notes PDF in Chromium, seen from the page: 33 practical actions each with an
 * 18,000-character note (numbered Latin words, a Thai phrase every seventh word), one click on
 * "Make PDF" → the file. While it runs the page records every main-thread task over 50 ms
 * (PerformanceObserver "longtask": no input, no paint while one runs) and whether the Cancel
 * button stayed the same element (a progress area re-rendered on every tick replaced it under the
 * pointer). Figures: the longest task, the sum of long tasks, how many, and Cancel re-creations.
 *
 * Part of `BENCH_ONLY=report` (reportBrowser.ts); alone, against any build (before/after figures):
 * `npx tsx scripts/bench/reportFreeze.ts <dist dir> [port]` (default dist, BENCH_PORT or 4316).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { fullReportInput } from '../../tests/bench/benchReport';
import { freshAssessmentDump, seedDump } from '../../tests/e2e/support/seed';

export const LONG_NOTES = 33;
export const LONG_NOTE_LENGTH = 18_000;

/** Numbered words (Latin) with a Thai phrase every seventh word, `length` characters. */
export const longNote = (length: number): string => {
  let out = '';
  for (let i = 0; out.length < length; i += 1)
    out += `w${String(i).padStart(5, '0')} ${i % 7 === 6 ? 'บันทึกยาวมาก ' : ''}`;
  return out.slice(0, length).trimEnd();
};

export interface FreezeFigures {
  /** Click → file, ms. */
  ms: number;
  pages: number;
  bytes: number;
  /** The longest main-thread task while the PDF was made, ms (0: none over 50 ms). */
  longest: number;
  /** All long tasks added up, ms, and how many there were. */
  blocked: number;
  count: number;
  /** How many times the Cancel button was replaced by a new element while the PDF was made. */
  cancelReplaced: number;
}

/** A fresh page on the long-notes report's Report screen (seeded), with a scratch folder. */
export interface LongNotesPage {
  page: Page;
  context: BrowserContext;
  /** A scratch folder for the downloaded files; `close` removes it. */
  dir: string;
  close: () => Promise<void>;
}

/**
 * Opens the long-notes assessment (LONG_NOTES actions with an 18,000-character note each) on the
 * Report screen of a fresh browser context, ready for a click on "Make PDF". Shared by the
 * freeze figure here and the click → file and heap figures (reportBrowser.ts).
 */
export async function openLongNotesReport(
  browser: Browser,
  url: string,
  prefix: string,
): Promise<LongNotesPage> {
  const input = fullReportInput(1, 'Short note. ');
  const id = input.assessment.id;
  const dump = freshAssessmentDump(id);
  const note = longNote(LONG_NOTE_LENGTH);
  dump.tables.answers = input.answers.map((a, i) => ({
    ...a,
    notes: i < LONG_NOTES ? note : a.notes,
  }));
  dump.tables.normAnswers = input.normAnswers.map((n) => ({ ...n }));
  const context = await browser.newContext({ baseURL: url, acceptDownloads: true });
  // tsx wraps named functions in a `__name` helper the page lacks (seedDump passes a function).
  await context.addInitScript('window.__name = (f) => f');
  const page = await context.newPage();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const close = async () => {
    rmSync(dir, { recursive: true, force: true });
    await context.close();
  };
  try {
    await seedDump(page, dump);
    await page.goto(`./#/assessments/${id}/report`);
    await page.getByRole('button', { name: 'Make PDF' }).waitFor();
  } catch (error) {
    await close();
    throw error;
  }
  return { page, context, dir, close };
}

/** One click → the long-notes PDF on a fresh page, with its long tasks (see the file's comment). */
export async function longNotesFreeze(browser: Browser, url: string): Promise<FreezeFigures> {
  const { page, dir, close } = await openLongNotesReport(browser, url, 'nic-bench-freeze-');
  try {
    await page.evaluate(`(() => {
      const w = window;
      w.__tasks = [];
      w.__observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tasks.push(e.duration);
      });
      w.__observer.observe({ type: 'longtask', buffered: false });
      w.__cancels = new Set();
      w.__cancelWatch = new MutationObserver(() => {
        for (const b of document.querySelectorAll('button'))
          if (b.textContent.trim() === 'Cancel the PDF') w.__cancels.add(b);
      });
      w.__cancelWatch.observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    const downloading = page.waitForEvent('download', { timeout: 300_000 });
    const t0 = performance.now();
    await page.getByRole('button', { name: 'Make PDF' }).click();
    const download = await downloading;
    const ms = performance.now() - t0;
    const path = join(dir, 'long.pdf');
    await download.saveAs(path);
    const { tasks, cancels } = await page.evaluate<{ tasks: number[]; cancels: number }>(`(() => {
      const w = window;
      w.__observer.disconnect();
      w.__cancelWatch.disconnect();
      return { tasks: w.__tasks, cancels: w.__cancels.size };
    })()`);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    return {
      ms,
      pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
      bytes: statSync(path).size,
      longest: Math.max(0, ...tasks),
      blocked: tasks.reduce((a, b) => a + b, 0),
      count: tasks.length,
      cancelReplaced: Math.max(0, cancels - 1),
    };
  } finally {
    await close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { launch, startServer } = await import('./browser');
  const outDir = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? process.env.BENCH_PORT ?? 4316);
  const browser = await launch();
  const server = await startServer('preview', port, outDir);
  try {
    const f = await longNotesFreeze(browser, server.url);
    console.log(
      `${outDir}: click → file ${(f.ms / 1000).toFixed(2)} s, ${f.pages} pages; longest task ` +
        `${f.longest.toFixed(0)} ms; ${f.count} long tasks, ${(f.blocked / 1000).toFixed(2)} s in all; ` +
        `Cancel replaced ${f.cancelReplaced} times`,
    );
  } finally {
    server.stop();
    await browser.close();
  }
}
