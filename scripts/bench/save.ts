/**
 * Save: time from a change to its committed IndexedDB write, in Chromium's real IndexedDB.
 * The page runs the app's own code from the Vite dev server (source modules, so the bench can reach
 * them by path): a `Workspace` on a fresh assessment, and for each change `answers.edit(item,
 * patch)` (what the controls call) then `answers.flush(item)`, which resolves once the write's
 * transaction has committed. Three runs of 1,000 changes each, on the same workspace, in turn:
 *
 * - status across actions: every change a status, cycling through the pack's actions (each write
 *   adds a history entry);
 * - typing bursts: 20 successive versions of one action's notes (a sentence more each time, up to
 *   about 1,500 characters), action after action: every write after the first of a burst is folded
 *   into the burst's history entry (domain/historyBurst.ts), which reads and rewrites that entry;
 * - mixed: on each action, 4 notes versions, a status change (its own entry), 4 more notes
 *   versions (a new burst), the way a person works down the checklist.
 *
 * Also, to tell where the time goes: the storage write alone (`saveAnswer`, no queue, no screen
 * state) for the status changes.
 */
import type { Browser } from 'playwright-core';
import { median, quantile, report } from './stats';

interface SaveRun {
  name: string;
  times: number[];
}

export async function benchSave(browser: Browser, devUrl: string, changes = 1000): Promise<void> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(devUrl);
  // A string, not a function: tsx adds helpers to a function's source that the page lacks.
  const result = await page.evaluate<{
    runs: SaveRun[];
    failures: string[];
    items: number;
    history: number;
  }>(`(async (n) => {
    const { ensureBundledPack } = await import('/src/lib/storage/packs.ts');
    const { bundledPack } = await import('/src/lib/domain/bundledPack.ts');
    const { activeActions } = await import('/src/lib/domain/pack.ts');
    const { addState } = await import('/src/lib/storage/states.ts');
    const { createAssessment } = await import('/src/lib/storage/assessments.ts');
    const { saveAnswer } = await import('/src/lib/storage/answers.ts');
    const { db } = await import('/src/lib/storage/db.ts');
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
    const sentence = 'The national CERT shared indicators with the sector regulators in ' +
      'Bahasa, Tiếng Việt and ภาษาไทย. ';
    const failures = [];
    let step = 0;
    // Each change moves one answer's status one step up the scale (always a real change).
    const nextStatus = (item) => {
      const s = ws.answer(item).status;
      const i = statuses.indexOf(s);
      return statuses[(i + 1) % statuses.length];
    };
    const change = async (times, item, patch) => {
      const t0 = performance.now();
      ws.answers.edit(item, patch);
      await ws.answers.flush(item);
      times.push(performance.now() - t0);
      const s = ws.answers.status(item).status;
      if (s !== 'saved') failures.push(item + ': ' + s);
    };
    const notes = (k) => sentence.repeat(k + 1).slice(0, 1500) + ' (' + (step++) + ')';
    const runs = [];

    const across = [];
    for (let i = 0; i < n; i += 1) {
      const item = items[i % items.length];
      await change(across, item, { status: nextStatus(item) });
    }
    runs.push({ name: 'status across actions', times: across });

    const bursts = [];
    for (let i = 0; i < n; i += 1) {
      const item = items[Math.floor(i / 20) % items.length];
      await change(bursts, item, { notes: notes(i % 20) });
    }
    runs.push({ name: 'typing bursts (folded)', times: bursts });

    const mixed = [];
    for (let i = 0; i < n; i += 1) {
      const item = items[Math.floor(i / 9) % items.length];
      const k = i % 9;
      await change(mixed, item, k === 4 ? { status: nextStatus(item) } : { notes: notes(k) });
    }
    runs.push({ name: 'mixed: notes, status, notes', times: mixed });
    stop();

    // The storage write alone, for the profile: same status changes, no queue or screen state.
    const alone = [];
    const revs = new Map();
    for (let i = 0; i < n; i += 1) {
      const item = items[i % items.length];
      const current = await db.answers.get([created.value.id, item]);
      const status = statuses[(statuses.indexOf(current?.status ?? 'not-started') + 1) % statuses.length];
      const t0 = performance.now();
      const r = await saveAnswer({ assessmentId: created.value.id, itemId: item,
        expectedRev: current?.rev ?? 0, patch: { status }, by: '' });
      alone.push(performance.now() - t0);
      if (!r.ok) failures.push(item + ': ' + r.code);
    }
    runs.push({ name: 'storage write alone (saveAnswer)', times: alone });
    const history = await db.history.where('assessmentId').equals(created.value.id).count();
    return { runs, failures, items: items.length, history };
  })(${changes})`);
  await context.close();
  if (result.failures.length > 0) {
    throw new Error(`Some saves did not commit: ${result.failures.slice(0, 5).join(', ')}`);
  }
  for (const run of result.runs) {
    const alone = run.name.startsWith('storage');
    report({
      name: `save: ${run.name}, median`,
      value: median(run.times),
      unit: 'ms',
      ...(alone ? {} : { target: 5 }),
      note: `${run.times.length} changes over ${result.items} actions`,
    });
    report({
      name: `save: ${run.name}, p95`,
      value: quantile(run.times, 0.95),
      unit: 'ms',
      ...(alone ? {} : { target: 10 }),
    });
  }
  report({
    name: 'save: history entries written',
    value: result.history,
    unit: '',
    note: `for ${result.runs.reduce((s, r) => s + r.times.length, 0)} changes (bursts folded)`,
  });
}
