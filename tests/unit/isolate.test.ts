import { describe, expect, it } from 'vitest';
import { isolate } from '../../src/lib/i18n/format';
import { t } from '../../src/lib/i18n';

describe('user text inside a sentence', () => {
  it('is wrapped in Unicode isolates, so a right-to-left override cannot reorder the sentence', () => {
    const hostile = '\u202Eabc 2025';
    expect(isolate(hostile)).toBe('\u2068\u202Eabc 2025\u2069');
    const said = t.manage.trashedAssessment(hostile);
    expect(said).toBe('“\u2068\u202Eabc 2025\u2069” was moved to the trash.');
    expect(t.manage.trashItem(hostile, 'Thailand', 3)).toMatch(/^\u2068\u202Eabc 2025\u2069 \(/);
  });
});
