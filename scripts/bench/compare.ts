/**
 * Comparison: the timeline of a State with 20 cycles of the bundled pack, fully answered. Uses the
 * comparison module's own measurement (`benchCompare`, synthetic cycles from a fixed sequence), and
 * adds the path the timeline screen really takes: scoring all 20 cycles, then `buildTimeline`.
 */
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { benchCompare as measure, syntheticCycles } from '../../tests/bench/compareBench';
import { scoreAssessment } from '../../src/lib/domain/scoring';
import { buildTimeline } from '../../src/lib/domain/timeline';
import { median, report } from './stats';

export function benchCompare(runs = 15): void {
  const r = measure(bundledPack, 20, runs);
  report({
    name: 'compare: buildTimeline, 20 cycles',
    value: r.timelineMs,
    unit: 'ms',
    target: 50,
    note: `${r.items} items a cycle, median of ${runs}`,
  });
  report({ name: 'compare: buildRegionalView, 20 States', value: r.regionMs, unit: 'ms' });

  const cycles = syntheticCycles(bundledPack, 20);
  const full: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    const scored = cycles.map((c) => ({
      ...c,
      score: scoreAssessment({ pack: c.pack, answers: c.answers }),
    }));
    const timeline = buildTimeline(scored);
    full.push(performance.now() - t0);
    if (timeline.points.length !== 20) throw new Error('The timeline lost cycles');
  }
  report({
    name: 'compare: score 20 cycles + buildTimeline',
    value: median(full),
    unit: 'ms',
    target: 50,
    note: `median of ${runs}`,
  });
}
