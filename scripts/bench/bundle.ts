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

/** The first screen's view: the route "/" loads this module with import() as soon as the app mounts. */
export const HOME_VIEW = 'src/views/Home/HomeView.svelte';

export function benchBundle(outDir: string): { firstLoadFiles: string[] } {
  const manifest = JSON.parse(
    readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'),
  ) as Manifest;
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entry) throw new Error('The build manifest has no entry');
  const first = staticClosure(manifest, entry);
  if (manifest[HOME_VIEW]) staticClosure(manifest, HOME_VIEW, first);
  const firstFiles = new Set<string>();
  const firstCss = new Set<string>();
  for (const key of first) {
    const chunk = manifest[key];
    if (!chunk) continue;
    firstFiles.add(chunk.file);
    for (const css of chunk.css ?? []) firstCss.add(css);
  }
  const sum = (files: Iterable<string>) =>
    [...files].reduce((kb, f) => kb + gzipKb(join(outDir, f)), 0);
  const jsKb = sum(firstFiles);
  const cssKb = sum(firstCss);
  report({
    name: 'bundle: first-load JS (gzip)',
    value: jsKb,
    unit: 'kB',
    target: 60,
    note: [...firstFiles]
      .map((f) => `${f.replace(/^assets\//, '')} ${gzipKb(join(outDir, f)).toFixed(1)}`)
      .join(', '),
  });
  report({ name: 'bundle: first-load CSS (gzip)', value: cssKb, unit: 'kB' });

  const lazy = Object.entries(manifest)
    .filter(([key, c]) => !first.has(key) && c.file.endsWith('.js'))
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
