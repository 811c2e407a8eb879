import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { isMsg } from '../../src/lib/i18n/messages';

/**
 * The ICU sweep (issue 17): a language pack can only translate a message that is data, so every
 * leaf of an English catalogue (src/lib/i18n/en/*.ts) must be a string or a `msg()` (an ICU
 * pattern with the names of its arguments): never a JS function (English code a pack cannot
 * replace) nor a list. And every pattern must parse as ICU MessageFormat.
 */

/**
 * Catalogues still allowed JS functions and lists while their conversion is under way (icu-b:
 * coordinator … failures; report-lang: report). Remove a name when its catalogue is converted; the
 * list ends empty.
 */
const STILL_FUNCTIONS = new Set<string>([]);

const modules = import.meta.glob<Record<string, unknown>>('../../src/lib/i18n/en/*.ts', {
  eager: true,
});
const catalogues = Object.entries(modules).map(([path, exports]) => ({
  name: /([^/]+)\.ts$/.exec(path)![1]!,
  exports,
}));

interface Leaf {
  key: string;
  kind: 'string' | 'msg' | 'function' | 'list' | 'other';
  pattern?: string;
}

/** Every leaf under `value`, with its dotted key. */
function leaves(value: unknown, key: string): Leaf[] {
  if (typeof value === 'string') return [{ key, kind: 'string', pattern: value }];
  if (isMsg(value)) return [{ key, kind: 'msg', pattern: value.icu }];
  if (typeof value === 'function') return [{ key, kind: 'function' }];
  if (Array.isArray(value)) return [{ key, kind: 'list' }];
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => leaves(v, `${key}.${k}`));
  return [{ key, kind: 'other' }];
}

const all = catalogues.map((c) => ({
  name: c.name,
  leaves: Object.entries(c.exports).flatMap(([name, value]) => leaves(value, name)),
}));

describe('English catalogues: messages a language pack can translate', () => {
  it('finds the catalogues (the glob reads src/lib/i18n/en)', () => {
    const names = all.map((c) => c.name);
    for (const name of ['workspace', 'dashboard', 'compare', 'help', 'home', 'common'])
      expect(names).toContain(name);
  });

  const converted = all.filter((c) => !STILL_FUNCTIONS.has(c.name));
  it.each(converted.map((c) => [c.name, c.leaves] as const))(
    'en/%s.ts: every leaf is a string or a msg(), none a function or a list',
    (_name, found) => {
      const code = found.filter((l) => l.kind !== 'string' && l.kind !== 'msg');
      expect(code.map((l) => `${l.key} (${l.kind})`)).toEqual([]);
      expect(found.length).toBeGreaterThan(0);
    },
  );

  it.each(all.map((c) => [c.name, c.leaves] as const))(
    'en/%s.ts: every message parses as ICU MessageFormat',
    (_name, found) => {
      const unparsable: string[] = [];
      for (const leaf of found) {
        if (leaf.pattern === undefined) continue;
        try {
          new IntlMessageFormat(leaf.pattern, 'en', undefined, { ignoreTag: true });
        } catch (error) {
          unparsable.push(`${leaf.key}: ${error instanceof Error ? error.message : 'error'}`);
        }
      }
      expect(unparsable).toEqual([]);
    },
  );

  it('a plural or select message, formatted, uses the right form (no hand-written plural)', async () => {
    const { t } = await import('../../src/lib/i18n');
    expect(t.dashboard.corruptRows(1)).toMatch(/^1 stored record was damaged/);
    expect(t.dashboard.corruptRows(2)).toMatch(/^2 stored records were damaged/);
    expect(t.workspace.confirmAllInNorm(1)).toBe('Confirm the 1 carried answer of this norm');
    expect(t.workspace.finalWarnReview(3)).toBe('3 actions are still marked for review.');
    expect(t.workspace.period('1 Jan 2026', '1 Jan 2026')).toBe('1 Jan 2026');
    expect(t.workspace.period('1 Jan 2026', '2 Jan 2026')).toBe('1 Jan 2026 – 2 Jan 2026');
    expect(t.workspace.statusFailed('storage:QuotaExceededError')).toMatch(/storage .* is full/);
    expect(t.workspace.statusFailed('not-found')).toMatch(/no longer on this device/);
    expect(t.workspace.progressText(2, 5)).toBe('2 of 5 answered');
    expect(t.workspace.progressText(2, 5, 1)).toBe(
      '2 of 5 answered in this cycle, 1 carried to confirm',
    );
    expect(t.dashboard.completeness(1234, 2000, '61%')).toBe(
      '1,234 of 2,000 practical actions answered (61%)',
    );
  });
});
