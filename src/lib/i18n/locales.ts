import { english, englishTexts, type MessagePack, type Messages, type Texts } from './catalogue';
import { describeFailure, setFailureMessages } from './failures';
import { setEnglishMessageLookup } from './messageNames';
import { pairLanguageWords } from './languageWords';
import type { Failure } from '../schema/failures';
import { languagePackFound } from '../schema/languagePackValue';
import {
  figureLocale,
  isolateLeftToRight,
  setCurrentLanguage,
  setFigureConvention,
} from './format';
import { checkMessage, messageExcerpt } from './messageCheck';
import { isMsg } from './messages';
import { isRetiredKey } from './retired';
import {
  ENGLISH,
  englishInfo,
  canonicalTag,
  localeEntry,
  setActivation,
  setActiveLocale,
  t,
  type LocaleInfo,
  type MessageProblem,
  type MessageSource,
  type TextDirection,
} from './registry';
import { buildTexts as buildTree, isTree, replaceInPlace, type Tree } from './texts';

export * from './registry';

/**
 * The locale registry with the whole English catalogue: ./registry.ts (re-exported here) knows the
 * languages and holds `t`; this module resolves a language's words against all of English.
 *
 * English is bundled (src/lib/i18n/en) and always there. Other languages are registered with
 * `registerLocale`: a locale written in code (its messages a module loaded with `import()`, typed
 * `Messages` so the type checker asks for every key), or an installed language pack (messages read
 * from JSON, any subset of the keys). Either way the words are resolved key by key against English
 * (`resolveMessages`): a key the language leaves out, or whose ICU pattern does not parse or names
 * an argument English does not give, is shown in English.
 *
 * `t` is the active language's words for the screens; `activateLocale` fills it (src/startApp.ts
 * awaits that before the app mounts, so a chosen language never flashes English). The app start
 * loads only ./registry.ts, whose `t` holds the shell's and the home screen's English words; this
 * module (and with it every screen's English words, ./catalogue.ts) loads with the first screen or
 * component that imports it or ./index.ts, and completes `t` as it loads (below), so code that reads
 * a screen's words always finds them. A report in another language than the screen's gets its own
 * words from `textsFor(tag)`.
 */

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

// ---------------------------------------------------------------------------------------------
// Resolving a language's words against English

export { messageArguments } from './messageCheck';

/**
 * A language's words with per-key fallback to English: every key of English, taken from `pack` when
 * it gives a usable ICU string for it (`checkMessage` of ./messageCheck.ts: it parses, uses only
 * English's arguments in English's ways, keeps plural and select cases sane and shows something),
 * else English. `lang` is the language's tag (its plural rules). `dir`: the language's direction;
 * in a right-to-left language each English fallback is isolated left-to-right
 * (`isolateLeftToRight`), so its punctuation stays where English puts it. Pure; nothing is
 * registered or activated.
 */
export function resolveMessages(
  pack: MessagePack | Tree,
  lang: string = ENGLISH,
  dir: TextDirection = 'ltr',
): ResolvedMessages {
  const fallback = (english: string) => (dir === 'rtl' ? isolateLeftToRight(english) : english);
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
          problems.push({ key: at, kind: 'group-expected' });
        out[key] = walk(value, theirs[key], at);
        continue;
      }
      const englishPattern = isMsg(value) ? value.icu : (value as string);
      const translated = theirs[key];
      if (translated === undefined) {
        missing.push(at);
        out[key] = fallback(englishPattern);
        continue;
      }
      if (typeof translated !== 'string') {
        problems.push(
          isTree(translated)
            ? { key: at, kind: 'text-expected' }
            : { key: at, kind: 'not-a-text', found: languagePackFound(translated) },
        );
        out[key] = fallback(englishPattern);
        continue;
      }
      const problem = checkMessage(at, englishPattern, translated, lang);
      if (problem) problems.push(problem);
      out[key] = problem ? fallback(englishPattern) : translated;
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
 * language's digits and calendar; ./texts.ts).
 */
function buildTexts(messages: Messages, formatLocale: string, rtl = false): Texts {
  return buildTree(englishTexts, messages, formatLocale, rtl) as unknown as Texts;
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
  const entry = canonical ? localeEntry(canonical) : undefined;
  if (!entry) return { info: englishInfo, ...englishResolved };
  entry.resolved ??= loadSource(entry.source).then((pack) =>
    resolveMessages(pack, entry.info.tag, entry.info.dir),
  );
  const resolved = (await entry.resolved) as ResolvedMessages;
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

// A refusal of a language pack names a message by its English text ("the message for “Save”").
setEnglishMessageLookup((key) => {
  let at: unknown = englishResolved.messages;
  for (const part of key.split('.'))
    at = isTree(at) && Object.hasOwn(at, part) ? at[part] : undefined;
  if (typeof at === 'string') return { excerpt: messageExcerpt(at) };
  return isTree(at) ? 'group' : undefined;
});

/**
 * English's texts, built once and never replaced: the words of code that is given no language
 * (a report, CSV or regional file made without `textsFor`), which must not follow the screens'
 * language by accident as `t` does.
 */
export const englishWords: Texts = buildTexts(englishResolved.messages, figureLocale(ENGLISH));

// `t` (./registry.ts) held the shell's English words until now: from here on it holds every
// screen's, in English until another language is activated. This runs before any code that reads
// another screen's words, since that code imports this module (or ./index.ts) itself.
replaceInPlace(t, buildTexts(englishResolved.messages, figureLocale(ENGLISH)));
pairLanguageWords(englishResolved.messages.failures, figureLocale(ENGLISH), t);

/**
 * Makes `tag` the language of the screens with the whole catalogue (./registry.ts's
 * `activateLocale`, the public entry, calls this once this module is loaded): fills `t` in place,
 * and sets the text language of figures and dates (`currentLanguage`) and of failure sentences
 * (`describeFailure`). An unknown tag activates English.
 */
async function activateResolved(tag: string): Promise<LocaleInfo> {
  const { info, messages } = await loadLocale(tag);
  replaceInPlace(t, buildTexts(messages, figureLocale(info.tag), info.dir === 'rtl'));
  setCurrentLanguage(info.tag);
  setFailureMessages(messages.failures, figureLocale(info.tag));
  pairLanguageWords(messages.failures, figureLocale(info.tag), t);
  setActiveLocale(info);
  return info;
}
setActivation(activateResolved);
