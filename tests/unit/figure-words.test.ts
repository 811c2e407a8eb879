import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { englishMessages } from '../../src/lib/i18n/languagePacks';
import { formatPercent } from '../../src/lib/domain/scoring';
import { CONCERN_THRESHOLD } from '../../src/lib/domain/timeline';
import { t } from '../../src/lib/i18n';
import type { MessageTree } from '../../src/lib/schema/languagePack';

/**
 * One formatter for every figure (developers' guide): a percentage said inside a message must read
 * as `formatPercent` writes it. A tester read "Norms still below 40 % …" on the timeline beside
 * figures written "45%": the 40 was typed into the English message. A threshold or a figure is an
 * argument formatted by `formatPercent`; a worked example in a help text must be the formatter's
 * own output.
 */

const entries = (tree: MessageTree, at = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${at}${key}`, value]] : entries(value, `${at}${key}.`),
  );

describe('percentages in the English messages', () => {
  it('are written exactly as the one formatter writes them', () => {
    const wrong: string[] = [];
    for (const [key, pattern] of entries(englishMessages()))
      for (const m of pattern.matchAll(/(\d+(?:\.\d+)?)\s*%/g)) {
        const figure = Number(m[1]);
        if (m[0] !== formatPercent(figure, { digits: m[1]!.split('.')[1]?.length ?? 0 }))
          wrong.push(`${key}: "${m[0]}" (the formatter writes "${formatPercent(figure)}")`);
      }
    expect(wrong).toEqual([]);
  });

  it('say the timeline concern threshold with the formatter', () => {
    const threshold = formatPercent(CONCERN_THRESHOLD);
    expect(threshold).toBe('40%');
    expect(t.compare.concernsIntro(threshold)).toContain('below 40%');
    expect(t.compare.noConcerns(threshold)).toBe('No norm is below 40% or falling.');
  });
});
