import type { Failure } from '../schema/failures';
import { jsonErrorAt, parseLanguagePack, languagePackTemplate } from '../domain/languagePack';
import { fail, ok, type Result } from '../domain/result';
import {
  checkLanguagePack,
  englishMessages,
  registerLanguagePack,
  translatorOf,
  unregisterLanguagePack,
  type CheckedLanguagePack,
} from '../i18n/languagePacks';
import { readFileText } from '../io/files';
import { coverageShare } from '../domain/languageCoverage';
import { formatPercent } from '../domain/scoring';
import { figureLocale, formatDay } from '../i18n/format';
import { t } from '../i18n';
import type { Asked } from './fileInstall.svelte';

// The start-up part lives apart (the app start must not load zod); re-exported for callers here.
export { useLanguagePacks } from './useLanguagePacks';

/** A language pack file is a few hundred kilobytes; anything this large is not one. */
export const MAX_LANGUAGE_PACK_BYTES = 5 * 1024 * 1024;

/** An installed language pack as the Packs screen lists it. */
export interface InstalledLanguage extends CheckedLanguagePack {
  installedAt: string;
}

/** The installed language packs, each with its coverage of English; unreadable records apart. */
export async function listInstalledLanguages(): Promise<{
  languages: InstalledLanguage[];
  broken: Failure[];
}> {
  const { listLanguagePacks } = await import('../storage/languagePacks');
  const { packs, broken } = await listLanguagePacks();
  const languages: InstalledLanguage[] = [];
  const unusable: Failure[] = [...broken];
  for (const stored of packs) {
    const checked = checkLanguagePack(stored.pack, `stored language pack ${stored.pack.tag}`, true);
    if (checked.ok) languages.push({ ...checked.value, installedAt: stored.installedAt });
    else unusable.push(checked);
  }
  return { languages, broken: unusable };
}

/** What the Languages screen says of one language pack when another replaces it. */
export interface LanguagePackFacts {
  name: string;
  /** Who translated it (`translatorOf`). */
  translator: string;
  /** The translation's date (YYYY-MM-DD): the pack's version, as its translator dates it. */
  date: string;
  /** English's messages it translates (`CheckedLanguagePack.translated`): what "less" compares. */
  translated: number;
  /** `translatedShare`: the share as the screen writes it. */
  share: string;
  under: boolean;
}

/** How a new file of an installed language differs from what it replaces (the screen warns). */
export type LanguagePackChange = 'older-translation' | 'lower-coverage';

/**
 * A language pack file checked and ready to store (nothing stored yet): `language-pack.new` for a
 * language not installed; `language-pack.replaces` when a pack of the same tag is installed (the
 * screen asks first, naming both packs and saying when the file is older or translates less).
 */
export type PreparedLanguagePack = { checked: CheckedLanguagePack } & (
  | { code: 'language-pack.new' }
  | {
      code: 'language-pack.replaces';
      installed: LanguagePackFacts;
      incoming: LanguagePackFacts;
      changes: LanguagePackChange[];
    }
);

const factsOf = (checked: CheckedLanguagePack): LanguagePackFacts => ({
  name: checked.pack.name,
  translator: translatorOf(checked.pack),
  date: checked.pack.translator.date,
  translated: checked.translated,
  ...translatedShare(checked),
});

/**
 * Reads, parses and checks a language pack file against English in full, and says whether it
 * replaces an installed pack of the same tag (with both packs' facts, and whether the file is an
 * older translation or covers less of English: langpacks item 1). Stores nothing. Refused with a
 * typed failure when any check fails.
 */
export async function prepareLanguagePackFile(file: File): Promise<Result<PreparedLanguagePack>> {
  const text = await readFileText(file, MAX_LANGUAGE_PACK_BYTES);
  if (!text.ok)
    // Said as a language pack's refusal: "an export is far smaller" would mislead a translator.
    return text.code === 'file.too-large'
      ? fail({ code: 'language-pack.too-large', source: file.name, megabytes: text.megabytes })
      : text;
  let data: unknown;
  try {
    data = JSON.parse(text.value);
  } catch (error) {
    return fail({
      code: 'language-pack.not-json',
      source: file.name,
      ...jsonErrorAt(text.value, error instanceof Error ? error.message : ''),
    });
  }
  const parsed = parseLanguagePack(data, file.name);
  if (!parsed.ok) return parsed;
  const checked = checkLanguagePack(parsed.value, file.name);
  if (!checked.ok) return checked;
  const { listLanguagePacks } = await import('../storage/languagePacks');
  const stored = (await listLanguagePacks()).packs.find((p) => p.pack.tag === parsed.value.tag);
  const before = stored
    ? checkLanguagePack(stored.pack, `stored language pack ${stored.pack.tag}`, true)
    : undefined;
  if (!before?.ok) return ok({ code: 'language-pack.new', checked: checked.value });
  const installed = factsOf(before.value);
  const incoming = factsOf(checked.value);
  const changes: LanguagePackChange[] = [];
  // ISO days compare as text.
  if (incoming.date < installed.date) changes.push('older-translation');
  // By messages, not whole percent: 3 messages instead of 12 is less even when both are "under 1 %".
  if (incoming.translated < installed.translated) changes.push('lower-coverage');
  return ok({
    code: 'language-pack.replaces',
    checked: checked.value,
    installed,
    incoming,
    changes,
  });
}

/**
 * Stores a checked language pack and makes it a language of the app (a pack of the same tag is
 * replaced: ask first, `prepareLanguagePackFile`).
 */
export async function saveCheckedLanguagePack(
  checked: CheckedLanguagePack,
): Promise<Result<CheckedLanguagePack>> {
  const { saveLanguagePack } = await import('../storage/languagePacks');
  await saveLanguagePack(checked.pack);
  registerLanguagePack(checked.pack);
  return ok(checked);
}

/**
 * Installs a language pack file without asking: `prepareLanguagePackFile`, then stored and
 * registered (a pack of the same tag is replaced). Refused with a typed failure, storing nothing,
 * when any check fails.
 */
export async function installLanguagePackFile(file: File): Promise<Result<CheckedLanguagePack>> {
  const prepared = await prepareLanguagePackFile(file);
  return prepared.ok ? saveCheckedLanguagePack(prepared.value.checked) : prepared;
}

/** Removes an installed language pack from storage and from the app's languages. */
export async function removeInstalledLanguage(tag: string): Promise<Result<true>> {
  const { removeLanguagePack } = await import('../storage/languagePacks');
  const removed = await removeLanguagePack(tag);
  if (removed.ok) unregisterLanguagePack(tag);
  return removed;
}

/** The template for translators as file text (a valid language pack of English's messages). */
export function languageTemplateText(today: string): string {
  return `${JSON.stringify(languagePackTemplate(englishMessages(), today), null, 2)}\n`;
}

/**
 * The share of English a pack translates as the Languages screen says it: "12 %", "less than
 * 1 %" when some but under 1 % are (never "0 %" for a pack that translates something), formatted
 * once by formatPercent in the current language's figures.
 */
export function translatedShare(checked: CheckedLanguagePack): { share: string; under: boolean } {
  const { percent, underOne } = coverageShare(checked.translated, checked.total);
  return {
    share: formatPercent(underOne ? 1 : percent, { locale: figureLocale() }),
    under: underOne,
  };
}

/**
 * What the Languages screen asks before a file replaces an installed pack (langpacks item 1): the
 * question naming both packs, then one warning per change for the worse (an older translation, a
 * lower coverage). Words from the i18n layer (t.languages); dates through formatDay.
 */
export function replacementWords(
  prepared: Extract<PreparedLanguagePack, { code: 'language-pack.replaces' }>,
): { question: string; warnings: string[] } {
  const l = t.languages;
  const { installed, incoming } = prepared;
  const share = (f: LanguagePackFacts) => l.shareWords(f.share, f.under);
  const question = l.replaceQuestion(
    {
      name: installed.name,
      date: formatDay(installed.date),
      by: installed.translator,
      share: share(installed),
    },
    { date: formatDay(incoming.date), share: share(incoming) },
  );
  const warnings = prepared.changes.map((change) =>
    change === 'older-translation'
      ? l.replaceOlder(formatDay(incoming.date), formatDay(installed.date))
      : l.replaceLower(share(incoming), share(installed)),
  );
  return { question, warnings };
}

/**
 * The Languages screen's install in two steps (`FileInstallSource.ask`): the file checked, stored at
 * once for a new language, and for an installed one the question and warnings of
 * `replacementWords`, stored only on "replace" (cancel leaves the installed pack unchanged).
 */
export async function askLanguagePackFile(file: File): Promise<Result<Asked<CheckedLanguagePack>>> {
  const prepared = await prepareLanguagePackFile(file);
  if (!prepared.ok) return prepared;
  const p = prepared.value;
  const commit = () => saveCheckedLanguagePack(p.checked);
  if (p.code === 'language-pack.new')
    return ok({ question: null, warnings: [], commit, cancelled: '' });
  return ok({
    ...replacementWords(p),
    commit,
    cancelled: t.languages.replaceCancelled(p.installed.name),
  });
}
