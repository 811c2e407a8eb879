import { describe, expect, it } from 'vitest';
import { historyValueText, undoneText } from '../../src/lib/i18n';
import { t } from '../../src/lib/i18n/locales';
import { makeAnswer } from '../fixtures/factories/answers';

/**
 * Tester report (session 7, zerokey): undoing a first status choice announced "Undone: status back
 * to none." An empty value reads as its field's own empty word (status: "unanswered"), never the
 * generic "none", in the history panel and in the undo announcement alike.
 */

describe('empty values in history words', () => {
  it('an undo back to no status reads "unanswered"', () => {
    expect(
      undoneText({
        before: makeAnswer({ itemId: '13a-01', rev: 1 }),
        after: makeAnswer({ itemId: '13a-01', status: 'planned', rev: 2 }),
      }),
    ).toBe('Undone: status back to unanswered.');
  });

  it('every field the history names has its own empty word, not "none"', () => {
    const fields = Object.keys(t.workspace.historyFields).filter(
      (f) => !['other', 'markedForReview', 'reviewed', 'carried'].includes(f),
    );
    for (const field of fields) {
      const words = historyValueText({ kind: 'empty' }, field);
      expect(words, field).not.toBe(t.workspace.historyValues.empty);
      expect(words, field).toBe(t.workspace.historyValues.emptyOf[field]);
    }
    expect(historyValueText({ kind: 'empty' }, 'status')).toBe('unanswered');
    expect(historyValueText({ kind: 'empty' }, 'targetDate')).toBe('no date');
  });

  it('a field this version does not know keeps the neutral word', () => {
    expect(historyValueText({ kind: 'empty' }, 'someFutureField')).toBe('none');
    expect(historyValueText({ kind: 'empty' })).toBe('none');
  });
});
