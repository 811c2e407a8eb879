import type { LanguagePack } from '../schema/languagePack';
import type { MessagePack } from './catalogue';
import { PSEUDO_LOCALE, pseudoMessages, pseudoText } from './pseudo';
import { registerLocale, unregisterLocale } from './registry';

/*
 * Language packs and the pseudo-locale as languages of the app: what the app start needs of them
 * (src/lib/state/useLanguagePacks.ts), apart from checking a pack against English
 * (./languagePacks.ts), which needs the whole English catalogue.
 */

/** Who translated a pack, as the language chooser and the Packs screen name them. */
export const translatorOf = (pack: LanguagePack): string =>
  pack.translator.organisation
    ? `${pack.translator.name}, ${pack.translator.organisation}`
    : pack.translator.name;

/** Makes an installed language pack a language of the app (per-key fallback to English). */
export function registerLanguagePack(pack: LanguagePack): void {
  registerLocale({
    tag: pack.tag,
    name: pack.name,
    dir: pack.dir,
    translator: translatorOf(pack),
    ...(pack.numberingSystem ? { numberingSystem: pack.numberingSystem } : {}),
    ...(pack.calendar ? { calendar: pack.calendar } : {}),
    messages: pack.messages,
    origin: 'pack',
  });
}

/** Takes a removed language pack out of the app's languages. */
export function unregisterLanguagePack(tag: string): void {
  unregisterLocale(tag);
}

/**
 * Registers the pseudo-locale (src/lib/i18n/pseudo.ts), generated from English when first chosen:
 * complete by construction, so a screen in it that shows plain English has a hard-coded string.
 */
export function registerPseudoLocale(): void {
  registerLocale({
    tag: PSEUDO_LOCALE,
    name: `[${pseudoText('English (pseudo)')}]`,
    dir: 'ltr',
    // Made from the whole English catalogue (./locales.ts), loaded when the pseudo-locale is chosen.
    messages: () =>
      import('./languagePacks').then(
        ({ englishMessages }) => pseudoMessages(englishMessages()) as MessagePack,
      ),
  });
}
