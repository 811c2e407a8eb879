import { describe, expect, it } from 'vitest';
import { parseLanguagePack } from '../../src/lib/domain/languagePack';
import { describeFailure } from '../../src/lib/i18n/failures';
import { checkLanguagePack, englishMessages } from '../../src/lib/i18n/languagePacks';
import { resolveMessages } from '../../src/lib/i18n/locales';
import type { LanguagePack, MessageTree } from '../../src/lib/schema/languagePack';

/**
 * Issue 17, language packs (session 4, items 1 and 2): every value of a pack is checked against
 * its English message at install, whether or not English has a placeholder.
 */

const pack = (messages: MessageTree, tag = 'vi', name = 'Tiếng Việt'): LanguagePack => ({
  type: 'nic-language-pack',
  version: 1,
  tag,
  name,
  dir: 'ltr',
  translator: { name: 'Nguyễn A.', date: '2026-11-30' },
  messages,
});

/** The refusal of a pack, as data: [key, kind, detail] per problem; [] when it installs. */
function refusal(messages: MessageTree, tag = 'vi') {
  const r = checkLanguagePack(pack(messages, tag), 'vi.json');
  if (r.ok) return [];
  expect(r.code).toBe('language-pack.invalid');
  return r.code === 'language-pack.invalid'
    ? r.problems.map((p) => [
        'key' in p ? p.key : '',
        p.kind,
        'detail' in p && typeof p.detail === 'string' ? p.detail : '',
      ])
    : [];
}

describe('a pack value is valid ICU with English arguments (item 1)', () => {
  it('refuses broken ICU where English has no placeholder: "Trang chủ {x" is not shown raw', () => {
    expect(refusal({ common: { navHome: 'Trang chủ {x' } })).toEqual([
      ['common.navHome', 'unparsable', 'EXPECT_ARGUMENT_CLOSING_BRACE'],
    ]);
    // The message names the key and the fault.
    const r = checkLanguagePack(pack({ common: { navHome: 'Trang chủ {x' } }), 'vi.json');
    expect(r.ok ? '' : describeFailure(r)).toBe(
      'vi.json: The message for “\u2068Home\u2069” (\u2068common.navHome\u2069) cannot be read at character 11: a placeholder is not closed with “}”. Keep the words in curly brackets as the English message has them.',
    );
    // A stored pack that does not fit any more shows English for that key, never the raw value.
    const { messages } = resolveMessages({ common: { navHome: 'Trang chủ {x' } }, 'vi');
    expect(messages.common.navHome).toBe('Home');
  });

  it('refuses a placeholder English does not give, also in a message without any', () => {
    expect(refusal({ common: { navHome: 'Trang chủ {x}' } })).toEqual([
      ['common.navHome', 'unknown-argument', 'x'],
    ]);
  });

  it('accepts plain text, apostrophes and a count shown as it is', () => {
    expect(
      refusal({
        common: { navHome: 'Trang chủ', appName: "Danh mục l'ASEAN" },
        home: { actionsCount: '{count} hành động' },
      }),
    ).toEqual([]);
  });

  it('keeps plural and select sane: cases the language or English has, arguments used as English does', () => {
    // French plural rules have one, many and other, not few.
    expect(
      refusal(
        { home: { actionsCount: '{count, plural, one {# action} few {# x} other {# actions}}' } },
        'fr',
      ),
    ).toEqual([['home.actionsCount', 'unknown-case', 'few']]);
    // Polish has few and many; exact cases are fine.
    expect(
      refusal(
        {
          home: {
            actionsCount:
              '{count, plural, =0 {brak działań} one {# działanie} few {# działania} many {# działań} other {# działania}}',
          },
        },
        'pl',
      ),
    ).toEqual([]);
    // A count used as a choice, a text formatted as a date (it would throw when shown).
    expect(refusal({ home: { actionsCount: '{count, select, one {x} other {y}}' } })).toEqual([
      ['home.actionsCount', 'argument-type', 'count'],
    ]);
    expect(refusal({ packs: { installedOn: 'Cài đặt {date, date, short}' } })).toEqual([
      ['packs.installedOn', 'argument-type', 'date'],
    ]);
    // fixlangpack item 1: every placeholder English uses is kept; a plural's case may leave `#` out
    // (the argument is still used by the plural), a translation without the argument may not.
    expect(refusal({ common: { norm: 'Norm 13' } })).toEqual([
      ['common.norm', 'missing-argument', 'letter'],
    ]);
    expect(
      refusal(
        { home: { actionsCount: '{count, plural, one {une action} other {# actions}}' } },
        'fr',
      ),
    ).toEqual([]);
    expect(refusal({ home: { actionsCount: 'des actions' } }, 'fr')).toEqual([
      ['home.actionsCount', 'missing-argument', 'count'],
    ]);
    // A select case English does not have is never chosen: a misspelling.
    expect(
      refusal({
        coordinator: {
          changedBy: 'bởi {known, select, yes {{by}} yess {?} other {không rõ}}, {at}',
        },
      }),
    ).toEqual([['coordinator.changedBy', 'unknown-case', 'yess']]);
  });

  it('English itself passes its own checks (the template installs)', () => {
    expect(refusal(englishMessages(), 'vi')).toEqual([]);
    expect(resolveMessages(englishMessages(), 'ar').problems).toEqual([]);
  });
});

describe('a pack value shows something (item 2)', () => {
  const invisible = [
    '\u200B',
    '\u200C\u200D',
    '\u2060',
    '\uFEFF',
    '\u200E\u200F',
    '\u202A\u202C',
    '\u2068\u2069',
    '   ',
    '\u00A0\u3000',
  ];

  it.each(invisible.map((v) => [JSON.stringify(v), v]))(
    'refuses %s as the app name',
    (_, value) => {
      expect(refusal({ common: { appName: value } })).toEqual([
        ['common.appName', 'invisible', ''],
      ]);
    },
  );

  it('refuses a message whose every branch is invisible, in words', () => {
    const value = '{count, plural, one {\u200B} other {\u2060}}';
    expect(refusal({ home: { actionsCount: value } })).toEqual([
      ['home.actionsCount', 'invisible', ''],
    ]);
    const r = checkLanguagePack(pack({ common: { appName: '\u200B\u200B' } }), 'vi.json');
    expect(r.ok ? '' : describeFailure(r)).toBe(
      'vi.json: The message for “\u2068Norms Implementation Checklist\u2069” (\u2068common.appName\u2069) shows nothing: only spaces or invisible characters (zero-width, bidi marks).',
    );
  });

  it('refuses an invisible language name or translator name', () => {
    const r = parseLanguagePack(pack({}, 'vi', '\u200B\u200D'), 'vi.json');
    expect(r.ok ? '' : describeFailure(r)).toBe(
      'vi.json: The language’s name shows nothing: only spaces or invisible characters (zero-width, bidi marks).',
    );
    const t = parseLanguagePack(
      { ...pack({}), translator: { name: '\uFEFF', date: '2026-11-30' } },
      'vi.json',
    );
    expect(t.ok).toBe(false);
  });
});
