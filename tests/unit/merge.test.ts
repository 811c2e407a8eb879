import { describe, expect, it } from 'vitest';
import {
  classifyMerge,
  fieldKey,
  mergeWrite,
  newHistory,
  picksFor,
  type HistoryLike,
  type Side,
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
const picks = (entries: [string, Side][]) => new Map(entries);

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

/** The version sent out in the part: what both sides started from. */
const sentVersion = makeAnswer({
  itemId: '13a-01',
  status: 'in-progress',
  notes: 'Draft law',
  rev: 1,
  updatedAt: '2026-01-20T00:00:00.000Z',
  updatedBy: 'Coordinator',
});
const sent = { targets: new Set(['item:13a-01']), records: [sentVersion] };

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
    expect(write?.history).toHaveLength(1);
    expect(write?.history[0]).toMatchObject({ cause: 'merge', by: 'Coordinator', at: AT });
    expect(write?.history[0]?.before).toBeUndefined();
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

  it('without a part sent from here, every field that differs is a conflict', () => {
    const [item] = classifyMerge({
      base: [coordinator],
      incoming: [agency],
      baseHistory: [edit(coordinator)],
      incomingHistory: [edit(agency)],
    });
    expect(item?.outcome).toBe('conflict');
    expect(item?.conflicts.map((c) => c.field)).toEqual(['status', 'notes']);
    expect(item?.conflicts[0]?.base.by).toBe('Coordinator');
    expect(item?.conflicts[0]?.incoming.by).toBe('Ministry of Justice');
    expect(() => mergeWrite(item!, TEST_ASSESSMENT_ID, undefined, AT, 'C')).toThrow(
      /no resolution/,
    );
  });

  it('never trusts the file’s history to call the stored answer old', () => {
    // The file claims to have started from the stored version; nothing on this device says so.
    const later = { ...agency, rev: 3 };
    const [item] = classifyMerge({
      base: [coordinator],
      incoming: [later],
      baseHistory: [edit(coordinator)],
      incomingHistory: [edit(coordinator), edit(later, coordinator)],
    });
    expect(item?.outcome).toBe('conflict');
  });

  it('keeps both changes when the two sides changed different fields (no conflict)', () => {
    // Here the coordinator changed the notes; the agency changed the status.
    const ours = { ...sentVersion, notes: 'Draft law tabled', rev: 2, updatedBy: 'Coordinator' };
    const theirs = { ...sentVersion, status: 'largely' as const, rev: 2, updatedBy: 'MoJ' };
    const [item] = classifyMerge({
      base: [ours],
      incoming: [theirs],
      baseHistory: [edit(ours, sentVersion)],
      incomingHistory: [edit(theirs, sentVersion)],
      sent,
    });
    expect(item?.outcome).toBe('merged');
    expect(item?.taken).toEqual(['status']);
    expect(item?.conflicts).toEqual([]);
    const write = mergeWrite(item!, TEST_ASSESSMENT_ID, undefined, AT, 'Coordinator');
    expect(write?.record).toMatchObject({ status: 'largely', notes: 'Draft law tabled', rev: 3 });
    expect(write?.history.map((h) => h.cause)).toEqual(['merge']);
    expect(write?.history[0]?.before).toEqual(ours);
  });

  it('takes the agency’s fields when the stored answer is still as sent', () => {
    const [item] = classifyMerge({
      base: [sentVersion],
      incoming: [agency],
      baseHistory: [],
      incomingHistory: [],
      sent,
    });
    expect(item?.outcome).toBe('taken');
    expect(item?.taken).toEqual(['status', 'notes']);
    const write = mergeWrite(item!, TEST_ASSESSMENT_ID, undefined, AT, 'C');
    expect(write?.record).toMatchObject({ status: 'fully', notes: 'Law passed', rev: 2 });
  });

  it('a conflict only for the field both sides changed; the other change is kept', () => {
    const ours = { ...sentVersion, status: 'planned' as const, rev: 2, updatedBy: 'Coordinator' };
    const theirs = {
      ...sentVersion,
      status: 'largely' as const,
      notes: 'Law tabled',
      rev: 2,
      updatedAt: '2026-02-11T00:00:00.000Z',
      updatedBy: 'MoJ',
    };
    const [item] = classifyMerge({
      base: [ours],
      incoming: [theirs],
      baseHistory: [edit(ours, sentVersion)],
      incomingHistory: [edit(theirs, sentVersion)],
      sent,
    });
    expect(item?.outcome).toBe('conflict');
    expect(item?.conflicts.map((c) => [c.field, c.base.by, c.incoming.by])).toEqual([
      ['status', 'Coordinator', 'MoJ'],
    ]);
    expect(item?.taken).toEqual(['notes']);
    const key = 'k';
    expect(picksFor(new Map(), key, item!)).toBeUndefined();
    const keepOurs = picksFor(new Map([[fieldKey(key, 'status'), 'base']]), key, item!);
    const write = mergeWrite(item!, TEST_ASSESSMENT_ID, keepOurs, AT, 'Coordinator');
    expect(write?.record).toMatchObject({ status: 'planned', notes: 'Law tabled', rev: 3 });
    // What the coordinator did not pick stays in history: the part's answer as it arrived.
    expect(write?.history.map((h) => h.cause)).toEqual(['import', 'merge']);
    expect(write?.history[0]?.after).toMatchObject({ status: 'largely', updatedBy: 'MoJ' });
    const takeTheirs = mergeWrite(
      item!,
      TEST_ASSESSMENT_ID,
      picks([['status', 'incoming']]),
      AT,
      'Coordinator',
    );
    expect(takeTheirs?.record).toMatchObject({ status: 'largely', notes: 'Law tabled' });
    expect(takeTheirs?.history[0]).toMatchObject({ cause: 'merge', before: ours });
  });

  it('both sides making the same change is no conflict', () => {
    const ours = { ...sentVersion, status: 'fully' as const, rev: 2 };
    const theirs = { ...sentVersion, status: 'fully' as const, notes: 'Done', rev: 2 };
    const [item] = classifyMerge({
      base: [ours],
      incoming: [theirs],
      baseHistory: [],
      incomingHistory: [],
      sent,
    });
    expect(item?.outcome).toBe('taken');
    expect(item?.taken).toEqual(['notes']);
  });

  it('an unanswered item when sent is compared with a blank answer', () => {
    const ours = makeAnswer({ itemId: '13a-02', notes: 'Ask MoJ', rev: 1 });
    const theirs = makeAnswer({ itemId: '13a-02', status: 'planned', rev: 1, updatedBy: 'MoJ' });
    const [item] = classifyMerge({
      base: [ours],
      incoming: [theirs],
      baseHistory: [],
      incomingHistory: [],
      sent: { targets: new Set(['item:13a-02']), records: [] },
    });
    expect(item?.outcome).toBe('merged');
    const write = mergeWrite(item!, TEST_ASSESSMENT_ID, undefined, AT, 'C');
    expect(write?.record).toMatchObject({ status: 'planned', notes: 'Ask MoJ' });
  });

  it('moves the not-applicable justification with the status', () => {
    const ours = { ...sentVersion, notes: 'x', rev: 2 };
    const theirs = {
      ...sentVersion,
      status: 'not-applicable' as const,
      naJustification: 'No such body',
      rev: 2,
    };
    const [item] = classifyMerge({
      base: [ours],
      incoming: [theirs],
      baseHistory: [],
      incomingHistory: [],
      sent,
    });
    expect(item?.taken).toEqual(['status']);
    const write = mergeWrite(item!, TEST_ASSESSMENT_ID, undefined, AT, 'C');
    expect(write?.record).toMatchObject({
      status: 'not-applicable',
      naJustification: 'No such body',
      notes: 'x',
    });
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

  it('an agency that changed nothing changes nothing (our later edits stay)', () => {
    const ours = { ...sentVersion, status: 'fully' as const, rev: 2 };
    const [item] = classifyMerge({
      base: [ours],
      incoming: [sentVersion],
      baseHistory: [],
      incomingHistory: [],
      sent,
    });
    expect(item?.outcome).toBe('stale');
  });

  it('merges norm answers by norm and by field', () => {
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
    expect(items[0]?.conflicts.map((c) => c.field)).toEqual(['challenges']);
  });

  it('adds only the history entries not already stored', () => {
    const stored = [edit(coordinator)];
    const incoming = [edit(coordinator), edit(agency, coordinator), edit(agency, coordinator)];
    expect(newHistory(stored, incoming)).toEqual([edit(agency, coordinator)]);
  });
});
