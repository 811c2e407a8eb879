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
  const result = await page.evaluate(async (n: number) => {
    const imp = (path: string) => import(/* @vite-ignore */ path) as Promise<Record<string, never>>;
    const { ensureBundledPack } = (await imp('/src/lib/storage/packs.ts')) as unknown as {
      ensureBundledPack: () => Promise<void>;
    };
    const { bundledPack } = (await imp('/src/lib/domain/bundledPack.ts')) as unknown as {
      bundledPack: { id: string; version: string };
    };
    const { activeActions } = (await imp('/src/lib/domain/pack.ts')) as unknown as {
      activeActions: (p: unknown) => { id: string }[];
    };
    const { addState } = (await imp('/src/lib/storage/states.ts')) as unknown as {
      addState: (code: string) => Promise<{ ok: boolean }>;
    };
    const { createAssessment } = (await imp('/src/lib/storage/assessments.ts')) as unknown as {
      createAssessment: (
        input: object,
        pack: unknown,
        by: string,
      ) => Promise<{ ok: true; value: { id: string } } | { ok: false; reason: string }>;
    };
    const { Workspace } = (await imp('/src/lib/state/workspace.svelte.ts')) as unknown as {
      Workspace: new (id: string) => {
        loaded: boolean;
        start: () => () => void;
        answers: {
          edit: (key: string, patch: object) => void;
          flush: (key: string) => Promise<void>;
          status: (key: string) => { status: string };
        };
      };
    };
    await ensureBundledPack();
    await addState('SG');
    const created = await createAssessment(
      {
        stateCode: 'SG',
        title: 'Benchmark',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        leadAgency: '',
        people: [],
        alias: '2026',
      },
      bundledPack,
      'bench',
    );
    if (!created.ok) throw new Error(`createAssessment: ${created.reason}`);
    const ws = new Workspace(created.value.id);
    const stop = ws.start();
    for (let i = 0; i < 200 && !ws.loaded; i += 1) await new Promise((r) => setTimeout(r, 25));
    const items = activeActions(bundledPack).map((a) => a.id);
    const statuses = ['not-started', 'planned', 'in-progress', 'largely', 'fully'];
    const times: number[] = [];
    const failures: string[] = [];
    for (let i = 0; i < n; i += 1) {
      const item = items[i % items.length] as string;
      // Each pass over the items moves every answer one step up the scale: always a real change.
      const status = statuses[Math.floor(i / items.length) % statuses.length] as string;
      const t0 = performance.now();
      ws.answers.edit(item, { status });
      await ws.answers.flush(item);
      times.push(performance.now() - t0);
      const s = ws.answers.status(item).status;
      if (s !== 'saved') failures.push(`${item}: ${s}`);
    }
    stop();
    return { times, failures, items: items.length };
  }, changes);
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
