import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { benchCompare, syntheticCycles } from '../bench/compareBench';
import { buildTimeline } from '../../src/lib/domain/timeline';

describe('timeline bench input', () => {
  it('the synthetic cycles are real, scored cycles of the bundled pack', () => {
    const cycles = syntheticCycles(bundledPack, 3);
    expect(cycles.map((c) => c.assessment.alias)).toEqual(['2000', '2001', '2002']);
    expect(cycles[0]!.score.items).toHaveLength(cycles[0]!.answers.length);
    expect(buildTimeline(cycles).sinceLast?.comparison.counts.unchanged).toBeLessThan(
      cycles[0]!.answers.length,
    );
  });

  // Speed is measured and printed by `npm run bench`; tests never assert timings.
  it('the bench input is a 20-cycle timeline with one point per cycle', () => {
    const result = benchCompare(bundledPack, 20);
    expect(result.cycles).toBe(20);
    const timeline = buildTimeline(syntheticCycles(bundledPack, 20));
    expect(timeline.points).toHaveLength(20);
    expect(timeline.overall.values).toHaveLength(20);
  });
});
