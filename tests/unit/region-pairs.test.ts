import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { buildRegionalView, pairGroups } from '../../src/lib/domain/region';
import { makeSharedCycle, packV2 } from '../fixtures/factories/cycles';

const v2 = packV2();
const id = (n: number) => `00000000-0000-4000-8000-0000000002${String(n).padStart(2, '0')}`;

describe('regional view: comparability is shown per pair of pack versions (issue 18)', () => {
  it('groups every pair of States by their two pack versions, keeping view.pairs whole', () => {
    const states = ['TH', 'VN', 'MY'].map((stateCode, i) =>
      makeSharedCycle({ pack: v2, assessment: { id: id(i), stateCode } }),
    );
    const older = makeSharedCycle({
      pack: bundledPack,
      assessment: { id: id(9), stateCode: 'SG' },
    });
    const view = buildRegionalView([...states, older]);
    // Every pair of States is still in the view's data (CSV and PDF use it).
    expect(view.pairs).toHaveLength(6);
    const groups = pairGroups(view);
    expect(groups.map((g) => g.pairs).sort()).toEqual([3, 3]);
    const same = groups.find((g) => g.a.version === g.b.version)!;
    expect(same.a.version).toBe(v2.version);
    expect(same.comparability).toEqual(view.pairs[0]!.comparability);
    const mixed = groups.find((g) => g.a.version !== g.b.version)!;
    // Two different packs: in column order, as in the per-pair figures.
    expect([mixed.a.version, mixed.b.version]).toEqual([v2.version, bundledPack.version]);
    const pairSG = view.pairs.find((p) => p.b === 3)!;
    expect(mixed.comparability).toEqual(pairSG.comparability);
  });

  it('gives no row when there is a single State', () => {
    const view = buildRegionalView([makeSharedCycle({ pack: v2, assessment: { id: id(1) } })]);
    expect(pairGroups(view)).toEqual([]);
  });
});
