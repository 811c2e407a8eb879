import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/lib/i18n/failures';
import {
  countMessages,
  coveragePercent,
  languagePackTemplate,
  parseLanguagePack,
} from '../../src/lib/domain/languagePack';
import {
  listLanguagePacks,
  removeLanguagePack,
  saveLanguagePack,
} from '../../src/lib/storage/languagePacks';
import { db } from '../../src/lib/storage/db';
import type { LanguagePack } from '../../src/lib/schema/languagePack';

/** A small valid Thai language pack. */
const thai = (overrides: Partial<LanguagePack> = {}): LanguagePack => ({
  type: 'nic-language-pack',
  version: 1,
  tag: 'th',
  name: 'ไทย',
  dir: 'ltr',
  translator: { name: 'Somchai P.', organisation: 'Test Ministry', date: '2026-11-30' },
  messages: { common: { loading: 'กำลังโหลด…' }, home: { title: 'หน้าแรก' } },
  ...overrides,
});

const words = (data: unknown) => {
  const r = parseLanguagePack(data, 'th.json');
  return r.ok ? '' : describeFailure(r);
};

describe('language pack files (issue 17)', () => {
  it('reads a valid pack', () => {
    const r = parseLanguagePack(thai(), 'th.json');
    expect(r.ok && r.value.translator.name).toBe('Somchai P.');
  });

  it('refuses unknown keys, a wrong type, a newer version and a shipped language, in words', () => {
    expect(words({ ...thai(), extra: 1 })).toMatch(
      /^th\.json: The file has a field “\u2068extra\u2069” that a language pack does not have/,
    );
    expect(words({ ...thai(), translator: { name: 'A', date: '2026-11-30', x: 1 } })).toMatch(
      /^th\.json: The translator has a field “\u2068x\u2069” that a language pack does not have/,
    );
    expect(words({ ...thai(), type: 'nic-checklist-pack' })).toBe(
      'th.json: this is a checklist pack, not a language pack: install it under Checklist packs above',
    );
    expect(words({ ...thai(), version: 2 })).toMatch(
      /language pack version 2; this app reads up to 1/,
    );
    expect(words(thai({ tag: 'en' }))).toMatch(/"en" is a language the app ships/);
    expect(words({ ...thai(), translator: undefined })).toBe(
      'th.json: The file does not say who translated it: add a “translator” with a “name” and the “date” of the translation.',
    );
    expect(words({ ...thai(), messages: { home: { title: 3 } } })).toBe(
      'th.json: The message for “\u2068Norms Implementation Checklist\u2069” (\u2068home.title\u2069) is a number: a message is a text in quotation marks.',
    );
  });

  it('words the problems of messages one per line, counting those left out', () => {
    const text = describeFailure({
      code: 'language-pack.invalid',
      source: 'th.json',
      problems: [
        { key: 'home.titel', kind: 'unknown-key' },
        { key: 'home.title', kind: 'unknown-argument', detail: 'total', english: [] },
        { key: 'home.x', kind: 'unparsable', detail: 'EXPECT_ARGUMENT_CLOSING_BRACE' },
      ],
      more: 2,
    });
    expect(text.split('\n')).toEqual([
      'th.json: The message \u2068home.titel\u2069 is not a message of this app (a misspelt name, or one of another version), so the pack was refused: correct or remove it. The template lists every message.',
      'The message for “\u2068Norms Implementation Checklist\u2069” (\u2068home.title\u2069) uses “\u2068{total}\u2069”, which the English message does not have (it has no placeholder).',
      'The message \u2068home.x\u2069 cannot be read: a placeholder is not closed with “}”. Keep the words in curly brackets as the English message has them.',
      '…and 2 more problems',
    ]);
  });

  it('counts messages and coverage', () => {
    expect(countMessages({ a: 'x', b: { c: 'y', d: { e: 'z' } } })).toBe(3);
    expect(coveragePercent(2, 3)).toBe(66);
    expect(coveragePercent(3, 3)).toBe(100);
    expect(coveragePercent(0, 0)).toBe(100);
  });

  it('writes a template for translators that reads back as it was written', () => {
    const template = languagePackTemplate(
      { home: { title: 'Home', count: '{count, plural, one {# State} other {# States}}' } },
      '2026-11-30',
    );
    const back = parseLanguagePack(JSON.parse(JSON.stringify(template, null, 2)), 'template.json');
    expect(back).toEqual({ ok: true, value: template });
  });
});

describe('installed language packs in storage', () => {
  beforeEach(async () => {
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores, lists, replaces and removes a pack', async () => {
    await saveLanguagePack(thai(), new Date('2026-11-30T01:00:00Z'));
    await saveLanguagePack(thai({ tag: 'vi', name: 'Tiếng Việt' }));
    await saveLanguagePack(thai({ name: 'ภาษาไทย' }), new Date('2026-11-30T02:00:00Z'));
    const { packs, broken } = await listLanguagePacks();
    expect(broken).toEqual([]);
    expect(packs.map((p) => [p.pack.tag, p.pack.name])).toEqual([
      ['th', 'ภาษาไทย'],
      ['vi', 'Tiếng Việt'],
    ]);
    expect(packs[0]!.installedAt).toBe('2026-11-30T02:00:00.000Z');
    expect(await removeLanguagePack('th')).toEqual({ ok: true, value: true });
    expect((await listLanguagePacks()).packs.map((p) => p.pack.tag)).toEqual(['vi']);
    const again = await removeLanguagePack('th');
    expect(again.ok ? '' : describeFailure(again)).toBe('no language pack "th" is installed');
  });

  it('reports a damaged stored pack and does not list it', async () => {
    await db.meta.put({ key: 'languagePack:xx', value: { installedAt: 'x', pack: { type: 1 } } });
    const { packs, broken } = await listLanguagePacks();
    expect(packs).toEqual([]);
    expect(describeFailure(broken[0]!)).toMatch(
      /^stored language pack xx: this is not a language pack/,
    );
  });
});
