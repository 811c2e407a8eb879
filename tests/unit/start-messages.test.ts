import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishTexts } from '../../src/lib/i18n/catalogue';
import { shellTexts } from '../../src/lib/i18n/shellTexts';

/**
 * The app start (src/startApp.ts and what it imports statically) carries only the shell's and the
 * home screen's English words (src/lib/i18n/shellTexts.ts), not every screen's (issue 18:
 * per-screen string modules), and not the whole bundled pack (the home screen reads a build-time
 * summary). `t` holds only those namespaces until the whole catalogue (src/lib/i18n/locales.ts)
 * loads with the first other screen, so a start-path file that read another namespace would show
 * `undefined` or throw: this test walks the static imports and checks every `t.<namespace>`.
 */
const root = resolve(__dirname, '../..');

const STATIC_IMPORT =
  /^\s*(?:import|export)\s+(?!type\b)(?:[^'"();]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')])
    if (existsSync(candidate) && !candidate.endsWith('/')) {
      try {
        readFileSync(candidate);
        return candidate;
      } catch {
        // a directory
      }
    }
  return null;
}

/** A file's code without its comments, which name modules and keys too ("`t.screen.key(a)`"). */
const code = (file: string): string =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^\s*\/\/.*$/gm, '');

function startGraph(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [resolve(root, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(ts|svelte)$/.test(file)) continue;
    const source = code(file);
    for (const match of source.matchAll(STATIC_IMPORT)) {
      const target = resolveImport(file, match[1]!);
      if (target) queue.push(target);
    }
  }
  return [...seen].map((f) => relative(root, f)).sort();
}

describe('the app start’s words (issue 18)', () => {
  const graph = startGraph('src/startApp.ts');

  it('loads the shell’s and the home screen’s English only, not the whole catalogue', () => {
    expect(graph).toContain('src/lib/i18n/registry.ts');
    expect(graph).toContain('src/lib/i18n/en/home.ts');
    for (const heavy of [
      'src/lib/i18n/index.ts',
      'src/lib/i18n/locales.ts',
      'src/lib/i18n/catalogue.ts',
      'src/lib/i18n/failures.ts',
      'src/lib/i18n/en/workspace.ts',
      'src/lib/i18n/en/failures.ts',
      'src/lib/i18n/en/report.ts',
    ])
      expect(graph).not.toContain(heavy);
    const namespaces = graph
      .filter((f) => f.startsWith('src/lib/i18n/en/'))
      .map((f) => f.replace(/^.*\/|\.ts$/g, ''))
      // en/labels.ts is not a namespace: names of statuses that namespaces (exchange) share.
      .filter((name) => name in englishTexts)
      .sort();
    expect(namespaces).toEqual(Object.keys(shellTexts).sort());
  });

  it('reads only those namespaces of `t` in every file of the start', () => {
    const read = new Map<string, string[]>();
    for (const file of graph.filter((f) => /\.(ts|svelte)$/.test(f))) {
      const source = code(resolve(root, file));
      for (const [, ns] of source.matchAll(/\bt\.([a-zA-Z]+)/g))
        if (!(ns! in shellTexts)) read.set(file, [...(read.get(file) ?? []), ns!]);
    }
    expect(Object.fromEntries(read)).toEqual({});
  });

  it('does not load the whole bundled pack (the home screen reads its build-time summary)', () => {
    expect(graph).toContain('src/lib/domain/bundledPackSummary.ts');
    expect(graph).not.toContain('src/lib/domain/bundledPack.ts');
  });
});
