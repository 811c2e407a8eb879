/**
 * `npm run bench`: bundle sizes, start-up, save, report and comparison timings, each printed on one
 * line with its target and PASS/MISS. Not part of `npm test` (timings depend on the machine).
 *
 * Builds into dist-bench/ (with the Vite manifest), serves it with `vite preview` on port 4316
 * (BENCH_PORT), drives Debian's Chromium (CHROMIUM_PATH) with the e2e flags. The save figure runs
 * the app's own modules from the Vite dev server on the same port afterwards.
 * Exits 0 even when a target is missed: the list of misses closes the output.
 *
 * Options: BENCH_RUNS (start-up runs per page, default 9),
 * BENCH_ONLY=bundle,start,save,report,compare,backup,history (and trace: a start-up trace, not by
 * default).
 */
import { execFileSync } from 'node:child_process';
import { benchBundle } from './bench/bundle';
import { launch, startServer } from './bench/browser';
import { benchStart, writeFloorPage } from './bench/start';
import { benchSave } from './bench/save';
import { benchReport } from './bench/report';
import { benchReportBrowser } from './bench/reportBrowser';
import { benchCompare } from './bench/compare';
import { benchBackup } from './bench/backup';
import { benchHistory } from './bench/history';
import { benchTrace } from './bench/trace';
import { missed } from './bench/stats';

const OUT = 'dist-bench';
const PORT = Number(process.env.BENCH_PORT ?? 4316);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const only = new Set(
  (process.env.BENCH_ONLY ?? 'bundle,start,save,report,compare,backup,history').split(','),
);

console.log(`building into ${OUT}/ …`);
execFileSync(
  'npx',
  ['vite', 'build', '--outDir', OUT, '--emptyOutDir', '--manifest', '--logLevel', 'error'],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);

const { firstLoadFiles } =
  only.has('bundle') || only.has('start') ? benchBundle(OUT) : { firstLoadFiles: [] };

if (only.has('start') || only.has('save')) {
  const browser = await launch();
  try {
    if (only.has('start')) {
      const floor = writeFloorPage(
        OUT,
        firstLoadFiles.filter((f) => f.endsWith('.css')),
      );
      const server = await startServer('preview', PORT, OUT);
      try {
        await benchStart(browser, server.url, floor, RUNS);
      } finally {
        server.stop();
      }
    }
    if (only.has('save')) {
      const dev = await startServer('dev', PORT);
      try {
        await benchSave(browser, dev.url);
      } finally {
        dev.stop();
      }
    }
  } finally {
    await browser.close();
  }
}
if (only.has('report')) {
  await benchReport();
  const browser = await launch();
  const server = await startServer('preview', PORT, OUT);
  try {
    await benchReportBrowser(browser, server.url, OUT);
  } finally {
    server.stop();
    await browser.close();
  }
}
if (only.has('trace')) {
  // Not in the default list: prints a Chromium trace of one start-up, CPU 1× and 4× (docs/bench.md).
  const browser = await launch();
  const server = await startServer('preview', PORT, OUT);
  try {
    for (const rate of [1, 4]) await benchTrace(browser, server.url, rate);
  } finally {
    server.stop();
    await browser.close();
  }
}
if (only.has('compare')) benchCompare();
if (only.has('backup')) await benchBackup();
if (only.has('history')) {
  const browser = await launch();
  const server = await startServer('preview', PORT, OUT);
  try {
    await benchHistory(
      browser,
      server.url,
      5,
      new Set((process.env.BENCH_HISTORY ?? 'heavy,region,home').split(',')),
    );
  } finally {
    server.stop();
    await browser.close();
  }
}

console.log(
  missed.length === 0
    ? 'all targets met'
    : `targets missed: ${missed.map((f) => f.name).join('; ')}`,
);
