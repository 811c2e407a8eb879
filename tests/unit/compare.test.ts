import { describe, expect, it } from 'vitest';
import {
  compareAssessments,
  isChange,
  packComparability,
  rankActionChanges,
  type ActionChange,
} from '../../src/lib/domain/compare';
import { packSchema } from '../../src/lib/schema/pack';
import { makeAction, makePack } from '../fixtures/factories/pack';
import { makeCycle, packV1, packV2 } from '../fixtures/factories/cycles';

const byId = (items: ActionChange[], id: string) => {
  const found = items.find((i) => i.itemId === id);
  if (!found) throw new Error(`no change for ${id}`);
  return found;
};

/** v1 → v2 cycles with one item of every change kind but "applicable again". */
function twoVersions() {
  const older = makeCycle({
    pack: packV1(),
    assessment: { alias: '2024', periodStart: '2024-01-01', periodEnd: '2024-12-31' },
    answers: {
      'a-01': 'planned',
      'a-02': 'largely',
      'a-03': 'in-progress',
      'c-01': 'fully',
      'c-02': 'not-started',
    },
  });
  const newer = makeCycle({
    pack: packV2(),
    assessment: { alias: '2026', periodStart: '2026-01-01', periodEnd: '2026-12-31' },
    answers: {
      'a-01': 'largely',
      'a-02': 'in-progress',
      'a-04': 'in-progress',
      'c-01': 'not-applicable',
      'c-03': 'planned',
    },
  });
  return { older, newer };
}

describe('compareAssessments: item changes across pack versions', () => {
  it('classifies every item: improved, regressed, unchanged (replaced), newly N/A, new, retired', () => {
    const c = compareAssessments(twoVersions());
    expect(c.items.map((i) => [i.itemId, i.kind])).toEqual([
      ['a-01', 'improved'],
      ['a-02', 'regressed'],
      ['a-04', 'unchanged'],
      ['c-01', 'newly-na'],
      ['c-03', 'new-item'],
      ['c-02', 'retired-item'],
    ]);
    expect(c.counts).toEqual({
      improved: 1,
      regressed: 1,
      unchanged: 1,
      'newly-na': 1,
      'applicable-again': 0,
      'new-item': 1,
      'retired-item': 1,
    });
  });

  it('matches a replaced item to its predecessor and shows both wordings', () => {
    const c = compareAssessments(twoVersions());
    const replaced = byId(c.items, 'a-04');
    expect(replaced.older?.itemId).toBe('a-03');
    expect(replaced.older?.text).toBe('Hold an annual exercise.');
    expect(replaced.newer?.text).toBe('Hold a national exercise.');
    expect(replaced.delta).toBe(0);
  });

  it('gives item deltas in points on the 0–100 scale, none for N/A, new or retired items', () => {
    const c = compareAssessments(twoVersions());
    expect(byId(c.items, 'a-01').delta).toBe(50);
    expect(byId(c.items, 'a-02').delta).toBe(-25);
    expect(byId(c.items, 'c-01').delta).toBeNull();
    expect(byId(c.items, 'c-03').delta).toBeNull();
    expect(byId(c.items, 'c-02').delta).toBeNull();
    expect(byId(c.items, 'c-02').newer).toBeNull();
    expect(byId(c.items, 'c-03').older).toBeNull();
  });

  it('flags an item as applicable again when it was N/A before', () => {
    const pack = packV1();
    const c = compareAssessments({
      older: makeCycle({ pack, answers: { 'a-01': 'not-applicable' } }),
      newer: makeCycle({ pack, answers: { 'a-01': 'largely' } }),
    });
    expect(byId(c.items, 'a-01').kind).toBe('applicable-again');
    expect(byId(c.items, 'a-01').delta).toBeNull();
  });

  it('counts unanswered → not started as unchanged (both score 0 points)', () => {
    const pack = packV1();
    const c = compareAssessments({
      older: makeCycle({ pack }),
      newer: makeCycle({ pack, answers: { 'a-01': 'not-started' } }),
    });
    expect(byId(c.items, 'a-01').kind).toBe('unchanged');
    expect(byId(c.items, 'a-01').older?.status).toBeNull();
    expect(byId(c.items, 'a-01').newer?.status).toBe('not-started');
  });

  it('carries evidence and notes of both sides and says when they differ', () => {
    const pack = packV1();
    const c = compareAssessments({
      older: makeCycle({
        pack,
        answers: {
          'a-01': {
            status: 'planned',
            notes: 'Draft only.',
            evidence: { text: 'Memo', links: [] },
          },
          'a-02': { status: 'planned', notes: 'Same', evidence: { text: 'E', links: [] } },
        },
      }),
      newer: makeCycle({
        pack,
        answers: {
          'a-01': {
            status: 'fully',
            notes: 'Adopted.',
            evidence: { text: 'Gazette', links: ['https://example.org/g'] },
          },
          'a-02': { status: 'planned', notes: 'Same', evidence: { text: 'E', links: [] } },
        },
      }),
    });
    const a1 = byId(c.items, 'a-01');
    expect(a1.older?.notes).toBe('Draft only.');
    expect(a1.newer?.notes).toBe('Adopted.');
    expect(a1.older?.evidence.text).toBe('Memo');
    expect(a1.newer?.evidence.links).toEqual(['https://example.org/g']);
    expect(a1.textChanged).toBe(true);
    expect(byId(c.items, 'a-02').textChanged).toBe(false);
  });

  it('when two old items merge into one, the most recently updated answer is the "before"', () => {
    const v1 = packV1();
    const merged = packSchema.parse(
      makePack({
        version: '3.0.0',
        actions: [
          makeAction({ id: 'a-01', retired: { since: '3.0.0', reason: 'Merged.' } }),
          makeAction({ id: 'a-02', retired: { since: '3.0.0', reason: 'Merged.' } }),
          makeAction({ id: 'a-09', replaces: ['a-01', 'a-02'] }),
          makeAction({ id: 'c-01', normId: '13c', focusAreaIds: ['rap-2'] }),
        ],
      }),
    );
    const c = compareAssessments({
      older: makeCycle({
        pack: v1,
        answers: {
          'a-01': { status: 'fully', updatedAt: '2026-01-01T00:00:00.000Z' },
          'a-02': { status: 'planned', updatedAt: '2026-03-01T00:00:00.000Z' },
        },
      }),
      newer: makeCycle({ pack: merged, answers: { 'a-09': 'in-progress' } }),
    });
    const a9 = byId(c.items, 'a-09');
    expect(a9.older?.itemId).toBe('a-02');
    expect(a9.alsoReplaces).toEqual(['a-01']);
    expect(a9.kind).toBe('improved');
    // a-01, a-02 → a-09 is one item in common; a-03 and c-02 are retired: 2 of 4.
    expect(c.comparability.common).toBe(2);
    expect(c.comparability.union).toBe(4);
    expect(c.comparability.percent).toBe(50);
  });
});

describe('compareAssessments: norm, focus-area and overall deltas', () => {
  it('takes every figure from the two scores and gives newer − older', () => {
    const { older, newer } = twoVersions();
    const c = compareAssessments({ older, newer });
    const a = c.norms.find((n) => n.id === '13a')!;
    expect(a.older).toBe(older.score.norms[0]!.score);
    expect(a.older).toBeCloseTo(50, 9);
    expect(a.newer).toBeCloseTo(175 / 3, 9);
    expect(a.delta).toBeCloseTo(25 / 3, 9);
    const cNorm = c.norms.find((n) => n.id === '13c')!;
    expect(cNorm.delta).toBeCloseTo(-25, 9);
    expect(c.overall.older).toBeCloseTo(50, 9);
    expect(c.overall.delta).toBeCloseTo(25 / 3 / 2 - 25 / 2, 9);
    const rap2 = c.focusAreas.find((f) => f.id === 'rap-2')!;
    expect(rap2.older).toBeCloseTo(175 / 3, 9);
    expect(rap2.newer).toBeCloseTo(37.5, 9);
    expect(rap2.delta).toBeCloseTo(37.5 - 175 / 3, 9);
  });

  it('keeps a norm that only the older pack has, with no delta', () => {
    const v1 = packV1();
    const onlyA = packSchema.parse(
      makePack({
        version: '2.0.0',
        norms: [{ ...v1.norms[0]!, kind: v1.norms[0]!.kind ?? 'positive' }],
        actions: [makeAction({ id: 'a-01' })],
      }),
    );
    const c = compareAssessments({
      older: makeCycle({ pack: v1, answers: { 'c-01': 'fully' } }),
      newer: makeCycle({ pack: onlyA, answers: { 'a-01': 'fully' } }),
    });
    const gone = c.norms.find((n) => n.id === '13c')!;
    expect(gone).toMatchObject({ inOlder: true, inNewer: false, delta: null });
    expect(gone.older).toBe(50);
  });
});

describe('comparability of pack versions', () => {
  it('is items in common over items in the union, both versions named', () => {
    const c = packComparability(packV1(), packV2());
    expect(c).toMatchObject({
      older: { id: 'test-pack', version: '1.0.0' },
      newer: { id: 'test-pack', version: '2.0.0' },
      samePack: false,
      common: 4,
      union: 6,
    });
    expect(c.percent).toBeCloseTo(66.6667, 3);
  });

  it('is 100 % for the same pack version', () => {
    const c = packComparability(packV1(), packV1());
    expect(c.samePack).toBe(true);
    expect(c.percent).toBe(100);
  });

  it('is 0 % for two packs with no item in common', () => {
    const other = packSchema.parse(
      makePack({ id: 'national', actions: [makeAction({ id: 'n-01' })] }),
    );
    const c = packComparability(packV1(), other);
    expect(c.common).toBe(0);
    expect(c.union).toBe(6);
    expect(c.percent).toBe(0);
  });
});

describe('filters and rankings', () => {
  it('"only changes" keeps everything but unchanged items', () => {
    const c = compareAssessments(twoVersions());
    expect(c.items.filter(isChange).map((i) => i.itemId)).toEqual([
      'a-01',
      'a-02',
      'c-01',
      'c-03',
      'c-02',
    ]);
  });

  it('ranks item changes by size, each direction apart', () => {
    const pack = packV1();
    const c = compareAssessments({
      older: makeCycle({
        pack,
        answers: { 'a-01': 'not-started', 'a-02': 'planned', 'a-03': 'fully', 'c-01': 'largely' },
      }),
      newer: makeCycle({
        pack,
        answers: { 'a-01': 'fully', 'a-02': 'in-progress', 'a-03': 'planned', 'c-01': 'largely' },
      }),
    });
    expect(rankActionChanges(c.items, 'improved').map((i) => i.itemId)).toEqual(['a-01', 'a-02']);
    expect(rankActionChanges(c.items, 'regressed').map((i) => i.itemId)).toEqual(['a-03']);
    expect(rankActionChanges(c.items, 'improved', 1).map((i) => i.itemId)).toEqual(['a-01']);
  });
});
