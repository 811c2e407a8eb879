import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerPseudoLocale } from '../../src/lib/i18n/languagePacks';
import { registerLocale, textsFor, unregisterLocale } from '../../src/lib/i18n/locales';
import { PSEUDO_LOCALE, hasPseudoMark } from '../../src/lib/i18n/pseudo';
import { makeReportPdf } from '../../src/lib/report/makeReport';
import { loadNodeFonts } from '../../src/lib/report/fontsNode';
import { fontsForReport, type ReportFonts } from '../../src/lib/report/pdfWriter';
import {
  buildReport,
  type ReportDocument,
  type ReportInput,
  type ReportOptions,
} from '../../src/lib/report/reportModel';
import { gapListTable, answerTable, normAnswerTable } from '../../src/lib/report/tables';
import { buildRegionReport } from '../../src/lib/report/regionReport';
import { makeReportInput, previousCycle } from '../fixtures/factories/report';
import type { RegionalView } from '../../src/lib/domain/region';

/**
 * The report's own language (issue 17): the model and its writers take the words of the language
 * they are given (`textsFor(tag)`), not the screens'. In the pseudo-locale every word the report
 * itself writes is accented, so that an English word left in the model is one the code built.
 */

beforeAll(() => registerPseudoLocale());

/** Every string of a report model, the page furniture's words included. */
function* modelStrings(doc: ReportDocument): Generator<string> {
  const { meta } = doc;
  yield meta.title;
  yield meta.subject;
  yield meta.creator;
  yield meta.words.contents;
  yield meta.words.draft;
  yield meta.words.pageOf(1, 12);
  yield meta.words.unsupported(2, 'other');
  yield meta.words.unsupported(1, 'emoji');
  yield meta.words.unprinted;
  for (const section of doc.sections)
    for (const b of section.blocks) {
      if (b.kind === 'heading' || b.kind === 'paragraph') yield b.text;
      else if (b.kind === 'keyValue') for (const r of b.rows) yield* [r.key, r.value];
      else if (b.kind === 'table') {
        for (const c of b.columns) yield c.header;
        for (const r of b.rows) yield* r;
        yield* b.details ?? [];
      } else if (b.kind === 'chart') {
        yield b.title;
        yield b.data.notScoredLabel;
        for (const c of b.data.categories) yield* [c.label, c.title];
        for (const s of b.data.series) yield s.label;
      }
    }
}

/** Every string the user typed or the pack holds (what the report prints as it is given). */
function dataStrings(...values: unknown[]): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.add(v.normalize('NFC'));
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  values.forEach(walk);
  // Longest first, so that a title is taken out before a word of it; short codes stay (a letter
  // such as "a" would hide English words around it).
  return [...out].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
}

/** Words of two or more ASCII letters left in `text` once data and accented words are taken out. */
function englishLeft(text: string, data: readonly string[]): string[] {
  let rest = text.normalize('NFC');
  for (const d of data) rest = rest.split(d).join(' ');
  return (
    rest
      .split(/\s+/)
      .filter((word) => !hasPseudoMark(word))
      .flatMap((word) => word.match(/[A-Za-z]{2,}/g) ?? [])
      // Intl has no en-XA: dates are formatted as English's (months), like any Intl date.
      .filter((w) => !/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|AM|PM|am|pm)$/.test(w))
  );
}

async function inputIn(
  tag: string,
  options: ReportOptions = {},
  withPrevious = true,
): Promise<ReportInput> {
  const base = makeReportInput(options, withPrevious ? { previous: previousCycle() } : {});
  return { ...base, locale: tag, texts: (await textsFor(tag)).texts };
}

describe('report language (issue 17)', () => {
  it.each([
    ['full, with a previous cycle', {}, true],
    ['shareable', { shareable: true, keepSummary: true }, true],
    ['some norms only', { normIds: ['13a'] }, false],
    ['empty checklist', { blank: true }, false],
  ] as const)(
    'in en-XA the model (%s) holds no English outside the user’s and the pack’s own text',
    async (_, options, withPrevious) => {
      const input = await inputIn(PSEUDO_LOCALE, options, withPrevious);
      const doc = buildReport(input);
      const data = dataStrings(input.pack, input.state, input.assessment, input.answers, [
        input.normAnswers,
        previousCycle().assessment,
      ]);
      const left = [...modelStrings(doc)].flatMap((text) =>
        englishLeft(text, data).map((word) => `${word} in “${text}”`),
      );
      expect(left).toEqual([]);
      // …and the words are there, accented: the headings say it.
      const headings = doc.sections.flatMap((s) =>
        s.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])),
      );
      expect(headings.length).toBeGreaterThan(0);
      for (const h of headings) expect(hasPseudoMark(h), h).toBe(true);
    },
  );

  it('is independent of the screens: English texts give the English report whatever the locale', async () => {
    const english = buildReport(await inputIn('en'));
    const pseudo = buildReport(await inputIn(PSEUDO_LOCALE));
    const summary = (d: ReportDocument) => d.sections.find((s) => s.id === 'summary')!.blocks[0]!;
    expect(summary(english)).toMatchObject({ kind: 'heading', text: 'Executive summary' });
    expect(summary(pseudo)).toMatchObject({ kind: 'heading' });
    expect(hasPseudoMark((summary(pseudo) as { text: string }).text)).toBe(true);
    expect(pseudo.meta.language).toBe(PSEUDO_LOCALE);
    expect(pseudo.meta.words.pageOf(2, 9)).toMatch(/^\[.*2.*9.*\]$/);
    expect(hasPseudoMark(pseudo.meta.words.pageOf(2, 9))).toBe(true);
  });

  it('writes the CSV/XLSX tables’ headings and status names in the report language', async () => {
    const input = await inputIn(PSEUDO_LOCALE);
    const tables = [
      gapListTable(input.score, null, input.texts),
      answerTable({ ...input }),
      normAnswerTable({ ...input }),
    ];
    for (const table of tables)
      for (const c of table.columns) expect(hasPseudoMark(c.label), c.label).toBe(true);
    const gap = tables[0]!;
    const statusCol = gap.columns.findIndex((c) => c.label === input.texts!.report.csvStatus);
    expect(hasPseudoMark(String(gap.rows[0]![statusCol]))).toBe(true);
    // English by default (no texts given), as before.
    expect(gapListTable(input.score).columns[0]!.label).toBe('Rank');
  });

  it('writes the regional report in the language it is given', async () => {
    const view: RegionalView = {
      states: [],
      columns: [],
      norms: [],
      focusAreas: [],
      parts: [],
      reference: null,
      commonGaps: [],
      pairs: [],
    };
    const { texts } = await textsFor(PSEUDO_LOCALE);
    const doc = buildRegionReport(view, {
      madeAt: '2026-11-23T03:00:00.000Z',
      lang: PSEUDO_LOCALE,
      texts,
      timeZone: 'UTC',
    });
    expect(hasPseudoMark(doc.meta.title)).toBe(true);
    const left = [...modelStrings(doc)].flatMap((text) => englishLeft(text, []));
    expect(left).toEqual([]);
  });

  it('selects the fonts of the report language’s script (a Thai language pack)', async () => {
    registerLocale({
      tag: 'th',
      name: 'ไทย',
      dir: 'ltr',
      origin: 'pack',
      messages: { report: { summaryHeading: 'บทสรุปสำหรับผู้บริหาร', contents: 'สารบัญ' } },
    });
    try {
      const doc = buildReport(await inputIn('th'));
      expect(doc.meta.words.contents).toBe('สารบัญ');
      expect(fontsForReport(doc).keys).toContain('thai');
      // The same report in English (the fixture's Thai note is its only Thai) in the shareable
      // version, which leaves notes out, needs no Thai font.
      const english = buildReport(await inputIn('en', { shareable: true }));
      expect(fontsForReport(english).keys).not.toContain('thai');
    } finally {
      unregisterLocale('th');
    }
  });
});

describe('report language in the PDF (read back with pdftotext)', { timeout: 60_000 }, () => {
  let dir: string;
  let fonts: ReportFonts;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nic-report-lang-'));
    fonts = await loadNodeFonts();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the pseudo-locale’s accented letters (every one of them is in the Latin font)', async () => {
    // Made from the locale alone: makeReportPdf finds the words of `locale` itself.
    const input = { ...makeReportInput(), locale: PSEUDO_LOCALE };
    const pdf = await makeReportPdf(input, () => Promise.resolve(fonts));
    const path = join(dir, 'pseudo.pdf');
    writeFileSync(path, pdf.bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    const { texts } = await textsFor(PSEUDO_LOCALE);
    const flat = text.replace(/\s+/g, ' ');
    for (const heading of [
      texts.report.summaryHeading,
      texts.report.contents,
      texts.report.actionPlanHeading,
    ])
      expect(flat).toContain(heading);
    expect(flat).toContain(texts.report.pageOf(1, pdf.pages));
    // No English heading, and no character printed as "not printable".
    expect(flat).not.toContain('Executive summary');
    expect(flat).not.toContain('Prioritised action plan');
    expect(flat).not.toMatch(/U\+[0-9A-F]{4}/);
  });
});
