import type { Component } from 'svelte';
import type * as SvelteServer from 'svelte/server';
import { createHash } from 'node:crypto';
import type { Plugin, Rollup } from 'vite';

/**
 * src/firstScreen.ts bundled on its own into one classic script (no module, no import), to be
 * inlined after the prerendered screen: the first screen's controls work as soon as it is parsed.
 */
async function firstScreenScript(define: Record<string, string>): Promise<string> {
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    define,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: 'src/firstScreen.ts', formats: ['iife'], name: 'nicFirstScreen' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk) throw new Error('src/firstScreen.ts did not build');
  // "</script" inside the code would end the inline script early.
  if (/<\/script/i.test(chunk.code)) throw new Error('firstScreen.ts must not contain "</script"');
  return chunk.code.trim();
}

/**
 * Puts the first screen's script inline at the top of <head>, right after the Content-Security-
 * Policy (which must come first to apply to it) and before the stylesheet (an inline script after
 * a stylesheet waits for it): its handlers are attached before the checklist is even parsed. The
 * policy otherwise allows scripts from this origin only; the script's hash lets that one script,
 * byte for byte, run inline.
 */
function withFirstScreenScript(html: string, script: string): string {
  const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
  const meta = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/.exec(html);
  if (!meta || !meta[0].includes("script-src 'self'"))
    throw new Error("index.html has no Content-Security-Policy with script-src 'self' to extend");
  const policy = meta[0].replace("script-src 'self'", `script-src 'self' ${hash}`);
  return html.replace(meta[0], `${policy}\n    <script>${script}</script>`);
}

/**
 * Prerenders the first screen (the app shell and the home screen with the 11 norms) into
 * index.html at build time, with Svelte's server renderer. The checklist then shows as soon as the
 * HTML is parsed, as fast as a static page. Its controls work once the small inline script after
 * it has run (src/firstScreen.ts, allowed by its hash in the CSP), and `hydrate()` in
 * src/startApp.ts (loaded by src/main.ts) makes it the Svelte app.
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
        const [{ createServer }, { svelte }, { bundledPackSummary }] = await Promise.all([
          import('vite'),
          import('@sveltejs/vite-plugin-svelte'),
          import('./packSummary.ts'),
        ]);
        // A throwaway server only to compile and load the app for the server renderer.
        const server = await createServer({
          configFile: false,
          root: process.cwd(),
          logLevel: 'error',
          appType: 'custom',
          define,
          plugins: [svelte(), bundledPackSummary()],
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
          const script = await firstScreenScript(define);
          return withFirstScreenScript(html.replace(marker, `<div id="app">${body}</div>`), script);
        } finally {
          await server.close();
        }
      },
    },
  };
}
