import { currentLanguage } from './format';

/**
 * The name of a language (BCP 47 `tag`, e.g. "th") in the language of the surrounding text
 * (`inLanguage`, default the UI language), from Intl.DisplayNames: "Thai" in English text. A tag
 * Intl cannot name is returned as it is.
 */
export function languageName(tag: string, inLanguage: string = currentLanguage()): string {
  try {
    return new Intl.DisplayNames([inLanguage, 'en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
