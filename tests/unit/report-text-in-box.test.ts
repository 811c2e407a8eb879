import { beforeAll, describe, expect, it } from 'vitest';
import { registerPseudoLocale } from '../../src/lib/i18n/languagePacks';
import { PSEUDO_LOCALE } from '../../src/lib/i18n/pseudo';
import { makeReportPdf } from '../../src/lib/report/makeReport';
import { loadNodeFonts } from '../../src/lib/report/fontsNode';
import type { ReportFonts } from '../../src/lib/report/pdfWriter';
import type { ReportInput } from '../../src/lib/report/reportModel';
import {
  describeLayoutFault,
  layoutFaults,
  type LaidLine,
  type TextRole,
} from '../../src/lib/report/pdf/layoutLog';
import { FIVE_SCRIPTS_PARAGRAPH, fullReportInput } from '../bench/benchReport';
import { makeReportInput, previousCycle } from '../fixtures/factories/report';

/**
 * Text in its box, in the PDF (issue 17: the pseudo-locale run "fails on text that overflows its
 * box", for the PDF too). The writer records every line it draws with its box and its width as
 * drawn (pdf/layoutLog.ts); no line may be wider than its box, stick out of it, or sit outside the
 * page margins, with the pseudo-locale's longer words and with hostile user text: 200-character
 * names, titles and notes without a space in Thai, Khmer, Burmese, Vietnamese and Latin, and a
 * 2,000-character address.
 */

let fonts: ReportFonts;
beforeAll(async () => {
  registerPseudoLocale();
  fonts = await loadNodeFonts();
});

async function laidOut(input: ReportInput): Promise<{ log: LaidLine[]; pages: number }> {
  const pdf = await makeReportPdf(input, () => Promise.resolve(fonts), { layoutLog: true });
  return { log: pdf.layout ?? [], pages: pdf.pages };
}

function expectNoFault(log: readonly LaidLine[]) {
  expect(log.length).toBeGreaterThan(0);
  const faults = layoutFaults(log).map(describeLayoutFault);
  expect(faults.slice(0, 12), `${faults.length} lines out of their box`).toEqual([]);
}

/** `unit` repeated, without a space, cut to `length` characters. */
const unbroken = (unit: string, length = 200) =>
  unit
    .replace(/\s+/g, '')
    .repeat(Math.ceil(length / unit.length) + 1)
    .slice(0, length);

const HOSTILE: Record<string, string> = {
  thai: unbroken('กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมสำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ'),
  // One cluster repeated: no word break anywhere, only grapheme breaks.
  thaiCluster: unbroken('กี่'),
  khmer: unbroken('ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍អាជ្ញាធរសន្តិសុខអ៊ីនធឺណិតជាតិ'),
  burmese: unbroken('ပို့ဆောင်ရေးနှင့်ဆက်သွယ်ရေးဝန်ကြီးဌာနဆိုက်ဘာလုံခြုံရေးအေဂျင်စီ'),
  vietnamese: unbroken('BộThôngtinvàTruyềnthôngCụcAntoànthôngtin'),
  latin: unbroken('MinistryofCommunicationsandDigitalCyberSecurityDivision'),
  wide: 'W'.repeat(200),
};
const URL_2000 = `https://example.gov/${'evidence/'.repeat(250)}`.slice(0, 2000);

function hostileInput(base: ReportInput, name: string, text: string): ReportInput {
  const answers = base.answers.map((a, i) => ({
    ...a,
    leadAgency: text,
    notes: `${text} ${i % 2 ? URL_2000 : text}`,
    evidence: { ...a.evidence, text, links: [URL_2000, `https://example.gov/${text}`] },
  }));
  const normAnswers = base.normAnswers.map((n) => ({ ...n, challenges: text }));
  return {
    ...base,
    state: { ...base.state, name: text.slice(0, 100) },
    assessment: {
      ...base.assessment,
      title: text,
      leadAgency: text,
      alias: name,
      people: [text, text.slice(0, 80)],
      summary: `${text} ${URL_2000}`,
      status: 'draft',
    },
    answers,
    normAnswers,
    options: { ...base.options, classification: 'W'.repeat(40) },
  };
}

describe('PDF text in its box: the layout log', { timeout: 120_000 }, () => {
  it('records every kind of text the writer draws, with its box', async () => {
    const { log } = await laidOut({
      ...makeReportInput({ classification: 'RESTRICTED' }, { previous: previousCycle() }),
      assessment: { ...makeReportInput().assessment, status: 'draft' },
    });
    const roles = new Set(log.map((l) => l.role));
    for (const role of [
      'cover',
      'heading',
      'paragraph',
      'key',
      'value',
      'header-cell',
      'cell',
      'contents',
      'chart-title',
      'chart-label',
      'legend',
      'running-header',
      'footer',
    ] satisfies TextRole[])
      expect(roles, role).toContain(role);
    // Off by default: no log in an ordinary write.
    const plain = await makeReportPdf(makeReportInput(), () => Promise.resolve(fonts));
    expect(plain.layout).toBeUndefined();
  });

  it('finds a line wider than its box (the check itself)', () => {
    const line: LaidLine = {
      page: 2,
      role: 'cell',
      text: 'x',
      x: 60,
      y: 100,
      width: 50,
      size: 8,
      box: { x: 60, width: 40, top: 90, bottom: 110 },
    };
    expect(layoutFaults([line]).map((f) => f.fault)).toEqual(['wider-than-box']);
    expect(layoutFaults([{ ...line, width: 30, x: 80 }]).map((f) => f.fault)).toEqual([
      'outside-box',
    ]);
    expect(
      layoutFaults([{ ...line, width: 30, box: { ...line.box, x: 20 }, x: 20 }]).map(
        (f) => f.fault,
      ),
    ).toEqual(['outside-margins']);
    expect(layoutFaults([{ ...line, width: 30 }])).toEqual([]);
  });

  it('keeps the pseudo-locale (en-XA) report inside its boxes: cover, furniture, charts with a previous cycle', async () => {
    const base = makeReportInput({ classification: 'RESTRICTED' }, { previous: previousCycle() });
    const { log } = await laidOut({
      ...base,
      locale: PSEUDO_LOCALE,
      assessment: { ...base.assessment, status: 'draft' },
    });
    expectNoFault(log);
  });

  it('keeps the full en-XA report (every action of the bundled pack) inside its boxes', async () => {
    const { log } = await laidOut({ ...fullReportInput(2), locale: PSEUDO_LOCALE });
    expectNoFault(log);
  });

  it('keeps a report in five scripts inside its boxes', async () => {
    const { log } = await laidOut(fullReportInput(3, FIVE_SCRIPTS_PARAGRAPH));
    expectNoFault(log);
  });

  for (const [name, text] of Object.entries(HOSTILE))
    it(`keeps 200 unbroken characters (${name}) and a 2,000-character address inside their boxes`, async () => {
      const base = makeReportInput({}, { previous: previousCycle() });
      const { log } = await laidOut(hostileInput(base, name, text));
      expectNoFault(log);
      // Nothing is lost: every line of the hostile text is drawn.
      const drawn = log
        .filter((l) => l.role === 'cell' || l.role === 'detail')
        .map((l) => l.text)
        .join('');
      expect(drawn).toContain(text.slice(-20));
      // The running header has one line: the title cut there says so with "…".
      const header = log.find((l) => l.role === 'running-header' && l.page === 2);
      expect(header?.text).toMatch(/…$/);
    });
});
