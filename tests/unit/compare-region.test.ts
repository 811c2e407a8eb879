import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/lib/i18n/failures';
import {
  buildRegionalView,
  GAP_STATUSES,
  sharedCyclesFromExport,
} from '../../src/lib/domain/region';
import type { ExportFile } from '../../src/lib/schema/exportFile';
import { makeSharedCycle, packV1, packV2 } from '../fixtures/factories/cycles';

const v1 = packV1();
const v2 = packV2();

function region() {
  const sg = makeSharedCycle({
    pack: v2,
    stateName: 'Singapore',
    assessment: { stateCode: 'SG', alias: '2026' },
    answers: {
      'a-01': 'planned',
      'a-02': 'fully',
      'a-04': 'not-started',
      'c-01': 'fully',
      'c-03': 'in-progress',
    },
  });
  const my = makeSharedCycle({
    pack: v2,
    stateName: 'Malaysia',
    shareable: false,
    assessment: { stateCode: 'MY', alias: '2025' },
    answers: {
      'a-01': 'in-progress',
      'a-02': 'largely',
      'a-04': 'planned',
      'c-01': 'not-applicable',
    },
  });
  // On the older version: a-03 counts as a-04 (replaced); c-02 is retired and left out.
  const th = makeSharedCycle({
    pack: v1,
    stateName: 'Thailand',
    assessment: { stateCode: 'TH', alias: '2024' },
    answers: {
      'a-01': 'fully',
      'a-02': 'planned',
      'a-03': 'planned',
      'c-01': 'largely',
      'c-02': 'not-started',
    },
  });
  return { sg, my, th };
}

describe('buildRegionalView', () => {
  it('puts each State in its own column with its pack version and whether the file was shareable', () => {
    const { sg, my, th } = region();
    const view = buildRegionalView([sg, my, th]);
    expect(
      view.columns.map((c) => [c.stateCode, c.stateName, c.pack.version, c.shareable, c.alias]),
    ).toEqual([
      ['SG', 'Singapore', '2.0.0', true, '2026'],
      ['MY', 'Malaysia', '2.0.0', false, '2025'],
      ['TH', 'Thailand', '1.0.0', true, '2024'],
    ]);
    expect(view.columns.map((c) => c.overall)).toEqual([
      sg.score.overall.score,
      my.score.overall.score,
      th.score.overall.score,
    ]);
    expect(view.reference).toMatchObject({ id: 'test-pack', version: '2.0.0' });
  });

  it('lines up norm and focus-area scores side by side, each from its own score', () => {
    const { sg, my, th } = region();
    const view = buildRegionalView([sg, my, th]);
    expect(view.norms.map((n) => n.id)).toEqual(['13a', '13c']);
    expect(view.norms[0]!.values).toEqual([
      sg.score.norms[0]!.score,
      my.score.norms[0]!.score,
      th.score.norms[0]!.score,
    ]);
    expect(view.focusAreas.map((f) => f.id)).toEqual(['rap-1', 'rap-2']);
    expect(view.focusAreas[1]!.values[2]).toBe(th.score.focusAreas[1]!.score);
  });

  it('lists common gaps (below "largely"), most States first, across pack versions', () => {
    const view = buildRegionalView(Object.values(region()));
    expect(GAP_STATUSES).toEqual(['not-started', 'planned', 'in-progress']);
    expect(view.commonGaps.map((g) => [g.itemId, g.below, g.answered])).toEqual([
      // a-04: SG not started, MY planned, TH planned on a-03 (replaced by a-04).
      ['a-04', [0, 1, 2], 3],
      // a-01: SG planned, MY in progress; TH fully.
      ['a-01', [0, 1], 3],
      // c-03: SG in progress; MY unanswered; TH's pack has no c-03 at all.
      ['c-03', [0], 1],
      // a-02: TH planned.
      ['a-02', [2], 3],
    ]);
    const c03 = view.commonGaps.find((g) => g.itemId === 'c-03')!;
    expect(c03.unanswered).toBe(1);
    expect(c03.share).toBe(100);
    expect(view.commonGaps.find((g) => g.itemId === 'a-01')!.share).toBeCloseTo(200 / 3, 9);
    // c-02 is retired in the reference pack: never a common gap, though TH has it not started.
    expect(view.commonGaps.some((g) => g.itemId === 'c-02')).toBe(false);
  });

  it('breaks ties in the gap list by share of those who answered, then pack order', () => {
    const a = makeSharedCycle({
      pack: v2,
      assessment: { stateCode: 'BN' },
      answers: { 'a-02': 'planned', 'a-01': 'planned' },
    });
    const b = makeSharedCycle({
      pack: v2,
      assessment: { stateCode: 'KH', id: '00000000-0000-4000-8000-0000000000b2' },
      answers: { 'a-02': 'fully', 'a-01': 'planned', 'c-01': 'planned' },
    });
    const view = buildRegionalView([a, b]);
    // a-01: 2 of 2; a-02: 1 of 2; c-01: 1 of 1 (share 100 %, ahead of a-02's 50 %).
    expect(view.commonGaps.map((g) => g.itemId)).toEqual(['a-01', 'c-01', 'a-02']);
  });

  it('gives the comparability of every pair of files', () => {
    const view = buildRegionalView(Object.values(region()));
    expect(view.pairs.map((p) => [p.a, p.b, p.comparability.percent])).toEqual([
      [0, 1, 100],
      [0, 2, (4 / 6) * 100],
      [1, 2, (4 / 6) * 100],
    ]);
    // The older version is named as older, whichever column it is in.
    expect(view.pairs[1]!.comparability.older.version).toBe('1.0.0');
    expect(view.pairs[1]!.comparability.newer.version).toBe('2.0.0');
  });

  it('changes none of the shared cycles it reads', () => {
    const cycles = Object.values(region());
    const before = JSON.stringify(cycles);
    buildRegionalView(cycles);
    expect(JSON.stringify(cycles)).toBe(before);
  });

  it('is empty with no file', () => {
    const view = buildRegionalView([]);
    expect(view).toEqual({
      states: [],
      columns: [],
      parts: [],
      norms: [],
      focusAreas: [],
      reference: null,
      commonGaps: [],
      pairs: [],
    });
  });
});

describe('sharedCyclesFromExport', () => {
  const file = (overrides: Partial<ExportFile> = {}): ExportFile => {
    const my = makeSharedCycle({
      pack: v2,
      assessment: { stateCode: 'MY', alias: '2026' },
      answers: { 'a-01': 'planned', 'c-03': 'fully' },
    });
    return {
      type: 'nic-export',
      version: 6,
      kind: 'state',
      appVersion: '0.1.0',
      exportedAt: '2026-11-01T00:00:00.000Z',
      shareable: true,
      packs: [v2],
      states: [
        { code: 'MY', name: 'Malaysia', asean: true, createdAt: '2026-01-01T00:00:00.000Z' },
      ],
      assessments: [my.assessment],
      answers: [...my.answers],
      normAnswers: [],
      history: [],
      assignments: [],
      heldParts: [],
      coordination: [],
      checksum: { algorithm: 'SHA-256', value: '0'.repeat(64) },
      ...overrides,
    };
  };

  it('scores each assessment of the file against the pack version the file carries', () => {
    const { cycles, problems } = sharedCyclesFromExport(file(), 'my.json');
    expect(problems).toEqual([]);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toMatchObject({
      fileName: 'my.json',
      shareable: true,
      stateName: 'Malaysia',
      pack: { version: '2.0.0' },
    });
    // a-01 planned (0.25), a-02 and a-04 unanswered → 13a = 25 / 3 %; c-03 fully, c-01 unanswered → 50 %.
    expect(cycles[0]!.score.norms[0]!.score).toBeCloseTo(25 / 3, 9);
    expect(cycles[0]!.score.norms[1]!.score).toBeCloseTo(50, 9);
  });

  it('falls back to known packs, and names a cycle whose pack is nowhere', () => {
    const withoutPack = file({ packs: [], shareable: false });
    const missing = sharedCyclesFromExport(withoutPack, 'my.json');
    expect(missing.cycles).toEqual([]);
    expect(missing.problems[0]).toMatchObject({ code: 'region.pack-missing', id: 'test-pack' });
    expect(describeFailure(missing.problems[0]!)).toMatch(
      /my\.json: .* needs checklist pack “test-pack” version 2\.0\.0/,
    );
    const known = sharedCyclesFromExport(withoutPack, 'my.json', [v2]);
    expect(known.cycles.map((c) => c.shareable)).toEqual([false]);
  });
});
