/**
 * `BENCH_ONLY=trace`: one cold load of the app with a Chromium trace (DevTools `Tracing`), printed
 * as the renderer main thread's tasks from navigation to the app's `nic:app-started` mark, each
 * with its start, duration and what ran in it (script URL, parse, layout, paint…). This is how the
 * start-up figures were profiled (docs/bench.md); it prints no figure with a target.
 */
import type { Browser } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; name?: string };
}

const short = (url: unknown) => (typeof url === 'string' ? url.replace(/^.*\//, '') : '');

export async function benchTrace(browser: Browser, url: string, throttle = 1): Promise<void> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
      'loading',
      'v8.execute',
      'toplevel',
    ],
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('nic:app-started').length > 0);
  await page.waitForTimeout(200);
  const buffer = await browser.stopTracing();
  await context.close();
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const threadName = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      threadName.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart');
  const marks = events.filter(
    (e) => e.cat.includes('blink.user_timing') || e.name.startsWith('first'),
  );
  const main = events.find(
    (e) => threadName.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && e.name === 'ParseHTML',
  );
  if (!nav || !main) {
    console.log('trace: no navigation or main thread found');
    return;
  }
  const t0 = nav.ts;
  const ms = (ts: number) => ((ts - t0) / 1000).toFixed(1).padStart(7);
  const onMain = (e: TraceEvent) => e.pid === main.pid && e.tid === main.tid;
  console.log(`trace (CPU ${throttle}×): marks, ms from navigation start`);
  for (const m of marks.filter((m) => m.pid === main.pid).sort((a, b) => a.ts - b.ts))
    console.log(`  ${ms(m.ts)}  ${m.name}`);
  if (process.env.TRACE_WINDOW) {
    const [from, to] = process.env.TRACE_WINDOW.split(',').map(Number);
    dumpWindow(events, t0, main.pid, main.tid, from ?? 0, to ?? 0);
  }
  console.log('trace: main-thread tasks ≥ 1 ms (start, duration, what ran inside)');
  const tasks = events
    .filter((e) => onMain(e) && e.name === 'RunTask' && (e.dur ?? 0) >= 1000 && e.ts >= t0)
    .sort((a, b) => a.ts - b.ts);
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = events.filter(
      (e) => onMain(e) && e !== task && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) >= 300,
    );
    const what = inside
      .filter((e) =>
        /^(ParseHTML|EvaluateScript|v8.compileModule|v8.evaluateModule|FunctionCall|Layout|UpdateLayoutTree|Paint|PrePaint|Layerize|ParseAuthorStyleSheet|TimerFire|FireAnimationFrame|v8.compile|EventDispatch|MajorGC|MinorGC|v8.produceModuleCache|CompileScript|ScheduleStyleRecalculation|RunMicrotasks|V8.GC_SCAVENGER|BlinkGC.AtomicPhase)$/.test(
          e.name,
        ),
      )
      .map((e) => {
        const d = e.args?.data ?? {};
        const src = short(d.url ?? d.fileName ?? d.functionName ?? '');
        return `${e.name}${src ? ` ${src}` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`;
      });
    console.log(
      `  ${ms(task.ts)} ${((task.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${what.slice(0, 8).join('; ')}`,
    );
  }
}

/** Debug helper: every event on the main thread inside [from, to] ms, nested by time. */
export function dumpWindow(
  events: TraceEvent[],
  t0: number,
  pid: number,
  tid: number,
  from: number,
  to: number,
): void {
  for (const e of events)
    if (
      e.pid === pid &&
      e.tid === tid &&
      (e.ts - t0) / 1000 >= from &&
      (e.ts - t0) / 1000 <= to &&
      (e.dur ?? 0) >= 1000
    )
      console.log(
        `    ${((e.ts - t0) / 1000).toFixed(1)} ${((e.dur ?? 0) / 1000).toFixed(1)} ${e.name} ${JSON.stringify(e.args?.data ?? {}).slice(0, 160)}`,
      );
}
