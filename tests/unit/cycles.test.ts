import { describe, expect, it } from 'vitest';
import { earlierCycles, pickPreviousCycle } from '../../src/lib/domain/cycles';

const cycle = (id: string, periodStart: string, stateCode = 'SG') => ({
  id,
  stateCode,
  periodStart,
});

describe('which cycle comes before an assessment', () => {
  const c2022 = cycle('a', '2022-01-01');
  const c2024 = cycle('b', '2024-01-01');
  const c2026 = cycle('c', '2026-01-01');
  const otherState = cycle('d', '2025-06-01', 'MY');
  const sameStart = cycle('e', '2026-01-01');

  it('is the latest cycle of the same State that starts earlier', () => {
    expect(pickPreviousCycle(c2026, [c2022, c2026, otherState, c2024, sameStart])).toBe(c2024);
  });

  it('is none for the first cycle, and never another State or a cycle starting the same day', () => {
    expect(pickPreviousCycle(c2022, [c2022, c2024, c2026])).toBeNull();
    expect(pickPreviousCycle(c2026, [otherState, sameStart])).toBeNull();
  });

  it('lists every earlier cycle oldest first, keeping the latest ones up to a limit', () => {
    expect(earlierCycles(c2026, [c2024, c2026, c2022, otherState])).toEqual([c2022, c2024]);
    expect(earlierCycles(c2026, [c2024, c2022], 1)).toEqual([c2024]);
    expect(earlierCycles(c2022, [c2024, c2026])).toEqual([]);
  });
});
