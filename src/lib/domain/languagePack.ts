import type { FileFailure, LanguagePackFailure, SchemaFailure } from '../schema/failures';
import { schemaFailure } from '../schema/issues';
import {
  LANGUAGE_PACK_TYPE,
  LANGUAGE_PACK_VERSION,
  languagePackSchema,
  type LanguagePack,
  type MessageTree,
} from '../schema/languagePack';
import { checkUntrustedShape } from '../schema/untrusted';
import { fail, ok, type Result } from './result';

// In its own module so that the i18n layer (loaded at start-up) does not bring zod with it.
export { coveragePercent } from './languageCoverage';

/** Tags the app ships itself: English and the pseudo-locale (src/lib/i18n/pseudo.ts). */
export const RESERVED_LANGUAGE_TAGS: readonly string[] = ['en', 'en-XA'];

/**
 * Parses a language pack from untrusted data (an installed file, a stored copy): its shape only;
 * its messages are checked against English by `checkLanguagePack` (src/lib/i18n/languagePacks.ts).
 * `source` names the file or record for the messages.
 */
export function parseLanguagePack(
  data: unknown,
  source: string,
): Result<LanguagePack, FileFailure | LanguagePackFailure | SchemaFailure> {
  const shape = checkUntrustedShape(data);
  if (!shape.ok) return { ...shape, source };
  const head = (typeof data === 'object' && data !== null ? data : {}) as {
    type?: unknown;
    version?: unknown;
  };
  if (head.type !== LANGUAGE_PACK_TYPE)
    return fail({ code: 'language-pack.not-a-language-pack', source, type: LANGUAGE_PACK_TYPE });
  if (typeof head.version === 'number' && head.version > LANGUAGE_PACK_VERSION)
    return fail({
      code: 'language-pack.newer-version',
      source,
      version: head.version,
      supported: LANGUAGE_PACK_VERSION,
    });
  const parsed = languagePackSchema.safeParse(data);
  if (!parsed.success) return fail(schemaFailure(source, parsed.error, 10, data));
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
