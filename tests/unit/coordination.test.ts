import { describe, expect, it } from 'vitest';
import {
  agencyProgress,
  emptyCoordination,
  receivedBefore,
  sentRecordsFor,
  withReceived,
  withSent,
} from '../../src/lib/domain/coordination';
import { agencyProgressCsv, agencyProgressFileName } from '../../src/lib/report/coordinatorCsv';
import type { SentPart } from '../../src/lib/schema/coordination';
import { TEST_ASSESSMENT_ID, makeAnswer } from '../fixtures/factories/answers';
import { testPack } from '../fixtures/factories/exports';

const sent = (agency: string, normIds: string[], sentAt: string): SentPart => ({
  scope: { agency, normIds },
  sentAt,
  sentBy: 'Coordinator',
  answers: [],
  normAnswers: [],
});

describe('the coordinator’s record of parts', () => {
  it('keeps the latest part sent to each agency (names compared as in assignments)', () => {
    let record = emptyCoordination(TEST_ASSESSMENT_ID);
    record = withSent(record, sent('Police', ['13a'], '2026-02-01T00:00:00.000Z'));
    record = withSent(record, sent('Justice', ['13c'], '2026-02-01T00:00:00.000Z'));
    record = withSent(record, sent(' police ', ['13a', '13c'], '2026-02-03T00:00:00.000Z'));
    expect(record.sent.map((s) => [s.scope.agency, s.sentAt])).toEqual([
      ['Justice', '2026-02-01T00:00:00.000Z'],
      [' police ', '2026-02-03T00:00:00.000Z'],
    ]);
    const ancestors = sentRecordsFor(record, 'POLICE', testPack());
    expect([...(ancestors?.answers.targets ?? [])].sort()).toEqual([
      'item:13a-01',
      'item:13a-02',
      'item:13c-01',
      'norm:13a',
      'norm:13c',
    ]);
    expect(sentRecordsFor(record, 'Defence', testPack())).toBeUndefined();
  });
});

describe('a part imported again', () => {
  it('records each return once (same agency and export instant), however often it is imported', () => {
    const part = {
      scope: { agency: 'MyCERT', normIds: ['13a'] },
      exportedAt: '2026-11-30T05:37:00.000Z',
      importedAt: '2026-11-30T05:38:00.000Z',
      importedBy: 'Coordinator',
      written: 1,
      conflicts: 0,
      conflictsTaken: 0,
    };
    let record = emptyCoordination(TEST_ASSESSMENT_ID);
    record = withReceived(record, part);
    record = withReceived(record, part);
    record = withReceived(record, {
      ...part,
      scope: { agency: ' mycert ', normIds: ['13a'] },
      importedAt: '2026-11-30T05:40:00.000Z',
    });
    expect(record.received).toEqual([part]);
    expect(receivedBefore(record, 'MYCERT', part.exportedAt)?.importedAt).toBe(part.importedAt);
    // A later export of the same agency is a new return.
    record = withReceived(record, { ...part, exportedAt: '2026-11-30T06:00:00.000Z' });
    expect(record.received).toHaveLength(2);
  });
});

describe('who has answered', () => {
  const pack = testPack();
  const assignments = [
    { agency: 'Police', normIds: ['13a'], itemIds: [] },
    { agency: '=Justice', normIds: ['13c'], itemIds: ['13a-02'] },
  ];
  let record = withSent(
    emptyCoordination(TEST_ASSESSMENT_ID),
    sent('Police', ['13a'], '2026-02-01T00:00:00.000Z'),
  );
  record = withReceived(record, {
    scope: { agency: 'Police', normIds: ['13a'], itemIds: ['13a-01'] },
    exportedAt: '2026-02-05T00:00:00.000Z',
    importedAt: '2026-02-06T00:00:00.000Z',
    importedBy: 'Coordinator',
    written: 1,
    conflicts: 0,
    conflictsTaken: 0,
  });
  record = withReceived(record, {
    scope: { agency: 'Defence', normIds: ['13c'] },
    exportedAt: '2026-02-07T00:00:00.000Z',
    importedAt: '2026-02-08T00:00:00.000Z',
    importedBy: 'Coordinator',
    written: 0,
    conflicts: 0,
    conflictsTaken: 0,
  });
  const rows = agencyProgress({
    pack,
    assignments,
    coordination: record,
    answers: [
      makeAnswer({ itemId: '13a-01', status: 'fully', rev: 1 }),
      makeAnswer({ itemId: '13c-01', notes: 'not yet', rev: 1 }),
    ],
    openConflicts: new Map([['=justice', 2]]),
  });

  it('lists per agency what was given, sent, received, missing and in conflict', () => {
    expect(rows).toEqual([
      {
        agency: 'Police',
        assigned: true,
        normIds: ['13a'],
        itemIds: [],
        itemCount: 1,
        sentAt: '2026-02-01T00:00:00.000Z',
        status: {
          kind: 'returned',
          sentAt: '2026-02-01T00:00:00.000Z',
          returnedAt: '2026-02-06T00:00:00.000Z',
        },
        received: [
          { exportedAt: '2026-02-05T00:00:00.000Z', importedAt: '2026-02-06T00:00:00.000Z' },
        ],
        missing: [],
        openConflicts: 0,
      },
      {
        agency: '=Justice',
        assigned: true,
        normIds: ['13c'],
        itemIds: ['13a-02'],
        itemCount: 2,
        sentAt: undefined,
        status: { kind: 'never-sent', returns: 0 },
        received: [],
        missing: ['13a-02', '13c-01'],
        openConflicts: 2,
      },
      {
        agency: 'Defence',
        assigned: false,
        normIds: [],
        itemIds: [],
        itemCount: 1,
        sentAt: undefined,
        status: { kind: 'never-sent', returns: 1 },
        received: [
          { exportedAt: '2026-02-07T00:00:00.000Z', importedAt: '2026-02-08T00:00:00.000Z' },
        ],
        missing: ['13c-01'],
        openConflicts: 0,
      },
    ]);
  });

  it('exports as CSV with the report writer’s quoting and formula neutralising', () => {
    const csv = agencyProgressCsv(rows, pack);
    expect(csv.startsWith('\uFEFFAgency,In the assignments,Norms')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(
      'Police,Yes,Norm 13(a),,1,2026-02-01T00:00:00.000Z,2026-02-05T00:00:00.000Z / 2026-02-06T00:00:00.000Z,"Returned 2026-02-06T00:00:00.000Z, after the part sent 2026-02-01T00:00:00.000Z",,0',
    );
    expect(lines[2]).toBe(
      "'=Justice,Yes,Norm 13(c),13a-02,2,,,Never sent from this device,13a-02 13c-01,2",
    );
    expect(lines[3]?.startsWith('Defence,No,')).toBe(true);
  });

  it('names the CSV file like every download: kind, State, cycle, day', () => {
    expect(
      agencyProgressFileName(
        { stateCode: 'MY', alias: '2026', title: 'Malaysia 2026' },
        new Date('2026-11-30T05:37:00.000Z'),
        'Asia/Kuala_Lumpur',
      ),
    ).toBe('nic-who-has-answered-malaysia-2026-2026-11-30.csv');
  });
});
