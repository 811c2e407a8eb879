import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { matchRoute } from './lib/state/router.svelte';
import { routes } from './views/routes';
import { whenIdle } from './lib/state/whenIdle';
// The remembered date style, before the first date is drawn.
import './lib/state/displaySettings.svelte';
import { startLanguage } from './lib/state/language';
import { useLanguagePacks } from './lib/state/useLanguagePacks';

/**
 * Starts the Svelte app in `target`. Loaded with `import()` by the start-up entry (src/main.ts), so
 * that the prerendered home screen is usable before this code has even arrived.
 *
 * `prerendered`: `target` holds the build's prerendered home screen (scripts/prerender.ts). If the
 * address is still the home screen, the app hydrates that markup in place (a `<details>` the user
 * opened meanwhile stays open); if the user followed a link before the app arrived, or opened a
 * bookmark to another screen, the markup is wrong for the address, so it is dropped and the app
 * mounts afresh. In dev nothing is prerendered and the app always mounts.
 *
 * The chosen language's words are loaded first (English resolves at once; another language loads
 * its module or language pack), so nothing is drawn in English for a user who chose another
 * language; the prerendered home screen is English, so in another language it is replaced too
 * (src/firstScreen.ts hid it meanwhile).
 */
export async function startApp(target: HTMLElement, prerendered: boolean): Promise<void> {
  // The pseudo-locale and the installed language packs join the registry first.
  useLanguagePacks();
  const language = await startLanguage();
  const home = matchRoute(location.hash, routes).route?.name === 'home';
  if (prerendered && home && language.tag === 'en') hydrate(App, { target });
  else {
    target.replaceChildren();
    mount(App, { target });
  }
  document.documentElement.removeAttribute('data-language-pending');

  // Keep this release's pack in storage, so that its assessments still open after an update ships a
  // newer bundled pack. Not needed by the first screen, so Dexie loads once the page is idle; a
  // failure here shows up when saving.
  whenIdle(() => {
    import('./lib/storage/packs')
      .then(({ ensureBundledPack }) => ensureBundledPack())
      .catch((error: unknown) => {
        console.error('Could not store the bundled checklist pack', error);
      });
  });
}
