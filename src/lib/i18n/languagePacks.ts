import type { LanguagePackFailure, LanguagePackProblem } from '../schema/failures';
import type { LanguagePack, MessageTree } from '../schema/languagePack';
import { coveragePercent, isTranslated, needsTranslation } from '../domain/languageCoverage';
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
 * fine (shown in English) and lowers the coverage. `installed`: the pack is one already stored
 * (the Languages screen's list), checked leniently for a placeholder English added since.
 */
export function checkLanguagePack(
  pack: LanguagePack,
  source: string,
  installed = false,
): Result<CheckedLanguagePack, LanguagePackFailure> {
  const resolved = resolveMessages(pack.messages, pack.tag);
  // A pack installed before English gained a placeholder in a message leaves it out through no
  // fault of its translator: that one message is shown in English (resolveMessages falls back per
  // message) and the pack stays usable. A new install is refused, so the translator adds it.
  const fatal = installed
    ? resolved.problems.filter((p) => p.kind !== 'missing-argument')
    : resolved.problems;
  if (fatal.length > 0) {
    const problems: LanguagePackProblem[] = fatal;
    return fail({
      code: 'language-pack.invalid',
      source,
      problems: problems.slice(0, MAX_LISTED),
      more: Math.max(0, problems.length - MAX_LISTED),
    });
  }
  // Every key given is one English has (problems refuse the pack) or a retired one (ignored, not
  // counted). Of English's messages that need translating, those the pack gives in other words
  // than English's own are translated (a template installed as downloaded is 0 %).
  const english = englishMessages();
  const total = countLeaves(english, english, (e) => needsTranslation(e));
  const translated = countLeaves(pack.messages, english, (e, value) => isTranslated(e, value));
  return ok({ pack, translated, total, coverage: coveragePercent(translated, total) });
}

/** How many values under `tree` whose English message (under `english`) passes `counts`. */
function countLeaves(
  tree: MessageTree,
  english: MessageTree | string | undefined,
  counts: (english: string, value: string) => boolean,
): number {
  let n = 0;
  for (const [key, value] of Object.entries(tree)) {
    const theirs = english !== undefined && typeof english !== 'string' ? english[key] : undefined;
    if (typeof value !== 'string') n += countLeaves(value, theirs, counts);
    else if (typeof theirs === 'string' && counts(theirs, value)) n += 1;
  }
  return n;
}

export {
  registerLanguagePack,
  registerPseudoLocale,
  translatorOf,
  unregisterLanguagePack,
} from './packLocales';
