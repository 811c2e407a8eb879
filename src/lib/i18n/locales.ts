import type { LanguagePackProblem } from '../schema/failures';
import { english, englishTexts, type MessagePack, type Messages, type Texts } from './catalogue';
import { describeFailure, setFailureMessages } from './failures';
import { pairLanguageWords } from './languageWords';
import type { Failure } from '../schema/failures';
import { figureLocale, setCurrentLanguage, setFigureConvention } from './format';
import { formatMessage } from './icu';
import { checkMessage } from './messageCheck';
import { isMsg, isolateUserText } from './messages';
import { isRetiredKey } from './retired';

/**
 * The locale registry: which languages the app can show, their words, and the one that is active.
 *
 * English is bundled (src/lib/i18n/en) and always there. Other languages are registered with
 * `registerLocale`: a locale written in code (its messages a module loaded with `import()`, typed
 * `Messages` so the type checker asks for every key), or an installed language pack (messages read
 * from JSON, any subset of the keys). Either way the words are resolved key by key against English
 * (`resolveMessages`): a key the language leaves out, or whose ICU pattern does not parse or names
 * an argument English does not give, is shown in English.
 *
 * `t` is the active language's words for the screens; `activateLocale` fills it (src/main.ts awaits
 * that before the app mounts, so a chosen language never flashes English). A report in another
 * language than the screen's gets its own words from `textsFor(tag)`.
 */

/** Writing direction of a language. */
export type TextDirection = 'ltr' | 'rtl';

/** What the app knows of a language without loading its words. */
export interface LocaleInfo {
  /** BCP 47 tag, canonical ("en", "th", "my-MM", "en-XA"). */
  tag: string;
  /** The language's own name, as the chooser lists it ("English", "ไทย"). */
  name: string;
  dir: TextDirection;
  /**
   * Digits for figures and dates in text of this language (an Intl numbering system such as
   * "latn", "thai", "mymr"); default "latn". A language only gets other digits if it says so.
   */
  numberingSystem?: string;
  /** Calendar for dates (an Intl calendar such as "gregory", "buddhist"); default "gregory". */
  calendar?: string;
  /** Who translated it (a language pack must say). English has none. */
  translator?: string;
  /** Where it comes from: bundled English, a locale module in code, or an installed language pack. */
  origin: 'bundled' | 'code' | 'pack';
}

/** The messages of a locale, or a loader of them (`() => import('./xx')`, loaded when first used). */
export type MessageSource =
  MessagePack | (() => Promise<MessagePack | { default: MessagePack } | { messages: MessagePack }>);

/** Argument of `registerLocale`. */
export interface LocaleDefinition extends Omit<LocaleInfo, 'origin' | 'tag'> {
  tag: string;
  messages: MessageSource;
  /** Default "code"; language packs say "pack". */
  origin?: 'code' | 'pack';
}

/** One key of a language that is shown in English instead, and why (./messageCheck.ts). */
export type MessageProblem = LanguagePackProblem;

/** A language's words after per-key fallback: complete, plus what fell back and why. */
export interface ResolvedMessages {
  messages: Messages;
  /** Keys the language leaves out (shown in English). */
  missing: string[];
  /** Keys the language gives but that cannot be used (shown in English), and unknown keys. */
  problems: MessageProblem[];
  /**
   * Keys the language gives that an earlier version of the app had and this one retired
   * (./retired.ts): ignored, neither shown nor counted as a problem or a translation.
   */
  retired: string[];
}

/** The tag of the bundled model language. */
export const ENGLISH = 'en';

const englishInfo: LocaleInfo = { tag: ENGLISH, name: 'English', dir: 'ltr', origin: 'bundled' };

interface Entry {
  info: LocaleInfo;
  source: MessageSource;
  resolved?: Promise<ResolvedMessages>;
}

const registry = new Map<string, Entry>();

const listeners = new Set<() => void>();

/**
 * Calls `listener` whenever a language is added, replaced or removed (an installed or removed
 * language pack), so that lists of languages (the chooser, the report's language) follow the
 * registry without a reload (src/lib/state/languages.svelte.ts). Returns the unsubscribe.
 */
export function onLocalesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  for (const listener of listeners) listener();
}

/** The canonical form of a BCP 47 tag, or null when it is not one. */
export function canonicalTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** True for a well-formed BCP 47 language tag (what a language pack's `tag` must be). */
export const isLocaleTag = (tag: unknown): tag is string =>
  typeof tag === 'string' && canonicalTag(tag) !== null;

/**
 * Adds a language (or replaces one of the same tag, e.g. a newer language pack). The tag is
 * canonicalised; English cannot be replaced. Throws on a malformed tag (a bug: language packs are
 * checked by their schema before they get here).
 */
export function registerLocale(definition: LocaleDefinition): LocaleInfo {
  const tag = canonicalTag(definition.tag);
  if (!tag) throw new Error(`registerLocale: "${definition.tag}" is not a BCP 47 tag`);
  if (tag === ENGLISH) throw new Error('registerLocale: English is bundled and cannot be replaced');
  const { messages, origin = 'code', ...rest } = definition;
  const info: LocaleInfo = { ...rest, tag, origin };
  registry.set(tag, { info, source: messages });
  changed();
  return info;
}

/** Removes a registered language (an uninstalled language pack). English stays. */
export function unregisterLocale(tag: string): void {
  const canonical = canonicalTag(tag);
  if (canonical && canonical !== ENGLISH && registry.delete(canonical)) changed();
}

/** The languages the app can show: English first, then the others by tag. */
export function installedLocales(): LocaleInfo[] {
  return [englishInfo, ...[...registry.values()].map((e) => e.info)].sort((a, b) =>
    a.tag === ENGLISH ? -1 : b.tag === ENGLISH ? 1 : a.tag.localeCompare(b.tag),
  );
}

/** The registered language of `tag` (canonicalised), or undefined. */
export function localeInfo(tag: string): LocaleInfo | undefined {
  const canonical = canonicalTag(tag);
  if (canonical === ENGLISH) return englishInfo;
  return canonical ? registry.get(canonical)?.info : undefined;
}

const sources: (() => Promise<void>)[] = [];
let sourcesLoaded: Promise<void> | null = null;

/**
 * Adds a source of languages that must be read before they can be listed (installed language packs
 * in IndexedDB): `load` registers them with `registerLocale`. Sources are read once, when the app
 * needs a language it does not have yet or lists them all (`loadLocaleSources`).
 */
export function addLocaleSource(load: () => Promise<void>): void {
  sources.push(load);
  sourcesLoaded = null;
}

/**
 * Reads every source added with `addLocaleSource` (once; a later call waits for the same read).
 * A source that fails is logged and skipped: English and the other languages still work.
 */
export function loadLocaleSources(): Promise<void> {
  sourcesLoaded ??= Promise.all(
    sources.map((load) =>
      load().catch((error: unknown) => console.error('A language source failed', error)),
    ),
  ).then(() => undefined);
  return sourcesLoaded;
}

/**
 * The best installed language for a user who asks for `requested` in order of preference
 * (`navigator.languages`): the first requested tag that is installed exactly, else the first whose
 * language is installed ("fr-CA" → "fr", "th" → "th-TH"; "zh-Hant" never becomes "zh-Hans"),
 * else English. Malformed tags are skipped. `available` defaults to the installed languages.
 */
export function matchLocale(
  requested: readonly string[],
  available: readonly string[] = installedLocales().map((l) => l.tag),
): string {
  const installed = available.map((tag) => ({ tag, locale: new Intl.Locale(tag) }));
  for (const wanted of requested) {
    const canonical = canonicalTag(wanted);
    if (!canonical) continue;
    const exact = installed.find((l) => l.tag.toLowerCase() === canonical.toLowerCase());
    if (exact) return exact.tag;
    const w = new Intl.Locale(canonical).maximize();
    const sameLanguage = installed.filter((l) => {
      const m = l.locale.maximize();
      return m.language === w.language && m.script === w.script;
    });
    // A plain language ("fr") before a regional one ("fr-BE") when the region does not match.
    const best =
      sameLanguage.find((l) => l.locale.region === w.region) ??
      sameLanguage.find((l) => !l.locale.region) ??
      sameLanguage[0];
    if (best) return best.tag;
  }
  return ENGLISH;
}

// ---------------------------------------------------------------------------------------------
// Resolving a language's words against English

export { messageArguments } from './messageCheck';

type Tree = { readonly [key: string]: unknown };
const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !isMsg(value);

/**
 * A language's words with per-key fallback to English: every key of English, taken from `pack` when
 * it gives a usable ICU string for it (`checkMessage` of ./messageCheck.ts: it parses, uses only
 * English's arguments in English's ways, keeps plural and select cases sane and shows something),
 * else English. `lang` is the language's tag (its plural rules). Pure; nothing is registered or
 * activated.
 */
export function resolveMessages(
  pack: MessagePack | Tree,
  lang: string = ENGLISH,
): ResolvedMessages {
  const missing: string[] = [];
  const problems: MessageProblem[] = [];
  const retired: string[] = [];
  const walk = (en: Tree, given: unknown, path: string): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    const theirs = isTree(given) ? given : {};
    for (const [key, value] of Object.entries(en)) {
      const at = path ? `${path}.${key}` : key;
      if (typeof value === 'function') continue; // not yet a message: English code, not translatable
      if (isTree(value)) {
        if (theirs[key] !== undefined && !isTree(theirs[key]))
          problems.push({ key: at, kind: 'not-a-string' });
        out[key] = walk(value, theirs[key], at);
        continue;
      }
      const englishPattern = isMsg(value) ? value.icu : (value as string);
      const translated = theirs[key];
      if (translated === undefined) {
        missing.push(at);
        out[key] = englishPattern;
        continue;
      }
      if (typeof translated !== 'string') {
        problems.push({ key: at, kind: 'not-a-string' });
        out[key] = englishPattern;
        continue;
      }
      const problem = checkMessage(at, englishPattern, translated, lang);
      if (problem) problems.push(problem);
      out[key] = problem ? englishPattern : translated;
    }
    for (const key of Object.keys(theirs)) {
      if (key in en) continue;
      const at = path ? `${path}.${key}` : key;
      // A pack made for an earlier version may carry a retired key: it still installs.
      if (isRetiredKey(at)) retired.push(...leafKeys(theirs[key], at));
      else problems.push({ key: at, kind: 'unknown-key' });
    }
    return out;
  };
  const messages = walk(english, pack, '') as unknown as Messages;
  return { messages, missing, problems, retired };
}

/** The message keys of `value` under `at`: `at` itself for a message, its leaves for a namespace. */
function leafKeys(value: unknown, at: string): string[] {
  if (!isTree(value)) return [at];
  return Object.entries(value).flatMap(([key, v]) => leafKeys(v, `${at}.${key}`));
}

// ---------------------------------------------------------------------------------------------
// Texts: the words a screen or report reads

/**
 * The texts of a resolved language for code to read: plain messages as strings, messages with
 * arguments as functions (formatted with intl-messageformat in `formatLocale`, which carries the
 * language's digits and calendar).
 */
function buildTexts(messages: Messages, formatLocale: string, rtl = false): Texts {
  // User text is isolated on screens; the report's words are laid out by the PDF and DOCX
  // writers, which set each run's direction themselves and would draw the isolate marks.
  const walk = (en: Tree, m: Tree, screen: boolean): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(en)) {
      if (typeof value === 'function') out[key] = value;
      else if (isMsg(value)) {
        const pattern = m[key] as string;
        out[key] = (...a: unknown[]) => {
          const values = value.args(...a);
          return formatMessage(
            pattern,
            screen ? isolateUserText(values, rtl) : values,
            formatLocale,
          );
        };
      } else if (isTree(value)) out[key] = walk(value, m[key] as Tree, screen && key !== 'report');
      else out[key] = m[key];
    }
    return out;
  };
  return walk(englishTexts, messages, true) as unknown as Texts;
}

/** Copies `from` into `into` key by key, keeping `into`'s objects (code may hold on to them). */
function replaceInPlace(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(from)) {
    const current = into[key];
    if (isTree(value) && isTree(current) && typeof value !== 'function')
      replaceInPlace(current, value);
    else into[key] = value;
  }
}

const englishResolved: ResolvedMessages = {
  messages: resolveMessages({}).messages,
  missing: [],
  problems: [],
  retired: [],
};

async function loadSource(source: MessageSource): Promise<MessagePack> {
  if (typeof source !== 'function') return source;
  const loaded = await source();
  if ('default' in loaded && isTree(loaded.default)) return loaded.default;
  if ('messages' in loaded && isTree(loaded.messages)) return loaded.messages;
  return loaded as MessagePack;
}

/**
 * The words of an installed language, resolved against English (loaded once, then kept). An
 * unknown tag gives English. Also records the language's digits and calendar for `figureLocale`.
 */
export async function loadLocale(tag: string): Promise<{ info: LocaleInfo } & ResolvedMessages> {
  const canonical = canonicalTag(tag);
  const entry = canonical ? registry.get(canonical) : undefined;
  if (!entry) return { info: englishInfo, ...englishResolved };
  entry.resolved ??= loadSource(entry.source).then((pack) => resolveMessages(pack, entry.info.tag));
  const resolved = await entry.resolved;
  setFigureConvention(entry.info.tag, {
    numberingSystem: entry.info.numberingSystem ?? 'latn',
    calendar: entry.info.calendar ?? 'gregory',
  });
  return { info: entry.info, ...resolved };
}

/**
 * The texts of a language (e.g. for a report in another language than the screen's): loaded and
 * resolved with per-key fallback, figures in that language's digits. An unknown tag gives English.
 */
export async function textsFor(tag: string): Promise<{
  info: LocaleInfo;
  texts: Texts;
  /** A failure in this language, every nested part (import problems…) included. */
  describe: (failure: Failure) => string;
}> {
  const { info, messages } = await loadLocale(tag);
  const lang = figureLocale(info.tag);
  const texts = buildTexts(messages, lang, info.dir === 'rtl');
  pairLanguageWords(messages.failures, lang, texts);
  return { info, texts, describe: (failure) => describeFailure(failure, messages.failures, lang) };
}

/**
 * English's texts, built once and never replaced: the words of code that is given no language
 * (a report, CSV or regional file made without `textsFor`), which must not follow the screens'
 * language by accident as `t` does.
 */
export const englishWords: Texts = buildTexts(englishResolved.messages, figureLocale(ENGLISH));

/** The words of the screens, in the active language (English until `activateLocale` runs). */
export const t: Texts = buildTexts(englishResolved.messages, figureLocale(ENGLISH));

// The screens' texts are English's until another language is activated.
pairLanguageWords(englishResolved.messages.failures, figureLocale(ENGLISH), t);

let active: LocaleInfo = englishInfo;

/** The language the screens show. */
export const activeLocale = (): LocaleInfo => active;

/**
 * Makes `tag` the language of the screens: fills `t` in place, and sets the text language of
 * figures and dates (`currentLanguage`) and of failure sentences (`describeFailure`). An unknown
 * tag activates English. Resolves to the language activated. Screens already drawn are not
 * redrawn: the app activates before it mounts, and reloads to change language.
 */
export async function activateLocale(tag: string): Promise<LocaleInfo> {
  const { info, messages } = await loadLocale(tag);
  replaceInPlace(t, buildTexts(messages, figureLocale(info.tag), info.dir === 'rtl'));
  setCurrentLanguage(info.tag);
  setFailureMessages(messages.failures, figureLocale(info.tag));
  pairLanguageWords(messages.failures, figureLocale(info.tag), t);
  active = info;
  return info;
}
