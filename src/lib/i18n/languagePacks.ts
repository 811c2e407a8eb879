import type { LanguagePackFailure, LanguagePackProblem } from '../schema/failures';
import type { LanguagePack, MessageTree } from '../schema/languagePack';
import { coveragePercent } from '../domain/languageCoverage';
import { fail, ok, type Result } from '../domain/result';
import { resolveMessages } from './locales';

/** How many unusable messages a refusal lists (the rest are counted). */
const MAX_LISTED = 20;

/** A language pack checked against English: how much of English it translates. */
export interface CheckedLanguagePack {
  pack: LanguagePack;
  /** Messages of English the pack gives, and English's total. */
  translated: number;
  total: number;
  /** `translated` of `total`, whole percent (100 only when complete). */
  coverage: number;
}

/** English's messages as ICU strings, every key (a template's and the pseudo-locale's source). */
export function englishMessages(): MessageTree {
  return resolveMessages({}).messages;
}

/**
 * Checks a parsed language pack's messages against English (the install rule, issue 17): every
 * key must be one English has, every message a valid ICU MessageFormat string that uses only the
 * placeholders of its English message in the same ways, keeps plural and select cases sane and
 * shows a visible character (./messageCheck.ts). A pack with any such problem is refused as a whole (with one
 * line per problem), so that what is installed shows no English by surprise; a key left out is
 * fine (shown in English) and lowers the coverage.
 */
export function checkLanguagePack(
  pack: LanguagePack,
  source: string,
): Result<CheckedLanguagePack, LanguagePackFailure> {
  const resolved = resolveMessages(pack.messages, pack.tag);
  if (resolved.problems.length > 0) {
    const problems: LanguagePackProblem[] = resolved.problems;
    return fail({
      code: 'language-pack.invalid',
      source,
      problems: problems.slice(0, MAX_LISTED),
      more: Math.max(0, problems.length - MAX_LISTED),
    });
  }
  // Every key given is one English has (problems refuse the pack) or a retired one (ignored, not
  // counted): the rest is missing.
  const translated = countLeaves(pack.messages) - resolved.retired.length;
  const total = translated + resolved.missing.length;
  return ok({ pack, translated, total, coverage: coveragePercent(translated, total) });
}

function countLeaves(tree: MessageTree): number {
  let n = 0;
  for (const value of Object.values(tree)) n += typeof value === 'string' ? 1 : countLeaves(value);
  return n;
}

export {
  registerLanguagePack,
  registerPseudoLocale,
  translatorOf,
  unregisterLanguagePack,
} from './packLocales';
