import { z } from 'zod';
import type { LanguagePackProblem } from './failures';
import { languagePackFound } from './languagePackValue';
import { isoDateSchema } from './pack';
import { hasVisibleText } from './text';

/**
 * A language pack (issue 17): the words of the app in one language, as a JSON file a translator
 * writes and a user installs on the Checklist packs screen, so that a translation needs no release.
 * `messages` is any subset of English's message tree (src/lib/i18n/en), each message an ICU
 * MessageFormat string; a key left out is shown in English. Which keys exist, whether a message
 * parses and whether it uses only English's placeholders is checked against English at install
 * (src/lib/i18n/languagePacks.ts), not here: this schema is the file's shape.
 */
export const LANGUAGE_PACK_TYPE = 'nic-language-pack';
export const LANGUAGE_PACK_VERSION = 1;

export const LANGUAGE_PACK_LIMITS = {
  shortText: 200,
  /** One message (the longest English message is under 1 000 characters). */
  message: 4000,
  /** Namespaces nest a few levels deep (failures.issues.…). */
  depth: 6,
  messages: 5000,
} as const;

/** A name people read (the language's, the translator's): something visible, not only U+200B. */
const shortText = z
  .string()
  .trim()
  .min(1, 'empty')
  .max(LANGUAGE_PACK_LIMITS.shortText)
  .refine(hasVisibleText, 'invisible');

/** Namespaces of messages: a message is an ICU string, a namespace an object of them. */
export type MessageTree = { [key: string]: string | MessageTree };

const messageTree = (depth: number): z.ZodType<MessageTree> =>
  z.record(
    // Empty allowed: templates downloaded before workspace.navNotice lost its "" key carry it (a
    // retired key, src/lib/i18n/retired.ts); any other empty key is refused as unknown at install.
    z.string().regex(/^[A-Za-z0-9_.-]{0,80}$/, 'id-format'),
    depth <= 1
      ? z.string().max(LANGUAGE_PACK_LIMITS.message)
      : z.union([
          z.string().max(LANGUAGE_PACK_LIMITS.message),
          z.lazy(() => messageTree(depth - 1)),
        ]),
  );

export const languagePackSchema = z.strictObject({
  type: z.literal(LANGUAGE_PACK_TYPE),
  version: z.literal(LANGUAGE_PACK_VERSION),
  /** BCP 47 tag of the language ("th", "vi", "fil", "zh-Hans"). */
  tag: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'language-tag'),
  /** The language's own name, as the language chooser lists it ("ไทย", "Tiếng Việt"). */
  name: shortText,
  dir: z.enum(['ltr', 'rtl']),
  /** Who translated (a language pack must say), and when. */
  translator: z.strictObject({
    name: shortText,
    organisation: shortText.optional(),
    date: isoDateSchema,
  }),
  /** Digits and calendar for figures in text of this language; default Latin digits, Gregorian. */
  numberingSystem: z
    .string()
    .regex(/^[a-z]{3,8}$/, 'id-format')
    .optional(),
  calendar: z
    .string()
    .regex(/^[a-z-]{3,20}$/, 'id-format')
    .optional(),
  messages: messageTree(LANGUAGE_PACK_LIMITS.depth),
});

export type LanguagePack = z.infer<typeof languagePackSchema>;

const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (at, key) =>
      typeof at === 'object' && at !== null ? (at as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );

/** Why a name-like text (the language's, the translator's) was refused, from its zod issue. */
function textProblem(
  issue: z.core.$ZodIssue,
  value: unknown,
): { problem: 'missing' | 'empty' | 'invisible' | 'too-long' | 'not-text'; limit?: number } {
  if (value === undefined) return { problem: 'missing' };
  if (typeof value !== 'string') return { problem: 'not-text' };
  if (issue.message === 'invisible') return { problem: 'invisible' };
  if (issue.code === 'too_big') return { problem: 'too-long', limit: Number(issue.maximum) };
  return { problem: 'empty' };
}

/**
 * The language-pack schema's zod issues (schema/languagePack.ts) as typed problems, in the file's
 * order: each names the field of the file, or the message by its dotted key, and what is wrong
 * with it (what was found instead, the limit passed). `data` is the parsed value the issues are
 * about (the problems say what it holds where the schema expected something else).
 */
export function languagePackProblems(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
): LanguagePackProblem[] {
  return issues.flatMap((issue) => problemsOf(issue, data));
}

function problemsOf(issue: z.core.$ZodIssue, data: unknown): LanguagePackProblem[] {
  const path = issue.path;
  const value = valueAt(data, path);
  const [top, second] = path;
  if (issue.code === 'unrecognized_keys' && (top === undefined || top === 'translator'))
    return issue.keys.map((field) => ({
      kind: 'unknown-field',
      field,
      where: top === undefined ? 'file' : 'translator',
    }));
  switch (top) {
    case 'version':
      return [{ kind: 'no-version' }];
    case 'tag':
      return [{ kind: 'tag', value: typeof value === 'string' ? value : '' }];
    case 'name':
      return [{ kind: 'name', ...textProblem(issue, value) }];
    case 'dir':
      return [{ kind: 'dir' }];
    case 'numberingSystem':
      return [{ kind: 'digits' }];
    case 'calendar':
      return [{ kind: 'calendar' }];
    case 'translator':
      if (second === undefined) return [{ kind: 'translator', found: languagePackFound(value) }];
      if (second === 'name') return [{ kind: 'translator-name', ...textProblem(issue, value) }];
      if (second === 'organisation')
        return [{ kind: 'translator-organisation', ...textProblem(issue, value) }];
      if (second === 'date') return [{ kind: 'translator-date' }];
      break;
    case 'messages':
      if (issue.code === 'invalid_union' && languagePackFound(value) === 'group') {
        // A group of messages with a wrong message inside: zod reports the group (neither a
        // message nor a valid group); the group's own issues name the message at fault.
        const inner = issue.errors.find((list) => list.every((i) => i.path.length > 0));
        if (inner)
          return inner.flatMap((i) => problemsOf({ ...i, path: [...path, ...i.path] }, data));
      }
      return [messageProblem(issue, path.slice(1).map(String), value)];
  }
  return [{ kind: 'other', field: typeof top === 'string' ? top : '' }];
}

/** A message's (or a group's) zod issue: `keys` its dotted key's parts, `value` what it holds. */
function messageProblem(
  issue: z.core.$ZodIssue,
  keys: string[],
  value: unknown,
): LanguagePackProblem {
  const key = keys.join('.');
  if (keys.length === 0) return { kind: 'messages', found: languagePackFound(value) };
  if (issue.code === 'invalid_key') return { kind: 'key-format', key };
  if (typeof value === 'string')
    return { kind: 'too-long', key, limit: LANGUAGE_PACK_LIMITS.message };
  const found = languagePackFound(value);
  // A group where the schema's depth ends: no English key is nested that deep.
  if (found === 'group') return { kind: 'too-deep', key, limit: LANGUAGE_PACK_LIMITS.depth };
  return { kind: 'not-a-text', key, found };
}
