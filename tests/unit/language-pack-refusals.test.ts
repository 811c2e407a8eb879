import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/lib/i18n/failures';
import { installLanguagePackFile } from '../../src/lib/state/languagePacks';
import { listLanguagePacks, removeLanguagePack } from '../../src/lib/storage/languagePacks';
import { unregisterLocale } from '../../src/lib/i18n/locales';
import { codeLikeFaults, schemaWordFaults } from './codeLikeText';
import { languagePackTemplate } from '../../src/lib/domain/languagePack';

/**
 * Issue 17, session 6 (langwords item 1): testers installed hand-made and slightly broken language
 * packs and were told "translator must be an object", "message workspace.title does not match any
 * allowed form". Every refusal of a language pack is now a sentence a translator understands: it
 * names the message by its English text and key and says what is wrong, never a word of the file
 * format's code. This test installs one broken pack of each kind through the real install path
 * (read, parse, check against English) and fails on code-like text (the checks of
 * tests/unit/failure-words.test.ts) and on the format's type words ("object", "string", "union").
 */

const FILE = 'th.json';

/** A valid Thai language pack; each case below breaks one thing of it. */
const good = () => ({
  ...languagePackTemplate({}, '2026-11-30'),
  tag: 'th',
  name: 'ไทย',
  translator: { name: 'Somchai P.', date: '2026-11-30' } as Record<string, unknown>,
  messages: { common: { loading: 'กำลังโหลด…' }, home: { title: 'หน้าแรก' } } as Record<
    string,
    unknown
  >,
});

type Pack = ReturnType<typeof good>;
const edit = (change: (pack: Pack) => unknown): unknown => change(good());
const withMessages = (messages: Record<string, unknown>) =>
  edit((p) => ({ ...p, messages: { ...p.messages, ...messages } }));

const fileOf = (data: unknown, name = FILE) =>
  new File([typeof data === 'string' ? data : JSON.stringify(data)], name, {
    type: 'application/json',
  });

/**
 * One broken file of each kind, with a part of the sentence it must say (the refusal's words are
 * judged in full by the checks below). `installs`: the app accepts it (said in the case's name).
 */
const cases: { name: string; file: File; says: RegExp | string; installs?: true }[] = [
  {
    name: 'no translator',
    file: fileOf(edit(({ translator: _, ...p }) => p)),
    says: 'th.json: The file does not say who translated it: add a “translator” with a “name”',
  },
  {
    name: 'translator given as a text',
    file: fileOf(edit((p) => ({ ...p, translator: 'Somchai P.' }))),
    says: 'The translator is given as a single text: give the translator’s “name” and the “date”',
  },
  {
    name: 'translator with an empty name',
    file: fileOf(edit((p) => ({ ...p, translator: { ...p.translator, name: '  ' } }))),
    says: 'The translator’s name is empty or shows nothing',
  },
  {
    name: 'translator without a date',
    file: fileOf(edit((p) => ({ ...p, translator: { name: 'Somchai P.' } }))),
    says: 'The date of the translation is missing or not a real date',
  },
  {
    name: 'messages not a group',
    file: fileOf(edit((p) => ({ ...p, messages: ['กำลังโหลด…'] }))),
    says: 'The “messages” must be grouped by screen as in the template; the file has a list there.',
  },
  {
    name: 'a message that is a number',
    file: fileOf(withMessages({ home: { title: 3 } })),
    says: 'th.json: The message for “\u2068Norms Implementation Checklist\u2069” (\u2068home.title\u2069) is a number: a message is a text in quotation marks.',
  },
  {
    name: 'a message that is a list',
    file: fileOf(withMessages({ home: { title: ['หน้า', 'แรก'] } })),
    says: /The message for “\u2068Norms Implementation Checklist\u2069” \(\u2068home\.title\u2069\) is a list/,
  },
  {
    name: 'an ICU syntax error, with its position',
    file: fileOf(withMessages({ home: { title: 'หน้าแรก {x' } })),
    says: 'The message for “\u2068Norms Implementation Checklist\u2069” (\u2068home.title\u2069) cannot be read at character 9: a placeholder is not closed with “}”.',
  },
  {
    name: 'an unknown argument',
    file: fileOf(withMessages({ common: { loading: 'กำลังโหลด {count}' } })),
    says: /The message for “\u2068Loading…\u2069” \(\u2068common\.loading\u2069\) uses “\u2068\{count\}\u2069”, which the English message does not have \(it has no placeholder\)\./,
  },
  {
    // fixlangpack item 1: "Norm 13" for "Norm 13({letter})" made the 11 norms read the same.
    name: 'a placeholder of English left out',
    file: fileOf(withMessages({ common: { norm: 'Norm 13' } })),
    says: 'The message for “\u2068Norm 13({letter})\u2069” (\u2068common.norm\u2069) leaves out “\u2068{letter}\u2069”, which the English message shows',
  },
  {
    name: 'a plural without its other case',
    file: fileOf(withMessages({ home: { title: '{count, plural, one {# ข้อ}}' } })),
    says: 'a plural or a choice lacks its “other” case, which every plural and choice needs',
  },
  {
    name: 'a bad locale tag',
    file: fileOf(edit((p) => ({ ...p, tag: 'Thai language' }))),
    says: '“\u2068Thai language\u2069” is not a language tag: write the language’s code, such as “th”',
  },
  {
    name: 'a key that does not exist (refused: the whole pack)',
    file: fileOf(withMessages({ home: { titel: 'หน้าแรก' } })),
    says: 'The message \u2068home.titel\u2069 is not a message of this app (a misspelt name, or one of another version), so the pack was refused',
  },
  {
    name: 'a message far too long',
    file: fileOf(withMessages({ home: { title: 'ก'.repeat(4001) } })),
    says: 'The message for “\u2068Norms Implementation Checklist\u2069” (\u2068home.title\u2069) is longer than 4,000 characters.',
  },
  {
    name: 'a 5 MB file',
    file: fileOf(' '.repeat(5 * 1024 * 1024 + 1)),
    says: 'th.json: the file is larger than 5 MB, so it is not a language pack',
  },
  {
    name: 'not JSON',
    file: fileOf('{\n  "type": "nic-language-pack",\n  "version" 1\n}'),
    says: 'th.json: the file cannot be read as a language pack: its text is not valid JSON (at line 3, character 13',
  },
  {
    name: 'JSON null',
    file: fileOf('null'),
    says: 'th.json: this is not a language pack: the file does not say what it is',
  },
  {
    name: 'a checklist pack given as a language pack',
    file: fileOf({ type: 'nic-checklist-pack', formatVersion: 3, id: 'asean-nic' }),
    says: 'th.json: this is a checklist pack, not a language pack: install it under Checklist packs above',
  },
  {
    name: 'an export file given as a language pack',
    file: fileOf({ type: 'nic-export', version: 5, states: [] }),
    says: 'th.json: this is an export of assessments, not a language pack: import it on the Backup screen',
  },
  {
    name: 'a field the format does not have',
    file: fileOf(edit((p) => ({ ...p, translater: 'Somchai P.' }))),
    says: 'The file has a field “\u2068translater\u2069” that a language pack does not have',
  },
  {
    name: 'no language name',
    file: fileOf(edit(({ name: _, ...p }) => p)),
    says: 'The file does not give the language’s name',
  },
];

afterEach(async () => {
  for (const { pack } of (await listLanguagePacks()).packs) {
    await removeLanguagePack(pack.tag);
    unregisterLocale(pack.tag);
  }
});

describe('a broken language pack is refused in words a translator understands', () => {
  for (const { name, file, says } of cases)
    it(`${name}: says what is wrong and where, stores nothing`, async () => {
      const result = await installLanguagePackFile(file);
      expect(result.ok).toBe(false);
      const text = result.ok ? '' : describeFailure(result);
      if (typeof says === 'string') expect(text).toContain(says);
      else expect(text).toMatch(says);
      const faults = text
        .split('\n')
        .flatMap((line) => [...codeLikeFaults(line, FILE), ...schemaWordFaults(line, FILE)]);
      expect(faults, text).toEqual([]);
      expect((await listLanguagePacks()).packs).toEqual([]);
    });

  it('a retired key is ignored: the pack installs (a pack of an earlier version)', async () => {
    const result = await installLanguagePackFile(
      fileOf(withMessages({ compare: { loadedHeading: 'โหลดแล้ว' } })),
    );
    expect(result.ok).toBe(true);
    expect((await listLanguagePacks()).packs.map((p) => p.pack.tag)).toEqual(['th']);
  });

  it('lists every problem of a file at once, one sentence a line', async () => {
    const result = await installLanguagePackFile(
      fileOf(
        edit((p) => ({
          ...p,
          tag: 'thai!',
          translator: 'Somchai',
          messages: { home: { title: 3 }, common: { loading: [] } },
        })),
      ),
    );
    const lines = result.ok ? [] : describeFailure(result).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^th\.json: “\u2068thai!\u2069” is not a language tag/);
    expect(lines.slice(1).every((line) => /^[A-Z“]/.test(line))).toBe(true);
  });
});
