import { describe, expect, it } from 'vitest';
import {
  emptyCoordination,
  sentRecordsFor,
  withReceived,
  withReturned,
  withSent,
} from '../../src/lib/domain/coordination';
import { changedBy, type HistoryLike } from '../../src/lib/domain/merge';
import { makeAnswer } from '../fixtures/factories/answers';
import { testPack } from '../fixtures/factories/exports';
import { TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';

/**
 * Session 5, coordfix item 1, as rules: the merge base of an agency's return is the last version
 * this device had from THAT agency (`withReturned` → `sentRecordsFor`), and a value merged from a
 * part is credited to the agency's person, never to the coordinator who ran the import (`changedBy`).
 */

const pack = testPack();
const MOJ = 'Ministry of Justice';
const sent = withSent(emptyCoordination(TEST_ASSESSMENT_ID), {
  scope: { agency: MOJ, normIds: ['13a'] },
  sentAt: '2026-11-30T09:00:00.000Z',
  sentBy: 'Coordinator',
  answers: [],
  normAnswers: [],
});
const planned = makeAnswer({
  itemId: '13a-02',
  status: 'planned',
  rev: 1,
  updatedAt: '2026-11-30T09:20:00.000Z',
  updatedBy: 'Niran',
});
const outside = makeAnswer({ itemId: '13c-01', status: 'fully', rev: 1, updatedBy: 'Niran' });
const ancestorOf = (record: typeof sent, agency = MOJ) =>
  sentRecordsFor(record, agency, pack)?.answers.records.map((a) => `${a.itemId} ${a.status}`);

describe("withReturned: the ancestor of an agency's next return", () => {
  it('is what the agency returned last, within the part sent to it', () => {
    const after = withReturned(sent, {
      agency: 'ministry of justice ',
      exportedAt: '2026-11-30T09:30:00.000Z',
      pack,
      answers: [planned, outside],
      normAnswers: [],
    });
    expect(ancestorOf(after)).toEqual(['13a-02 planned']);
    // What was sent is otherwise kept: its time and who sent it.
    expect(after.sent[0]?.sentAt).toBe('2026-11-30T09:00:00.000Z');
  });

  it('never moves back for an older return imported after a newer one', () => {
    const received = withReceived(sent, {
      scope: { agency: MOJ, normIds: ['13a'] },
      exportedAt: '2026-11-30T10:00:00.000Z',
      importedAt: '2026-11-30T10:05:00.000Z',
      importedBy: 'Coordinator',
      written: 1,
      conflicts: 0,
      conflictsTaken: 0,
    });
    const old = withReturned(received, {
      agency: MOJ,
      exportedAt: '2026-11-30T09:30:00.000Z',
      pack,
      answers: [planned],
      normAnswers: [],
    });
    expect(old).toBe(received);
  });

  it('records nothing for an agency this device sent no part to', () => {
    const other = withReturned(sent, {
      agency: 'Police',
      exportedAt: '2026-11-30T09:30:00.000Z',
      pack,
      answers: [planned],
      normAnswers: [],
    });
    expect(other).toBe(sent);
    expect(ancestorOf(other, 'Police')).toBeUndefined();
  });
});

describe('changedBy: who gave a field its value', () => {
  const blank = makeAnswer({ itemId: '13a-02' });
  const merged = { ...planned, rev: 2 };
  const mergeEntry: HistoryLike = {
    assessmentId: TEST_ASSESSMENT_ID,
    target: 'item:13a-02',
    at: '2026-11-30T09:57:00.000Z',
    by: 'Somchai (coord)',
    cause: 'merge',
    before: blank,
    after: merged,
  };

  it("a value merged from a part is the agency person's, at the time they set it", () => {
    expect(changedBy([mergeEntry], merged, 'status')).toEqual({
      by: 'Niran',
      at: '2026-11-30T09:20:00.000Z',
    });
  });

  it("a part's value offered and not kept is passed over", () => {
    const kept = makeAnswer({
      itemId: '13a-02',
      status: 'largely',
      rev: 1,
      updatedAt: '2026-11-30T09:10:00.000Z',
      updatedBy: 'Somchai (coord)',
    });
    const edit: HistoryLike = {
      assessmentId: TEST_ASSESSMENT_ID,
      target: 'item:13a-02',
      at: kept.updatedAt,
      by: 'Somchai (coord)',
      cause: 'edit',
      after: kept,
    };
    const offered: HistoryLike = {
      ...mergeEntry,
      cause: 'import',
      before: kept,
      after: planned,
    };
    expect(changedBy([edit, offered], kept, 'status')).toEqual({
      by: 'Somchai (coord)',
      at: '2026-11-30T09:10:00.000Z',
    });
  });
});
