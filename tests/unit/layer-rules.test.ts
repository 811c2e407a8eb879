import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The README's architecture table is the contract; eslint.config.js enforces it. This test reads
 * both and fails when a row of the table allows less than eslint forbids or, the other way round,
 * when eslint lets a folder import a layer its row does not name (a hole in the rules).
 */

const LAYERS = [
  'schema',
  'domain',
  'storage',
  'io',
  'i18n',
  'report',
  'state',
  'views',
  'components',
];
const folderOf = (layer: string) =>
  layer === 'views' || layer === 'components' ? `src/${layer}/` : `src/lib/${layer}/`;

function readmeTable(): Map<string, string[]> {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const rows = new Map<string, string[]>();
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const folder = /^`(src\/[^`]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!folder || cells.length < 4) continue;
    const layer = LAYERS.find((l) => folderOf(l) === folder);
    if (!layer) continue;
    const may = cells[3]!;
    rows.set(
      layer,
      may === 'everything' ? [...LAYERS] : LAYERS.filter((l) => new RegExp(`\\b${l}\\b`).test(may)),
    );
  }
  return rows;
}

type Block = { files?: string[]; ignores?: string[]; rules?: Record<string, unknown> };
// Through a variable: the config is plain JavaScript, with no types for the compiler to check.
const configFile = '../../eslint.config.js';
const config = ((await import(/* @vite-ignore */ configFile)) as { default: Block[] }).default;

/** The import patterns eslint forbids for a file of the folder (the last matching block wins). */
function forbiddenFor(folder: string): string[] {
  let patterns: string[] = [];
  for (const block of config) {
    if (!block.files?.some((f) => folder.startsWith(f.replace('**', '')))) continue;
    if (block.ignores?.some((f) => folder.startsWith(f.replace('**', '')))) continue;
    for (const name of ['no-restricted-imports', '@typescript-eslint/no-restricted-imports']) {
      const rule = block.rules?.[name] as [string, { patterns: { group: string[] }[] }] | undefined;
      if (rule) patterns = rule[1].patterns.flatMap((p) => p.group);
    }
  }
  return patterns;
}

describe('the eslint layer rules cover every row of the README architecture table', () => {
  const table = readmeTable();

  it('reads a row for every layer', () => {
    expect([...table.keys()].sort()).toEqual([...LAYERS].sort());
  });

  for (const layer of LAYERS) {
    it(`${layer}: forbids exactly the layers its row does not allow`, () => {
      const allowed = new Set([...table.get(layer)!, layer]);
      const forbidden = forbiddenFor(folderOf(layer));
      for (const other of LAYERS) {
        const pattern = `**/${other}/**`;
        if (allowed.has(other))
          expect(forbidden, `${layer} may import ${other}`).not.toContain(pattern);
        else expect(forbidden, `${layer} must not import ${other}`).toContain(pattern);
      }
      if (layer !== 'storage') expect(forbidden, `only storage imports Dexie`).toContain('dexie');
    });
  }

  it('lets no forbidden layer in through a type import (a row names types where it allows them)', () => {
    const typeHoles = config.flatMap((block) =>
      ['no-restricted-imports', '@typescript-eslint/no-restricted-imports'].flatMap((name) => {
        const rule = block.rules?.[name] as
          [string, { patterns: { allowTypeImports?: boolean }[] }] | undefined;
        return (rule?.[1].patterns ?? [])
          .filter((p) => p.allowTypeImports)
          .map(() => block.files?.join(', '));
      }),
    );
    expect(typeHoles).toEqual([]);
  });
});
