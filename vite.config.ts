import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prerenderFirstScreen } from './scripts/prerender.ts';
import { bundledPackSummary } from './scripts/packSummary.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  license?: string;
};

// The licence as package.json declares it ('' when it declares none: the About section says so).
const define = {
  __APP_VERSION__: JSON.stringify(pkg.version),
  __APP_LICENSE__: JSON.stringify(pkg.license ?? ''),
};

export default defineConfig({
  base: './',
  define,
  resolve: {
    alias: [
      // write-excel-file zips with fflate's async zip(), which starts a blob: Worker for a large
      // sheet: the CSP (worker-src 'self') refuses it and the XLSX export never ended. Its one
      // import of that zipper is swapped for a synchronous one (src/lib/report/xlsxZip.ts).
      {
        find: /^\.\.\/zip\/zipToArrayBuffer\.js$/,
        replacement: fileURLToPath(new URL('./src/lib/report/xlsxZip.ts', import.meta.url)),
      },
    ],
  },
  plugins: [
    svelte(),
    bundledPackSummary(),
    prerenderFirstScreen(define),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Norms Implementation Checklist',
        short_name: 'NIC self-assessment',
        description:
          'Offline self-assessment against the UN norms of responsible State behaviour in cyberspace.',
        theme_color: '#1d3a6e',
        background_color: '#ffffff',
        display: 'standalone',
        icons: [
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        ],
      },
      // The plugin adds the web manifest to the precache itself; the icons come from the glob
      // (with includeManifestIcons they were listed twice).
      includeManifestIcons: false,
      workbox: {
        // wasm: HarfBuzz (harfbuzzjs), which shapes Thai, Lao, Khmer, Burmese, Tamil and Jawi in the
        // report, so a report in those scripts is made offline too.
        globPatterns: ['**/*.{js,css,html,svg,png,ttf,json,wasm}'],
        // jsPDF's optional html/svg renderers are never used by our report; keep them out of the cache.
        globIgnores: ['**/html2canvas*', '**/purify*', '**/index.es-*'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  // The regional view's Worker (src/lib/io/regionWorker.ts) is an ES module: it shares chunks with
  // the app (an IIFE Worker cannot code-split).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser of the es2022 target supports <link rel="modulepreload">; the polyfill would
    // be one more module in front of the start-up entry.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // harfbuzzjs's loader has `await import("module")` on its node-only path; the browser never
      // takes it, so the bundle leaves it as an import that is never run.
      external: ['module'],
      output: {
        // The start-up entry (src/main.ts) and the little it imports, in ONE file: the first
        // screen is interactive once that file has run, and every extra file is a request on its
        // path (measured by `npm run bench`). The app loads right after (src/startApp.ts).
        manualChunks: (id) =>
          /\/src\/main\.ts$|\/src\/lib\/state\/matchRoute\.ts$|\/src\/views\/homeRoute\.ts$|vite\/preload-helper/.test(
            id,
          )
            ? 'index'
            : undefined,
      },
    },
  },
  test: {
    // A zone east of UTC: a date handled as an instant instead of a day shows up as "the day before".
    env: { TZ: 'Asia/Singapore' },
    // A timeout catches a hang, not slowness (speed is measured by `npm run bench`): component tests
    // that walk a whole form through fake-indexeddb take a few seconds on a busy 2-core machine.
    testTimeout: 15_000,
    // Run write-excel-file through Vite so the alias above applies in tests too.
    server: { deps: { inline: ['write-excel-file'] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.ts'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
