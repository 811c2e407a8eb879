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
    expect(partOf.args('Police', 'Norm 13(a)', '13b-01', 1)).toEqual({
      agency: 'Police',
      norms: 'Norm 13(a)',
      items: '13b-01',
      itemCount: 1,
      hasNorms: 'yes',
      hasItems: 'yes',
    });
    expect(partOf.args('Police', '', '', 0)).toMatchObject({ hasNorms: 'no', hasItems: 'no' });
  });

  it('the four part sentences take agency, norms, practical actions in that order', () => {
    const c = t.coordinator;
    // One practical action is singular (session 6, coordreturn item 5: "the practical actions 13b-01").
    expect(c.partOf('Police', 'Norm 13(a)', '13b-01', 1)).toBe(
      'Part filled by Police, covering Norm 13(a) and the practical action 13b-01.',
    );
    expect(c.partOf('Police', 'Norm 13(a)', '13b-01 and 13b-02', 2)).toBe(
      'Part filled by Police, covering Norm 13(a) and the practical actions 13b-01 and 13b-02.',
    );
    expect(c.partClaims('Police', '', '13b-01', 1)).toBe(
      'The file says it is the part of Police, covering the practical action 13b-01.',
    );
    expect(c.partGiven('Police', 'Norm 13(a)', '', 0)).toBe(
      'Given to Police from this device: Norm 13(a).',
    );
    expect(c.partLeftOut('Police', 'Norm 13(a)', '13a-01', 1)).toBe(
      'Not given to Police, left out: the answers to the practical action 13a-01, and the own answers of Norm 13(a).',
    );
    // One term: practical action (session 6, coordreturn item 5: "single items").
    expect(c.fileAssignmentLine('Police', '', '13a-01', 1)).toBe(
      'Police: —; single practical action 13a-01',
    );
  });

  it('no part sentence says “the items”', () => {
    const c = t.coordinator;
    for (const words of [c.partOf, c.partClaims, c.partGiven, c.partLeftOut])
      expect(words('A', 'Norm 13(a)', '13a-01', 1)).not.toMatch(/\bitems?\b/);
  });
});
