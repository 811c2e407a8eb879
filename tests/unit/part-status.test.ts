import { describe, expect, it } from 'vitest';
import {
  agencyProgress,
  emptyCoordination,
  partEvents,
  partStatus,
  withReceived,
  withSent,
  type PartEvent,
  type PartStatus,
} from '../../src/lib/domain/coordination';
import { partStatusText } from '../../src/lib/i18n';
import { TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';
import { testPack } from '../fixtures/factories/exports';

/**
 * Session 7, coord item 1 (tester with three agency laptops): "Who has answered" kept only the
 * latest send of a part, so a part sent twice and returned after the FIRST send read as returned
 * before it was sent. One rule (`partStatus`) gives the status from the whole record of sends and
 * returns, ordered by time; every order of sends and returns is a row of data here.
 */

const T = (h: number) => `2026-11-30T${String(h).padStart(2, '0')}:00:00.000Z`;
const sent = (h: number): PartEvent => ({ kind: 'sent', at: T(h) });
const back = (h: number): PartEvent => ({ kind: 'returned', at: T(h) });

const cases: [string, PartEvent[], PartStatus][] = [
  ['nothing at all', [], { kind: 'never-sent', returns: 0 }],
  ['sent once', [sent(9)], { kind: 'sent', sentAt: T(9) }],
  ['sent, returned', [sent(9), back(10)], { kind: 'returned', sentAt: T(9), returnedAt: T(10) }],
  [
    'sent, returned twice',
    [sent(9), back(10), back(11)],
    { kind: 'returned', sentAt: T(9), returnedAt: T(11) },
  ],
  [
    'sent, returned, sent again (the tester’s case)',
    [sent(9), back(10), sent(11)],
    { kind: 'waiting-again', sentAt: T(11), returnedAt: T(10) },
  ],
  [
    'sent, returned, sent again, returned again',
    [sent(9), back(10), sent(11), back(12)],
    { kind: 'returned', sentAt: T(11), returnedAt: T(12) },
  ],
  ['sent twice, nothing back', [sent(9), sent(11)], { kind: 'sent', sentAt: T(11) }],
  [
    'sent twice, returned after the second send',
    [sent(9), sent(10), back(11)],
    { kind: 'returned', sentAt: T(10), returnedAt: T(11) },
  ],
  [
    'returned without a send, then sent',
    [back(9), sent(10)],
    { kind: 'waiting-again', sentAt: T(10), returnedAt: T(9) },
  ],
  ['returned, never sent from here', [back(9)], { kind: 'never-sent', returns: 1 }],
  ['returned twice, never sent from here', [back(9), back(10)], { kind: 'never-sent', returns: 2 }],
  [
    'a send and a return at the same instant: the send first',
    [back(9), sent(9)],
    { kind: 'returned', sentAt: T(9), returnedAt: T(9) },
  ],
];

describe('partStatus: every order of sends and returns', () => {
  it.each(cases)('%s', (_name, events, expected) => {
    expect(partStatus(events)).toEqual(expected);
    // The record's order does not matter: the rule orders by time.
    expect(partStatus([...events].reverse())).toEqual(expected);
  });
});

const words: [PartStatus, string][] = [
  [{ kind: 'sent', sentAt: T(9) }, `Sent ${T(9)}: waiting for its return`],
  [
    { kind: 'returned', sentAt: T(9), returnedAt: T(10) },
    `Returned ${T(10)}, after the part sent ${T(9)}`,
  ],
  [
    { kind: 'waiting-again', sentAt: T(11), returnedAt: T(10) },
    `Sent again ${T(11)}, after its return of ${T(10)}: waiting again for its return`,
  ],
  [{ kind: 'never-sent', returns: 0 }, 'Never sent from this device'],
  [{ kind: 'never-sent', returns: 1 }, 'Never sent from this device; 1 part came back'],
  [{ kind: 'never-sent', returns: 3 }, 'Never sent from this device; 3 parts came back'],
];

describe('partStatusText says each status in words (instants as given)', () => {
  it.each(words)('%o', (status, text) => {
    expect(partStatusText(status, (iso) => iso)).toBe(text);
  });
});

describe('the record of an assessment, read by agency', () => {
  it('a part sent, returned and sent again waits again (not "returned")', () => {
    const scope = { agency: 'Foreign Affairs', normIds: ['13a'] };
    const sentPart = (at: string) => ({
      scope,
      sentAt: at,
      sentBy: 'Coordinator',
      answers: [],
      normAnswers: [],
    });
    let record = withSent(emptyCoordination(TEST_ASSESSMENT_ID), sentPart(T(9)));
    record = withReceived(record, {
      scope,
      exportedAt: T(10),
      importedAt: T(10),
      importedBy: 'Coordinator',
      written: 1,
      conflicts: 0,
      conflictsTaken: 0,
    });
    record = withSent(record, sentPart(T(11)));
    expect(partEvents(record, 'foreign affairs')).toEqual([sent(11), back(10)]);
    const [row] = agencyProgress({
      pack: testPack(),
      assignments: [{ agency: 'Foreign Affairs', normIds: ['13a'], itemIds: [] }],
      coordination: record,
      answers: [],
    });
    expect(row?.status).toEqual({ kind: 'waiting-again', sentAt: T(11), returnedAt: T(10) });
  });
});
