import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeReportPdf } from '../../src/lib/report/makeReport';
import { loadNodeFonts } from '../../src/lib/report/fontsNode';
import { fontsForReport, type ReportFonts } from '../../src/lib/report/pdfWriter';
import { buildReport } from '../../src/lib/report/reportModel';
import { makeReportInput } from '../fixtures/factories/report';

/**
 * Every ASEAN script in a note, read back with poppler's pdftotext: the text extracts exactly
 * (shaped runs carry /ActualText; right-to-left Jawi relies on ToUnicode in visual order). Each
 * sample is short enough to stay on one line, so the extracted line is compared as it stands.
 */

export const SAMPLES = {
  thai: 'ความเสี่ยง ที่ปรึกษา เพื่อ มั่นคง ปี่ น้ำ ญี่ปุ่น ฐูป',
  lao: 'ຄວາມປອດໄພທາງໄຊເບີ ສປປ ລາວ',
  khmer: 'សន្តិសុខអ៊ីនធឺណិត ព្រះរាជាណាចក្រកម្ពុជា',
  myanmar: 'ဆိုက်ဘာလုံခြုံရေး မြန်မာနိုင်ငံ',
  tamil: 'இணையப் பாதுகாப்பு சிங்கப்பூர்',
  jawi: 'کسلامتن سايبر مليسيا',
  chinese: '网络安全 新加坡 国家计划',
} as const;

let dir: string;
let fonts: ReportFonts;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nic-scripts-'));
  fonts = await loadNodeFonts();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function extract(note: string): Promise<{ raw: string; pages: number }> {
  const pdf = await makeReportPdf(makeReportInput({}, { extraNotes: note }), () =>
    Promise.resolve(fonts),
  );
  const path = join(dir, `r-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, pdf.bytes);
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return { raw, pages: pdf.pages };
}

describe('report PDF in every ASEAN script', { timeout: 30_000 }, () => {
  for (const [script, sample] of Object.entries(SAMPLES)) {
    it(`extracts ${script} exactly`, async () => {
      const { raw } = await extract(sample);
      const lines = raw.split('\n').map((l) => l.replace(/[\u202a-\u202e]/g, '').trim());
      expect(lines).toContain(sample);
      expect(raw).not.toContain('not printable here');
    });
  }

  it('keeps Thai tone marks: ที่, เพื่อ and เสี่ยง extract as typed, not ที, เพือ, เสียง', async () => {
    const { raw } = await extract('ที่ เพื่อ เสี่ยง');
    expect(raw).toContain('ที่ เพื่อ เสี่ยง');
  });

  it('asks only for the fonts of the scripts a report holds', () => {
    const latin = fontsForReport(buildReport(makeReportInput({}, { extraNotes: 'plain' })));
    // The fixture has a Thai note; the method text has "−" and "×" (the math subset).
    expect(latin.keys).toEqual(expect.arrayContaining(['latin', 'thai']));
    for (const key of ['khmer', 'lao', 'myanmar', 'tamil', 'arabic', 'cjk'])
      expect(latin.keys).not.toContain(key);
    const khmer = fontsForReport(buildReport(makeReportInput({}, { extraNotes: SAMPLES.khmer })));
    expect(khmer.files).toContain('NotoSansKhmer-Regular.ttf');
    expect(khmer.files).not.toContain('DroidSansFallback-GB2312.ttf');
  });

  it('prints a report in five scripts in about as many pages as one in Latin', async () => {
    const latin = await extract('A note on the national plan. '.repeat(20));
    const five = await extract(
      [SAMPLES.thai, SAMPLES.khmer, SAMPLES.lao, SAMPLES.myanmar, SAMPLES.jawi].join('\n'),
    );
    expect(five.pages).toBeLessThanOrEqual(Math.ceil(latin.pages * 1.3));
  });
});
