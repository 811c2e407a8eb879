import { createSubscriber } from 'svelte/reactivity';
import {
  installedLocales,
  loadLocaleSources,
  onLocalesChange,
  type LocaleInfo,
} from '../i18n/registry';

/**
 * The languages the app can show, as reactive state: the one list the language chooser and the
 * report's language select read. Its source of truth is the locale registry (src/lib/i18n/locales.ts),
 * which the installed language packs in storage fill (src/lib/state/languagePacks.ts registers a
 * pack when it is installed and unregisters it when it is removed): a language installed or removed
 * on the Checklist packs screen is listed, or gone, at once, without a reload.
 */
const subscribe = createSubscriber((update) => {
  // Outside world: the installed language packs are read from storage (once) when a list is first
  // shown; the first screen of an English start reads no storage before that.
  void loadLocaleSources();
  return onLocalesChange(update);
});

/**
 * English first, then the other languages by tag (`installedLocales`); read in a reactive context
 * (`$derived`, markup), it is read again whenever a language is added, replaced or removed. The
 * first such read also reads the installed language packs from storage (once; they join when read).
 */
export function installedLanguages(): LocaleInfo[] {
  subscribe();
  return installedLocales();
}
