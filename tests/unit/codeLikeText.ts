/**
 * The checks of tests/unit/failure-words.test.ts (session 5, uiwords item 1): what in a refusal
 * reads like code rather than words. Shared by every test that walks refusals (language packs too).
 */
import { assessmentStatusLabels, priorityLabels, statusLabels } from '../../src/lib/i18n/en/labels';

/** Ordinary English words with a hyphen (not ids). */
const HYPHENATED_WORDS = new Set([
  'lower-case',
  'zero-width',
  'e-mail',
  'read-only',
  'carried-forward',
  'focus-area',
  'not-applicable',
  'right-to-left',
  'two-letter',
  'left-to-right',
]);

/** What reads like code rather than words, and why. */
const CODE_LIKE: [RegExp, string][] = [
  [/\b[a-zA-Z]\w*:\w/, 'a code target ("item:13d-01")'],
  [/\d{4}-\d{2}-\d{2}T/, 'a stored timestamp'],
  [/\[\d+\]/, 'a code path ("answers[0]")'],
  [/\b[a-z]+[A-Z][a-zA-Z]*\b/, 'a camelCase key'],
  [/\b[A-Z][a-z]+[A-Z][a-zA-Z]*\b/, 'a PascalCase technical name'],
  [/SHA-?256/i, 'a hash name'],
  [/\b\w+_\w+\b/, 'a snake_case id'],
  [/\b[a-z]+(?:\.[a-z]+)+\b/, 'a dotted key ("source.basis")'],
  [/(?:^|\n|: )[a-z][a-zA-Z]*: /, 'a field key before a colon ("checksum: missing")'],
  [/[{}]|undefined|NaN|\[object/, 'a placeholder left or a value not put into words'],
];

/**
 * What reads like code even inside quotes: a stored value of a choice ("not-started") is the app's
 * own code, not user data (usability, session 5: 'must be one of "not-started", "planned", …').
 */
const CHOICE_VALUES = [
  ...Object.keys(statusLabels),
  ...Object.keys(assessmentStatusLabels),
  ...Object.keys(priorityLabels),
];
const QUOTED_CODES: [RegExp, string][] = [
  [new RegExp(`["“](?:${CHOICE_VALUES.join('|')})["”]`), 'a stored value of a choice'],
];

/** User data, quoted or isolated, and file names are the user's: not judged. */
function wordsOnly(text: string, file: string): string {
  return text
    .replace(/\u2068[^\u2069]*\u2069/g, '“…”')
    .replace(/“[^”]*”/g, '“…”')
    .replace(/"[^"\n]*"/g, '"…"')
    .replaceAll(file, 'FILE');
}

/**
 * What reads like code in `text` (one line of a refusal), each with why; `file` is the file name
 * the refusal starts with (the user's, not judged). Empty when the line reads as words.
 */
export function codeLikeFaults(text: string, file: string): string[] {
  const words = wordsOnly(text, file);
  const found: string[] = [];
  for (const [pattern, why] of QUOTED_CODES) {
    const match = text.match(pattern);
    if (match) found.push(`${why}: «${match[0]}»`);
  }
  for (const [pattern, why] of CODE_LIKE) {
    const match = words.match(pattern);
    if (match) found.push(`${why}: «${match[0]}»`);
  }
  for (const m of words.matchAll(/\b[a-z]+(?:-[a-z0-9]+)+\b/g))
    if (!HYPHENATED_WORDS.has(m[0])) found.push(`a kebab-case id: «${m[0]}»`);
  return found;
}

/** Words of the file format's code that a translator should never read in a refusal, and why. */
const SCHEMA_WORDS: [RegExp, string][] = [
  [/\bobjects?\b/i, 'a JSON or zod type ("object")'],
  [/\bunion\b/i, 'a zod word ("union")'],
  [/allowed form/i, 'a zod word ("allowed form")'],
  [/\bstrings?\b/i, 'a JSON or zod type ("string")'],
  [/\barrays?\b/i, 'a JSON or zod type ("array")'],
  [/\bnull\b/i, 'a JSON value ("null")'],
  [/\bboolean\b/i, 'a JSON or zod type ("boolean")'],
  [/\bICU\b/, 'a technical name ("ICU")'],
  [/\bregex\b|\bschema\b|\bliteral\b|\benum\b/i, 'a zod word'],
];

/** Words of the file format's code in `text` (outside quoted or isolated data), each with why. */
export function schemaWordFaults(text: string, file: string): string[] {
  const words = wordsOnly(text, file);
  return SCHEMA_WORDS.flatMap(([pattern, why]) => {
    const match = words.match(pattern);
    return match ? [`${why}: «${match[0]}»`] : [];
  });
}
