/**
 * Usability (session 5, fixwords item 2): a file with an over-long text was refused with "a text is
 * longer than 1,000,000 characters", without saying which text (it was the notes of 13a-01). The
 * first look at a file keeps where the text is, and the refusal names it as schema refusals do.
 */
import { describe, expect, it } from 'vitest';
import { checkUntrustedShape } from '../../src/lib/schema/untrusted';
import { describeFailure } from '../../src/lib/i18n/failures';

describe('a text over the limit is named by its field', () => {
  const file = {
    type: 'nic-export',
    answers: [
      { itemId: '13a-00', notes: 'short' },
      { itemId: '13a-01', notes: 'x'.repeat(1_000_001) },
    ],
  };

  it('keeps the path of the long text, with the practical action it belongs to', () => {
    const result = checkUntrustedShape(file);
    expect(result).toEqual({
      ok: false,
      code: 'file.text-too-long',
      limit: 1_000_000,
      path: ['answers', { index: 1, id: '13a-01' }, 'notes'],
    });
  });

  it('says which text in words', () => {
    const result = checkUntrustedShape(file);
    if (result.ok) throw new Error('expected a refusal');
    const { ok: _ok, ...failure } = result;
    expect(describeFailure({ ...failure, source: 'backup.json' })).toBe(
      'backup.json: notes of practical action \u206813a-01\u2069 is longer than 1,000,000 characters',
    );
  });
});
