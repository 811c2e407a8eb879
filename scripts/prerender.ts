import type { Component } from 'svelte';
import type * as SvelteServer from 'svelte/server';
import type { Plugin } from 'vite';

/**
 * Prerenders the first screen (the app shell and the home screen with the 11 norms) into
 * index.html at build time, with Svelte's server renderer. The checklist then shows as soon as the
 * HTML is parsed, as fast as a static page, and `hydrate()` in src/main.ts makes it interactive.
 * Measured by `npm run bench` (start-up against a static floor page).
 *
 * Runs in `transformIndexHtml`, before vite-plugin-pwa writes its precache list, so that the
 * service worker's revision of index.html is the prerendered one. The home screen reads nothing
 * from IndexedDB while rendering (its States section is loaded on the client), so the prerendered
 * HTML holds no user data.
 */
export function prerenderFirstScreen(define: Record<string, string>): Plugin {
  return {
    name: 'nic-prerender-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const [{ createServer }, { svelte }] = await Promise.all([
          import('vite'),
          import('@sveltejs/vite-plugin-svelte'),
        ]);
        // A throwaway server only to compile and load the app for the server renderer.
        const server = await createServer({
          configFile: false,
          root: process.cwd(),
          logLevel: 'error',
          appType: 'custom',
          define,
          plugins: [svelte()],
          optimizeDeps: { noDiscovery: true, include: [] },
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const { render } = (await server.ssrLoadModule('svelte/server')) as typeof SvelteServer;
          const { default: App } = (await server.ssrLoadModule('/src/App.svelte')) as {
            default: Component;
          };
          const { body } = render(App);
          const marker = '<div id="app"></div>';
          if (!html.includes(marker))
            throw new Error(`index.html has no ${marker} to prerender into`);
          return html.replace(marker, `<div id="app">${body}</div>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
