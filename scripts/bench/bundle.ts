/**
 * Bundle figures from a production build made with `--manifest`: what the browser must fetch before
 * the checklist shows (the entry, its static imports, the home view and its static imports) and
 * every other chunk, which loads on demand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { report } from './stats';

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export const gzipKb = (path: string): number =>
  gzipSync(readFileSync(path), { level: 9 }).length / 1024;

/** The chunk keys reachable from `key` through static imports (what `import()` of it fetches). */
function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) staticClosure(manifest, dep, seen);
  return seen;
}

/**
 * The Svelte app, loaded with import() by the start-up entry once the prerendered home screen is
 * interactive (src/main.ts): hydration, the States section's loader, storage and the service worker.
 */
export const APP_START = 'src/startApp.ts';

const closureFiles = (manifest: Manifest, keys: Iterable<string>) => {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    js.add(chunk.file);
    for (const f of chunk.css ?? []) css.add(f);
  }
  return { js, css };
};

export function benchBundle(outDir: string): { firstLoadFiles: string[] } {
  const manifest = JSON.parse(
    readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'),
  ) as Manifest;
  // The chunk index.html loads (the manifest does not flag it as the entry when vite.config.ts
  // names its chunk with manualChunks).
  const script = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(
    readFileSync(join(outDir, 'index.html'), 'utf8'),
  )?.[1];
  const entry = Object.keys(manifest).find((k) => manifest[k]?.file === script);
  if (!entry) throw new Error('No chunk of the build manifest is the script of index.html');
  // Before the checklist is interactive: the entry and its static imports.
  const first = staticClosure(manifest, entry);
  const { js: firstFiles, css: firstCss } = closureFiles(manifest, first);
  // Right after: the app's start module and its static imports, less what the entry already has.
  const appKeys = [...staticClosure(manifest, APP_START)].filter((k) => !first.has(k));
  const app = closureFiles(manifest, appKeys);
  const sum = (files: Iterable<string>) =>
    [...files].reduce((kb, f) => kb + gzipKb(join(outDir, f)), 0);
  const jsKb = sum(firstFiles);
  const cssKb = sum(firstCss);
  const list = (files: Iterable<string>) =>
    [...files]
      .map((f) => `${f.replace(/^assets\//, '')} ${gzipKb(join(outDir, f)).toFixed(1)}`)
      .join(', ');
  report({
    name: 'bundle: first-load JS (gzip)',
    value: jsKb,
    unit: 'kB',
    target: 60,
    note: list(firstFiles),
  });
  report({ name: 'bundle: first-load CSS (gzip)', value: cssKb, unit: 'kB' });
  report({
    name: 'bundle: app start JS, after interactive (gzip)',
    value: sum(app.js),
    unit: 'kB',
    note: list(app.js),
  });
  const seen = new Set([...first, ...appKeys]);

  const lazy = Object.entries(manifest)
    .filter(([key, c]) => !seen.has(key) && c.file.endsWith('.js'))
    .map(([key, c]) => ({ label: c.name ?? key, file: c.file, kb: gzipKb(join(outDir, c.file)) }))
    .sort((a, b) => b.kb - a.kb);
  // jsPDF's optional renderers: left out of the precache (vite.config.ts) and never loaded.
  const unused = /html2canvas|purify|index\.es-/;
  for (const c of lazy) {
    report({
      name: `bundle: lazy chunk ${c.label}`,
      value: c.kb,
      unit: 'kB',
      note: `${c.file.replace(/^assets\//, '')}${unused.test(c.file) ? '; jsPDF extra, never loaded' : ''}`,
    });
  }
  return { firstLoadFiles: [...firstFiles, ...firstCss] };
}
