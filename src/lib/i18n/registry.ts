import type { LanguagePackMessageProblem } from '../schema/failures';
import type { MessagePack, Texts } from './catalogue';
import { figureLocale, setCurrentLanguage } from './format';
import { shellTexts } from './shellTexts';
import { buildTexts, englishPatterns } from './texts';

/**
 * The locale registry: which languages the app can show, and the one that is active, with `t`, the
 * active language's words. The light half of the i18n layer, in the app start: it holds English's
 * shell and home namespaces only (./shellTexts.ts). Resolving a language's words against the whole
 * of English (per-key fallback, language packs, reports in another language) is ./locales.ts, which
 * holds the whole catalogue and loads with the first screen that needs it (every view and component
 * but the shell's reads `t` through ./index.ts or ./locales.ts); when it loads it completes `t`.
 * ./locales.ts re-exports all of this module: other code imports from there.
 *
 * English is bundled (src/lib/i18n/en) and always there. Other languages are registered with
 * `registerLocale`: a locale written in code (its messages a module loaded with `import()`, typed
 * `Messages` so the type checker asks for every key), or an installed language pack (messages read
 * from JSON, any subset of the keys).
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
export type MessageProblem = LanguagePackMessageProblem;

/** The tag of the bundled model language. */
export const ENGLISH = 'en';

/** English's description (its words are ./catalogue.ts). */
export const englishInfo: LocaleInfo = {
  tag: ENGLISH,
  name: 'English',
  dir: 'ltr',
  origin: 'bundled',
};

/** A registered language: what is known of it, where its words come from. */
export interface LocaleEntry {
  info: LocaleInfo;
  source: MessageSource;
  /** Its words resolved against English, once loaded (./locales.ts fills this). */
  resolved?: Promise<unknown>;
}

const registry = new Map<string, LocaleEntry>();

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

/** The registered language of canonical tag `tag` with its source (for ./locales.ts), or undefined. */
export function localeEntry(tag: string): LocaleEntry | undefined {
  return registry.get(tag);
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
// The active language and `t`

/**
 * The words of the screens, in the active language. Until ./locales.ts has loaded it holds
 * English's shell and home namespaces only (./shellTexts.ts; typed as the whole catalogue, which
 * it is from then on: ./locales.ts fills the rest in place when it loads, before any code that
 * reads the rest can run, since that code imports ./locales.ts itself).
 */
export const t = buildTexts(
  shellTexts,
  englishPatterns(shellTexts),
  figureLocale(ENGLISH),
) as Texts;

let active: LocaleInfo = englishInfo;

/** The language the screens show. */
export const activeLocale = (): LocaleInfo => active;

/** Records the language the screens show (./locales.ts, once it has filled `t`). */
export function setActiveLocale(info: LocaleInfo): void {
  active = info;
}

/** Activation with the whole catalogue: set by ./locales.ts when it loads. */
let activateResolved: ((tag: string) => Promise<LocaleInfo>) | null = null;

/** ./locales.ts hands over its activation (which resolves a language against all of English). */
export function setActivation(activate: (tag: string) => Promise<LocaleInfo>): void {
  activateResolved = activate;
}

/**
 * Makes `tag` the language of the screens: fills `t` in place, and sets the text language of
 * figures and dates (`currentLanguage`) and of failure sentences (`describeFailure`). An unknown
 * tag activates English. Resolves to the language activated. Screens already drawn are not
 * redrawn: the app activates before it mounts, and reloads to change language.
 *
 * English at start-up needs nothing more than this module (its shell words are in `t` already);
 * any other language is resolved against the whole English catalogue, so ./locales.ts is loaded
 * first (a language pack's keys are checked against all of English's).
 */
export async function activateLocale(tag: string): Promise<LocaleInfo> {
  const canonical = canonicalTag(tag);
  const english = canonical === ENGLISH || !canonical || !registry.has(canonical);
  if (english && !activateResolved) {
    setCurrentLanguage(ENGLISH);
    active = englishInfo;
    return englishInfo;
  }
  if (!activateResolved) await import('./locales');
  return activateResolved!(tag);
}
