import {
  activateLocale,
  canonicalTag,
  ENGLISH,
  loadLocaleSources,
  localeInfo,
  matchLocale,
  type LocaleInfo,
} from '../i18n/registry';

/**
 * The language of the screens: chosen in the app (the header's language chooser), remembered on
 * this device, and otherwise the browser's preferred languages matched against the installed ones.
 * Kept in localStorage, like the date style: a preference of this browser, not an answer, and read
 * before the first screen is drawn (src/main.ts awaits `startLanguage`). A browser that refuses
 * localStorage gets the browser's language for this visit.
 *
 * src/firstScreen.ts (inlined into index.html) reads the same key before the page paints, to hide the prerendered
 * English home screen while another language loads (no flash of English).
 */
export const LANGUAGE_KEY = 'nic.language';

/** The remembered language tag, or null when none was chosen (or storage is refused). */
export function rememberedLanguage(): string | null {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_KEY) ?? null;
    return value === null ? null : canonicalTag(value);
  } catch {
    return null;
  }
}

/**
 * Which language to show: the remembered choice if it is installed, else the best match of the
 * browser's languages (`navigator.languages`), else English. Installed language packs are read
 * (`loadLocaleSources`) only when the choice or the browser asks for a language not yet known, so
 * an English start reads nothing.
 */
export async function pickLanguage(
  remembered: string | null = rememberedLanguage(),
  browser: readonly string[] = globalThis.navigator?.languages ?? [],
): Promise<string> {
  if (remembered && !localeInfo(remembered)) await loadLocaleSources();
  if (remembered && localeInfo(remembered)) return localeInfo(remembered)!.tag;
  let tag = matchLocale(browser);
  const first = browser[0] ? canonicalTag(browser[0]) : null;
  if (tag === ENGLISH && first && new Intl.Locale(first).language !== ENGLISH) {
    await loadLocaleSources();
    tag = matchLocale(browser);
  }
  return tag;
}

/**
 * Activates the language of the screens before the app mounts, and sets `<html lang dir>` to it.
 * Resolves to the language shown; never rejects (a language that fails to load gives English, so
 * the app always starts).
 */
export async function startLanguage(): Promise<LocaleInfo> {
  let info: LocaleInfo;
  try {
    info = await activateLocale(await pickLanguage());
  } catch (error) {
    console.error('The chosen language could not be loaded; showing English', error);
    info = await activateLocale(ENGLISH);
  }
  if (typeof document !== 'undefined') {
    document.documentElement.lang = info.tag;
    document.documentElement.dir = info.dir;
  }
  return info;
}

/**
 * Remembers `tag` as the language of the screens and reloads the page to show it (every screen,
 * the router and the prerendered home start again in the new language; typed text is kept by the
 * drafts, and the unsaved-changes check asks before leaving). Returns false, and changes nothing,
 * when the browser refuses to remember it (the chooser says so). `reload` is for tests.
 */
export function chooseLanguage(tag: string, reload: () => void = () => location.reload()): boolean {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_KEY, tag);
  } catch {
    return false;
  }
  reload();
  return true;
}
