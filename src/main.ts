import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { matchRoute } from './lib/state/router.svelte';
import { routes } from './views/routes';
import { whenIdle } from './lib/state/whenIdle';
// The remembered date style, before the first date is drawn.
import './lib/state/displaySettings.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

/**
 * The build prerenders the home screen into index.html (scripts/prerender.ts). On that screen the
 * app hydrates the markup in place; on any other address (a bookmark to an assessment) the
 * prerendered home screen would be wrong, so it is dropped and the app mounts afresh. In dev there
 * is nothing prerendered and the app always mounts.
 */
const prerendered =
  target.hasChildNodes() && matchRoute(location.hash, routes).route?.name === 'home';
if (!prerendered) target.replaceChildren();
export default prerendered ? hydrate(App, { target }) : mount(App, { target });
// Marks when the checklist is interactive, for the start-up benchmark (scripts/bench/start.ts).
performance.mark('nic:interactive');

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
