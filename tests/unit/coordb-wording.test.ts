import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n';

/** Tester A's wording faults on the coordinator / agency part flow. */
describe('wording of the part flow', () => {
  it('says "file", not "part", of what a whole-assessment file writes', () => {
    const records = t.coordinator.recordAnswers(2);
    expect(t.coordinator.mergedRecordsHeading(records, false)).toBe(
      'Written from this file without conflict (2 answers), with the fields taken from it',
    );
    expect(t.coordinator.mergedRecordsHeading(records, true)).toMatch(/^Written from this part /);
  });

  it('leaves no dangling colon in the Report heading without a title', () => {
    expect(t.report.screenTitle('')).toBe('Gap report');
    expect(t.report.screenTitle('  ')).toBe('Gap report');
    expect(t.report.screenTitle('Self-assessment 2026')).toBe('Gap report: Self-assessment 2026');
  });

  it('does not say a State has no assessment when it holds a part for an agency', () => {
    expect(t.compare.noCycles).toMatch(/no whole assessment yet/);
  });

  it('says "practical action", not "item", in the agencies panel', () => {
    const c = t.coordinator;
    for (const words of [
      c.itemsOf('Police'),
      c.itemsHint,
      c.addItemLabel('Police'),
      c.addItem,
      c.chooseItem,
      c.removeItem('13a-01'),
      t.assignments.itemsAlso(2),
    ])
      expect(words).not.toMatch(/\bitems?\b/);
  });
});
