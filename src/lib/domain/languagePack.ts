import type { FileFailure, LanguagePackFailure } from '../schema/failures';
import { ENCRYPTED_TYPE, EXPORT_TYPE } from '../schema/exportFile';
import {
  LANGUAGE_PACK_TYPE,
  LANGUAGE_PACK_VERSION,
  languagePackProblems,
  languagePackSchema,
  type LanguagePack,
  type MessageTree,
} from '../schema/languagePack';
import { PACK_TYPE } from '../schema/pack';
import { checkUntrustedShape } from '../schema/untrusted';
import { fail, ok, type Result } from './result';

// In its own module so that the i18n layer (loaded at start-up) does not bring zod with it.
export { coveragePercent } from './languageCoverage';

/** Tags the app ships itself: English and the pseudo-locale (src/lib/i18n/pseudo.ts). */
export const RESERVED_LANGUAGE_TAGS: readonly string[] = ['en', 'en-XA'];

/** How many problems of one file a refusal lists (the rest are counted). */
export const MAX_LANGUAGE_PACK_PROBLEMS = 20;

/**
 * Parses a language pack from untrusted data (an installed file, a stored copy): its shape only;
 * its messages are checked against English by `checkLanguagePack` (src/lib/i18n/languagePacks.ts).
 * `source` names the file or record for the messages. A file that is not a language pack says what
 * it is instead (a checklist pack, an export); a language pack with wrong fields is refused with
 * one typed problem per field or message (`languagePackProblems`), never with zod's issues.
 */
export function parseLanguagePack(
  data: unknown,
  source: string,
): Result<LanguagePack, FileFailure | LanguagePackFailure> {
  const shape = checkUntrustedShape(data);
  if (!shape.ok) return { ...shape, source };
  const head = (typeof data === 'object' && data !== null ? data : {}) as {
    type?: unknown;
    version?: unknown;
  };
  if (head.type !== LANGUAGE_PACK_TYPE)
    return fail({
      code: 'language-pack.not-a-language-pack',
      source,
      type: LANGUAGE_PACK_TYPE,
      found:
        head.type === PACK_TYPE
          ? 'checklist-pack'
          : head.type === EXPORT_TYPE || head.type === ENCRYPTED_TYPE
            ? 'export'
            : data === null || head.type === undefined
              ? 'nothing'
              : 'other',
    });
  if (typeof head.version === 'number' && head.version > LANGUAGE_PACK_VERSION)
    return fail({
      code: 'language-pack.newer-version',
      source,
      version: head.version,
      supported: LANGUAGE_PACK_VERSION,
    });
  const parsed = languagePackSchema.safeParse(data);
  if (!parsed.success) {
    const problems = languagePackProblems(parsed.error.issues, data);
    return fail({
      code: 'language-pack.invalid',
      source,
      problems: problems.slice(0, MAX_LANGUAGE_PACK_PROBLEMS),
      more: Math.max(0, problems.length - MAX_LANGUAGE_PACK_PROBLEMS),
    });
  }
  const tag = parsed.data.tag;
  if (RESERVED_LANGUAGE_TAGS.some((r) => r.toLowerCase() === tag.toLowerCase()))
    return fail({ code: 'language-pack.reserved-tag', source, tag });
  return ok(parsed.data);
}

/** Number of messages in a tree (its leaves). */
export function countMessages(tree: MessageTree): number {
  let n = 0;
  for (const value of Object.values(tree))
    n += typeof value === 'string' ? 1 : countMessages(value);
  return n;
}

/**
 * A template for translators: a valid language pack (tag "und", undetermined) whose messages are
 * English's, to be translated in place and renamed. `english`: English's messages as ICU strings.
 * It installs and reads back like any language pack.
 */
export function languagePackTemplate(english: MessageTree, today: string): LanguagePack {
  return {
    type: LANGUAGE_PACK_TYPE,
    version: LANGUAGE_PACK_VERSION,
    tag: 'und',
    name: 'Language name (in that language)',
    dir: 'ltr',
    translator: { name: 'Translator', organisation: 'Organisation', date: today },
    messages: english,
  };
}

/**
 * Where JSON.parse stopped, as line and column (from 1), from the engine's message ("… at position
 * 35", V8); nothing when the message does not say.
 */
export function jsonErrorAt(text: string, message: string): { line?: number; column?: number } {
  const match = /position (\d+)/.exec(message);
  if (!match) return {};
  const before = text.slice(0, Number(match[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
