import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import {
  hasPseudoMark,
  pseudoMessage,
  pseudoMessages,
  pseudoText,
} from '../../src/lib/i18n/pseudo';

const format = (pattern: string, values: Record<string, unknown> = {}) =>
  String(new IntlMessageFormat(pattern, 'en', undefined, { ignoreTag: true }).format(values));

describe('the pseudo-locale (issue 17)', () => {
  it('accents every letter, doubles vowels and brackets the message', () => {
    expect(pseudoMessage('Saved')).toBe('[Šååʋééď]');
    expect(pseudoText('Xyz 42 – ok')).toBe('Ẋýž 42 – ööķ');
    expect(hasPseudoMark(pseudoText('Export'))).toBe(true);
    expect(hasPseudoMark('Export 2026')).toBe(false);
  });

  it('is about 30 % longer than English for a sentence', () => {
    const english = 'Choose your State below and add it; then start its first assessment.';
    const ratio = pseudoMessage(english).length / english.length;
    expect(ratio).toBeGreaterThan(1.25);
    expect(ratio).toBeLessThan(1.6);
  });

  it('keeps placeholders, plural and select syntax, and formats like English', () => {
    const plural = '{count, plural, one {# file} other {# files}} from {state}';
    const pseudo = pseudoMessage(plural);
    expect(pseudo).toBe('[{count, plural, one {# ƒîîļéé} other {# ƒîîļééš}} ƒŕööɱ {state}]');
    expect(format(pseudo, { count: 1, state: 'Viet Nam' })).toBe('[1 ƒîîļéé ƒŕööɱ Viet Nam]');
    expect(format(pseudo, { count: 3, state: 'Viet Nam' })).toBe('[3 ƒîîļééš ƒŕööɱ Viet Nam]');
    const select = "{kind, select, pdf {PDF} other {file}} at {n, number, percent} isn''t '{x}'";
    const out = pseudoMessage(select);
    expect(out).toBe(
      "[{kind, select, pdf {ÞĎƑ} other {ƒîîļéé}} ååţ {n, number, percent} îîšñ''ţ '{x}']",
    );
    expect(format(out, { kind: 'pdf', n: 0.5 })).toBe("[ÞĎƑ ååţ 50% îîšñ'ţ {x}]");
  });

  it('keeps nested plurals inside a select', () => {
    const nested = '{g, select, a {{n, plural, one {# item} other {# items}}} other {none}}';
    expect(format(pseudoMessage(nested), { g: 'a', n: 2 })).toBe('[2 îîţééɱš]');
  });

  it('makes every message of a tree pseudo, keeping its keys', () => {
    const english = { home: { title: 'Home', count: '{n} States' }, ok: 'OK' };
    expect(pseudoMessages(english)).toEqual({
      home: { title: '[Ĥööɱéé]', count: '[{n} Šţååţééš]' },
      ok: '[ÖÖĶ]',
    });
  });
});

describe('the pseudo-locale in the registry', () => {
  it('is complete by construction: every English message comes back pseudo, none falls back', async () => {
    const { registerPseudoLocale, englishMessages } =
      await import('../../src/lib/i18n/languagePacks');
    const { loadLocale } = await import('../../src/lib/i18n/locales');
    registerPseudoLocale();
    const loaded = await loadLocale('en-XA');
    expect(loaded.problems).toEqual([]);
    // Every English leaf is a message (no lists left), so none falls back.
    expect(loaded.missing).toEqual([]);
    const leaves = (tree: object): string[] =>
      Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v as object)));
    const pseudo = leaves(loaded.messages);
    const english = leaves(englishMessages());
    const marked = pseudo.filter((m) => m.startsWith('[') && m.endsWith(']'));
    // English's lists are leaves of English but not of the pseudo-locale's own messages.
    expect(pseudo.length).toBe(english.length);
    expect(marked.length).toBeGreaterThan(800);
  });
});
