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

/**
 * Resolves once the browser has drawn the prerendered screen (the task after the first frame's
 * `requestAnimationFrame`). This module is deferred: it runs once the stylesheet has arrived, which
 * is also when the first frame may be drawn, and whichever task comes first goes first. The
 * `import()` below starts the app's chunks (Vite adds a `<link rel="modulepreload">` per chunk,
 * ~30 of them, in the same task) and their compilation and evaluation follow: if that came before
 * the first frame, the checklist was shown that much later (docs/bench.md, "Start-up, 30 Nov 2026,
 * quiet machine"). A hidden page draws no frame, so there it resolves at once.
 */
function afterFirstFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') return resolve();
    document.addEventListener('visibilitychange', () => resolve(), { once: true });
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

// Nothing to wait for without a prerendered screen: the app draws the first frame itself.
void (prerendered ? afterFirstFrame() : Promise.resolve())
  .then(() => import('./startApp'))
  .then(async ({ startApp }) => {
    await startApp(target, prerendered);
    // The app itself has started: the States section can load, storage and the service worker start.
    performance.mark('nic:app-started');
    if (!prerendered) performance.mark('nic:interactive');
  });
