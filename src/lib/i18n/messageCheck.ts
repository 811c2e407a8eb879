import { IntlMessageFormat } from 'intl-messageformat';
import { hasVisibleText } from '../domain/importChecks';
import type { LanguagePackMessageProblem } from '../schema/failures';

/**
 * The install rule for one translated message (issue 17): a language's value for a key is checked
 * against the English message of that key before it is ever shown. It must
 * - parse as ICU MessageFormat (intl-messageformat's parser), even where English has no
 *   placeholder: a value is shown through the same parser whatever English looks like, and
 *   "Trang chủ {x" is a broken message, not text;
 * - use every argument English uses (somewhere: a plural's case may leave `#` out), and
 * - use only the arguments English gives, each in a way the English value allows (a date only as a
 *   date, a select only where English selects on it, with no case English does not know; a plural
 *   only on what English counts or shows as it is, with cases of the language's plural rules);
 * - show something: a value of only zero-width, bidi or other invisible characters would be an
 *   invisible app name or tab title.
 * A value that breaks a rule is one typed problem naming the key (the pack is refused at install;
 * a stored pack that no longer fits falls back to English for that key).
 */

/** The parts of intl-messageformat's syntax tree that the checks read. */
interface Element {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Element[] }>;
  pluralType?: 'cardinal' | 'ordinal';
  children?: Element[];
}

// Element types of @formatjs/icu-messageformat-parser (TYPE): literal … tag.
const LITERAL = 0;
const ARGUMENT = 1;
const NUMBER = 2;
const DATE = 3;
const TIME = 4;
const SELECT = 5;
const PLURAL = 6;
const POUND = 7;

/** How a message uses one argument: as it is, or formatted as a number, date, select or plural. */
type Use = 'argument' | 'number' | 'date' | 'time' | 'select' | 'plural';

const USE_OF: Record<number, Use> = {
  [ARGUMENT]: 'argument',
  [NUMBER]: 'number',
  [DATE]: 'date',
  [TIME]: 'time',
  [SELECT]: 'select',
  [PLURAL]: 'plural',
};

/** What a message does with its arguments: every use of each, and the cases of its choices. */
interface Shape {
  uses: Map<string, Set<Use>>;
  /** The cases of each select and plural argument. */
  cases: Map<string, Set<string>>;
  /** Whether it shows anything (visible text, an argument or a `#`, in some branch). */
  visible: boolean;
  /**
   * Arguments used outside every select and plural case: shown whatever the cases hold, so a
   * translation must keep them. One used only inside a case may go with a case the translation
   * folds into `other`.
   */
  topLevel: Set<string>;
}

/** The syntax tree of an ICU pattern (throws the parser's error when it does not parse). */
function parse(pattern: string): Element[] {
  return new IntlMessageFormat(pattern, 'en', undefined, { ignoreTag: true }).getAst();
}

function shapeOf(elements: Element[]): Shape {
  const shape: Shape = { uses: new Map(), cases: new Map(), visible: false, topLevel: new Set() };
  const walk = (list: Element[], top: boolean) => {
    for (const el of list) {
      if (el.type === LITERAL) {
        if (typeof el.value === 'string' && hasVisibleText(el.value)) shape.visible = true;
        continue;
      }
      if (el.type === POUND) shape.visible = true;
      const use = USE_OF[el.type];
      if (use && typeof el.value === 'string') {
        const name = el.value;
        if (top) shape.topLevel.add(name);
        if (!shape.uses.has(name)) shape.uses.set(name, new Set());
        shape.uses.get(name)!.add(use);
        if (use !== 'select' && use !== 'plural') shape.visible = true;
        if (use === 'select' || use === 'plural') {
          if (!shape.cases.has(name)) shape.cases.set(name, new Set());
          for (const key of Object.keys(el.options ?? {})) shape.cases.get(name)!.add(key);
        }
      }
      if (el.options) for (const option of Object.values(el.options)) walk(option.value, false);
      if (el.children) walk(el.children, top);
    }
  };
  walk(elements, true);
  return shape;
}

/**
 * The parser's error as data: its code (EXPECT_ARGUMENT_CLOSING_BRACE…) and the character, counted
 * from 1, where it stopped (intl-messageformat's `location.start.offset` is from 0).
 */
function parseError(error: unknown): { detail: string; position?: number } {
  const detail = error instanceof Error ? error.message : '';
  const offset = (error as { location?: { start?: { offset?: unknown } } } | null)?.location?.start
    ?.offset;
  return typeof offset === 'number' ? { detail, position: offset + 1 } : { detail };
}

/** Longest excerpt of an English message a refusal quotes (characters). */
const EXCERPT_LENGTH = 60;

/**
 * What an ICU message says, as a short plain text that names it for a translator ("Save",
 * "{count} files selected"): literal text as it is, a placeholder as `{name}`, a plural or select
 * by its "other" case; cut at 60 characters with "…". A pattern that does not parse is cut as it is.
 */
export function messageExcerpt(pattern: string): string {
  let text: string;
  try {
    text = plainText(parse(pattern), undefined);
  } catch {
    text = pattern;
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text;
}

function plainText(elements: Element[], counted: string | undefined): string {
  let out = '';
  for (const el of elements) {
    const name = typeof el.value === 'string' ? el.value : '';
    if (el.type === LITERAL) out += name;
    else if (el.type === POUND) out += counted === undefined ? '#' : `{${counted}}`;
    else if (el.type === SELECT || el.type === PLURAL) {
      const other = el.options?.other ?? Object.values(el.options ?? {})[0];
      if (other) out += plainText(other.value, el.type === PLURAL ? name : counted);
    } else if (USE_OF[el.type]) out += `{${name}}`;
    else if (el.children) out += plainText(el.children, counted);
  }
  return out;
}

/** The names of the arguments an ICU pattern uses (throws when it does not parse). */
export function messageArguments(pattern: string): Set<string> {
  return new Set(shapeOf(parse(pattern)).uses.keys());
}

const englishShapes = new Map<string, Shape>();

function englishShape(pattern: string): Shape {
  let shape = englishShapes.get(pattern);
  if (!shape) {
    shape = shapeOf(parse(pattern));
    englishShapes.set(pattern, shape);
  }
  return shape;
}

const pluralCategories = new Map<string, Set<string>>();

/** The plural cases a language distinguishes (Intl.PluralRules), cardinal or ordinal. */
function casesOf(lang: string, type: 'cardinal' | 'ordinal'): Set<string> {
  const key = `${lang}|${type}`;
  let cases = pluralCategories.get(key);
  if (!cases) {
    let categories: readonly string[];
    try {
      categories = new Intl.PluralRules(lang, { type }).resolvedOptions().pluralCategories;
    } catch {
      categories = ['zero', 'one', 'two', 'few', 'many', 'other'];
    }
    cases = new Set(categories);
    pluralCategories.set(key, cases);
  }
  return cases;
}

/** Uses of an argument a translation may make, given how English uses it. */
function allowed(use: Use, english: Set<Use>): boolean {
  const englishFormats = (u: Use) => english.has(u);
  switch (use) {
    case 'argument':
      return true;
    case 'date':
    case 'time':
      // A date formatter throws on a value that is not a date: only where English formats one.
      return englishFormats('date') || englishFormats('time');
    case 'select':
      return englishFormats('select');
    case 'number':
    case 'plural':
      // A count English shows as it is may be counted in a language that needs plural forms.
      return !englishFormats('select') && !englishFormats('date') && !englishFormats('time');
  }
}

/**
 * Checks one translated value against its English message (`englishPattern`); `lang` is the
 * language's tag (its plural rules decide which plural cases exist). Returns the first problem, or
 * null when the value may be shown.
 */
export function checkMessage(
  key: string,
  englishPattern: string,
  translated: string,
  lang: string,
): LanguagePackMessageProblem | null {
  let elements: Element[];
  try {
    elements = parse(translated);
  } catch (error) {
    return { key, kind: 'unparsable', ...parseError(error) };
  }
  const english = englishShape(englishPattern);
  const theirs = shapeOf(elements);
  if (english.visible && !theirs.visible) return { key, kind: 'invisible' };
  for (const [name, uses] of theirs.uses) {
    const englishUses = english.uses.get(name);
    if (!englishUses)
      return { key, kind: 'unknown-argument', detail: name, english: [...english.uses.keys()] };
    for (const use of uses)
      if (!allowed(use, englishUses)) return { key, kind: 'argument-type', detail: name };
  }
  // A translation that drops a placeholder shows the same words for different things ("Norm 13"
  // for every norm). A plural or select may leave `#` out of a case, but its argument is used.
  for (const name of english.topLevel)
    if (!theirs.uses.has(name)) return { key, kind: 'missing-argument', detail: name };
  return checkCases(key, elements, english, lang);
}

/**
 * Every select case is one English has; every plural case one the language's plural rules have,
 * or one English has (a message left in English in a pack is harmless), or `=n`.
 */
function checkCases(
  key: string,
  elements: Element[],
  english: Shape,
  lang: string,
): LanguagePackMessageProblem | null {
  for (const el of elements) {
    const name = typeof el.value === 'string' ? el.value : '';
    if (el.type === SELECT || el.type === PLURAL) {
      const englishCases = english.cases.get(name) ?? new Set<string>();
      const languageCases =
        el.type === PLURAL ? casesOf(lang, el.pluralType ?? 'cardinal') : new Set<string>();
      for (const option of Object.keys(el.options ?? {})) {
        const fine =
          option === 'other' ||
          englishCases.has(option) ||
          languageCases.has(option) ||
          (el.type === PLURAL && /^=\d+$/.test(option));
        if (!fine) return { key, kind: 'unknown-case', argument: name, detail: option };
      }
    }
    for (const option of Object.values(el.options ?? {})) {
      const problem = checkCases(key, option.value, english, lang);
      if (problem) return problem;
    }
    if (el.children) {
      const problem = checkCases(key, el.children, english, lang);
      if (problem) return problem;
    }
  }
  return null;
}
