import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n';
import { englishTexts } from '../../src/lib/i18n/catalogue';
import { USER_TEXT_ARGS, isMsg, type Msg } from '../../src/lib/i18n/messages';

/**
 * Tester A: a right-to-left override (U+202E) in an agency name from a file garbled the import
 * preview's own sentence ("…part of .90-a31 ,80-a31 … gnirevoc"). Every screen message that takes
 * user or file text (src/lib/i18n/messages.ts USER_TEXT_ARGS) now formats it inside Unicode
 * isolates, whatever the language.
 */
const RLO = '\u202Eevil';

/** Every message with arguments, by its path, outside the report (drawn by the PDF/DOCX writers). */
function messages(tree: object, path: string, out: [string, Msg<unknown[]>][]): void {
  for (const [key, value] of Object.entries(tree) as [string, unknown][]) {
    const at = path ? `${path}.${key}` : key;
    if (isMsg(value)) out.push([at, value]);
    else if (typeof value === 'object' && value !== null && at !== 'report')
      messages(value, at, out);
  }
}

const formatted = (path: string): ((...a: unknown[]) => string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], t) as (
    ...a: unknown[]
  ) => string;

describe('user text in screen messages', () => {
  it('is wrapped in isolates in every message that takes it', () => {
    const all: [string, Msg<unknown[]>][] = [];
    messages(englishTexts, '', all);
    const checked: string[] = [];
    const bare: string[] = [];
    for (const [at, m] of all) {
      const args = Array.from({ length: m.args.length }, () => RLO);
      let values: Record<string, unknown>;
      try {
        values = m.args(...args);
      } catch {
        continue; // arguments that are not text (objects, lists)
      }
      const userKeys = Object.keys(values).filter(
        (k) => USER_TEXT_ARGS.has(k) && values[k] === RLO,
      );
      if (userKeys.length === 0) continue;
      checked.push(at);
      let text: string;
      try {
        text = formatted(at)(...args);
      } catch {
        continue; // a plural or number argument given text: not formattable this way
      }
      // Every override in the sentence sits inside an isolate.
      if (text.includes('\u202E') && !text.includes(`\u2068${RLO}\u2069`)) bare.push(at);
    }
    expect(checked).toContain('coordinator.partClaims');
    expect(checked.length).toBeGreaterThan(40);
    expect(bare).toEqual([]);
  });

  it('keeps the import preview’s sentence in order around a hostile agency name', () => {
    const said = t.coordinator.partClaims(RLO, 'Norm 13(a)', '13a-08, 13a-09', 2);
    expect(said).toBe(
      'The file says it is the part of \u2068\u202Eevil\u2069, covering Norm 13(a) and the practical actions 13a-08, 13a-09.',
    );
  });

  it('isolates right-to-left names too, and leaves all-left-to-right text as typed', () => {
    expect(t.assignments.removeAgency('وزارة الخارجية')).toBe('Remove \u2068وزارة الخارجية\u2069');
    expect(t.assignments.removeAgency('National Police')).toBe('Remove National Police');
  });
});
