import { readFileSync } from 'node:fs';
import { describeFailure } from '../../src/lib/i18n/failures';
import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { checkPackFile } from '../../src/lib/domain/checklistData';
import { localisedText } from '../../src/lib/domain/packText';
import { parsePack } from '../../src/lib/domain/parsePack';
import { scoreAssessment } from '../../src/lib/domain/scoring';
import {
  packSchemaV1,
  packSchemaV2,
  type ChecklistPack,
  type ChecklistPackInputV2,
} from '../../src/lib/schema/pack';
import { upgradePackV1 } from '../../src/lib/schema/packUpgrade';
import { makeAnswer } from '../fixtures/factories/answers';

const FORMAT1_FILE = 'tests/fixtures/packs/format1-small.json';
const UPGRADED_FILE = 'tests/fixtures/packs/format1-small.upgraded.json';

/** A small valid format-2 pack; pass overrides to break exactly the rule under test. */
function v2(overrides: Partial<ChecklistPackInputV2> = {}): ChecklistPackInputV2 {
  const source = {
    label: 'A/70/174, para. 13(a)',
    kind: 'gge-2015',
    basis: 'official-text',
  } as const;
  return {
    type: 'nic-checklist-pack',
    formatVersion: 2,
    id: 'official-test',
    version: '1.0.0',
    releaseDate: '2026-12-01',
    language: 'en',
    title: 'Official test pack',
    publisher: 'Test Secretariat',
    status: 'official',
    issuer: 'Test Organisation',
    document: { reference: 'DOC/1', date: '2024-09-30' },
    distribution: 'restricted',
    focusAreas: [],
    norms: [
      {
        id: '13a',
        letter: 'a',
        title: 'Norm 13(a)',
        officialText: 'States should cooperate.',
        reference: 'A/70/174, para. 13(a)',
        summary: 'Official text only.',
      },
    ],
    normQuestions: [],
    actions: [
      { id: 'a-1', normId: '13a', text: 'States should cooperate', focusAreaIds: [], source },
      { id: 'a-2', normId: '13a', text: 'cooperate', focusAreaIds: [], source },
    ],
    ...overrides,
  };
}

const problems = (input: unknown) => {
  const result = parsePack(input, 'p.json');
  return result.ok ? '' : describeFailure(result);
};

describe('pack format 1 (shipped): stored fixture and upgrade step', () => {
  const text = readFileSync(FORMAT1_FILE, 'utf8');

  it('the stored format-1 file still passes the format-1 schema as written', () => {
    expect(packSchemaV1.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it('upgrades to format 2 exactly as the stored expectation says', () => {
    const read = checkPackFile(FORMAT1_FILE, text);
    expect(read.ok ? '' : describeFailure(read)).toBe('');
    const expected = JSON.parse(readFileSync(UPGRADED_FILE, 'utf8')) as ChecklistPack;
    expect(read.ok && read.value).toEqual(expected);
    expect(packSchemaV2.safeParse(expected).success).toBe(true);
  });

  it('takes the cautious reading: unofficial, restricted, basis from the kind', () => {
    const up = upgradePackV1(packSchemaV1.parse(JSON.parse(text)));
    expect(up).toMatchObject({
      formatVersion: 2,
      status: 'unofficial',
      distribution: 'restricted',
    });
    expect(up.issuer).toBe(up.publisher);
    for (const a of up.actions)
      expect(a.source.basis).toBe(
        a.source.kind === 'gge-2015' ? 'derived-official' : 'secondary-summary',
      );
  });

  it('refuses a newer pack format and says to update the app', () => {
    expect(problems({ ...v2(), formatVersion: 3 })).toBe(
      'p.json: the pack was written in pack format 3; this app reads formats 1–2. Update the app.',
    );
  });
});

describe('pack format 2: schema rules', () => {
  it('accepts an official pack with no focus areas and no RAP mapping', () => {
    expect(problems(v2())).toBe('');
  });

  it('requires status, issuer and distribution, and checks their values', () => {
    const { status: _s, ...noStatus } = v2();
    expect(problems(noStatus)).toMatch(/^p\.json: status must /);
    expect(problems(v2({ distribution: 'secret' as never }))).toMatch(
      /^p\.json: distribution must /,
    );
    expect(problems(v2({ document: { reference: 'DOC/1', date: '2024-02-30' } }))).toContain(
      'p.json: date of source document is not a real calendar date',
    );
  });

  it('requires a basis on every source', () => {
    const input = v2();
    const { basis: _b, ...noBasis } = input.actions[0]!.source;
    input.actions[0] = { ...input.actions[0]!, source: noBasis as never };
    expect(problems(input)).toMatch(
      /^p\.json: basis of source of practical action \u2068[^\u2069]+\u2069 must /,
    );
  });

  it('requires focusAreaMapping when an action names focus areas', () => {
    const input = v2({
      focusAreas: [
        {
          id: 'rap-1',
          number: 1,
          name: 'Cooperation',
          source: { label: 'x', kind: 'asean', basis: 'official-text' },
        },
      ],
    });
    input.actions[0] = { ...input.actions[0]!, focusAreaIds: ['rap-1'] };
    expect(problems(input)).toBe(
      'p.json: focus-area mapping of practical action \u2068a-1\u2069 must say who mapped the action to its focus areas ("official" or "judgement")',
    );
  });

  it('checks equivalences: known items of this pack, another pack, no duplicate pack', () => {
    const eq = (itemId: string, packId = 'asean-nic-gge2015') => ({
      packId,
      mapping: 'official' as const,
      items: [{ itemId, equivalentIds: ['13a-01'] }],
    });
    expect(problems(v2({ equivalents: [eq('a-1')] }))).toBe('');
    expect(problems(v2({ equivalents: [eq('zz')] }))).toBe(
      'p.json: practical action \u2068zz\u2069 of equivalence with pack \u2068asean-nic-gge2015\u2069 names an unknown practical action "zz"',
    );
    expect(problems(v2({ equivalents: [eq('a-1', 'official-test')] }))).toMatch(/names this pack/);
    expect(problems(v2({ equivalents: [eq('a-1'), eq('a-2')] }))).toMatch(
      /holds the pack "asean-nic-gge2015" twice/,
    );
  });

  it('checks translations: other languages only, known ids, no official wording', () => {
    const tr = {
      language: 'th',
      translator: 'Unofficial translation',
      actions: { 'a-1': { text: 'ข้อ' } },
    };
    expect(problems(v2({ translations: [tr] }))).toBe('');
    expect(problems(v2({ translations: [{ ...tr, language: 'en' }] }))).toMatch(
      /pack's own language/,
    );
    expect(problems(v2({ translations: [{ ...tr, actions: { nope: { text: 'x' } } }] }))).toBe(
      'p.json: practical action \u2068nope\u2069 of translation into \u2068th\u2069 names an unknown practical action "nope"',
    );
    const official = { ...tr, norms: { '13a': { officialText: 'แปล' } } };
    expect(problems(v2({ translations: [official as never] }))).toMatch(
      /norm \u206813a\u2069 of translation into \u2068th\u2069 has unknown field "officialText"/,
    );
  });
});

describe('translations lookup (for language packs)', () => {
  const pack = (() => {
    const r = parsePack(
      v2({
        translations: [
          {
            language: 'th',
            translator: 'Unofficial translation',
            norms: { '13a': { title: 'บรรทัดฐาน 13(a)' } },
            actions: { 'a-1': { text: 'รัฐควรร่วมมือ' } },
          },
        ],
      }),
      'p.json',
    );
    if (!r.ok) throw new Error(describeFailure(r));
    return r.value;
  })();

  it('gives the translation, matching on the primary language subtag', () => {
    expect(localisedText(pack, 'th-TH', { kind: 'action', id: 'a-1', field: 'text' })).toEqual({
      text: 'รัฐควรร่วมมือ',
      language: 'th',
      fallback: false,
      official: false,
      translator: 'Unofficial translation',
    });
  });

  it('falls back to the pack language, and says so', () => {
    expect(localisedText(pack, 'th', { kind: 'action', id: 'a-2', field: 'text' })).toMatchObject({
      text: 'cooperate',
      language: 'en',
      fallback: true,
    });
    expect(localisedText(pack, 'vi', { kind: 'norm', id: '13a', field: 'title' })?.fallback).toBe(
      true,
    );
  });

  it('keeps the official wording in its original language, labelled official', () => {
    expect(localisedText(pack, 'th', { kind: 'norm', id: '13a', field: 'officialText' })).toEqual({
      text: 'States should cooperate.',
      language: 'en',
      fallback: false,
      official: true,
    });
  });

  it('returns undefined for an unknown item or a missing field', () => {
    expect(localisedText(pack, 'th', { kind: 'action', id: 'zz', field: 'text' })).toBeUndefined();
    expect(
      localisedText(pack, 'th', { kind: 'action', id: 'a-1', field: 'guidance' }),
    ).toBeUndefined();
  });
});

describe('scores when actions have no focus area', () => {
  it('leaves them out of focus-area scores and counts them', () => {
    const mixed = (() => {
      const r = parsePack(
        {
          ...bundledPack,
          id: 'mixed',
          actions: bundledPack.actions.map((a, i) =>
            i < 3 ? { ...a, focusAreaIds: [], focusAreaMapping: undefined } : a,
          ),
        },
        'mixed.json',
      );
      if (!r.ok) throw new Error(describeFailure(r));
      return r.value;
    })();
    const answers = mixed.actions
      .slice(0, 3)
      .map((a) => makeAnswer({ itemId: a.id, status: 'fully' }));
    const score = scoreAssessment({ pack: mixed, answers });
    expect(score.unmappedItems).toBe(3);
    const listed = new Set(score.focusAreas.flatMap((f) => f.itemIds));
    for (const a of mixed.actions.slice(0, 3)) expect(listed.has(a.id)).toBe(false);
    expect(score.norms.find((n) => n.normId === '13a')!.score).toBeGreaterThan(0);
  });
});
