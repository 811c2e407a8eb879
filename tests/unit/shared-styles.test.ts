import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Small styles used on many screens have one home, src/app.css (issue 17, duplicates D9, D10,
 * D16–D18): `.choice` (a checkbox or radio on its own line), `.hint` (a short explanation under a
 * control) and `.spread` (a wrapping row spread to both ends). A component may add to them (a
 * colour, a margin) but does not define them again.
 */
const svelteFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? svelteFiles(join(dir, e.name))
      : e.name.endsWith('.svelte')
        ? [join(dir, e.name)]
        : [],
  );
const rule = (css: string, selector: string) =>
  new RegExp(`(^|\\n)\\s*${selector.replace('.', '\\.')} \\{([^}]*)\\}`).exec(css)?.[2] ?? null;

describe('shared styles', () => {
  const app = readFileSync('src/app.css', 'utf8');

  it('app.css defines .choice, .hint and .spread', () => {
    expect(rule(app, '.choice')).toContain('display: block');
    expect(rule(app, '.hint')).toMatch(/display: block;\s*font-size: 0\.9em;/);
    expect(rule(app, '.spread')).toMatch(/display: flex;\s*flex-wrap: wrap;/);
  });

  it('no component defines them again', () => {
    const again = svelteFiles('src').filter((file) => {
      const style = /<style>([\s\S]*)<\/style>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
      return (
        rule(style, '.choice') !== null ||
        /font-size: 0\.9em/.test(rule(style, '.hint') ?? '') ||
        /flex-wrap: wrap;[\s\S]*justify-content: space-between/.test(style)
      );
    });
    expect(again).toEqual([]);
  });
});
