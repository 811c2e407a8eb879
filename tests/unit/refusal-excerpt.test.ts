import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/lib/i18n';
import { problemMessage } from '../../src/components/workspace/saveMessages';

/**
 * A refusal quotes what it refuses, shortened (tester: a link of "https://example.org/" and 25,000
 * characters was refused with "Not a web address (https://…): " and the whole paste echoed back).
 */
describe('excerpt of user text in a refusal', () => {
  it('keeps short text as typed and cuts long text at 80 characters with "…"', () => {
    expect(excerpt('https://example.org/a')).toBe('https://example.org/a');
    const cut = excerpt('ข'.repeat(25_000));
    expect(Array.from(cut)).toHaveLength(81);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never splits an emoji (code points, not UTF-16 units)', () => {
    const cut = excerpt('😀'.repeat(100), 3);
    expect(cut).toBe('😀😀😀…');
  });

  it('the bad-links refusal no longer echoes a 25,000-character paste', () => {
    const text = problemMessage({
      code: 'evidence.bad-links',
      field: 'evidence',
      lines: [`https://example.org/${'ข'.repeat(25_000)}`],
    });
    expect(text).toMatch(/^Not a web address/);
    expect(text.length).toBeLessThan(300);
    expect(text).toContain('https://example.org/ขขข');
  });
});
