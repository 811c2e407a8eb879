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

describe('small rules with one home', () => {
  it('base64 round-trips bytes and refuses what is not strict base64', async () => {
    const { base64ToBytes, bytesToBase64 } = await import('../../src/lib/domain/base64');
    const bytes = new Uint8Array(70_000).map((_, i) => i % 251);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(bytesToBase64(new TextEncoder().encode('nic'))).toBe('bmlj');
    expect(base64ToBytes('bml')).toBeUndefined();
    expect(base64ToBytes('b m l j')).toBeUndefined();
  });

  it('an assessment names its pack version by the same key the pack is stored under', async () => {
    const { assessmentPackKey, packKey } = await import('../../src/lib/domain/pack');
    expect(assessmentPackKey({ packId: 'asean-nic', packVersion: '1.1.0' })).toBe(
      packKey({ id: 'asean-nic', version: '1.1.0' }),
    );
    expect(packKey({ id: 'asean-nic', version: '1.1.0' })).toBe('asean-nic@1.1.0');
  });
});
