import { describe, expect, it } from 'vitest';
import { partOverlap, withoutOverlap } from '../../src/lib/domain/exportForm';
import { makeAgencyAssignment as agency } from '../fixtures/factories/assignments';
import { testPack } from '../fixtures/factories/exports';

/**
 * coordfix2 item 5: the questions a part form's ticks would carry that another agency answers
 * (by coord's one rule, domain/assignments answeredBy), and the part without them.
 */

const pack = testPack();
const assigned = [
  agency({ agency: 'MFA', normIds: ['13a'] }),
  agency({ agency: 'CSA', normIds: ['13c'], itemIds: ['13a-02'] }),
];

describe('partOverlap', () => {
  it('names the action carved out for another agency when its norm is ticked whole', () => {
    expect(partOverlap(assigned, pack, { agency: 'MFA', normIds: ['13a'] })).toEqual([
      { question: { kind: 'action', actionId: '13a-02', normId: '13a' }, agency: 'CSA' },
    ]);
  });

  it('names another agency’s whole norm, its own questions too; not the agency’s own nor the unassigned', () => {
    const overlap = partOverlap(assigned, pack, { agency: 'mfa', normIds: ['13a', '13c'] });
    expect(overlap.map((o) => [o.question, o.agency])).toEqual([
      [{ kind: 'action', actionId: '13a-02', normId: '13a' }, 'CSA'],
      [{ kind: 'norm', normId: '13c' }, 'CSA'],
      ...pack.actions
        .filter((a) => a.normId === '13c')
        .map((a) => [{ kind: 'action', actionId: a.id, normId: '13c' }, 'CSA']),
    ]);
  });

  it('finds nothing in the part the assignment makes', () => {
    expect(
      partOverlap(assigned, pack, {
        agency: 'MFA',
        normIds: ['13a'],
        itemIds: pack.actions
          .filter((a) => a.normId === '13a' && a.id !== '13a-02')
          .map((a) => a.id),
      }),
    ).toEqual([]);
  });
});

describe('withoutOverlap', () => {
  it('keeps the norm’s own questions and its other actions, without the carved-out one', () => {
    const part = { agency: 'MFA', normIds: ['13a'] };
    expect(withoutOverlap(pack, part, partOverlap(assigned, pack, part))).toEqual({
      agency: 'MFA',
      normIds: ['13a'],
      itemIds: pack.actions.filter((a) => a.normId === '13a' && a.id !== '13a-02').map((a) => a.id),
      normAnswerIds: ['13a'],
    });
  });

  it('drops a norm left with nothing, and leaves a part without overlap as it is', () => {
    const part = { agency: 'MFA', normIds: ['13a', '13c'] };
    const kept = withoutOverlap(pack, part, partOverlap(assigned, pack, part));
    expect(kept.normIds).toEqual(['13a']);
    expect(kept.normAnswerIds).toEqual(['13a']);
    const plain = { agency: 'MFA', normIds: ['13b'] };
    expect(withoutOverlap(pack, plain, [])).toBe(plain);
  });
});
