import { matchRoute } from './lib/state/matchRoute';
import { homeRoute } from './views/homeRoute';
import './app.css';

/**
 * The start-up entry. The build prerenders the home screen into index.html with its small inline
 * script (scripts/prerender.ts, src/firstScreen.ts), so on the home screen the checklist is
 * already interactive when this runs. This only loads the Svelte app (src/startApp.ts: hydration,
 * the States section, storage, the service worker) with `import()`, which keeps the entry one
 * small file. Measured by `npm run bench` (scripts/bench/start.ts reads the marks below).
 */
const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const prerendered =
  target.hasChildNodes() && matchRoute(location.hash, [homeRoute]).route !== undefined;

void import('./startApp').then(async ({ startApp }) => {
  await startApp(target, prerendered);
  // The app itself has started: the States section can load, storage and the service worker start.
  performance.mark('nic:app-started');
  if (!prerendered) performance.mark('nic:interactive');
});
