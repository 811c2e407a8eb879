import { describe, expect, it } from 'vitest';
import { localisePack, localiseScore, translationFor } from '../../src/lib/domain/packText';
import { scoreAssessment } from '../../src/lib/domain/scoring';
import { makeAnswer } from '../fixtures/factories/answers';
import { translatedPack } from '../fixtures/factories/translatedPack';

describe('checklist pack translations (issue 17)', () => {
  const pack = translatedPack();

  it('finds the translation by exact tag or primary subtag, none for the pack’s own language', () => {
    expect(translationFor(pack, 'th')?.translator).toBe('Test Ministry (unofficial translation)');
    expect(translationFor(pack, 'th-TH')?.language).toBe('th');
    expect(translationFor(pack, 'en-GB')).toBeUndefined();
    expect(translationFor(pack, 'vi')).toBeUndefined();
  });

  it('shows translated titles, summaries, names, actions and guidance; keeps the rest', () => {
    const shown = localisePack(pack, 'th');
    expect(shown.translation).toEqual({
      language: 'th',
      translator: 'Test Ministry (unofficial translation)',
    });
    expect(shown.originalLanguage).toBe('en');
    const [a, c] = shown.pack.norms;
    expect(a!.title).toBe('ร่วมมือด้านความมั่นคงของ ICT');
    expect(a!.summary).toBe('ทำงานร่วมกับรัฐอื่น');
    // Official wording is never translated.
    expect(a!.officialText).toBe(pack.norms[0]!.officialText);
    // Not translated: stays in the pack's language.
    expect(c!.title).toBe('Do not allow your territory to be used');
    expect(shown.pack.focusAreas.map((f) => f.name)).toEqual([
      'ความร่วมมือระหว่างประเทศ',
      'Policies, strategies and frameworks',
    ]);
    expect(shown.pack.actions.map((x) => x.text)).toEqual([
      'เข้าร่วมเวทีระดับภูมิภาค',
      'แบ่งปันข้อมูลภัยคุกคามกับรัฐอื่น',
      'Have a process to act on notifications.',
    ]);
    expect(shown.pack.actions[0]!.guidance).toBe('ระบุชื่อเวทีและผู้เข้าร่วม');
    expect(shown.pack.actions[1]!.guidance).toBeUndefined();
    // The stored pack is not touched.
    expect(pack.actions[0]!.text).toBe('Take part in regional fora.');
  });

  it('returns the pack itself in its own language or a language it does not carry', () => {
    expect(localisePack(pack, 'en')).toEqual({ pack, translation: null, originalLanguage: 'en' });
    expect(localisePack(pack, 'vi').pack).toBe(pack);
  });

  it('gives a score the translated texts and the same figures', () => {
    const answers = [
      makeAnswer({ itemId: '13a-01', status: 'in-progress' }),
      makeAnswer({ itemId: '13c-01', status: 'not-applicable', naJustification: 'No reason.' }),
    ];
    const score = scoreAssessment({ pack, answers, normAnswers: [] });
    const shown = localisePack(pack, 'th');
    const local = localiseScore(score, shown);
    expect(local.overall).toEqual(score.overall);
    expect(local.norms.map((n) => n.score)).toEqual(score.norms.map((n) => n.score));
    expect(local.norms[0]!.title).toBe('ร่วมมือด้านความมั่นคงของ ICT');
    expect(local.norms[0]!.items[0]!.text).toBe('เข้าร่วมเวทีระดับภูมิภาค');
    expect(local.focusAreas[0]!.name).toBe('ความร่วมมือระหว่างประเทศ');
    expect(local.gaps.find((g) => g.itemId === '13a-02')!.text).toBe('แบ่งปันข้อมูลภัยคุกคามกับรัฐอื่น');
    expect(local.notApplicable[0]!.text).toBe('Have a process to act on notifications.');
    expect(localiseScore(score, localisePack(pack, 'en'))).toBe(score);
  });
});
