import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describeFailure } from '../../src/lib/i18n/failures';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACK_FILE, bundledPack } from '../../src/lib/domain/bundledPack';
import { BUNDLED_PACKS, bundledPackFor } from '../../src/lib/domain/bundledPacks';
import {
  DATASET_RULES,
  checkDatasetRules,
  checkOfficialTextOnly,
  checkPackFile,
  countActions,
  reviewBundledPack,
} from '../../src/lib/domain/checklistData';
import { activeActions } from '../../src/lib/domain/pack';
import { parsePack } from '../../src/lib/domain/parsePack';
import type { ChecklistPack } from '../../src/lib/schema/pack';
import { statementProblems } from '../../scripts/statement';
import { makeAction, makePack, packText } from '../fixtures/factories/pack';

const DATA_DIR = 'checklist-data';
const dataFiles = readdirSync(DATA_DIR).filter((f) => f.endsWith('.json'));

function readPack(path: string): ChecklistPack {
  const result = checkPackFile(path, readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(describeFailure(result));
  return result.value;
}

describe('checklist-data files (the same path as npm run check:data)', () => {
  it('has the three bundled packs', () => {
    expect(dataFiles.sort()).toEqual([
      'asean-nic-gge2015-1.1.0.json',
      'asean-nic-gge2015.json',
      'un-gge2015-para13.json',
    ]);
    expect(BUNDLED_PACKS.map((b) => b.file).sort()).toEqual(
      dataFiles.map((f) => `${DATA_DIR}/${f}`).sort(),
    );
  });

  it.each(dataFiles)('%s passes the schema and the review checks', (file) => {
    const path = `${DATA_DIR}/${file}`;
    const result = checkPackFile(path, readFileSync(path, 'utf8'));
    expect(result.ok ? '' : describeFailure(result)).toBe('');
    if (result.ok) expect(reviewBundledPack(path, result.value)).toEqual([]);
  });

  it('bundledPack, which the app takes without parsing, equals the parsed file (no default left to the schema)', () => {
    expect(bundledPack).toEqual(readPack(BUNDLED_PACK_FILE));
    expect(bundledPack.version).toBe('1.1.0');
  });

  it.each(BUNDLED_PACKS.map((b) => [b.file, b.pack] as const))(
    'the bundled %s the app takes equals the parsed (upgraded) file',
    (file, pack) => {
      expect(pack).toEqual(readPack(file));
    },
  );

  it('keeps pack 1.0.0 byte-identical as shipped (format 1)', () => {
    const bytes = readFileSync(`${DATA_DIR}/asean-nic-gge2015.json`);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      '5e27928bdafc60c90b5e9b0bf154f960a9743bb5d9bfc1fd269674706dbbecb2',
    );
    expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({
      formatVersion: 1,
      version: '1.0.0',
    });
  });
});

describe('the bundled pack (1.1.0): content rules', () => {
  const pack = bundledPack;

  it('has the agreed header and says plainly that it is an unofficial compilation', () => {
    expect(pack).toMatchObject({
      type: 'nic-checklist-pack',
      formatVersion: 2,
      id: 'asean-nic-gge2015',
      version: '1.1.0',
      language: 'en',
      status: 'unofficial',
      distribution: 'public',
    });
    expect(pack.title).toMatch(/unofficial compilation, not the NIC/);
    expect(pack.description).toMatch(/^This checklist is an unofficial compilation/);
    expect(pack.description).toContain(
      'ASEAN completed the NIC in September 2024 and Singapore published it on behalf of ASEAN, but the official NIC text was not available when this pack was compiled.',
    );
    expect(pack.description).not.toMatch(/not public/);
  });

  it('has the 11 norms 13a–13k in order, with their references and kinds', () => {
    const letters = 'abcdefghijk'.split('');
    expect(pack.norms.map((n) => n.id)).toEqual(letters.map((l) => `13${l}`));
    for (const norm of pack.norms) {
      expect(norm.id).toBe(`13${norm.letter}`);
      expect(norm.reference).toMatch(new RegExp(`^A/70/174, para\\. 13\\(${norm.letter}\\)`));
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

  it('asks the three per-norm questions, measures taken first (the UNIDIR survey)', () => {
    expect(pack.normQuestions.map((q) => q.id)).toEqual([
      'measuresTaken',
      'challenges',
      'capacityNeeds',
    ]);
    expect(pack.normQuestions[0]?.source.label).toMatch(/list measures taken/);
  });

  it('gives the positive/restraint typology a source (it is not a category of A/70/174)', () => {
    expect(pack.normKindSource?.label).toMatch(/Australian government/);
  });

  it('meets the count rules: 4–10 active actions per norm, ≥5 per focus area', () => {
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

  it('labels every action with a source; GGE-2021 ones say so and rest on a secondary summary', () => {
    for (const action of pack.actions) {
      expect(action.source.label.trim().length).toBeGreaterThan(0);
      if (action.source.kind === 'gge-2021') {
        expect(action.source.label).toMatch(/^Derived from the UN GGE 2021 report \(A\/76\/135\)/);
        expect(action.source.label).toContain(`13(${action.normId.slice(2)})`);
        expect(action.source.basis).toBe('secondary-summary');
      }
      if (action.source.kind === 'gge-2015') expect(action.source.basis).toBe('derived-official');
    }
  });

  it('claims NIC origin only for the two publicly described items, for (d) and (f)', () => {
    const nic = pack.actions.filter((a) => a.source.kind === 'nic-public');
    expect(nic.map((a) => a.normId).sort()).toEqual(['13d', '13f', '13f']);
    for (const a of nic) {
      expect(a.source.label).toMatch(/ASPI/);
      expect(a.source.basis).toBe('secondary-summary');
    }
  });
});

describe('pack 1.1.0: the corrections of the November 2026 review (domain.md section 9)', () => {
  const pack = bundledPack;
  const action = (id: string) => {
    const found = pack.actions.find((a) => a.id === id);
    if (!found) throw new Error(`no action ${id}`);
    return found;
  };

  it('restores the dropped qualifiers of 13h-04, 13i-01, 13i-03 and 13k-01', () => {
    expect(action('13h-04').text).toContain('taking into account due regard for sovereignty');
    expect(action('13i-01').text).toContain(
      'consistent with the State’s international obligations',
    );
    expect(action('13i-03').text).toContain('objectively');
    expect(action('13k-01').text).toContain('independence or neutrality');
  });

  it('words 13e-02 on obligations, and the 13e and 13f summaries, as the norm does', () => {
    expect(action('13e-02').text).toContain(
      'in accordance with the State’s international obligations',
    );
    expect(action('13e-02').text).toContain('where the State is a party');
    const summary = (id: string) => pack.norms.find((n) => n.id === id)!.summary;
    expect(summary('13e')).not.toMatch(/must/);
    expect(summary('13f')).toContain(
      'otherwise impairs its use and operation to provide services to the public',
    );
  });

  it('labels 13a-01…03 as example entries of a template, worded for any UN Member State', () => {
    for (const id of ['13a-01', '13a-02', '13a-03']) {
      expect(action(id).source.label).toMatch(
        /^Example entry .* of a norms-implementation template/,
      );
      expect(action(id).source.label).not.toMatch(/2019 ASEAN/);
    }
    expect(action('13a-01').text).toContain('security of and in the use of ICTs');
    expect(action('13a-02').text).toContain('with other States, including ASEAN Member States');
    expect(action('13a-03').text).toContain('with other States, including ASEAN Member States');
    expect(action('13b-04').source.label).toMatch(/tags it to norm 1, i\.e\. 13\(a\)/);
  });

  it('makes 13b-02, 13b-03 distinct and verifiable, and retires the duplicate 13f-03 and 13j-05', () => {
    expect(action('13b-02').text).toMatch(/technical, legal and political/);
    expect(action('13b-03').text).toMatch(
      /^Have a procedure to consult or notify the State concerned/,
    );
    expect(action('13f-03').retired?.since).toBe('1.1.0');
    expect(action('13j-05').retired?.since).toBe('1.1.0');
    expect(action('13j-06').text).toMatch(/legal protection .* in good faith/);
  });

  it('no longer calls dig.watch explanations "GGE 2021", nor readable text "cut off"', () => {
    for (const id of ['13b-02', '13b-03', '13c-02', '13e-01', '13e-02', '13e-03', '13e-04']) {
      expect(action(id).source.kind).not.toBe('gge-2021');
      expect(action(id).source.label).toMatch(
        /^dig\.watch’s explanation .* not the GGE 2021 text$/,
      );
    }
    for (const id of ['13j-02', '13j-03']) expect(action(id).source.label).not.toMatch(/cut off/);
    for (const a of pack.actions) {
      expect(a.source.url ?? '').not.toMatch(/uat\.aspi|wp\.dig\.watch\/\?p=/);
    }
  });

  it.each([
    ['13a-06', /national lead .* inter-agency mechanism/, 'oewg'],
    ['13a-07', /public–private partnership/, 'oewg'],
    ['13a-08', /UN Global Intergovernmental Points of Contact Directory/, 'oewg'],
    ['13a-09', /UN Secretary-General/, 'oewg'],
    ['13b-06', /national attribution process/, 'gge-2015'],
    ['13c-05', /notification/, 'gge-2015'],
    ['13d-07', /mutual legal assistance .* electronic evidence/, 'gge-2015'],
    ['13d-08', /United Nations Convention against Cybercrime/, 'asean'],
    ['13e-06', /independent oversight/, 'gge-2015'],
    ['13e-08', /personal data protection/, 'asean'],
    ['13f-06', /against the State’s obligations under international law/, 'gge-2015'],
    ['13g-05', /report significant ICT incidents/, 'gge-2015'],
    ['13i-05', /Internet of Things/, 'asean'],
    ['13i-06', /procurement/, 'gge-2015'],
    ['13j-07', /vulnerabilities that State agencies find or acquire/, 'gge-2015'],
    ['13k-05', /mandate .* separate from intelligence and offensive functions/, 'gge-2015'],
    ['13k-06', /ASEAN CERT Incident Drill/, 'asean'],
  ])('adds %s with its source, mapped to focus areas as our judgement', (id, text, kind) => {
    const a = action(id);
    expect(a.text).toMatch(text);
    expect(a.source.kind).toBe(kind);
    expect(a.focusAreaIds.length).toBeGreaterThan(0);
    expect(a.focusAreaMapping).toBe('judgement');
  });
});

describe('pack 1.0.0 as shipped', () => {
  const pack = bundledPackFor('asean-nic-gge2015', '1.0.0')!;

  it('is upgraded in memory (format 1 → 2) and claims nothing it did not say', () => {
    expect(pack.formatVersion).toBe(2);
    expect(pack.status).toBe('unofficial');
    expect(pack.normQuestions.map((q) => q.id)).toEqual(['challenges', 'capacityNeeds']);
  });

  it('has no retired actions and no replacements in the first release', () => {
    expect(activeActions(pack)).toHaveLength(pack.actions.length);
    expect(pack.actions.some((a) => a.replaces)).toBe(false);
  });
});

describe('the official-text pack (A/70/174 para 13, clause by clause)', () => {
  const pack = bundledPackFor('un-gge2015-para13', '1.0.0')!;

  it('says it is official text only', () => {
    expect(pack.status).toBe('official');
    expect(pack.description).toMatch(/^Official text only\./);
    expect(pack.document?.reference).toMatch(/^A\/70\/174/);
    expect(pack.document?.date).toBe('2015-07-22');
  });

  it('has every item as an exact clause of one norm, with no focus area', () => {
    expect(checkOfficialTextOnly('clauses.json', pack)).toEqual([]);
    for (const a of pack.actions) {
      const norm = pack.norms.find((n) => n.id === a.normId)!;
      expect(norm.officialText).toContain(a.text);
      expect(a.focusAreaIds).toEqual([]);
    }
    expect(countActions(pack).unmapped).toBe(pack.actions.length);
  });

  it('review checks catch an item that is not an exact clause', () => {
    const edited = {
      ...pack,
      actions: pack.actions.map((a, i) =>
        i === 0 ? { ...a, text: `${a.text} (paraphrased)` } : a,
      ),
    };
    const problems = checkOfficialTextOnly('clauses.json', edited);
    expect(problems).toEqual([
      { code: 'dataset.not-a-clause', source: 'clauses.json', actionId: '13a-c1', normId: '13a' },
    ]);
    expect(problems.map((p) => describeFailure(p))).toEqual([
      'clauses.json: practical action 13a-c1 is not an exact clause of norm 13a',
    ]);
  });
});

describe('dataset rules', () => {
  const parse = (overrides: Parameters<typeof makePack>[0]) => {
    const result = parsePack(makePack(overrides), 'small.json');
    if (!result.ok) throw new Error(describeFailure(result));
    return result.value;
  };

  it('reports a norm with too few actions and a focus area with too few, naming the file', () => {
    const problems = checkDatasetRules('small.json', parse({}));
    expect(problems).toContainEqual({
      code: 'dataset.norm-count',
      source: 'small.json',
      id: '13a',
      count: 2,
      min: 4,
      max: 10,
    });
    // Worded in the i18n layer (ICU plural), never in the domain.
    const words = problems.map((p) => describeFailure(p));
    expect(words).toContain('small.json: norm 13a has 2 active actions; the dataset rule is 4–10');
    expect(words).toContain(
      'small.json: focus area “rap-1” has 2 active actions; the dataset rule is at least 5',
    );
  });

  it('reports a norm with more than 10 actions', () => {
    const actions = Array.from({ length: 11 }, (_, i) =>
      makeAction({ id: `13a-${i}`, focusAreaIds: ['rap-1', 'rap-2'] }),
    );
    const problems = checkDatasetRules('big.json', parse({ actions })).map((p) =>
      describeFailure(p),
    );
    expect(problems).toContain(
      'big.json: norm 13a has 11 active actions; the dataset rule is 4–10',
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
    expect(!result.ok && describeFailure(result)).toMatch(
      /^big\.json: title is longer than 1,000,000 characters$/,
    );
  });

  it('refuses a long text that is under the shape limit through the schema', () => {
    const result = checkPackFile('long.json', packText({ title: 'x'.repeat(10_000) }));
    expect(!result.ok && describeFailure(result)).toContain(
      'long.json: title is longer than 300 characters',
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
    expect(result && !result.ok && describeFailure(result)).toMatch(
      /^deep\.json: the data is nested deeper/,
    );
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
      expect(!result.ok && describeFailure(result)).toBe(
        `evil.json: the file holds a field name the app refuses for safety ("${key}"): it was not written by this tool`,
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
  );

  it('refuses a top-level "__proto__" key', () => {
    const text = `{"__proto__":{"polluted":true},${packText().slice(1)}`;
    const result = checkPackFile('evil.json', text);
    expect(!result.ok && describeFailure(result)).toBe(
      'evil.json: the file holds a field name the app refuses for safety ("__proto__"): it was not written by this tool',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses non-JSON and empty files with the file name', () => {
    for (const text of ['', 'not json', '{"a":1,}', '\u0000']) {
      const result = checkPackFile('junk.json', text);
      expect(!result.ok && describeFailure(result)).toMatch(
        /^junk\.json: the file is damaged or not a file of this app/,
      );
    }
  });
});

describe('README.md and checklist-data/README.md say what the bundled pack is, in its words', () => {
  it('both repeat the pack description word for word', () => {
    expect(statementProblems('.', BUNDLED_PACK_FILE, bundledPack.description ?? '')).toEqual([]);
  });

  it('a README that rewords it is reported', () => {
    expect(statementProblems('.', BUNDLED_PACK_FILE, `${bundledPack.description} Extra.`)).toEqual([
      `README.md: does not repeat the description of ${BUNDLED_PACK_FILE} word for word`,
      `checklist-data/README.md: does not repeat the description of ${BUNDLED_PACK_FILE} word for word`,
    ]);
  });
});
