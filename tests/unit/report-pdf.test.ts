import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeReportPdf } from '../../src/lib/report/makeReport';
import { loadNodeFonts } from '../../src/lib/report/fontsNode';
import type { ReportFonts } from '../../src/lib/report/pdfWriter';
import type { ReportOptions } from '../../src/lib/report/reportModel';
import { MARKUP_NOTE, TH_NOTE, VI_NOTE, makeReportInput } from '../fixtures/factories/report';

/**
 * The PDF read back with poppler (pdftotext, pdfinfo): what a reader's tool extracts is what the
 * report says. Text is compared with whitespace collapsed, because line wrapping is layout.
 */

let dir: string;
let fonts: ReportFonts;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nic-report-'));
  fonts = await loadNodeFonts();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
async function makePdf(options: ReportOptions = {}, extraNotes = '') {
  const pdf = await makeReportPdf(makeReportInput(options, { extraNotes }), () =>
    Promise.resolve(fonts),
  );
  counter += 1;
  const path = join(dir, `report-${counter}.pdf`);
  writeFileSync(path, pdf.bytes);
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  return { pdf, path, text: raw.replace(/\s+/g, ' '), raw, info, pages };
}

describe('report PDF', { timeout: 30_000 }, () => {
  it('says the State, the norm titles and a known gap, with a title and page numbers', async () => {
    const { text, info, pages, pdf } = await makePdf();
    expect(text).toContain('Viet Nam');
    expect(text).toContain('Norm 13(a): Cooperate on ICT security');
    expect(text).toContain('Norm 13(c): Territory');
    expect(text).toContain('13a-02: Name a national point of contact.');
    expect(text).toContain('Prioritised action plan');
    expect(text).toContain('Contents');
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain('Viet Nam — Self-assessment 2026');
    expect(info).toMatch(
      /^Title:\s+Norms implementation gap report: Viet Nam — Self-assessment 2026$/m,
    );
    expect(info).toMatch(/^Subject:\s+Self-assessment of the implementation/m);
    expect(pages).toBe(pdf.pages);
  });

  it('prints Vietnamese and Thai notes exactly', async () => {
    const { text, raw } = await makePdf();
    expect(text).toContain(VI_NOTE);
    // Thai: a short note stays on one line; compare the extracted line as it stands.
    expect(raw).toContain(TH_NOTE);
  });

  it('switches fonts inside mixed Thai and Latin text without dropping a character', async () => {
    const mixed = 'ภาษาไทย: CERT 24/7 (ศูนย์) ok';
    const { raw } = await makePdf({}, mixed);
    expect(raw).toContain(mixed);
  });

  it('marks characters no embedded font has instead of dropping them', async () => {
    // Yi: a script the report ships no font for; Khmer now has one (report-scripts.test.ts).
    const { text } = await makePdf({}, 'Yi ꀀꀁ end');
    expect(text).toContain('Yi [2 characters not printable] end');
  });

  it('prints markup and PDF operators in a note as plain text', async () => {
    const { text } = await makePdf();
    expect(text).toContain(MARKUP_NOTE);
  });

  it('grows in pages with the notes', async () => {
    const short = await makePdf();
    const long = await makePdf({}, 'A long note about the national plan. '.repeat(400));
    expect(long.pages).toBeGreaterThan(short.pages);
    expect(long.text).toContain(VI_NOTE);
  });

  it('leaves notes out of the shareable version and answers out of the empty checklist', async () => {
    const shared = await makePdf({ shareable: true });
    expect(shared.text).not.toContain(VI_NOTE);
    expect(shared.text).toContain('13a-02: Name a national point of contact.');
    const blank = await makePdf({ blank: true });
    expect(blank.text).toContain('Checklist for internal coordination');
    expect(blank.text).not.toContain('Prioritised action plan');
    expect(blank.text).not.toContain(VI_NOTE);
  });
});
