import { isolate } from './format';
import { formatMessage, type MessageValues } from './icu';

/**
 * The shape of a language's words. English (src/lib/i18n/en/*.ts) is the model: every other
 * language gives the same keys, each an ICU MessageFormat string (https://unicode-org.github.io/icu/userguide/format_parse/messages/).
 *
 * A message with arguments is declared in English with `msg(pattern, args)`: `pattern` is the ICU
 * string (`'{count, plural, one {# action} other {# actions}}'`), `args` names the call's
 * parameters (`(count: number) => ({ count })`) — their order and types are the call-site API
 * (`t.home.actionsCount(3)`), their names are what translations may use. No wording lives in `args`;
 * plural rules come from Intl.PluralRules of the language (through intl-messageformat).
 */

const MSG = Symbol('icu-message');

/** An English message with arguments: its ICU pattern and the names of its call's parameters. */
export interface Msg<A extends unknown[]> {
  readonly [MSG]: true;
  readonly icu: string;
  readonly args: (...a: A) => MessageValues;
}

/**
 * Declares an English message with arguments (see the module comment). `pattern` is ICU
 * MessageFormat; `args` turns the call's parameters into the named values the pattern uses.
 */
export function msg<A extends unknown[]>(
  pattern: string,
  args: (...a: A) => MessageValues,
): Msg<A> {
  return { [MSG]: true, icu: pattern, args };
}

/**
 * Declares an English message whose one argument is a count, named `n` in the pattern
 * (`countMsg('{n, plural, one {# file} other {# files}}')`); the call site is `t.screen.key(3)`.
 * The one home of the `(n) => ({ n })` argument list that count messages would otherwise repeat.
 */
export const countMsg = (pattern: string): Msg<[n: number]> => msg(pattern, (n: number) => ({ n }));

/**
 * The named fields of one variant of a typed union, each '' where the variant has none: the
 * arguments of a `select` message whose options name different fields (`{agency}`, `{normId}`).
 * `fieldsOf(issue, ['agency', 'normId'])` → `{ agency: 'Police', normId: '' }`.
 */
export function fieldsOf<K extends string>(value: object, keys: readonly K[]): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of keys) {
    const v: unknown = (value as Record<string, unknown>)[key];
    out[key] = typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  }
  return out;
}

/**
 * A typed code as an ICU `select` key: selectors are identifiers, so every character other than a
 * letter, digit or "_" becomes "_" ('too-long' → 'too_long', 'import.unknown-item' →
 * 'import_unknown_item'). Messages that select on a code write their options this way.
 */
export const selectKey = (code: string): string => code.replace(/[^A-Za-z0-9_]/g, '_');

/**
 * An English message with arguments, formatted in English: for code that still reads the English
 * catalogue directly (the report model) instead of a language's texts (`t`, `textsFor`).
 */
export function englishText<A extends unknown[]>(message: Msg<A>, ...a: A): string {
  return formatMessage(message.icu, message.args(...a), 'en');
}

/**
 * The argument names that carry text a person typed or a file brought (an agency, an assessment's
 * title, a person, a file name, a comparison's alias). `isolateUserText` wraps them in Unicode
 * isolates wherever a screen formats a message, so a right-to-left override (U+202E) in an agency
 * name read from a file cannot reorder the app's own sentence (tester A: "…part of .90-a31 ,80-a31
 * … gnirevoc"). A new message naming user text under another argument name adds it here
 * (tests/unit/user-text-isolated.test.ts lists every argument name and fails on an unsorted one).
 */
export const USER_TEXT_ARGS: ReadonlySet<string> = new Set([
  'agency',
  'alias',
  'by',
  'name',
  'person',
  'stateAndTitle',
  'title',
]);

/**
 * Text whose direction can disturb a sentence: a right-to-left letter (Hebrew, Arabic, Syriac,
 * Thaana, N'Ko… and their presentation forms) or a directional mark, embedding, override or
 * isolate (UAX #9 explicit formatting characters).
 */
const BIDI_SENSITIVE =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * `values` with the user-text arguments (`USER_TEXT_ARGS`) wrapped in isolates. In a right-to-left
 * language (`rtl`) every such value is wrapped (a Latin name with a trailing digit or bracket would
 * be reordered); in a left-to-right one, the values that hold a right-to-left letter or a
 * directional control, since all-left-to-right text cannot reorder a left-to-right sentence.
 * An empty value (an unknown person) and one already isolated stay as they are.
 */
export function isolateUserText(values: MessageValues, rtl: boolean): MessageValues {
  const out: MessageValues = { ...values };
  for (const key of USER_TEXT_ARGS) {
    const v = out[key];
    if (typeof v !== 'string' || v === '') continue;
    if (v.startsWith('\u2068') && v.endsWith('\u2069')) continue;
    if (rtl || BIDI_SENSITIVE.test(v)) out[key] = isolate(v);
  }
  return out;
}

/** True for a value made by `msg`. */
export function isMsg(value: unknown): value is Msg<unknown[]> {
  return typeof value === 'object' && value !== null && MSG in value;
}

type AnyFunction = (...a: never[]) => unknown;

/**
 * What a language must give for a catalogue `C`: the same tree, every message a string (the ICU
 * pattern). A code locale is typed `Messages` (the type checker asks for every key).
 */
export type MessagesOf<C> = {
  -readonly [K in keyof C as C[K] extends AnyFunction ? never : K]: C[K] extends {
    readonly icu: string;
  }
    ? string
    : C[K] extends string
      ? string
      : MessagesOf<C[K]>;
};

/** Every key optional, at every depth: a language pack may leave keys out (English is used). */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

/**
 * What the app's code reads for a catalogue `C` (the type of `t`): plain messages are strings, a
 * message with arguments is a function of the parameters its `msg` declared.
 */
export type TextsOf<C> = {
  readonly [K in keyof C]: C[K] extends Msg<infer A>
    ? (...a: A) => string
    : C[K] extends string
      ? string
      : C[K] extends AnyFunction
        ? C[K]
        : TextsOf<C[K]>;
};
