import { describe, expect, it } from 'vitest';
import {
  classifyMerge,
  mergeWrite,
  newHistory,
  type HistoryLike,
} from '../../src/lib/domain/merge';
import type { Answer } from '../../src/lib/schema/assessment';
import { TEST_ASSESSMENT_ID, makeAnswer, makeNormAnswer } from '../fixtures/factories/answers';

const AT = '2026-03-01T12:00:00.000Z';
const edit = (after: Answer, before?: Answer): HistoryLike => ({
  assessmentId: TEST_ASSESSMENT_ID,
  target: `item:${after.itemId}`,
  at: after.updatedAt,
  by: after.updatedBy,
  cause: 'edit',
  ...(before ? { before } : {}),
  after,
});

const coordinator = makeAnswer({
  itemId: '13a-01',
  status: 'planned',
  rev: 2,
  updatedAt: '2026-02-01T00:00:00.000Z',
  updatedBy: 'Coordinator',
});
const agency = makeAnswer({
  itemId: '13a-01',
  status: 'fully',
  notes: 'Law passed',
  rev: 1,
  updatedAt: '2026-02-10T00:00:00.000Z',
  updatedBy: 'Ministry of Justice',
});

describe('merging a part into an assessment', () => {
  it('takes an item answered only in the incoming part', () => {
    const [item] = classifyMerge({
      base: [],
      incoming: [agency],
      baseHistory: [],
      incomingHistory: [edit(agency)],
    });
    expect(item?.outcome).toBe('taken');
    const write = mergeWrite(item!, TEST_ASSESSMENT_ID, undefined, AT, 'Coordinator');
    expect(write?.record).toMatchObject({ status: 'fully', notes: 'Law passed', rev: 2 });
    expect(write?.record.updatedBy).toBe('Ministry of Justice');
    expect(write?.history).toMatchObject({ cause: 'merge', by: 'Coordinator', at: AT });
    expect(write?.history.before).toBeUndefined();
  });

  it('writes nothing for an item answered identically (authorship aside)', () => {
    const same = { ...coordinator, rev: 7, updatedBy: 'Someone else' };
    const [item] = classifyMerge({
      base: [coordinator],
      incoming: [same],
      baseHistory: [],
      incomingHistory: [],
    });
    expect(item?.outcome).toBe('identical');
    expect(mergeWrite(item!, TEST_ASSESSMENT_ID, undefined, AT, 'C')).toBeUndefined();
  });

  it('shows a conflict when both sides changed the item differently', () => {
    const [item] = classifyMerge({
      base: [coordinator],
      incoming: [agency],
      baseHistory: [edit(coordinator)],
      incomingHistory: [edit(agency)],
    });
    expect(item?.outcome).toBe('conflict');
    expect(item?.base?.updatedBy).toBe('Coordinator');
    expect(item?.incoming.updatedBy).toBe('Ministry of Justice');
    expect(() => mergeWrite(item!, TEST_ASSESSMENT_ID, undefined, AT, 'C')).toThrow(
      /no resolution/,
    );
  });

  it('resolving a conflict writes the winner with a higher rev and keeps the loser in history', () => {
    const [item] = classifyMerge({
      base: [coordinator],
      incoming: [agency],
      baseHistory: [],
      incomingHistory: [],
    });
    const incomingWins = mergeWrite(item!, TEST_ASSESSMENT_ID, 'incoming', AT, 'Coordinator');
    expect(incomingWins?.record).toMatchObject({ status: 'fully', rev: 3 });
    expect(incomingWins?.history).toMatchObject({ cause: 'merge', before: coordinator });
    const baseWins = mergeWrite(item!, TEST_ASSESSMENT_ID, 'base', AT, 'Coordinator');
    expect(baseWins?.record).toMatchObject({ status: 'planned', rev: 3 });
    expect(baseWins?.history.before).toEqual(agency);
    expect(baseWins?.history.after).toEqual(baseWins?.record);
  });

  it('takes a later version of the stored answer (the part started from it)', () => {
    const later = { ...agency, rev: 3 };
    const [item] = classifyMerge({
      base: [coordinator],
      incoming: [later],
      baseHistory: [edit(coordinator)],
      incomingHistory: [edit(coordinator), edit(later, coordinator)],
    });
    expect(item?.outcome).toBe('taken');
    expect(mergeWrite(item!, TEST_ASSESSMENT_ID, undefined, AT, 'C')?.history.before).toEqual(
      coordinator,
    );
  });

  it('keeps the stored answer when the incoming one is an older version of it', () => {
    const [item] = classifyMerge({
      base: [agency],
      incoming: [coordinator],
      baseHistory: [edit(coordinator), edit(agency, coordinator)],
      incomingHistory: [edit(coordinator)],
    });
    expect(item?.outcome).toBe('stale');
    expect(mergeWrite(item!, TEST_ASSESSMENT_ID, undefined, AT, 'C')).toBeUndefined();
  });

  it('merges norm answers by norm', () => {
    const base = makeNormAnswer({ normId: '13a', challenges: 'Budget', rev: 1 });
    const incoming = makeNormAnswer({ normId: '13a', challenges: 'Staff', rev: 1 });
    const other = makeNormAnswer({ normId: '13c', challenges: 'Law', rev: 1 });
    const items = classifyMerge({
      base: [base],
      incoming: [incoming, other],
      baseHistory: [],
      incomingHistory: [],
    });
    expect(items.map((i) => [i.target, i.outcome])).toEqual([
      ['norm:13a', 'conflict'],
      ['norm:13c', 'taken'],
    ]);
  });

  it('adds only the history entries not already stored', () => {
    const stored = [edit(coordinator)];
    const incoming = [edit(coordinator), edit(agency, coordinator), edit(agency, coordinator)];
    expect(newHistory(stored, incoming)).toEqual([edit(agency, coordinator)]);
  });
});
