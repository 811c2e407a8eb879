import { describe, expect, it } from 'vitest';
import { assessmentName, shortName } from '../../src/lib/domain/names';
import { cycleLabel } from '../../src/lib/domain/cycles';

/** Issue 16 item 4: one naming function, never empty alias brackets. */
describe('assessmentName / shortName', () => {
  it('says "title (alias)" only when there is an alias that adds something', () => {
    expect(assessmentName({ title: 'Self-assessment 2026', alias: '2026' })).toBe(
      'Self-assessment 2026 (2026)',
    );
    expect(assessmentName({ title: 'Self-assessment 2026', alias: '' })).toBe(
      'Self-assessment 2026',
    );
    expect(assessmentName({ title: 'Self-assessment 2026', alias: '   ' })).toBe(
      'Self-assessment 2026',
    );
    expect(assessmentName({ title: 'Cycle 1', alias: 'cycle 1' })).toBe('Cycle 1');
    expect(assessmentName({ title: 'Cycle 1', alias: '' })).not.toContain('()');
  });

  it('short name: the alias, else the title; cycleLabel is the same rule', () => {
    expect(shortName({ title: 'Self-assessment 2026', alias: ' ' })).toBe('Self-assessment 2026');
    expect(shortName({ title: 'Self-assessment 2026', alias: '2026' })).toBe('2026');
    expect(cycleLabel({ title: 'T', alias: '' })).toBe(shortName({ title: 'T', alias: '' }));
  });
});
