import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeReportPdf } from '../../src/lib/report/makeReport';
import { loadNodeFonts } from '../../src/lib/report/fontsNode';
import type { ReportFonts } from '../../src/lib/report/pdfWriter';
import type { ReportDocument, ReportInput } from '../../src/lib/report/reportModel';
import { FIVE_SCRIPTS_PARAGRAPH, fullReportInput } from '../bench/benchReport';
import { PAGE } from '../../src/lib/report/pdf/style';
import { scoreAssessment } from '../../src/lib/domain/scoring';

/**
 * Layout under the worst cases, checked on the PDF itself with `pdftotext -bbox` (every word with
 * its box): no word outside the page box, and no page filled less than FILL_MIN of its text area
 * unless a section (a level-1 or level-2 heading) starts on the next page, or it is the cover, a
 * contents page or the last page.
 */

const FILL_MIN = 0.35;

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
interface Page {
  width: number;
  height: number;
  words: Word[];
}

let dir: string;
let fonts: ReportFonts;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nic-layout-'));
  fonts = await loadNodeFonts();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

async function layout(input: ReportInput) {
  const pdf = await makeReportPdf(input, () => Promise.resolve(fonts));
  const path = join(dir, `l-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, pdf.bytes);
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages: Page[] = [];
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words = [
      ...m[3]!.matchAll(
        /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g,
      ),
    ].map((w) => ({
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
      text: decode(w[5]!),
    }));
    pages.push({ width: Number(m[1]), height: Number(m[2]), words });
  }
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return { pdf, pages, text, bytes: readFileSync(path) };
}

/** Words of the text area (no running header, no footer). */
const body = (p: Page) =>
  p.words.filter((w) => w.yMin > PAGE.headerRuleY && w.yMax < PAGE.footerY - 12);

function checkBoxes(pages: Page[]) {
  for (const [i, p] of pages.entries())
    for (const w of p.words) {
      const where = `page ${i + 1}: "${w.text}" at ${w.xMin},${w.yMin}–${w.xMax},${w.yMax}`;
      expect(w.xMin, where).toBeGreaterThanOrEqual(0);
      expect(w.yMin, where).toBeGreaterThanOrEqual(0);
      expect(w.xMax, where).toBeLessThanOrEqual(p.width + 0.5);
      expect(w.yMax, where).toBeLessThanOrEqual(p.height + 0.5);
      // Inside the margins, too (a word running past the right margin is a layout fault).
      expect(w.xMax, where).toBeLessThanOrEqual(PAGE.width - PAGE.marginX + 2);
    }
}

function checkFill(pages: Page[], report: ReportDocument) {
  const headings = report.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === 'heading' && b.level <= 2 ? [b.text] : [])),
  );
  const contentsPages = pages.filter((p) => p.words.some((w) => w.text === 'Contents')).length;
  const firstLine = (p: Page) => {
    const words = body(p).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    const top = words[0]?.yMin ?? 0;
    return words
      .filter((w) => Math.abs(w.yMin - top) < 3)
      .map((w) => w.text)
      .join(' ');
  };
  pages.forEach((p, i) => {
    if (i === 0 || i <= contentsPages || i === pages.length - 1) return;
    const words = body(p);
    const bottom = Math.max(PAGE.top, ...words.map((w) => w.yMax));
    const fill = (bottom - PAGE.top) / (PAGE.bottom - PAGE.top);
    if (fill >= FILL_MIN) return;
    const next = firstLine(pages[i + 1]!);
    const sectionStarts = headings.some((h) => h.startsWith(next.slice(0, 12)) && next !== '');
    expect(
      sectionStarts,
      `page ${i + 1} is ${Math.round(fill * 100)} % full; next: "${next}"`,
    ).toBe(true);
  });
}

const longNames = Array.from(
  { length: 45 },
  (_, i) =>
    `Officer ${i + 1} of the Ministry of Communications and Digital (KKD), Cyber Security Division`,
);
const khmerTitle =
  'ការវាយតម្លៃខ្លួនឯងលើការអនុវត្តបទដ្ឋាននៃអាកប្បកិរិយាប្រកបដោយការទទួលខុសត្រូវរបស់រដ្ឋនៅក្នុងលំហអ៊ីនធឺណិត ឆ្នាំ២០២៦ ព្រះរាជាណាចក្រកម្ពុជា ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍';

function withAssessment(
  input: ReportInput,
  patch: Partial<ReportInput['assessment']>,
): ReportInput {
  return { ...input, assessment: { ...input.assessment, ...patch } };
}

function rescored(input: ReportInput): ReportInput {
  return {
    ...input,
    score: scoreAssessment({
      pack: input.pack,
      answers: input.answers,
      normAnswers: input.normAnswers,
    }),
  };
}

describe('report layout, worst cases', { timeout: 60_000 }, () => {
  it('keeps the cover on its page with 45 names and a long Khmer title', async () => {
    const input = withAssessment(fullReportInput(1), { people: longNames, title: khmerTitle });
    const { pages, pdf, text } = await layout(input);
    checkBoxes(pages);
    const cover = pages[0]!.words.map((w) => w.text).join(' ');
    expect(cover).toContain('Officer 6 of');
    expect(cover).toContain('39 more');
    const contents = pages[1]!.words.map((w) => w.text).join(' ');
    expect(contents).toContain('Contents');
    expect(contents).not.toContain('Officer');
    // Every name is in the report (the appendix lists them all).
    for (const name of longNames) expect(text.replace(/\s+/g, ' ')).toContain(name);
    checkFill(pages, pdf.report);
  });

  it('lays out a 5,000-character note and 200 evidence links inside the page', async () => {
    const base = fullReportInput(1);
    const note = 'A long note about the national plan and who does what. '
      .repeat(91)
      .slice(0, 5000);
    const links = Array.from({ length: 200 }, (_, i) => `https://example.gov/evidence/${i + 1}`);
    const answers = base.answers.map((a, i) =>
      i === 0 ? { ...a, notes: note } : i === 1 ? { ...a, evidence: { ...a.evidence, links } } : a,
    );
    const { pages, pdf, text, bytes } = await layout({ ...base, answers });
    checkBoxes(pages);
    checkFill(pages, pdf.report);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(note.slice(-60).trim());
    expect(flat).toContain('https://example.gov/evidence/200');
    // Links are clickable: URI actions in the PDF.
    expect(bytes.toString('latin1')).toContain('/URI (https://example.gov/evidence/200)');
  });

  it('splits a norm whose every row is long over pages with the header repeated', async () => {
    const base = fullReportInput(3);
    const long =
      'Ministry of Information and Communications, national cyber agency and sector regulators '.repeat(
        3,
      );
    const answers = base.answers.map((a) =>
      a.itemId.startsWith('13a') ? { ...a, leadAgency: long } : a,
    );
    const { pages, pdf } = await layout(rescored({ ...base, answers }));
    checkBoxes(pages);
    checkFill(pages, pdf.report);
    // Every page that continues a table starts with its header row, never with a row's text.
    const tablePages = pages.filter((p) => p.words.some((w) => w.text.startsWith('13a-')));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const p of tablePages) {
      const first = body(p).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)[0];
      expect(first?.text).not.toMatch(/^(13a-|Evidence|Notes|Links|Ministry)/);
    }
  });

  it('lays out a report in five scripts inside the page', async () => {
    const { pages, pdf } = await layout(fullReportInput(3, FIVE_SCRIPTS_PARAGRAPH));
    checkBoxes(pages);
    checkFill(pages, pdf.report);
  });
});

describe('report marks and words', { timeout: 60_000 }, () => {
  it('marks every page of a draft, prints the classification twice a page, and never breaks "Medium"', async () => {
    const input = withAssessment(fullReportInput(1), { status: 'draft' });
    const { pages, text } = await layout({ ...input, options: { classification: 'RESTRICTED' } });
    for (const p of pages) {
      const words = p.words.map((w) => w.text);
      expect(words).toContain('DRAFT');
      expect(words.filter((w) => w === 'RESTRICTED')).toHaveLength(2);
    }
    expect(text).toContain('Medium');
    expect(text).not.toMatch(/Mediu\s+m\b/);
    expect(text).toContain('(target points − points)');
  });

  it('says "Not yet answered" for an empty assessment, not "0 % (Initial)"', async () => {
    const base = fullReportInput(1);
    const { text } = await layout(rescored({ ...base, answers: [], normAnswers: [] }));
    expect(text).toContain('Not yet answered');
    expect(text).not.toMatch(/0\s?% \(Initial\)/);
    // The score tables print 0% for the same norms (unanswered counts as not started): the text
    // says the figure too, so the two never read as different scores (a tester's finding).
    expect(text).toMatch(/Not yet answered \(0\s?%\)/);
  });

  it("prints the assessor's summary on the first content page, and leaves it out of the shareable version", async () => {
    const summary = 'Good progress on incident response; legislation is the main gap.';
    const input = withAssessment(fullReportInput(1), { summary });
    const full = await layout(input);
    const first = full.pages.findIndex((p) => {
      const top = body(p).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
      return top[0]?.text === 'Executive' && top[1]?.text === 'summary';
    });
    const page = full.pages[first]!.words.map((w) => w.text).join(' ');
    expect(page).toContain(summary);
    expect(page).toContain('Scores by norm');
    expect(page).toContain('The five largest gaps');
    const shared = await layout({ ...input, options: { shareable: true } });
    expect(shared.text.replace(/\s+/g, ' ')).not.toContain(summary);
    const kept = await layout({ ...input, options: { shareable: true, keepSummary: true } });
    expect(kept.text.replace(/\s+/g, ' ')).toContain(summary);
  });
});
