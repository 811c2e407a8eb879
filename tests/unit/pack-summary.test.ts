import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { bundledPackSummary } from '../../src/lib/domain/bundledPackSummary';
import { activeActions } from '../../src/lib/domain/pack';
import { summarisePack } from '../../src/lib/domain/packSummary';

describe('the home screen’s build-time pack summary (issue 18: start-up)', () => {
  it('is the summary of the pack the app bundles: same version, norms and counts', () => {
    expect(bundledPackSummary).toEqual(summarisePack(bundledPack));
    expect(bundledPackSummary.version).toBe(bundledPack.version);
    expect(bundledPackSummary.norms.map((n) => n.letter)).toEqual(
      bundledPack.norms.map((n) => n.letter),
    );
    expect(bundledPackSummary.norms.reduce((sum, n) => sum + n.actions, 0)).toBe(
      bundledPackSummary.actions,
    );
  });

  it('counts the actions in use: a retired action is not counted, for the pack or its norm', () => {
    const [first, ...rest] = bundledPack.actions;
    const retired = { since: bundledPack.version, reason: 'Merged into another action' };
    const pack = { ...bundledPack, actions: [{ ...first!, retired }, ...rest] };
    const summary = summarisePack(pack);
    expect(summary.actions).toBe(activeActions(bundledPack).length - 1);
    const norm = summary.norms.find((n) => n.id === first!.normId)!;
    const before = bundledPackSummary.norms.find((n) => n.id === first!.normId)!;
    expect(norm.actions).toBe(before.actions - 1);
  });

  it('carries no action text: the app start does not load the 52 actions', () => {
    const json = JSON.stringify(bundledPackSummary);
    for (const action of bundledPack.actions) expect(json).not.toContain(action.text);
    expect(json.length).toBeLessThan(JSON.stringify(bundledPack).length / 2);
  });
});
