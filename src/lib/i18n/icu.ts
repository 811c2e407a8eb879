import { IntlMessageFormat } from 'intl-messageformat';

/**
 * ICU MessageFormat (plural, select, number and date arguments) through intl-messageformat; plural
 * rules come from Intl.PluralRules of the language. Each message is compiled once per language and
 * kept: a screen that re-renders formats without parsing again. A message without `{` is returned
 * as it is, unparsed (most UI strings), so that the parser runs only for messages with arguments.
 */
const cache = new Map<string, IntlMessageFormat>();

export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

/**
 * Formats an ICU `pattern` (plural, select, number, date) with `values` in language `lang` (BCP 47;
 * plural rules of that language). Tags are not parsed (`<b>` stays text). A value missing from
 * `values` for an argument of the pattern is a bug: intl-messageformat throws.
 */
export function formatMessage(pattern: string, values: MessageValues = {}, lang = 'en'): string {
  if (!pattern.includes('{')) return pattern;
  const key = `${lang}\u0000${pattern}`;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = new IntlMessageFormat(pattern, lang, undefined, { ignoreTag: true });
    cache.set(key, compiled);
  }
  const out = compiled.format(values);
  return typeof out === 'string' ? out : String(out);
}
