import { describe, expect, it } from 'vitest';
import { languageName } from '../../src/lib/i18n/languageName';
import { reportInputFrom } from '../../src/lib/report/reportInput';
import { buildReport, type Block, type ReportDocument } from '../../src/lib/report/reportModel';
import { makeAnswer, makeAssessment } from '../fixtures/factories/answers';
import { makeState } from '../fixtures/factories/exports';
import { translatedPack } from '../fixtures/factories/translatedPack';

const pack = translatedPack();
const TRANSLATOR = 'Test Ministry (unofficial translation)';

/** The gap report of a small assessment on the translated fixture pack, in `locale`. */
function reportIn(locale: string): ReportDocument {
  return buildReport(
    reportInputFrom({
      pack,
      state: makeState({ code: 'TH', name: 'Thailand' }),
      assessment: makeAssessment({ stateCode: 'TH', packId: pack.id, packVersion: pack.version }),
      answers: [
        makeAnswer({ itemId: '13a-01', status: 'planned' }),
        makeAnswer({ itemId: '13c-01', status: 'not-applicable', naJustification: 'None.' }),
      ],
      normAnswers: [],
      madeAt: '2026-12-01T00:00:00.000Z',
      locale,
      timeZone: 'UTC',
    }),
  );
}

const blocksOf = (doc: ReportDocument, id: string): Block[] =>
  doc.sections.find((s) => s.id === id)?.blocks ?? [];
const texts = (blocks: Block[]): string[] =>
  blocks.flatMap((b) =>
    b.kind === 'paragraph' || b.kind === 'heading'
      ? [b.text]
      : b.kind === 'table'
        ? b.rows.flat()
        : b.kind === 'keyValue'
          ? b.rows.flatMap((r) => [r.key, r.value])
          : [],
  );
const all = (doc: ReportDocument) => doc.sections.flatMap((s) => texts(s.blocks));

// Language names are in the report's language (here Thai, with English words as the fallback).
describe('the report prints the pack’s text in its language (issue 17)', () => {
  it('names the translation and its translator on the cover', () => {
    const cover = texts(blocksOf(reportIn('th'), 'cover'));
    const at = cover.indexOf('Translation of the checklist text');
    expect(at).toBeGreaterThan(-1);
    expect(cover[at + 1]).toBe(
      `${languageName('th', 'th')}, by ${TRANSLATOR}; the official wording of each norm is quoted in ${languageName('en', 'th')}`,
    );
  });

  it('prints translated norm titles, actions and gaps; keeps the rest in the pack’s language', () => {
    const doc = reportIn('th');
    const norms = texts(blocksOf(doc, 'norms'));
    expect(norms).toContain('Norm 13(a): ร่วมมือด้านความมั่นคงของ ICT');
    expect(norms).toContain('13a-01: เข้าร่วมเวทีระดับภูมิภาค');
    expect(norms).toContain('Norm 13(c): Do not allow your territory to be used');
    expect(norms).toContain('13c-01: Have a process to act on notifications.');
    expect(all(doc)).toContain('13a-02: แบ่งปันข้อมูลภัยคุกคามกับรัฐอื่น');
    expect(all(doc).join('\n')).not.toContain('Take part in regional fora.');
  });

  it('quotes the official wording in its own language, labelled', () => {
    const appendix = texts(blocksOf(reportIn('th'), 'appendix'));
    expect(appendix).toContain(
      `Official text (${languageName('en', 'th')}): “${pack.norms[0]!.officialText}” (A/70/174, para. 13(a))`,
    );
  });

  it('prints the pack as it is in its own language, without a translation row', () => {
    const doc = reportIn('en');
    expect(all(doc)).not.toContain('Translation of the checklist text');
    expect(all(doc)).toContain('13a-01: Take part in regional fora.');
    expect(all(doc)).toContain(`“${pack.norms[0]!.officialText}” (A/70/174, para. 13(a))`);
  });
});
