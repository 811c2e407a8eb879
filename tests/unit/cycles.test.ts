import { describe, expect, it } from 'vitest';
import {
  earlierCycles,
  HOME_CYCLES_SHOWN,
  homeCycles,
  pickPreviousCycle,
} from '../../src/lib/domain/cycles';

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

  it('takes the cycle an assessment was carried from when both have the same period (a tester saw "since 2024" on a copy of 2026)', () => {
    const copy = { ...cycle('f', '2026-01-01'), carriedFrom: c2026.id };
    const all = [c2022, c2024, c2026, sameStart, copy, otherState];
    expect(pickPreviousCycle(copy, all)).toBe(c2026);
    // The report's timeline ends with the same cycle; a same-day cycle it was not carried from
    // stays out, as before.
    expect(earlierCycles(copy, all).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    // A source that starts later than the copy is not earlier: the period rule applies.
    const backwards = { ...cycle('g', '2024-06-01'), carriedFrom: c2026.id };
    expect(pickPreviousCycle(backwards, all)).toBe(c2024);
    // The source itself does not take its copy as its previous cycle.
    expect(pickPreviousCycle(c2026, all)).toBe(c2024);
  });

  it('lists every earlier cycle oldest first, keeping the latest ones up to a limit', () => {
    expect(earlierCycles(c2026, [c2024, c2026, c2022, otherState])).toEqual([c2022, c2024]);
    expect(earlierCycles(c2026, [c2024, c2022], 1)).toEqual([c2024]);
    expect(earlierCycles(c2022, [c2024, c2026])).toEqual([]);
  });
});

describe('which cycles the home screen lists (issue 18)', () => {
  const years = ['2019', '2024', '2021', '2026', '2020', '2025'].map((y) =>
    cycle(`c${y}`, `${y}-01-01`),
  );

  it('lists the latest three by period start, newest first, and says how many there are', () => {
    const home = homeCycles(years, false);
    expect(home.shown.map((c) => c.id)).toEqual(['c2026', 'c2025', 'c2024']);
    expect(home).toMatchObject({ total: 6, more: true, folds: true, limit: HOME_CYCLES_SHOWN });
    expect(HOME_CYCLES_SHOWN).toBe(3);
  });

  it('lists every cycle, newest first, once all are asked for', () => {
    const home = homeCycles(years, true);
    expect(home.shown.map((c) => c.id)).toEqual([
      'c2026',
      'c2025',
      'c2024',
      'c2021',
      'c2020',
      'c2019',
    ]);
    expect(home).toMatchObject({ total: 6, more: false, folds: true });
  });

  it('offers no toggle when a State has three cycles or fewer', () => {
    const three = homeCycles(years.slice(0, 3), false);
    expect(three.shown).toHaveLength(3);
    expect(three).toMatchObject({ more: false, folds: false });
    expect(homeCycles([], false)).toMatchObject({ shown: [], total: 0, folds: false });
  });

  it('leaves the given list as it was', () => {
    const given = [...years];
    homeCycles(given, false);
    expect(given).toEqual(years);
  });
});
