import { describe, expect, it } from 'vitest';
import { describeFailure, nameInSentence } from '../../src/lib/i18n';

describe('a file name inside a refusal (tester N)', () => {
  it('shows a right-to-left override as a visible mark, so the sentence reads forwards', () => {
    const said = describeFailure({ code: 'export.not-json', source: 'zz-hostile-\u202Egnp.json' });
    expect(said).toBe(
      'zz-hostile-\uFFFDgnp.json: the file is not JSON (it may be damaged, or another kind of file)',
    );
    expect(said).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('keeps a plain name as it is and isolates a right-to-left one', () => {
    expect(nameInSentence('notes.json')).toBe('notes.json');
    expect(nameInSentence('تقرير.json')).toBe('\u2068تقرير.json\u2069');
  });
});
