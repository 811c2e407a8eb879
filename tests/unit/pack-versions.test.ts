import { readFileSync } from 'node:fs';
import { describeFailure } from '../../src/lib/i18n/failures';
import { describe, expect, it } from 'vitest';
import { bundledPackFor } from '../../src/lib/domain/bundledPacks';
import { checkPackFile } from '../../src/lib/domain/checklistData';
import { parsePack } from '../../src/lib/domain/parsePack';
import {
  compareVersions,
  mapAnswersToPack,
  resolveActionId,
} from '../../src/lib/domain/packVersions';
import type { ChecklistPack } from '../../src/lib/schema/pack';
import { makeAction, makePack } from '../fixtures/factories/pack';

const UPGRADE_FILE = 'tests/fixtures/packs/asean-nic-gge2015-example-upgrade.json';

function loadUpgrade(): ChecklistPack {
  const result = checkPackFile(UPGRADE_FILE, readFileSync(UPGRADE_FILE, 'utf8'));
  if (!result.ok) throw new Error(describeFailure(result));
  return result.value;
}

function pack(overrides: Parameters<typeof makePack>[0]): ChecklistPack {
  const result = parsePack(makePack(overrides), 'test.json');
  if (!result.ok) throw new Error(describeFailure(result));
  return result.value;
}

const answer = (itemId: string, updatedAt: string, note = itemId) => ({ itemId, updatedAt, note });

describe('compareVersions', () => {
  it.each([
    ['1.0.0', '1.1.0', -1],
    ['1.1.0', '1.0.0', 1],
    ['1.10.0', '1.9.0', 1],
    ['2.0.0', '10.0.0', -1],
    ['1.0.0', '1.0.0', 0],
    ['1.0.0-rc.1', '1.0.0', -1],
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0-alpha.1', '1.0.0-alpha.beta', -1],
    ['1.0.0-beta.2', '1.0.0-beta.11', -1],
    ['1.0.0-rc.1', '1.0.0-beta', 1],
    ['1.0.0+build.1', '1.0.0+build.2', 0],
  ])('compareVersions(%s, %s) = %i', (a, b, expected) => {
    expect(Math.sign(compareVersions(a, b))).toBe(expected);
  });

  it('sorts the semver.org precedence example', () => {
    const ordered = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
    ];
    expect([...ordered].reverse().sort(compareVersions)).toEqual(ordered);
  });

  it('throws on a string that is not a version (a bug in the caller)', () => {
    expect(() => compareVersions('1.0', '1.0.0')).toThrow(/not a semantic version/);
  });
});

describe('an example upgrade of the bundled pack 1.0.0 (fixture)', () => {
  const bundledPack = bundledPackFor('asean-nic-gge2015', '1.0.0')!;
  const next = loadUpgrade();

  it('is a later version of the same pack', () => {
    expect(next.id).toBe(bundledPack.id);
    expect(compareVersions(next.version, bundledPack.version)).toBeGreaterThan(0);
  });

  it('keeps every 1.0.0 id in 1.1.0 (ids are never dropped or reused)', () => {
    const nextIds = new Set(next.actions.map((a) => a.id));
    const missing = bundledPack.actions.map((a) => a.id).filter((id) => !nextIds.has(id));
    expect(missing).toEqual([]);
  });

  it('resolves a reworded action to itself', () => {
    const before = bundledPack.actions.find((a) => a.id === '13a-01');
    const after = next.actions.find((a) => a.id === '13a-01');
    expect(after?.text).not.toBe(before?.text);
    expect(resolveActionId(next, '13a-01')).toEqual({ kind: 'same', itemId: '13a-01' });
  });

  it('resolves a retired action as retired', () => {
    expect(resolveActionId(next, '13b-05')).toEqual({ kind: 'retired', itemId: '13b-05' });
  });

  it('follows a replaced action to its new id', () => {
    expect(resolveActionId(next, '13f-05')).toEqual({ kind: 'replaced', itemId: '13f-06' });
  });

  it('reports an id the pack never had as unknown', () => {
    expect(resolveActionId(next, '13z-99')).toEqual({ kind: 'unknown', itemId: '13z-99' });
  });

  it('maps answers: reworded keeps, retired is kept and reported, replaced follows', () => {
    const answers = [
      answer('13a-01', '2026-11-01T00:00:00.000Z'),
      answer('13b-05', '2026-11-02T00:00:00.000Z'),
      answer('13f-05', '2026-11-03T00:00:00.000Z'),
      answer('gone-1', '2026-11-04T00:00:00.000Z'),
    ];
    const out = mapAnswersToPack(answers, next);
    expect(out.mapped.map((a) => [a.itemId, a.note])).toEqual([
      ['13a-01', '13a-01'],
      ['13f-06', '13f-05'],
    ]);
    expect(out.retired).toEqual([answers[1]]);
    expect(out.unknown).toEqual([answers[3]]);
    expect(out.superseded).toEqual([]);
    // Nothing is lost: every input answer is in exactly one list.
    expect(out.mapped.length + out.retired.length + out.unknown.length).toBe(answers.length);
  });

  it('does not change the input answers', () => {
    const answers = [answer('13f-05', '2026-11-03T00:00:00.000Z')];
    const copy = structuredClone(answers);
    mapAnswersToPack(answers, next);
    expect(answers).toEqual(copy);
  });

  it('maps every 1.0.0 answer to 1.1.0 without dropping any', () => {
    const answers = bundledPack.actions.map((a) => answer(a.id, '2026-11-01T00:00:00.000Z'));
    const out = mapAnswersToPack(answers, next);
    expect(out.unknown).toEqual([]);
    expect(out.retired.map((a) => a.itemId)).toEqual(['13b-05']);
    expect(out.mapped.length + out.retired.length + out.superseded.length).toBe(answers.length);
  });
});

describe('mapAnswersToPack: several answers for one new item', () => {
  // a and b are retired; c replaces both.
  const merged = pack({
    actions: [
      makeAction({ id: 'a', retired: { since: '1.1.0', reason: 'merged into c' } }),
      makeAction({ id: 'b', retired: { since: '1.1.0', reason: 'merged into c' } }),
      makeAction({ id: 'c', replaces: ['a', 'b'] }),
    ],
  });

  it('keeps the most recently updated answer and reports the other', () => {
    const older = answer('a', '2026-01-01T00:00:00.000Z');
    const newer = answer('b', '2026-06-01T00:00:00.000Z');
    const out = mapAnswersToPack([older, newer], merged);
    expect(out.mapped).toEqual([{ ...newer, itemId: 'c' }]);
    expect(out.superseded).toEqual([older]);
  });

  it('does so whatever the input order', () => {
    const older = answer('a', '2026-01-01T00:00:00.000Z');
    const newer = answer('b', '2026-06-01T00:00:00.000Z');
    const out = mapAnswersToPack([newer, older], merged);
    expect(out.mapped).toEqual([{ ...newer, itemId: 'c' }]);
    expect(out.superseded).toEqual([older]);
  });

  it('prefers an answer already given to the new id when the times are equal', () => {
    const t = '2026-01-01T00:00:00.000Z';
    const out = mapAnswersToPack([answer('a', t), answer('c', t)], merged);
    expect(out.mapped).toEqual([answer('c', t)]);
    expect(out.superseded).toEqual([answer('a', t)]);
  });
});

describe('resolveActionId: chains and edge cases', () => {
  it('follows a chain of replacements across versions (a → b → c)', () => {
    const chain = pack({
      actions: [
        makeAction({ id: 'a', retired: { since: '1.1.0', reason: 'replaced by b' } }),
        makeAction({ id: 'b', replaces: ['a'], retired: { since: '1.2.0', reason: 'by c' } }),
        makeAction({ id: 'c', replaces: ['b'] }),
      ],
    });
    expect(resolveActionId(chain, 'a')).toEqual({ kind: 'replaced', itemId: 'c' });
    expect(resolveActionId(chain, 'b')).toEqual({ kind: 'replaced', itemId: 'c' });
  });

  it('follows a replacement of an id that is no longer listed at all', () => {
    const p = pack({ actions: [makeAction({ id: 'new', replaces: ['old'] })] });
    expect(resolveActionId(p, 'old')).toEqual({ kind: 'replaced', itemId: 'new' });
  });

  it('stops on a replacement cycle among retired actions', () => {
    const cyclic = pack({
      actions: [
        makeAction({ id: 'x', replaces: ['y'], retired: { since: '1.1.0', reason: 'r' } }),
        makeAction({ id: 'y', replaces: ['x'], retired: { since: '1.1.0', reason: 'r' } }),
        makeAction({ id: 'z' }),
      ],
    });
    expect(resolveActionId(cyclic, 'x')).toEqual({ kind: 'retired', itemId: 'x' });
  });
});
