import { registerLanguagePack, registerPseudoLocale } from '../i18n/packLocales';
import { addLocaleSource } from '../i18n/registry';

/**
 * Makes the languages beyond English known to the locale registry at start-up (src/startApp.ts): the
 * pseudo-locale at once, and the installed language packs as a source read from storage only when
 * a language not yet known is asked for (an English start reads nothing). A stored pack whose
 * messages no longer fit English (after an update) is still offered: per-key fallback shows English
 * for the keys that do not fit. Apart from ./languagePacks.ts (installing, listing) so that the app
 * start does not load the language pack schema and zod (docs/bench.md, start-up).
 */
export function useLanguagePacks(): void {
  registerPseudoLocale();
  addLocaleSource(async () => {
    const { listLanguagePacks } = await import('../storage/languagePacks');
    const { packs } = await listLanguagePacks();
    for (const stored of packs) registerLanguagePack(stored.pack);
  });
}
