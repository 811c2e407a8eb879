import { matchRoute } from './lib/state/matchRoute';
import { homeRoute } from './views/homeRoute';

/**
 * The first screen's own code, inlined by the build at the top of index.html's <head>
 * (scripts/prerender.ts), so that it has run before the prerendered home screen is even parsed,
 * with no request of its own. Every other control on that screen works without code: the
 * navigation links are plain links (the app follows the address once it has started) and the
 * official wording is a native `<details>`. So the checklist is interactive as soon as it is shown;
 * the Svelte app (src/main.ts → src/startApp.ts) hydrates it right after. Kept tiny and
 * self-contained: it is not a module and shares nothing with the app's chunks.
 */

/**
 * The skip link's target is `#main`, which the hash router would read as an address: it moves
 * focus instead (App.svelte does the same once mounted; whichever runs first prevents the default).
 */
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || !(event.target instanceof Element)) return;
  if (!event.target.closest('a.skip-link')) return;
  event.preventDefault();
  document.getElementById('main')?.focus();
});

// For the start-up benchmark (scripts/bench/start.ts, which counts from the first frame that shows
// the checklist): on the home screen its controls work from then on. On any other address the app
// mounts that screen and marks it (src/main.ts).
if (matchRoute(location.hash, [homeRoute]).route) performance.mark('nic:interactive');

// A remembered language other than English: the prerendered home screen is English, so it stays
// hidden (index.html's style) until src/startApp.ts has drawn the app in that language. Key:
// src/lib/state/language.ts (LANGUAGE_KEY); storage refused means English, nothing to hide.
try {
  const chosen = localStorage.getItem('nic.language');
  if (chosen && chosen !== 'en') document.documentElement.setAttribute('data-language-pending', '');
} catch {
  // English.
}
