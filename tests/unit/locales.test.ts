import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Messages } from '../../src/lib/i18n';
import { currentLanguage, formatCount } from '../../src/lib/i18n/format';
import { describeFailure } from '../../src/lib/i18n/failures';
import {
  activateLocale,
  activeLocale,
  addLocaleSource,
  installedLocales,
  matchLocale,
  messageArguments,
  registerLocale,
  resolveMessages,
  t,
  textsFor,
  unregisterLocale,
} from '../../src/lib/i18n/locales';
import { pickLanguage } from '../../src/lib/state/language';

/** Issue 17: the locale registry, per-key fallback to English, ICU plurals, the default language. */

const POLISH_ACTIONS =
  '{count, plural, one {# działanie} few {# działania} many {# działań} other {# działania}}';

afterEach(async () => {
  await activateLocale('en');
  for (const { tag } of installedLocales()) unregisterLocale(tag);
});

describe('English, the model language', () => {
  it('says plurals with ICU plural rules, not hand-written endings', () => {
    expect(t.home.actionsCount(1)).toBe('1 practical action');
    expect(t.home.actionsCount(0)).toBe('0 practical actions');
    expect(t.home.actionsCount(2)).toBe('2 practical actions');
    expect(t.home.normsCaption(1, '1.1.0')).toBe('1 practical action in checklist version 1.1.0');
  });

  it('every English message parses as ICU MessageFormat', () => {
    const { messages, problems } = resolveMessages({});
    expect(problems).toEqual([]);
    const patterns: string[] = [];
    const walk = (node: unknown) => {
      if (typeof node === 'string') patterns.push(node);
      else if (node && typeof node === 'object') Object.values(node).forEach(walk);
    };
    walk(messages);
    expect(patterns.length).toBeGreaterThan(500);
    for (const pattern of patterns.filter((p) => p.includes('{')))
      expect(() => messageArguments(pattern), pattern).not.toThrow();
  });
});

describe('per-key fallback', () => {
  it('takes the keys a language gives and English for the others', async () => {
    registerLocale({
      tag: 'fr',
      name: 'Français',
      dir: 'ltr',
      messages: { common: { navHome: 'Accueil' }, home: { actionsCount: '{count} actions' } },
    });
    const { texts, info } = await textsFor('fr');
    expect(info.name).toBe('Français');
    expect(texts.common.navHome).toBe('Accueil');
    expect(texts.common.navPacks).toBe('Checklist packs');
    expect(texts.home.actionsCount(4)).toBe('4 actions');
    expect(texts.home.normsCaption(2, '1.0.0')).toBe(
      '2 practical actions in checklist version 1.0.0',
    );
    // The screens' words are untouched until the language is activated.
    expect(t.common.navHome).toBe('Home');
  });

  it('a key whose pattern does not parse, or names an argument English lacks, is English', () => {
    const { messages, problems, missing } = resolveMessages({
      home: { actionsCount: '{count, plural, one {# x}', normsCaption: '{actions} {nope}' },
      common: { navHome: 42 as unknown as string },
      nosuch: { key: 'x' },
    });
    expect(messages.home.actionsCount).toContain('practical action');
    expect(messages.home.normsCaption).toContain('checklist version');
    expect(messages.common.navHome).toBe('Home');
    expect(problems.map((p) => [p.key, p.kind])).toEqual(
      expect.arrayContaining([
        ['home.actionsCount', 'unparsable'],
        ['home.normsCaption', 'unknown-argument'],
        ['common.navHome', 'not-a-text'],
        ['nosuch', 'unknown-key'],
      ]),
    );
    expect(missing).toContain('common.navPacks');
  });

  it('a locale module loaded with import() is resolved the same way', async () => {
    const load = vi.fn(() => Promise.resolve({ default: { common: { navHome: 'Inicio' } } }));
    registerLocale({ tag: 'es', name: 'Español', dir: 'ltr', messages: load });
    expect(load).not.toHaveBeenCalled();
    expect((await textsFor('es')).texts.common.navHome).toBe('Inicio');
    await textsFor('es');
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('plural rules of the language (Intl.PluralRules)', () => {
  it('Polish has one, few and many', async () => {
    registerLocale({
      tag: 'pl',
      name: 'Polski',
      dir: 'ltr',
      messages: { home: { actionsCount: POLISH_ACTIONS } },
    });
    const { texts } = await textsFor('pl');
    expect([1, 3, 5, 22, 25].map((n) => texts.home.actionsCount(n))).toEqual([
      '1 działanie',
      '3 działania',
      '5 działań',
      '22 działania',
      '25 działań',
    ]);
  });
});

describe('activating a language', () => {
  it('fills t in place and sets the text language of figures and failures', async () => {
    const common = t.common;
    registerLocale({
      tag: 'pl',
      name: 'Polski',
      dir: 'ltr',
      messages: {
        common: { navHome: 'Start' },
        failures: { failures: { 'file.unreadable': 'nie można odczytać pliku' } },
      },
    });
    const info = await activateLocale('pl');
    expect(info.tag).toBe('pl');
    expect(activeLocale().tag).toBe('pl');
    expect(common.navHome).toBe('Start');
    expect(currentLanguage()).toBe('pl');
    expect(describeFailure({ code: 'file.unreadable' })).toBe('nie można odczytać pliku');
    await activateLocale('en');
    expect(common.navHome).toBe('Home');
    expect(describeFailure({ code: 'file.unreadable' })).toBe('the file could not be read');
  });

  it('an unknown tag activates English', async () => {
    expect((await activateLocale('zz')).tag).toBe('en');
    expect(t.common.navHome).toBe('Home');
  });

  it('Latin digits unless the language declares its numbering system', async () => {
    registerLocale({ tag: 'my', name: 'မြန်မာ', dir: 'ltr', numberingSystem: 'mymr', messages: {} });
    registerLocale({ tag: 'th', name: 'ไทย', dir: 'ltr', messages: {} });
    await activateLocale('my');
    expect(formatCount(1234)).toBe('၁,၂၃၄');
    expect(t.home.actionsCount(3)).toBe('၃ practical actions');
    expect(formatCount(1234, 'en')).toBe('1,234');
    await activateLocale('th');
    expect(formatCount(1234)).toBe('1,234');
  });

  it('registerLocale refuses a malformed tag and English', () => {
    expect(() =>
      registerLocale({ tag: 'not a tag', name: 'x', dir: 'ltr', messages: {} }),
    ).toThrow();
    expect(() => registerLocale({ tag: 'en', name: 'x', dir: 'ltr', messages: {} })).toThrow();
  });
});

describe('the default language', () => {
  it('matches the browser languages against the installed ones', () => {
    const installed = ['en', 'fr', 'th-TH', 'zh-Hans'];
    expect(matchLocale(['fr-CA', 'en'], installed)).toBe('fr');
    expect(matchLocale(['de', 'th'], installed)).toBe('th-TH');
    expect(matchLocale(['zh-Hant-TW'], installed)).toBe('en');
    expect(matchLocale(['zh-CN'], installed)).toBe('zh-Hans');
    expect(matchLocale(['de-DE'], installed)).toBe('en');
    expect(matchLocale(['@@@', 'fr'], installed)).toBe('fr');
    expect(matchLocale([], installed)).toBe('en');
  });

  it('the remembered choice wins; else the browser; installed packs read only when needed', async () => {
    const source = vi.fn(() => {
      registerLocale({ tag: 'vi', name: 'Tiếng Việt', dir: 'ltr', messages: {}, origin: 'pack' });
      return Promise.resolve();
    });
    addLocaleSource(source);
    expect(await pickLanguage(null, ['en-GB', 'en'])).toBe('en');
    expect(source).not.toHaveBeenCalled();
    expect(await pickLanguage(null, ['vi-VN', 'en'])).toBe('vi');
    expect(source).toHaveBeenCalledTimes(1);
    expect(await pickLanguage('en', ['vi-VN'])).toBe('en');
    expect(await pickLanguage('xx', ['vi'])).toBe('vi');
    expect(await pickLanguage('vi', [])).toBe('vi');
  });
});

// A locale written in code must give every key (checked by svelte-check / tsc, not at run time).
// @ts-expect-error -- `common` and the other namespaces are missing
export const incomplete: Messages = { home: {} };
