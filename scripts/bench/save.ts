/**
 * Save: time from a status change to its committed IndexedDB write, in Chromium's real IndexedDB.
 * The page runs the app's own code from the Vite dev server (source modules, so the bench can reach
 * them by path): a `Workspace` on a fresh assessment, and for each of 1,000 changes
 * `answers.edit(item, { status })` (what the status control calls) then `answers.flush(item)`, which
 * resolves once the write's transaction has committed. Cycles through every item of the bundled
 * pack so the writes touch different records, as a user going down the checklist does.
 */
import type { Browser } from 'playwright-core';
import { median, quantile, report } from './stats';

export async function benchSave(browser: Browser, devUrl: string, changes = 1000): Promise<void> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(devUrl);
  // A string, not a function: tsx adds helpers to a function's source that the page lacks.
  const result = await page.evaluate<{
    times: number[];
    failures: string[];
    items: number;
  }>(`(async (n) => {
    const { ensureBundledPack } = await import('/src/lib/storage/packs.ts');
    const { bundledPack } = await import('/src/lib/domain/bundledPack.ts');
    const { activeActions } = await import('/src/lib/domain/pack.ts');
    const { addState } = await import('/src/lib/storage/states.ts');
    const { createAssessment } = await import('/src/lib/storage/assessments.ts');
    const { Workspace } = await import('/src/lib/state/workspace.svelte.ts');
    await ensureBundledPack();
    await addState('SG');
    const created = await createAssessment(
      { stateCode: 'SG', title: 'Benchmark', periodStart: '2026-01-01', periodEnd: '2026-12-31',
        leadAgency: '', people: [], alias: '2026' },
      bundledPack,
      'bench',
    );
    if (!created.ok) throw new Error('createAssessment: ' + created.code);
    const ws = new Workspace(created.value.id);
    const stop = ws.start();
    for (let i = 0; i < 200 && !ws.loaded; i += 1) await new Promise((r) => setTimeout(r, 25));
    const items = activeActions(bundledPack).map((a) => a.id);
    const statuses = ['not-started', 'planned', 'in-progress', 'largely', 'fully'];
    const times = [];
    const failures = [];
    for (let i = 0; i < n; i += 1) {
      const item = items[i % items.length];
      // Each pass over the items moves every answer one step up the scale: always a real change.
      const status = statuses[Math.floor(i / items.length) % statuses.length];
      const t0 = performance.now();
      ws.answers.edit(item, { status });
      await ws.answers.flush(item);
      times.push(performance.now() - t0);
      const s = ws.answers.status(item).status;
      if (s !== 'saved') failures.push(item + ': ' + s);
    }
    stop();
    return { times, failures, items: items.length };
  })(${changes})`);
  await context.close();
  if (result.failures.length > 0) {
    throw new Error(`Some saves did not commit: ${result.failures.slice(0, 5).join(', ')}`);
  }
  report({
    name: `save: status change → committed write, median`,
    value: median(result.times),
    unit: 'ms',
    target: 5,
    note: `${changes} changes over ${result.items} items`,
  });
  report({
    name: `save: status change → committed write, p95`,
    value: quantile(result.times, 0.95),
    unit: 'ms',
  });
}
