import { describe, expect, it } from 'vitest';
import {
  emptyCoordination,
  mergedPartAgency,
  withReceived,
} from '../../src/lib/domain/coordination';
import type { PartScope } from '../../src/lib/schema/exportFile';
import { TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';
import { testPack } from '../fixtures/factories/exports';

/**
 * Session 7, coord item 3: a merge line names the agency whose part the record came from. Two
 * parts imported at one instant are told apart by the question (each question is in one part).
 */
const AT = '2026-11-30T10:00:00.000Z';
const received = (scope: PartScope, importedAt = AT) => ({
  scope,
  exportedAt: '2026-11-30T09:00:00.000Z',
  importedAt,
  importedBy: 'Coordinator',
  written: 1,
  conflicts: 0,
  conflictsTaken: 0,
});

let record = emptyCoordination(TEST_ASSESSMENT_ID);
record = withReceived(
  record,
  received({
    agency: 'Foreign Affairs',
    normIds: ['13a'],
    itemIds: ['13a-01'],
    normAnswerIds: ['13a'],
  }),
);
record = withReceived(
  record,
  received({ agency: 'Police', normIds: ['13a'], itemIds: ['13a-02'], normAnswerIds: [] }),
);
record = withReceived(
  record,
  received({ agency: 'Defence', normIds: ['13c'] }, '2026-11-30T11:00:00.000Z'),
);

const cases: [string, { at: string; target: string }, string | undefined][] = [
  ['an action of one part', { at: AT, target: 'item:13a-01' }, 'Foreign Affairs'],
  ['the carved-out action, same instant', { at: AT, target: 'item:13a-02' }, 'Police'],
  ['the norm’s own questions', { at: AT, target: 'norm:13a' }, 'Foreign Affairs'],
  ['another import', { at: '2026-11-30T11:00:00.000Z', target: 'item:13c-01' }, 'Defence'],
  ['no part at that instant', { at: '2026-11-30T12:00:00.000Z', target: 'item:13a-01' }, undefined],
  ['no part covers the target then', { at: AT, target: 'item:13c-01' }, undefined],
];

describe('mergedPartAgency', () => {
  it.each(cases)('%s', (_name, entry, agency) => {
    expect(mergedPartAgency(record, testPack(), entry)).toBe(agency);
  });
  it('tells nothing without the log or the pack', () => {
    expect(
      mergedPartAgency(undefined, testPack(), { at: AT, target: 'item:13a-01' }),
    ).toBeUndefined();
    expect(mergedPartAgency(record, undefined, { at: AT, target: 'item:13a-01' })).toBeUndefined();
  });
});
