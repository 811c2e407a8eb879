import { beforeAll, describe, expect, it } from 'vitest';
import { makeReportPdf } from '../../src/lib/report/makeReport';
import { loadNodeFonts } from '../../src/lib/report/fontsNode';
import type { ReportFonts } from '../../src/lib/report/pdfWriter';
import { reportInputFrom } from '../../src/lib/report/reportInput';
import type { LaidLine } from '../../src/lib/report/pdf/layoutLog';
import { PAGE, TEXT } from '../../src/lib/report/pdf/style';
import {
  MIN_PIECE,
  firstPiece,
  linesHere,
  shortTails,
  type TailItem,
} from '../../src/lib/report/pdf/keep';
import { report as s } from '../../src/lib/i18n/en/report';
import { REPORT_MADE_AT, TH_NOTE, reportAnswers, reportPack } from '../fixtures/factories/report';
import { makeAssessment, makeNormAnswer } from '../fixtures/factories/answers';
import { makeState } from '../fixtures/factories/exports';

/**
 * Near-empty pages (a tester): a norm's last block ("None stated.") spilled over a page break and
 * stood alone on a page, and a heading could be left alone at the foot of a page. The keep rules
 * are plain data (pdf/keep.ts), tested as data here; then reports whose norm ends exactly at a page
 * break, in Latin and in Thai, are checked on the writer's layout log (every line with its page).
 */

describe('keep rules (pdf/keep.ts)', () => {
  const ask = { done: 0, keep: 0, fresh: false };
  it('moves a short block (three lines or fewer) whole', () => {
    expect(linesHere({ ...ask, left: 1, room: 0.9 })).toBe(0);
    expect(linesHere({ ...ask, left: 3, room: 2.5 })).toBe(0);
    expect(linesHere({ ...ask, left: 3, room: 3 })).toBe(3);
  });
  it('splits a longer block leaving at least two lines on either page', () => {
    expect(linesHere({ ...ask, left: 10, room: 9.2 })).toBe(8);
    expect(linesHere({ ...ask, left: 10, room: 1.5 })).toBe(0);
    expect(linesHere({ ...ask, left: 4, room: 3 })).toBe(MIN_PIECE);
  });
  it('carries the last two lines over with what must follow when that does not fit', () => {
    expect(linesHere({ ...ask, left: 10, room: 11, keep: 0 })).toBe(10);
    expect(linesHere({ ...ask, left: 10, room: 11, keep: 3 })).toBe(8);
    expect(linesHere({ ...ask, left: 2, room: 11, keep: 10 })).toBe(0);
  });
  it('places at least one line on a fresh page, and moves a table row whole when it fits one', () => {
    expect(linesHere({ ...ask, left: 80, room: 60, fresh: true })).toBe(60);
    expect(linesHere({ ...ask, left: 61, room: 60, fresh: true })).toBe(59);
    expect(linesHere({ ...ask, left: 5, room: 0, fresh: true })).toBe(1);
    expect(linesHere({ ...ask, left: 30, room: 20, wholeIfFits: 60 })).toBe(0);
    expect(linesHere({ ...ask, left: 80, room: 20, wholeIfFits: 60 })).toBe(20);
  });
  it('keeps a heading with the whole of a short block, else its first two lines', () => {
    expect([1, 2, 3, 4, 40].map(firstPiece)).toEqual([1, 2, 3, 2, 2]);
  });
  it("finds a norm's short tail: the headings and short paragraphs before its page break", () => {
    const norm: TailItem[] = [
      { kind: 'heading', level: 2 },
      { kind: 'other' },
      { kind: 'other' },
      { kind: 'heading', level: 3 },
      { kind: 'paragraph', lines: 12 },
      { kind: 'heading', level: 3 },
      { kind: 'paragraph', lines: 1 },
      { kind: 'heading', level: 3 },
      { kind: 'paragraph', lines: 1 },
    ];
    expect(shortTails([...norm, { kind: 'break' }, ...norm])).toEqual([
      { start: 5, end: 9 },
      { start: 15, end: 19 },
    ]);
    // All short: nothing before the tail to keep it with.
    expect(shortTails(norm.slice(5))).toEqual([]);
    expect(shortTails([{ kind: 'other' }, { kind: 'paragraph', lines: 2 }])).toEqual([]);
  });
});

let fonts: ReportFonts;
beforeAll(async () => {
  fonts = await loadNodeFonts();
});

/** A report whose norm 13a ends with its measures taken (`lines`), challenges and "None stated.". */
async function normReport(lines: readonly string[], challenges: string) {
  const { answers } = reportAnswers();
  const input = reportInputFrom({
    pack: reportPack(),
    state: makeState({ code: 'VN', name: 'Viet Nam' }),
    assessment: makeAssessment({ stateCode: 'VN', title: 'Self-assessment 2026' }),
    answers,
    normAnswers: [
      makeNormAnswer({
        normId: '13a',
        measuresTaken: lines.join('\n'),
        challenges,
        capacityNeeds: '',
      }),
    ],
    previous: null,
    options: {},
    madeAt: REPORT_MADE_AT,
    locale: 'en-GB',
    timeZone: 'UTC',
  });
  const pdf = await makeReportPdf(input, () => Promise.resolve(fonts), { layoutLog: true });
  return { pdf, log: pdf.layout! };
}

/** The text area's lines of each page (no running header, footer or contents). */
function bodyByPage(log: readonly LaidLine[]): Map<number, LaidLine[]> {
  const pages = new Map<number, LaidLine[]>();
  for (const line of log) {
    if (['running-header', 'footer', 'contents'].includes(line.role)) continue;
    pages.set(line.page, [...(pages.get(line.page) ?? []), line]);
  }
  return pages;
}

/** Page faults: a page holding only a trailing "None stated." (and headings), a page ending on a heading. */
function pageFaults(log: readonly LaidLine[], pages: number): string[] {
  const faults: string[] = [];
  for (const [page, lines] of bodyByPage(log)) {
    const texts = lines.map((l) => l.text);
    if (
      texts.includes(s.nothingStated) &&
      lines.every((l) => l.role === 'heading' || l.text === s.nothingStated)
    )
      faults.push(`page ${page} holds only: ${texts.join(' / ')}`);
    const last = lines.reduce((a, b) => (b.y >= a.y ? b : a));
    if (page < pages && last.role === 'heading')
      faults.push(`page ${page} ends with the heading "${last.text}"`);
  }
  return faults;
}

describe.each([
  {
    script: 'Latin',
    line: 'Joint exercise with the regional CERT network.',
    challenges: 'Staffing',
  },
  { script: 'Thai', line: TH_NOTE, challenges: TH_NOTE },
])('a norm ending exactly at a page break ($script)', ({ line, challenges }) => {
  it('leaves no page holding only "None stated." and no page ending with a heading', async () => {
    // Where the norm's last line falls with one line of measures taken: every further line moves
    // it down one line height, so the page break falls in the norm's last lines for these counts.
    const probe = await normReport([line], challenges);
    const last = probe.log.find((l) => l.role === 'paragraph' && l.text === s.nothingStated)!;
    const lh = TEXT.normal.size * TEXT.normal.leading;
    const atBreak = Math.ceil((PAGE.bottom - (last.y + lh * 0.2)) / lh);
    expect(atBreak).toBeGreaterThan(0);
    for (let extra = atBreak; extra < atBreak + 7; extra += 1) {
      const { pdf, log } = await normReport(Array(1 + extra).fill(line), challenges);
      expect(pageFaults(log, pdf.pages), `${1 + extra} lines of measures taken`).toEqual([]);
    }
    // Eight small reports: seconds on a loaded machine.
  }, 120_000);
});
