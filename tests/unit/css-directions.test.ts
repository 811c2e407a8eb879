import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 17 (session 4, item 4): the app is shown right-to-left by an RTL language pack, so its CSS
 * says "start" and "end", not "left" and "right": physical offsets, borders, margins, paddings and
 * alignments flip nothing in RTL, and an off-screen offset (left: -9999px on the skip link) made
 * every RTL page some 10,000 px wide. Things are hidden by clipping (.visually-hidden), not moved.
 * The e2e test tests/e2e/rtl-width.spec.ts checks the result in a browser.
 */

const SRC = new URL('../../src/', import.meta.url).pathname;

function styleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return styleFiles(path);
    return /\.(css|svelte)$/.test(name) ? [path] : [];
  });
}

/** The CSS of a file: the whole of a .css file, the <style> blocks of a component. */
function cssOf(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.css')) return text;
  return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
}

const PHYSICAL =
  /(?<![\w-])(?:left|right|(?:margin|padding|border)-(?:left|right)(?:-\w+)?|text-align:\s*(?:left|right)|float:\s*(?:left|right))\s*:?/g;

describe('CSS works in both writing directions', () => {
  it('uses logical properties, not left/right, in every stylesheet of src', () => {
    const found: string[] = [];
    for (const file of styleFiles(SRC)) {
      const css = cssOf(file).replace(/\/\*[\s\S]*?\*\//g, '');
      for (const line of css.split('\n'))
        if (/^\s*(?:[\w-]+\s*:)/.test(line) && PHYSICAL.test(line))
          found.push(`${file.slice(SRC.length)}: ${line.trim()}`);
      PHYSICAL.lastIndex = 0;
    }
    expect(found).toEqual([]);
  });

  it('the skip link is clipped in place until focused, not moved off-screen', () => {
    const css = readFileSync(join(SRC, 'app.css'), 'utf8');
    const rule = /\.skip-link\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).not.toMatch(/-\d{3,}px/);
    expect(css).toMatch(/\.skip-link:not\(:focus\)\s*\{[^}]*clip-path: inset\(50%\)/);
  });
});
