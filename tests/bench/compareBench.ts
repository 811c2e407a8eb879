import {
  IMPLEMENTATION_STATUSES,
  type Answer,
  type AnswerStatus,
  type Assessment,
} from '../../src/lib/schema/assessment';
import type { ChecklistPack } from '../../src/lib/schema/pack';
import type { Cycle } from '../../src/lib/domain/compare';
import { activeActions } from '../../src/lib/domain/pack';
import { buildRegionalView } from '../../src/lib/domain/region';
import { scoreAssessment } from '../../src/lib/domain/scoring';
import { buildTimeline } from '../../src/lib/domain/timeline';

/**
 * A measurement the bench script (and a unit test) can run: builds `count` synthetic cycles of one
 * State on `pack` (answers drawn from a fixed pseudo-random sequence, so every run measures the same
 * work), scores them outside the timed part, then times `buildTimeline` and `buildRegionalView`.
 * Target: a 20-cycle timeline well under 50 ms.
 */
export interface CompareBenchResult {
  cycles: number;
  items: number;
  /** Median of `runs` timings, milliseconds. */
  timelineMs: number;
  regionMs: number;
}

const STATUSES: readonly AnswerStatus[] = [...IMPLEMENTATION_STATUSES, 'not-applicable'];

export function syntheticCycles(pack: ChecklistPack, count: number, seed = 1): Cycle[] {
  let x = seed >>> 0 || 1;
  const next = () => {
    // xorshift32: deterministic, good enough to spread statuses.
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x1_0000_0000;
  };
  const actions = activeActions(pack);
  return Array.from({ length: count }, (_, i) => {
    const id = `00000000-0000-4000-8000-${(i + 1).toString(16).padStart(12, '0')}`;
    const year = 2000 + i;
    const at = `${year}-06-01T00:00:00.000Z`;
    const assessment: Assessment = {
      id,
      stateCode: 'SG',
      title: `Cycle ${year}`,
      summary: '',
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      packId: pack.id,
      packVersion: pack.version,
      leadAgency: '',
      people: [],
      status: 'final',
      alias: String(year),
      createdAt: at,
      updatedAt: at,
    };
    const answers: Answer[] = actions.map((a) => {
      const status = STATUSES[Math.floor(next() * STATUSES.length)]!;
      return {
        assessmentId: id,
        itemId: a.id,
        status,
        ...(status === 'not-applicable' ? { naJustification: 'n/a' } : {}),
        targetStatus: 'fully',
        evidence: { text: `Evidence ${year}`, links: [] },
        leadAgency: '',
        notes: '',
        markedForReview: false,
        reviewed: false,
        carried: false,
        rev: 1,
        updatedAt: at,
        updatedBy: 'bench',
      };
    });
    return { assessment, pack, answers, score: scoreAssessment({ pack, answers }) };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchCompare(pack: ChecklistPack, count = 20, runs = 15): CompareBenchResult {
  const cycles = syntheticCycles(pack, count);
  const shared = cycles.map((c, i) => ({
    ...c,
    assessment: { ...c.assessment, stateCode: `S${String.fromCharCode(65 + (i % 26))}` },
    fileName: `${i}.json`,
    shareable: true,
    stateName: `State ${i}`,
  }));
  const time = (f: () => unknown) => {
    const out: number[] = [];
    for (let r = 0; r < runs; r += 1) {
      const t0 = performance.now();
      f();
      out.push(performance.now() - t0);
    }
    return median(out);
  };
  return {
    cycles: count,
    items: activeActions(pack).length,
    timelineMs: time(() => buildTimeline(cycles)),
    regionMs: time(() => buildRegionalView(shared)),
  };
}
