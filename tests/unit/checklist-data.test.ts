import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACK_FILE, bundledPack } from '../../src/lib/domain/bundledPack';
import {
  DATASET_RULES,
  checkDatasetRules,
  checkPackFile,
  countActions,
} from '../../src/lib/domain/checklistData';
import { activeActions } from '../../src/lib/domain/pack';
import { parsePack } from '../../src/lib/domain/parsePack';
import type { ChecklistPack } from '../../src/lib/schema/pack';
import { makeAction, makePack, packText } from '../fixtures/factories/pack';

const DATA_DIR = 'checklist-data';
const dataFiles = readdirSync(DATA_DIR).filter((f) => f.endsWith('.json'));

function readPack(path: string): ChecklistPack {
  const result = checkPackFile(path, readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('checklist-data files (the same path as npm run check:data)', () => {
  it('has at least the bundled pack', () => {
    expect(dataFiles).toContain('asean-nic-gge2015.json');
  });

  it.each(dataFiles)('%s passes the schema and the dataset rules', (file) => {
    const path = `${DATA_DIR}/${file}`;
    const result = checkPackFile(path, readFileSync(path, 'utf8'));
    expect(result.ok ? '' : result.reason).toBe('');
    if (result.ok) expect(checkDatasetRules(path, result.value)).toEqual([]);
  });

  it('bundledPack, which the app takes without parsing, equals the parsed file (no default left to the schema)', () => {
    expect(bundledPack).toEqual(readPack(BUNDLED_PACK_FILE));
  });
});

describe('the bundled pack: content rules', () => {
  const pack = bundledPack;

  it('has the agreed header', () => {
    expect(pack).toMatchObject({
      type: 'nic-checklist-pack',
      formatVersion: 1,
      id: 'asean-nic-gge2015',
      version: '1.0.0',
      releaseDate: '2026-11-23',
      language: 'en',
      publisher: 'Norms Implementation Checklist tool (unofficial, compiled from public sources)',
    });
    expect(pack.description).toMatch(/not public/);
  });

  it('has the 11 norms 13a–13k in order, with their references and kinds', () => {
    const letters = 'abcdefghijk'.split('');
    expect(pack.norms.map((n) => n.id)).toEqual(letters.map((l) => `13${l}`));
    for (const norm of pack.norms) {
      expect(norm.id).toBe(`13${norm.letter}`);
      expect(norm.reference).toBe(`A/70/174, para. 13(${norm.letter})`);
      expect(norm.kind).toBe(['c', 'f', 'k'].includes(norm.letter) ? 'restraint' : 'positive');
    }
  });

  it('quotes the official wording in full (spot checks, including (a) and (e))', () => {
    const text = (id: string) => pack.norms.find((n) => n.id === id)?.officialText;
    expect(text('13a')).toBe(
      'Consistent with the purposes of the United Nations, including to maintain international peace and security, States should cooperate in developing and applying measures to increase stability and security in the use of ICTs and to prevent ICT practices that are acknowledged to be harmful or that may pose threats to international peace and security.',
    );
    expect(text('13c')).toBe(
      'States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs.',
    );
    expect(text('13e')).toMatch(
      /^States, in ensuring the secure use of ICTs, should respect Human Rights Council resolutions 20\/8 and 26\/13 on the promotion, protection and enjoyment of human rights on the Internet, as well as General Assembly resolutions 68\/167 and 69\/166 on the right to privacy in the digital age, /,
    );
    for (const norm of pack.norms) expect(norm.officialText).not.toMatch(/\.\.\.|…/);
  });

  it('has the six RAP focus areas with stable ids and ASEAN as source', () => {
    expect(pack.focusAreas.map((f) => [f.id, f.number, f.name])).toEqual([
      ['rap-1', 1, 'International cooperation'],
      ['rap-2', 2, 'Development of policies, strategies, and frameworks'],
      ['rap-3', 3, 'Awareness-raising'],
      ['rap-4', 4, 'Strengthening national cybersecurity and cybercrime legislation'],
      ['rap-5', 5, 'Enhancing cybercrime and incident response cooperation'],
      ['rap-6', 6, 'Fostering a trustworthy digital ecosystem'],
    ]);
    for (const area of pack.focusAreas) expect(area.source.kind).toBe('asean');
  });

  it('asks the two per-norm questions', () => {
    expect(pack.normQuestions.map((q) => q.id)).toEqual(['challenges', 'capacityNeeds']);
  });

  it('meets the count rules: 4–8 active actions per norm, ≥5 per focus area', () => {
    const counts = countActions(pack);
    for (const { count } of counts.perNorm) {
      expect(count).toBeGreaterThanOrEqual(DATASET_RULES.minActionsPerNorm);
      expect(count).toBeLessThanOrEqual(DATASET_RULES.maxActionsPerNorm);
    }
    for (const { count } of counts.perFocusArea) {
      expect(count).toBeGreaterThanOrEqual(DATASET_RULES.minActionsPerFocusArea);
    }
  });

  it('names action ids after their norm: <norm>-NN', () => {
    for (const action of pack.actions)
      expect(action.id).toMatch(new RegExp(`^${action.normId}-\\d{2}$`));
  });

  it('marks every focus-area mapping as our judgement', () => {
    expect(pack.actions.every((a) => a.focusAreaMapping === 'judgement')).toBe(true);
  });

  it('labels every action with a source; GGE-2021 ones say so', () => {
    for (const action of pack.actions) {
      expect(action.source.label.trim().length).toBeGreaterThan(0);
      if (action.source.kind === 'gge-2021') {
        expect(action.source.label).toMatch(/^Derived from the UN GGE 2021 report \(A\/76\/135\)/);
        expect(action.source.label).toContain(`13(${action.normId.slice(2)})`);
      }
    }
  });

  it('claims NIC origin only for the two publicly described items, for (d) and (f)', () => {
    const nic = pack.actions.filter((a) => a.source.kind === 'nic-public');
    expect(nic.map((a) => a.normId).sort()).toEqual(['13d', '13f', '13f']);
    for (const a of nic) expect(a.source.label).toMatch(/ASPI/);
  });

  it('has no retired actions and no replacements in the first release', () => {
    expect(activeActions(pack)).toHaveLength(pack.actions.length);
    expect(pack.actions.some((a) => a.replaces)).toBe(false);
  });
});

describe('dataset rules', () => {
  const parse = (overrides: Parameters<typeof makePack>[0]) => {
    const result = parsePack(makePack(overrides), 'small.json');
    if (!result.ok) throw new Error(result.reason);
    return result.value;
  };

  it('reports a norm with too few actions and a focus area with too few, naming the file', () => {
    const problems = checkDatasetRules('small.json', parse({}));
    expect(problems).toContain(
      'small.json: norm "13a": has 2 active actions; the dataset rule is 4–8',
    );
    expect(problems).toContain(
      'small.json: focus area "rap-1": has 2 active actions; the dataset rule is at least 5',
    );
  });

  it('reports a norm with more than 8 actions', () => {
    const actions = Array.from({ length: 9 }, (_, i) =>
      makeAction({ id: `13a-${i}`, focusAreaIds: ['rap-1', 'rap-2'] }),
    );
    const problems = checkDatasetRules('big.json', parse({ actions }));
    expect(problems).toContain(
      'big.json: norm "13a": has 9 active actions; the dataset rule is 4–8',
    );
  });

  it('does not count retired actions', () => {
    const actions = Array.from({ length: 9 }, (_, i) =>
      makeAction({
        id: `13a-${i}`,
        ...(i === 0 ? { retired: { since: '1.1.0', reason: 'dropped' } } : {}),
      }),
    );
    const counts = countActions(parse({ actions }));
    expect(counts.perNorm.find((c) => c.id === '13a')?.count).toBe(8);
  });
});

describe('hostile pack files', () => {
  it('refuses a 2 MB string with a readable message', () => {
    const text = packText({ title: 'x'.repeat(2 * 1024 * 1024) });
    const result = checkPackFile('big.json', text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^big\.json: a text is longer than/);
  });

  it('refuses a long text that is under the shape limit through the schema', () => {
    const result = checkPackFile('long.json', packText({ title: 'x'.repeat(10_000) }));
    expect(!result.ok && result.reason).toContain(
      'long.json: title: is longer than 300 characters',
    );
  });

  it('refuses nesting 10,000 deep without a RangeError', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const text = `{"type":"nic-checklist-pack","norms":${deep}}`;
    let result: ReturnType<typeof checkPackFile> | undefined;
    expect(() => {
      result = checkPackFile('deep.json', text);
    }).not.toThrow();
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && result.reason).toMatch(/^deep\.json: the data is nested deeper/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses a "%s" key and pollutes nothing',
    (key) => {
      const text = packText().replace(
        '"actions":[{',
        `"actions":[{"${key}":{"polluted":true,"toString":"x"},`,
      );
      expect(text).toContain(`"${key}"`);
      const result = checkPackFile('evil.json', text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toBe(`evil.json: forbidden key "${key}"`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
  );

  it('refuses a top-level "__proto__" key', () => {
    const text = `{"__proto__":{"polluted":true},${packText().slice(1)}`;
    const result = checkPackFile('evil.json', text);
    expect(!result.ok && result.reason).toBe('evil.json: forbidden key "__proto__"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses non-JSON and empty files with the file name', () => {
    for (const text of ['', 'not json', '{"a":1,}', '\u0000']) {
      const result = checkPackFile('junk.json', text);
      expect(!result.ok && result.reason).toMatch(/^junk\.json: \(top level\): is not valid JSON/);
    }
  });
});
