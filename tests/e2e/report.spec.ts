import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { downloadOf, pdfText, readSaved } from './support/download';
import { answerRow, bundledActionIds, freshAssessmentDump, seedDump } from './support/seed';

/**
 * The gap report made in Chromium from a stored assessment: the PDF is downloaded, read back with
 * pdftotext, and says the State and the notes typed in Vietnamese, Thai, Khmer, Burmese, Jawi and
 * Chinese (shaped by HarfBuzz's WebAssembly under the app's CSP, fonts fetched from the app).
 */

const ID = '5b0e8a52-3c8d-4e0f-9a31-0d2b7c4e6f10';
const VI = 'Đánh giá mức độ triển khai chuẩn mực';
const TH = 'การประเมินตนเองด้านความมั่นคงปลอดภัยไซเบอร์';
const KM = 'សន្តិសុខអ៊ីនធឺណិត ព្រះរាជាណាចក្រកម្ពុជា';
const MY = 'ဆိုက်ဘာလုံခြုံရေး မြန်မာနိုင်ငံ';
const JAWI = 'کسلامتن سايبر مليسيا';
const ZH = '网络安全 新加坡 国家计划';

test('makes the PDF in the browser, with the State and notes in six scripts', async ({ page }) => {
  const dump = freshAssessmentDump(ID);
  dump.tables.answers = [
    answerRow(ID, bundledActionIds()[0]!, { notes: [VI, TH, KM, MY, JAWI, ZH].join('\n') }),
  ];
  await seedDump(page, dump);

  await page.goto(`./#/assessments/${ID}/report`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Gap report: Self-assessment 2026' }),
  ).toBeVisible();
  const download = await downloadOf(page, 'Make PDF');
  // The name says the variant and the day it was made (domain/names.ts).
  const name = download.suggestedFilename();
  expect(name).toMatch(/^nic-report-singapore-2026-full-\d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(page.getByRole('status').filter({ hasText: `Made ${name}` })).toBeVisible();

  const text = await pdfText(download);
  expect(text).toContain('Singapore');
  expect(text.replace(/\s+/g, ' ')).toContain(VI);
  const lines = text.split('\n').map((l) => l.replace(/[\u202a-\u202e]/g, '').trim());
  for (const line of [TH, KM, MY, JAWI, ZH]) expect(lines).toContain(line);
});

test('says so when no norm is selected, and offers the CSV action plan', async ({ page }) => {
  await seedDump(page, freshAssessmentDump(ID));
  await page.goto(`./#/assessments/${ID}/report`);
  await page.getByLabel('Only the norms selected below').check();
  await page.getByRole('button', { name: 'Make PDF' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Select at least one norm, or choose the whole report.',
  );
  const download = await downloadOf(page, 'Download action plan (CSV)');
  expect(download.suggestedFilename()).toMatch(
    /^nic-action-plan-singapore-2026-\d{4}-\d{2}-\d{2}\.csv$/,
  );
});

test('makes the editable Word document with the RESTRICTED marking chosen on the screen', async ({
  page,
}) => {
  await seedDump(page, freshAssessmentDump(ID));
  await page.goto(`./#/assessments/${ID}/report`);
  await page.getByLabel(/Classification marking/).fill('RESTRICTED');
  const download = await downloadOf(page, 'Make Word document (.docx)');
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const [body, header] = await readSaved(download, 'report.docx', (path) =>
    ['word/document.xml', 'word/header1.xml'].map((part) =>
      execFileSync('unzip', ['-p', path, part], { encoding: 'utf8' }),
    ),
  );
  expect(body).toContain('Executive summary');
  expect(body).toContain('Results by norm');
  expect(header).toContain('RESTRICTED');
});

test('offline: a Khmer note still makes a shaped PDF (HarfBuzz and the Khmer font from the service worker)', async ({
  page,
  context,
}) => {
  const dump = freshAssessmentDump(ID);
  dump.tables.answers = [answerRow(ID, bundledActionIds()[0]!, { leadAgency: '', notes: KM })];
  await seedDump(page, dump);
  // Install: the service worker precaches everything, then serves the app with the network off.
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await context.setOffline(true);

  await page.goto(`./#/assessments/${ID}/report`);
  const download = await downloadOf(page, 'Make PDF');
  expect(await pdfText(download)).toContain(`Notes: ${KM}`);
});

test('downloads the action plan and all answers as XLSX, read back: one sheet, header, filter', async ({
  page,
}) => {
  const { unzipSync, strFromU8 } = await import('fflate');
  const dump = freshAssessmentDump(ID);
  dump.tables.answers = [
    answerRow(ID, bundledActionIds()[0]!, {
      notes: '=1+1',
      updatedAt: '2026-03-01T10:00:00.000Z',
      updatedBy: 'Test',
    }),
  ];
  await seedDump(page, dump);
  await page.goto(`./#/assessments/${ID}/report`);
  for (const [button, sheet, first] of [
    ['Download action plan (XLSX)', 'Action plan', 'Rank'],
    ['Download all answers (XLSX)', 'Answers', 'Norm id'],
  ] as const) {
    const download = await downloadOf(page, button);
    expect(download.suggestedFilename()).toMatch(/^nic-(action-plan|answers)-singapore-.*\.xlsx$/);
    const path = await download.path();
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    const workbook = strFromU8(files['xl/workbook.xml']!);
    const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const strings = strFromU8(files['xl/sharedStrings.xml']!);
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1])).toEqual([sheet]);
    expect(strings).toContain(`<t>${first}</t>`);
    expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(xml).toMatch(/<autoFilter ref="A1:[A-Z]+\d+"\/>/);
    expect(xml).not.toContain('<f>');
  }
  await expect(page.getByRole('alert')).toHaveCount(0);
});
