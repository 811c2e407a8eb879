import type { Failure } from '../schema/failures';
import { jsonErrorAt, parseLanguagePack, languagePackTemplate } from '../domain/languagePack';
import { fail, ok, type Result } from '../domain/result';
import {
  checkLanguagePack,
  englishMessages,
  registerLanguagePack,
  unregisterLanguagePack,
  type CheckedLanguagePack,
} from '../i18n/languagePacks';
import { readFileText } from '../io/files';
import { coverageShare } from '../domain/languageCoverage';
import { formatPercent } from '../domain/scoring';
import { figureLocale } from '../i18n/format';

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

/**
 * Installs a language pack file: read, parsed, checked against English in full, then stored and
 * registered (a pack of the same tag is replaced). Refused with a typed failure, storing nothing,
 * when any check fails.
 */
export async function installLanguagePackFile(file: File): Promise<Result<CheckedLanguagePack>> {
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
  const { saveLanguagePack } = await import('../storage/languagePacks');
  await saveLanguagePack(checked.value.pack);
  registerLanguagePack(checked.value.pack);
  return ok(checked.value);
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
