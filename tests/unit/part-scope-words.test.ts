import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n';
import { coordinator } from '../../src/lib/i18n/en/coordinator';

/**
 * Issue 17 (duplicates D1): every sentence about a part's scope takes its values from one helper,
 * `scopeArgs` in en/coordinator.ts, in one order (agency, norms, practical actions), and says "practical actions" (the
 * glossary term), never "items".
 */
describe('the words of a part’s scope', () => {
  it('one helper names the values of every scope sentence and says which lists are empty', () => {
    const { partOf, partClaims, partGiven, partLeftOut, fileAssignmentLine } = coordinator;
    for (const m of [partClaims, partGiven, partLeftOut, fileAssignmentLine])
      expect(m.args).toBe(partOf.args);
    expect(partOf.args('Police', 'Norm 13(a)', '13b-01')).toEqual({
      agency: 'Police',
      norms: 'Norm 13(a)',
      items: '13b-01',
      hasNorms: 'yes',
      hasItems: 'yes',
    });
    expect(partOf.args('Police', '', '')).toMatchObject({ hasNorms: 'no', hasItems: 'no' });
  });

  it('the four part sentences take agency, norms, practical actions in that order', () => {
    const c = t.coordinator;
    expect(c.partOf('Police', 'Norm 13(a)', '13b-01')).toBe(
      'Part filled by Police, covering Norm 13(a) and the practical actions 13b-01.',
    );
    expect(c.partClaims('Police', '', '13b-01')).toBe(
      'The file says it is the part of Police, covering the practical actions 13b-01.',
    );
    expect(c.partGiven('Police', 'Norm 13(a)', '')).toBe(
      'Given to Police from this device: Norm 13(a).',
    );
    expect(c.partLeftOut('Police', 'Norm 13(a)', '13a-01')).toBe(
      'Not given to Police, left out: the answers to the practical actions 13a-01, and the own answers of Norm 13(a).',
    );
    expect(c.fileAssignmentLine('Police', '', '13a-01')).toBe('Police: —; single items 13a-01');
  });

  it('no part sentence says “the items”', () => {
    const c = t.coordinator;
    for (const words of [c.partOf, c.partClaims, c.partGiven, c.partLeftOut])
      expect(words('A', 'Norm 13(a)', '13a-01')).not.toMatch(/\bitems?\b/);
  });
});
