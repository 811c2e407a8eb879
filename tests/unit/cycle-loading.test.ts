import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/lib/storage/db';
import { addState } from '../../src/lib/storage/states';
import { createAssessment } from '../../src/lib/storage/assessments';
import { saveAnswer } from '../../src/lib/storage/answers';
import { loadCycleRecords, loadCycleWithHistory } from '../../src/lib/storage/cycles';
import {
  loadComparison,
  loadDashboardCycle,
  loadReportCycle,
  loadTimeline,
} from '../../src/lib/state/cycles';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { cycleLabel } from '../../src/lib/domain/cycles';
import { timelineSpans } from '../../src/lib/domain/timeline';
import type { Assessment } from '../../src/lib/schema/assessment';

/**
 * The one cycle-loading path (storage/cycles.ts) and what the dashboard, report, comparison and
 * timeline screens read through it (state/cycles.ts).
 */

const itemId = bundledPack.actions[0]!.id;

async function cycle(year: number, alias = String(year)): Promise<Assessment> {
  const made = await createAssessment(
    {
      stateCode: 'SG',
      title: `Cycle ${year}`,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      leadAgency: 'CSA',
      people: ['Lan'],
      alias,
    },
    bundledPack,
    'Lan',
  );
  if (!made.ok) throw new Error(made.code);
  return made.value;
}

let c2024: Assessment;
let c2025: Assessment;
let c2026: Assessment;

beforeEach(async () => {
  await db.open();
  await addState('SG');
  c2024 = await cycle(2024);
  c2025 = await cycle(2025);
  c2026 = await cycle(2026, '  ');
  const saved = await saveAnswer({
    assessmentId: c2026.id,
    itemId,
    expectedRev: 0,
    patch: { status: 'fully' },
    by: 'Lan',
  });
  expect(saved.ok).toBe(true);
});
afterEach(async () => {
  await db.delete();
});

describe('loadCycleRecords', () => {
  it('reads the assessment, its pack, answers and norm answers; damaged rows are problems', async () => {
    await db.answers.put({ assessmentId: c2026.id, itemId: 'broken', status: 42 } as never);
    const loaded = await loadCycleRecords(c2026.id);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.records.assessment.id).toBe(c2026.id);
    expect(loaded.value.records.pack.version).toBe(bundledPack.version);
    expect(loaded.value.records.answers.map((a) => a.itemId)).toEqual([itemId]);
    expect(loaded.value.records.normAnswers).toEqual([]);
    expect(loaded.value.problems).toHaveLength(1);
  });

  it('fails with a typed code for an unknown id and for a pack that is not installed', async () => {
    const missing = await loadCycleRecords('00000000-0000-4000-8000-00000000dead');
    expect(missing).toMatchObject({ ok: false, code: 'assessment.not-found' });
    await db.assessments.update(c2025.id, { packVersion: '9.9.9' });
    const noPack = await loadCycleRecords(c2025.id);
    expect(noPack).toMatchObject({
      ok: false,
      code: 'pack.not-installed',
      version: '9.9.9',
      source: 'Cycle 2025',
    });
  });
});

describe('loadCycleWithHistory', () => {
  it('compares with the previous cycle, or with the baseline asked for', async () => {
    const byRule = await loadCycleWithHistory(c2026.id);
    expect(byRule.ok && byRule.value.previous?.assessment.id).toBe(c2025.id);
    expect(byRule.ok && byRule.value.earlier).toEqual([]);
    const byBaseline = await loadCycleWithHistory(c2026.id, { baselineId: c2024.id });
    expect(byBaseline.ok && byBaseline.value.previous?.assessment.id).toBe(c2024.id);
    const itself = await loadCycleWithHistory(c2026.id, { baselineId: c2026.id });
    expect(itself.ok && itself.value.previous?.assessment.id).toBe(c2025.id);
  });

  it('reads the earlier cycles oldest first, leaving out one whose pack is gone', async () => {
    const all = await loadCycleWithHistory(c2026.id, { withEarlier: true });
    expect(all.ok && all.value.earlier.map((c) => c.assessment.id)).toEqual([c2024.id, c2025.id]);
    await db.assessments.update(c2024.id, { packVersion: '9.9.9' });
    const some = await loadCycleWithHistory(c2026.id, { withEarlier: true });
    expect(some.ok && some.value.earlier.map((c) => c.assessment.id)).toEqual([c2025.id]);
  });
});

describe('screen loaders', () => {
  it('dashboard: the previous cycle is named by its alias, else its title', async () => {
    const loaded = await loadDashboardCycle(c2026.id, null);
    expect(loaded.ok && loaded.value.previous?.label).toBe('2025');
    const older = await loadDashboardCycle(c2026.id, c2024.id);
    expect(older.ok && older.value.previous?.label).toBe('2024');
    expect(cycleLabel(c2026)).toBe('Cycle 2026');
  });

  it('report: the cycle with its State and earlier cycles; a missing State is a typed failure', async () => {
    const loaded = await loadReportCycle(c2026.id);
    expect(loaded.ok && loaded.value.state.code).toBe('SG');
    expect(loaded.ok && loaded.value.earlier).toHaveLength(2);
    expect(loaded.ok && loaded.value.previous?.assessment.id).toBe(c2025.id);
    await db.states.clear();
    expect(await loadReportCycle(c2026.id)).toMatchObject({
      ok: false,
      code: 'state.missing',
      stateCode: 'SG',
    });
  });

  it('comparison: nothing to load until two different cycles are picked; the older is left', async () => {
    expect(loadComparison('', c2024.id)).toEqual({ kind: 'none' });
    expect(loadComparison(c2024.id, c2024.id)).toEqual({ kind: 'same' });
    const loaded = await loadComparison(c2026.id, c2024.id);
    expect(loaded.kind).toBe('ready');
    if (loaded.kind !== 'ready') return;
    expect(loaded.comparison.older.assessment.id).toBe(c2024.id);
    expect(loaded.comparison.newer.assessment.id).toBe(c2026.id);
    const failed = await loadComparison(c2026.id, '00000000-0000-4000-8000-00000000dead');
    expect(failed).toMatchObject({ kind: 'failed', failure: { code: 'assessment.not-found' } });
  });

  it('timeline: every cycle of the State, with the spans the screen details', async () => {
    const { timeline, problems } = await loadTimeline('SG');
    expect(problems).toEqual([]);
    expect(timeline?.points.map((p) => p.assessmentId)).toEqual([c2024.id, c2025.id, c2026.id]);
    expect(timelineSpans(timeline!).map((s) => s.id)).toEqual(['last', 'first']);
    expect((await loadTimeline('')).timeline).toBeUndefined();
  });
});

describe('timelineSpans', () => {
  it('shows one span for two cycles and none for one', () => {
    const span = {} as never;
    expect(timelineSpans({ sinceLast: span, sinceFirst: span })).toHaveLength(1);
    expect(timelineSpans({ sinceLast: null, sinceFirst: null })).toEqual([]);
  });
});
