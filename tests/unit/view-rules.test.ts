import { describe, expect, it } from 'vitest';
import { askedNormFields } from '../../src/lib/domain/answers';
import {
  SCRIPTS,
  FONT_KEYS,
  HB_SCRIPT,
  NO_SPACES,
  RTL,
  SHAPED,
} from '../../src/lib/report/pdf/scripts';

/** Rules that used to be written in views and components, now in the domain with one home each. */

describe('askedNormFields', () => {
  const asking = { normQuestions: [{ id: 'measuresTaken' }] };
  const notAsking = { normQuestions: [] };

  it('asks measures taken when the pack asks it, else only challenges and capacity needs', () => {
    expect(askedNormFields(asking, { measuresTaken: '' })).toEqual([
      'measuresTaken',
      'challenges',
      'capacityNeeds',
    ]);
    expect(askedNormFields(notAsking, { measuresTaken: '' })).toEqual([
      'challenges',
      'capacityNeeds',
    ]);
  });

  it('still shows stored measures taken on a pack that does not ask it (nothing stored is hidden)', () => {
    expect(askedNormFields(notAsking, { measuresTaken: 'A law' })).toContain('measuresTaken');
    expect(askedNormFields(undefined, { measuresTaken: 'A law' })).toContain('measuresTaken');
  });
});

describe('the report scripts table', () => {
  it('derives every per-script list from the one table', () => {
    expect(FONT_KEYS).toEqual(Object.keys(SCRIPTS));
    expect([...SHAPED].sort()).toEqual(['arabic', 'khmer', 'lao', 'myanmar', 'tamil', 'thai']);
    expect([...NO_SPACES].sort()).toEqual(['cjk', 'khmer', 'lao', 'myanmar', 'thai']);
    expect([...RTL]).toEqual(['arabic']);
    expect(HB_SCRIPT.thai).toEqual({ script: 'Thai', language: 'th' });
    expect(HB_SCRIPT.latin).toBeUndefined();
  });
});
