import { describe, expect, it } from 'vitest';
import { byStateThenNewest } from '../../src/lib/domain/cycles';
import { assessmentNameWithState } from '../../src/lib/domain/names';
import { makeAssessment } from '../fixtures/factories/answers';

/** Fixnames item 1: one name and one order for assessments of several States. */
describe('assessments of several States', () => {
  it('are named "<State code> · title (alias)"', () => {
    expect(
      assessmentNameWithState({
        stateCode: 'BN',
        title: 'National self-assessment',
        alias: '2026',
      }),
    ).toBe('BN · National self-assessment (2026)');
    expect(assessmentNameWithState({ stateCode: 'ID', title: 'Cycle 2025', alias: '' })).toBe(
      'ID · Cycle 2025',
    );
  });

  it('are ordered by State, then newest cycle first, whatever the given order', () => {
    const a = (stateCode: string, year: string) =>
      makeAssessment({
        id: `00000000-0000-4000-8000-0000000${stateCode === 'MY' ? 1 : 2}${year}0`.slice(0, 36),
        stateCode,
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
      });
    const mixed = [
      a('MY', '2026'),
      a('ID', '2026'),
      a('MY', '2024'),
      a('BN', '2025'),
      a('BN', '2026'),
    ];
    expect(
      [...mixed].sort(byStateThenNewest).map((x) => `${x.stateCode} ${x.periodStart}`),
    ).toEqual([
      'BN 2026-01-01',
      'BN 2025-01-01',
      'ID 2026-01-01',
      'MY 2026-01-01',
      'MY 2024-01-01',
    ]);
  });
});
