import { describe, expect, it } from 'vitest';
import { formatChange, formatPercent } from '../../src/lib/domain/scoring';
import { downloadName, localDay, slug, stateAndTitle } from '../../src/lib/domain/names';
import { exportFileName } from '../../src/lib/domain/exchange';
import {
  figureLocale,
  formatCount,
  formatBytes,
  formatDay,
  formatInstant,
  formatNumber,
} from '../../src/lib/i18n/format';
import { normRadarSeries } from '../../src/lib/report/chartSeries';
import { radarConfig } from '../../src/components/charts/chartConfig';
import { buildReport, type ReportDocument } from '../../src/lib/report/reportModel';
import { makeAnswer } from '../fixtures/factories/answers';
import { makeReportInput, previousCycle } from '../fixtures/factories/report';
import { scoreAssessment } from '../../src/lib/domain/scoring';
import { reportPack } from '../fixtures/factories/report';

/** Every string of a report model, with where it is (for messages). */
function strings(doc: ReportDocument): { where: string; text: string }[] {
  const out = [
    { where: 'meta.title', text: doc.meta.title },
    { where: 'meta.runningHeader', text: doc.meta.runningHeader },
  ];
  for (const section of doc.sections)
    section.blocks.forEach((b, i) => {
      const where = `${section.id}[${i}]`;
      if (b.kind === 'heading' || b.kind === 'paragraph') out.push({ where, text: b.text });
      if (b.kind === 'keyValue') b.rows.forEach((r) => out.push({ where, text: r.value }));
      if (b.kind === 'table') {
        b.rows.forEach((r) => r.forEach((text) => out.push({ where, text })));
        b.columns.forEach((c) => out.push({ where, text: c.header }));
      }
      if (b.kind === 'chart') out.push({ where, text: b.title });
    });
  return out;
}

const MYANMAR_DIGITS = /[\u1040-\u1049]/;
const THAI_DIGITS = /[\u0E50-\u0E59]/;

describe('one formatter for every change (issue 13 item 2)', () => {
  it('says a change once: sign, figure to one decimal, unit "pp", a real minus', () => {
    expect(formatChange(6.05)).toBe('+6.0\u00a0pp');
    expect(formatChange(-6.05)).toBe('\u22126.0\u00a0pp');
    expect(formatChange(0.04)).toBe('0.0\u00a0pp');
    expect(formatChange(null)).toBe('—');
    // Rounded like the scores (toward zero): 16.666… is 16.6, as 66.66… % shows 66 %.
    expect(formatChange(50 / 3)).toBe('+16.6\u00a0pp');
  });

  it('prints each change and each score of a report in one form only', () => {
    const doc = buildReport(makeReportInput({}, { previous: previousCycle() }));
    const all = strings(doc);
    // Whatever looks like a change (a signed figure, "up"/"down", "points") has the one form.
    const changeLike =
      /(?:\bup\s+\d|\bdown\s+\d|\(\d[\d.,]*\s*points?\)|[+−▲▼]\s?\d[\d.,]*\S*(?:\s(?:pp|%))?)/gu;
    const forms: string[] = [];
    for (const { where, text } of all)
      for (const m of text.matchAll(changeLike)) {
        forms.push(m[0]);
        expect(m[0], `${where}: ${text}`).toMatch(/^[+−]\d+\.\d\u00a0pp$/u);
      }
    expect(forms.length).toBeGreaterThan(0);

    // Per underlying value: the overall change is printed in the summary and in the progress
    // section, in exactly the same words.
    const delta = formatChange(
      doc.sections.length > 0
        ? makeReportInput({}, { previous: previousCycle() }).previous!.comparison.overall.delta
        : null,
    );
    const withDelta = all.filter(({ text }) => text.includes(delta));
    expect(new Set(withDelta.map((w) => w.where.split('[')[0])).size).toBeGreaterThanOrEqual(2);

    // Every figure of a score shows one way: collect the strings that print each norm's score
    // next to its label, and check there is one form per value.
    const input = makeReportInput({}, { previous: previousCycle() });
    for (const norm of input.score.norms) {
      const want = formatPercent(norm.score, { locale: figureLocale('en') });
      const cells = doc.sections
        .flatMap((s) => s.blocks)
        .flatMap((b) => (b.kind === 'table' ? b.rows : []))
        .filter((r) => r[0]?.includes(`13(${norm.letter})`))
        .flatMap((r) => r.slice(1))
        .filter((c) => /^\d+%$/.test(c));
      expect(cells.length).toBeGreaterThan(0);
      expect(cells).toContain(want);
    }
  });
});

describe('not scored is never zero (issue 13 item 3)', () => {
  const pack = reportPack();
  const answers = [
    makeAnswer({ itemId: '13a-01', status: 'largely' }),
    makeAnswer({ itemId: '13c-01', status: 'not-applicable', naJustification: 'none' }),
    makeAnswer({ itemId: '13c-02', status: 'not-applicable', naJustification: 'none' }),
  ];
  const score = scoreAssessment({ pack, answers, normAnswers: [] });
  const labels = { current: 'Current', target: 'Target', previous: 'Previous' };

  it('leaves a gap (null) and labels the norm "not scored" in the series', () => {
    const data = normRadarSeries(score, { labels });
    const c = data.categories.findIndex((x) => x.key === '13c');
    expect(data.categories[c]).toMatchObject({ scored: false });
    for (const s of data.series) expect(s.values[c]).toBeNull();
    expect(data.notScoredLabel).toBe('not scored');
    expect(data.categories.find((x) => x.key === '13a')).toMatchObject({ scored: true });
  });

  it('draws no line through the gap and says "not scored" on the axis', () => {
    const config = radarConfig(normRadarSeries(score, { labels }), { format: String });
    for (const d of config.data.datasets) expect(d).toMatchObject({ spanGaps: false });
    expect(config.data.labels).toContainEqual(['13(c)', '(not scored)']);
  });

  it('fills no series that has a gap: the fill would drop to the centre, drawing "not scored" as 0 %', () => {
    // Tester (Thailand 2026, 13(f) all not applicable): the line broke at "13(f) (not scored)" but
    // the current cycle's fill still ran to the centre there. The PDF radar draws no fill.
    const config = radarConfig(normRadarSeries(score, { labels }), { format: String });
    const current = config.data.datasets.find((d) => d.label === labels.current);
    expect(current?.data).toContain(null);
    expect(current).toMatchObject({ fill: false });
  });

  it('prints "not scored", not a figure, in the report tables', () => {
    const input = makeReportInput();
    const doc = buildReport({ ...input, answers, score });
    const chartRows = doc.sections
      .find((s) => s.id === 'charts')!
      .blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
    const row = chartRows.find((r) => r[0]?.startsWith('13(c)'));
    expect(row?.slice(1)).toEqual(['not scored', 'not scored']);
  });
});

describe('the language of the text decides figures and dates (issue 13 item 7)', () => {
  it('gives Latin digits and the Gregorian calendar whatever locale a caller brings', () => {
    expect(figureLocale('en')).toBe('en-u-ca-gregory-nu-latn');
    expect(figureLocale('my-MM')).toBe('my-MM-u-ca-gregory-nu-latn');
    expect(figureLocale('th-TH-u-ca-buddhist-nu-thai')).toBe('th-TH-u-ca-gregory-nu-latn');
    for (const lang of ['my-MM', 'th-TH', 'en']) {
      const texts = [
        formatNumber(1234.5, lang),
        formatCount(52, lang),
        formatPercent(63.5, { locale: figureLocale(lang) }),
        formatChange(6.1, { locale: figureLocale(lang) }),
        formatDay('2026-11-30', { lang }),
        formatInstant('2026-11-30T10:00:00Z', { lang }, 'UTC'),
      ];
      for (const text of texts) {
        expect(text).not.toMatch(MYANMAR_DIGITS);
        expect(text).not.toMatch(THAI_DIGITS);
        expect(text).not.toContain('2569');
      }
    }
    // Without a locale, scores never take the runtime's digits.
    expect(formatPercent(63)).toBe('63%');
  });

  it('lets the user choose the date style', () => {
    expect(formatDay('2026-11-30', { style: 'day-month' })).toBe('30 Nov 2026');
    expect(formatDay('2026-11-30', { style: 'month-day' })).toBe('Nov 30, 2026');
    expect(formatDay('2026-11-30', { style: 'iso' })).toBe('2026-11-30');
    expect(formatInstant('2026-11-30T22:30:00Z', { style: 'iso' }, 'Asia/Bangkok')).toBe(
      '2026-12-01 05:30',
    );
  });

  it('prints a report with Latin digits and Gregorian years, whatever the locale passed', () => {
    for (const locale of ['my-MM', 'th-TH']) {
      const doc = buildReport({
        ...makeReportInput({}, { previous: previousCycle() }),
        locale,
      });
      for (const { where, text } of strings(doc)) {
        expect(text, where).not.toMatch(MYANMAR_DIGITS);
        expect(text, where).not.toMatch(THAI_DIGITS);
        expect(text, where).not.toMatch(/25[67]\d/);
      }
    }
  });
});

describe('titles and file names (issue 13 item 8)', () => {
  it('keeps Unicode letters in the one slug rule', () => {
    expect(slug('Đợt 1')).toBe('đợt-1');
    expect(slug('รอบที่ 1 ปี 2568')).toBe('รอบที่-1-ปี-2568');
    expect(slug('ជុំទី ១ ឆ្នាំ ២០២៥')).toBe('ជុំទី-១-ឆ្នាំ-២០២៥');
    expect(slug('Việt Nam / Lào')).toBe('việt-nam-lào');
    expect(slug('  --  ')).toBe('');
    // Cut between grapheme clusters: no Thai vowel sign is left without its consonant.
    expect(slug('ที่ที่ที่', 2)).toBe('ที่ที่');
  });

  it('does not say the State twice when the title names it', () => {
    expect(stateAndTitle('Thailand', 'Thailand 2025 self-assessment')).toBe(
      'Thailand 2025 self-assessment',
    );
    expect(stateAndTitle('Viet Nam', 'Self-assessment 2026')).toBe(
      'Viet Nam — Self-assessment 2026',
    );
    expect(stateAndTitle('Lao PDR', 'LAO PDR: first cycle')).toBe('LAO PDR: first cycle');
    // A word inside another word is not the State.
    expect(stateAndTitle('Oman', 'Romania visit')).toBe('Oman — Romania visit');

    const input = makeReportInput();
    const doc = buildReport({
      ...input,
      state: { ...input.state, name: 'Thailand' },
      assessment: { ...input.assessment, title: 'Thailand 2025 self-assessment' },
    });
    for (const { where, text } of strings(doc))
      expect(text, where).not.toMatch(/Thailand\W+Thailand/);
    expect(doc.meta.runningHeader).toBe('Thailand 2025 self-assessment');
  });

  it('gives every PDF variant its own name with State, cycle, variant and local day', () => {
    const variants = [{}, { shareable: true }, { normIds: ['13a'] }, { blank: true }];
    const names = variants.map((options) => buildReport(makeReportInput(options)).meta.fileName);
    expect(new Set(names).size).toBe(4);
    expect(names).toEqual([
      'nic-report-viet-nam-2026-full-2026-11-23.pdf',
      'nic-report-viet-nam-2026-shareable-2026-11-23.pdf',
      'nic-report-viet-nam-2026-full-norms-13a-2026-11-23.pdf',
      'nic-checklist-viet-nam-2026-2026-11-23.pdf',
    ]);
  });

  it('names a cycle by alias, else title, else period, without repeating the State', () => {
    const base = { kind: 'report', state: 'Thailand', day: '2026-11-30', ext: 'pdf' };
    expect(downloadName({ ...base, cycle: { alias: 'Thailand 2025' } })).toBe(
      'nic-report-thailand-2025-2026-11-30.pdf',
    );
    expect(downloadName({ ...base, cycle: { alias: '', title: 'Đợt 1' } })).toBe(
      'nic-report-thailand-đợt-1-2026-11-30.pdf',
    );
    expect(
      downloadName({
        ...base,
        cycle: { alias: '', title: '', periodStart: '2025-01-01', periodEnd: '2025-12-31' },
      }),
    ).toBe('nic-report-thailand-2025-01-01-2025-12-31-2026-11-30.pdf');
  });

  it('dates backups by the local day, not the UTC day', () => {
    // 20:00 UTC on 1 February is already 2 February in Bangkok (and in Singapore, the test TZ).
    const body = {
      kind: 'backup' as const,
      exportedAt: '2026-02-01T20:00:00.000Z',
      assessments: [],
      states: [],
      shareable: false,
    };
    expect(exportFileName(body, false, 'Asia/Bangkok')).toBe('nic-backup-2026-02-02.json');
    expect(exportFileName(body)).toBe('nic-backup-2026-02-02.json');
    expect(exportFileName(body, false, 'America/New_York')).toBe('nic-backup-2026-02-01.json');
    expect(localDay('2026-02-01T20:00:00.000Z', 'UTC')).toBe('2026-02-01');
  });
});

describe('formatBytes', () => {
  it('spells bytes out with their plural and keeps kB and MB short', () => {
    expect(formatBytes(0, 'en')).toBe('0 bytes');
    expect(formatBytes(1, 'en')).toBe('1 byte');
    expect(formatBytes(2048, 'en')).toBe('2 kB');
  });
});
