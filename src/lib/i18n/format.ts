/**
 * The one home of number and date formatting (with `formatPercent` / `formatChange` in
 * src/lib/domain/scoring.ts, which own the rounding of scores and changes and take the locale this
 * module gives them). Pure: runs in node (report CLI) and in the browser.
 *
 * The rule (issue 13 item 7): **the language of the text decides how figures and dates look**, not
 * the browser's locale. A Burmese-locale browser showing English text prints Latin digits; a Thai
 * locale prints Gregorian years inside English sentences. Every function takes the language of the
 * text it writes into (a BCP 47 tag such as "en"; default: `currentLanguage()`), and `figureLocale`
 * turns it into the Intl locale: that language with Latin digits and the Gregorian calendar unless
 * the language declares others (`setFigureConvention`, from the locale registry). Figures in the PDF therefore always use
 * digits the embedded fonts print.
 */

import { clockParts } from '../domain/names';

/** Digits and calendar a text language asks for; a language not listed gets Latin / Gregorian. */
export interface FigureConvention {
  numberingSystem: string;
  calendar: string;
}

/**
 * Languages whose texts use other digits or another calendar, by BCP 47 tag (or bare language):
 * filled by the locale registry (src/lib/i18n/locales.ts) from what each locale declares. English
 * and any language that declares nothing get Latin digits and the Gregorian calendar.
 */
const figureConventions = new Map<string, FigureConvention>();

/** Records the digits and calendar a language declares (`tag` canonical, e.g. "my" or "th-TH"). */
export function setFigureConvention(tag: string, convention: FigureConvention): void {
  figureConventions.set(tag, convention);
  figureLocales.clear();
}

const DEFAULT_CONVENTION: FigureConvention = { numberingSystem: 'latn', calendar: 'gregory' };

let language = 'en';

/**
 * The language of the text the app shows and writes: the single place that says which locale is
 * current. English today; the locale registry (src/lib/i18n) sets it with `setCurrentLanguage`.
 */
export const currentLanguage = (): string => language;

/** Sets the text language (a BCP 47 tag); formatting follows it from the next call on. */
export function setCurrentLanguage(tag: string): void {
  language = canonical(tag) ?? 'en';
}

function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * Computed once per tag: two Intl.Locale objects per call made figureLocale most of the regional
 * view's script time with 200 files (it runs for every percentage cell; docs/bench.md).
 */
const figureLocales = new Map<string, string>();

/**
 * The Intl locale for figures and dates written in text of `lang` (a BCP 47 tag, e.g. "en" or
 * "th-TH"): the tag without any Unicode extension the caller brought, plus `-u-ca-…-nu-…` from
 * what the language declared (`setFigureConvention`) (default Gregorian calendar, Latin digits). A tag Intl does not know falls
 * back to "en".
 */
export function figureLocale(lang: string = currentLanguage()): string {
  const known = figureLocales.get(lang);
  if (known !== undefined) return known;
  let base: Intl.Locale;
  try {
    base = new Intl.Locale(lang);
  } catch {
    base = new Intl.Locale('en');
  }
  const plain = [base.language, base.script, base.region].filter(Boolean).join('-');
  const convention =
    figureConventions.get(plain) ?? figureConventions.get(base.language) ?? DEFAULT_CONVENTION;
  const locale = new Intl.Locale(plain, {
    calendar: convention.calendar,
    numberingSystem: convention.numberingSystem,
  }).toString();
  figureLocales.set(lang, locale);
  return locale;
}

/** @deprecated name kept for existing callers: the figure locale of the current text language. */
export const defaultLocale = (): string => figureLocale();

// ---------------------------------------------------------------------------------------------
// Date style: the user's choice (a setting, remembered by src/lib/state/displaySettings.svelte.ts)

/**
 * How calendar dates are written: "day-month" 30 Nov 2026, "month-day" Nov 30, 2026, "iso"
 * 2026-11-30. A language with its own date order ignores the first two (its own order is used).
 */
export const DATE_STYLES = ['day-month', 'month-day', 'iso'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];
export const DEFAULT_DATE_STYLE: DateStyle = 'day-month';

let dateStyle: DateStyle = DEFAULT_DATE_STYLE;
let dateStyleSource: (() => DateStyle) | null = null;

/**
 * The date style in force: the remembered setting (src/lib/state/displaySettings.svelte.ts hands
 * its reactive value in with `useDateStyleSource`, so screens redraw their dates when it changes).
 */
export const currentDateStyle = (): DateStyle => dateStyleSource?.() ?? dateStyle;

/**
 * Sets the date style used when no settings source is set (`useDateStyleSource`); tests and node
 * scripts call it, the app reads the user's choice through the source.
 */
export function setDateStyle(style: DateStyle): void {
  dateStyle = style;
}

/** Lets the settings state be the source of the date style (read on every call). */
export function useDateStyleSource(source: (() => DateStyle) | null): void {
  dateStyleSource = source;
}

/** Whether a stored or given value is one of `DATE_STYLES` (a remembered choice is read back with it). */
export const isDateStyle = (value: unknown): value is DateStyle =>
  typeof value === 'string' && (DATE_STYLES as readonly string[]).includes(value);

/** `dateLocale`'s answers by figure locale and style (two Intl.Locale objects per call otherwise). */
const dateLocales = new Map<string, string>();

/**
 * The Intl locale for dates in text of `lang`: its figure locale (digits and calendar included), and
 * for English the day/month order of the style (en-GB / en-US). Keyed by the figure locale, not by
 * `lang`, so that a language whose digits or calendar change (a reinstalled pack) never keeps the
 * old answer.
 */
function dateLocale(lang: string, style: DateStyle): string {
  const loc = figureLocale(lang);
  const key = `${loc}|${style}`;
  let out = dateLocales.get(key);
  if (out === undefined) {
    const base = new Intl.Locale(loc);
    out =
      base.language !== 'en' || style === 'iso'
        ? loc
        : new Intl.Locale(`en-${style === 'month-day' ? 'US' : 'GB'}`, {
            calendar: base.calendar ?? 'gregory',
            numberingSystem: base.numberingSystem ?? 'latn',
          }).toString();
    dateLocales.set(key, out);
  }
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** One choice of date style as the setting offers it: the styles that look alike, and how. */
export interface DateStyleChoice {
  /** The styles this choice stands for (several when they format alike in the language). */
  styles: DateStyle[];
  /** `sample` written in these styles. */
  example: string;
}

/**
 * The date styles as distinct choices in a language (`lang`, default `currentLanguage()`), each
 * with `sample` (YYYY-MM-DD) written in it: styles that write the sample identically (in French,
 * day-month and month-day both follow French order) are one choice, so that no two choices read the
 * same.
 */
export function dateStyleChoices(
  sample: string,
  lang: string = currentLanguage(),
): DateStyleChoice[] {
  const choices: DateStyleChoice[] = [];
  for (const style of DATE_STYLES) {
    const example = formatDay(sample, { lang, style });
    const same = choices.find((c) => c.example === example);
    if (same) same.styles.push(style);
    else choices.push({ styles: [style], example });
  }
  return choices;
}

/**
 * Date formatters by the Intl locale they format in and their options: building an
 * Intl.DateTimeFormat costs far more than formatting, and a home screen with 500 assessments
 * formats 1,000 days (measured: most of its script time before this cache; docs/bench.md). Keyed by
 * the locale (`dateLocale`: the language with its digits, calendar and date order), never by the
 * tag the caller gave: a formatter made for Arabic (its dates carry U+200F / U+061C marks) can only
 * be found again for Arabic, and a language whose digits change gets a new formatter.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function df(lang: string, style: DateStyle, options: Intl.DateTimeFormatOptions) {
  const locale = dateLocale(lang, style);
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, f);
  }
  return f;
}

export interface DateOptions {
  /** Language of the surrounding text; default `currentLanguage()`. */
  lang?: string;
  /** Default `currentDateStyle()`. */
  style?: DateStyle;
}

/**
 * Whether a date can be written in words as it is: a real day (2023-02-29 would print as 1 March)
 * in a year from 1 (the calendars print year 0 as "1", the year before it) to 9999.
 */
const faithful = (d: Date, isoDay?: string): boolean =>
  !Number.isNaN(d.getTime()) &&
  d.getUTCFullYear() >= 1 &&
  d.getUTCFullYear() <= 9999 &&
  (isoDay === undefined || d.toISOString().slice(0, 10) === isoDay);

/**
 * A calendar date "YYYY-MM-DD" is a day, not an instant: formatted in UTC so that no time zone
 * moves it to the day before. The second argument may be the language tag (older callers). A date
 * that cannot be written faithfully (not a real day, year 0) is returned as written.
 */
export function formatDay(isoDate: string, options: DateOptions | string = {}): string {
  const { lang = currentLanguage(), style = currentDateStyle() } =
    typeof options === 'string' ? { lang: options } : options;
  const d = new Date(`${isoDate}T00:00:00Z`);
  if (!faithful(d, isoDate)) return isoDate;
  if (style === 'iso')
    return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return df(lang, style, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

/** An instant (ISO timestamp) in the user's own time zone (or `timeZone`); one in year 0 or after 9999 as written. */
export function formatInstant(
  isoTimestamp: string,
  options: DateOptions | string = {},
  timeZone?: string,
): string {
  const { lang = currentLanguage(), style = currentDateStyle() } =
    typeof options === 'string' ? { lang: options } : options;
  const d = new Date(isoTimestamp);
  if (!faithful(d)) return isoTimestamp;
  if (style === 'iso') {
    const parts = clockParts(d, timeZone, true);
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
  }
  return df(lang, style, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(d);
}

// ---------------------------------------------------------------------------------------------
// Numbers

const numberFormats = new Map<string, Intl.NumberFormat>();
function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, f);
  }
  return f;
}

/** A plain number (weights, gaps, points) to at most `digits` decimals, in the text's language. */
export function formatNumber(value: number, lang: string = currentLanguage(), digits = 2): string {
  return nf(figureLocale(lang), { maximumFractionDigits: digits }).format(value);
}

/** A count (items, States, files): a whole number, in the text's language. */
export function formatCount(value: number, lang: string = currentLanguage()): string {
  return nf(figureLocale(lang), { maximumFractionDigits: 0 }).format(value);
}

/**
 * A size in bytes as the language writes it, in steps of 1,024 (byte, kB, MB, GB; whole bytes spelt
 * out, larger units short with at most one decimal), in the digits of the language.
 */
export function formatBytes(bytes: number, lang: string = currentLanguage()): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return nf(figureLocale(lang), {
    style: 'unit',
    unit: units[unit],
    // Bytes are spelt out: the short form is "0 byte" in English (no plural); kB, MB, GB are short.
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * A list of words or values as the text's language joins them ("a, b and c" / "a, b or c"; "unit":
 * commas only, for web addresses or codes). Intl.ListFormat in the text's language (default
 * `currentLanguage()`), kept per language and type. The items are written as given.
 */
export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction',
  lang: string = currentLanguage(),
): string {
  const locale = figureLocale(lang);
  const key = `${locale}|${type}`;
  let f = listFormats.get(key);
  if (!f) {
    f = new Intl.ListFormat(locale, { type, style: type === 'unit' ? 'short' : 'long' });
    listFormats.set(key, f);
  }
  return f.format(items);
}

/** Direction controls: marks, embeddings, overrides and isolates (UAX #9 explicit formatting). */
const DIRECTION_CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/gu;
/** A right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko… and presentation forms). */
const RTL_LETTER =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * A name that came with a file (its file name, or a record's name in it) put inside a sentence:
 * its direction controls shown as "\uFFFD" and, when it holds a right-to-left letter, isolated.
 * A file named "zz-hostile-\u202Egnp.json" read as "….png" and turned the whole refusal
 * around it backwards (tester N); a name is data, so its invisible controls are made visible
 * rather than obeyed. A plain name comes back as it is.
 */
export function nameInSentence(name: string): string {
  const shown = name.replace(DIRECTION_CONTROLS, '\uFFFD');
  return RTL_LETTER.test(shown) ? isolate(shown) : shown;
}

/**
 * User text inside a sentence, wrapped in Unicode isolates (U+2068 FIRST STRONG ISOLATE … U+2069 POP
 * DIRECTIONAL ISOLATE): a title in Arabic script, or one carrying a right-to-left override, keeps
 * its own direction without reordering the sentence around it (Unicode bidi algorithm, UAX #9,
 * rule X5c). Where user text stands alone in markup, views use `<bdi>` instead.
 */
export function isolate(userText: string): string {
  return `\u2068${userText}\u2069`;
}

/**
 * English text shown in place of a message a right-to-left language leaves untranslated (or gives
 * unusably), wrapped in U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP DIRECTIONAL ISOLATE: on an Arabic
 * page "Saved." read ".Saved" (the page's direction took the full stop to the other end). The one
 * place that marks such a fallback (langpacks item 2): ./locales.ts `resolveMessages` wraps every
 * English pattern it falls back to for a right-to-left language with it, so the screens, failure
 * sentences and the report (PDF and DOCX, whose writers read the isolate as the paragraph's
 * direction) all show it the same way. Left-to-right, not first-strong: an English sentence that
 * starts with an Arabic name is still an English sentence.
 */
export function isolateLeftToRight(text: string): string {
  return `\u2066${text}\u2069`;
}

/**
 * User text quoted inside a sentence, cut to `max` characters (code points, so no emoji or Thai
 * vowel is split from its surrogate pair) with "…" when longer: a refusal names what it refuses,
 * but must not echo a 25,000-character paste back into the page.
 */
export function excerpt(text: string, max = 80): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max).join('')}…`;
}
