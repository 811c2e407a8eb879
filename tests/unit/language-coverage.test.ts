import { describe, expect, it } from 'vitest';
import {
  coverageShare,
  isTranslated,
  needsTranslation,
} from '../../src/lib/domain/languageCoverage';
import { checkLanguagePack, englishMessages } from '../../src/lib/i18n/languagePacks';
import type { MessageTree } from '../../src/lib/schema/languagePack';

/**
 * fixlangpack item 2 (tester): the downloaded template with only tag, name and translator changed
 * installed as "100% translated (1,510 of 1,510)" though every message was English. A message left
 * as English's text is not translated (unless English has no letter: "{count}" reads the same in
 * every language), and a share above 0 but under 1 % is said "less than 1 %".
 */

const pack = (messages: MessageTree) => ({
  type: 'nic-language-pack' as const,
  version: 1 as const,
  tag: 'th',
  name: 'ไทย',
  dir: 'ltr' as const,
  translator: { name: 'Somchai', date: '2026-11-30' },
  messages,
});

describe('what counts as translated (data)', () => {
  it.each([
    ['Save', 'Save', false],
    ['Save', 'บันทึก', true],
    // Nothing to translate: counted neither way (needsTranslation false).
    ['{count}', '{count}', false],
    ['—', '—', false],
    ['Norm 13({letter})', 'Norm 13({letter})', false],
    ['Norm 13({letter})', 'บรรทัดฐาน 13({letter})', true],
  ])('English %j, pack %j: translated %s', (english, value, translated) => {
    expect(isTranslated(english, value)).toBe(translated);
  });

  it.each([
    [0, 1510, { percent: 0, underOne: false }],
    [1, 1510, { percent: 0, underOne: true }],
    [15, 1510, { percent: 0, underOne: true }],
    [16, 1510, { percent: 1, underOne: false }],
    [1509, 1510, { percent: 99, underOne: false }],
    [1510, 1510, { percent: 100, underOne: false }],
  ])('%i of %i: %j', (translated, total, share) => {
    expect(coverageShare(translated, total)).toEqual(share);
  });

  it('messages without a letter need no translation', () => {
    expect(needsTranslation('{count}')).toBe(false);
    expect(needsTranslation('{at, date, medium}')).toBe(false);
    expect(needsTranslation('{count, plural, one {# file} other {# files}}')).toBe(true);
    expect(needsTranslation('Save')).toBe(true);
  });

  it('the template as downloaded is 0 % translated, of the messages that need translating', () => {
    const checked = checkLanguagePack(pack(englishMessages()), 'th.json');
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.translated).toBe(0);
    expect(checked.value.total).toBeGreaterThan(1000);
    expect(checked.value.coverage).toBe(0);
  });

  it('one message translated, one left in English: 1 counted', () => {
    const checked = checkLanguagePack(
      pack({ common: { loading: 'กำลังโหลด…' }, home: { title: 'Norms Implementation Checklist' } }),
      'th.json',
    );
    expect(checked.ok && checked.value.translated).toBe(1);
  });
});
