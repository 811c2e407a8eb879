import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { benchCompare, syntheticCycles } from '../../src/lib/domain/compareBench';
import { buildTimeline } from '../../src/lib/domain/timeline';

describe('timeline speed', () => {
  it('the synthetic cycles are real, scored cycles of the bundled pack', () => {
    const cycles = syntheticCycles(bundledPack, 3);
    expect(cycles.map((c) => c.assessment.alias)).toEqual(['2000', '2001', '2002']);
    expect(cycles[0]!.score.items).toHaveLength(cycles[0]!.answers.length);
    expect(buildTimeline(cycles).sinceLast?.comparison.counts.unchanged).toBeLessThan(
      cycles[0]!.answers.length,
    );
  });

  it('builds a 20-cycle timeline of the bundled pack well under 50 ms', () => {
    const result = benchCompare(bundledPack, 20);
    console.info(
      `compare bench: ${result.cycles} cycles × ${result.items} items: timeline ${result.timelineMs.toFixed(2)} ms, region ${result.regionMs.toFixed(2)} ms (median)`,
    );
    expect(result.timelineMs).toBeLessThan(50);
    expect(result.regionMs).toBeLessThan(50);
  });
});
