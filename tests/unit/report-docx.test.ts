import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeReportDocx } from '../../src/lib/report/makeReport';
import {
  TH_NOTE,
  VI_NOTE,
  makeReportInput,
  previousCycle,
  reportAnswers,
  reportPack,
} from '../fixtures/factories/report';
import { reportInputFrom } from '../../src/lib/report/reportInput';
import { makeAnswer, makeAssessment } from '../fixtures/factories/answers';
import { makeState } from '../fixtures/factories/exports';

/**
 * The editable report (.docx) read back: unzip word/document.xml and compare its text with the
 * report model it was written from: every heading, every key figure, every table cell, the notes
 * in their scripts.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nic-docx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KM = 'សន្តិសុខអ៊ីនធឺណិត ព្រះរាជាណាចក្រកម្ពុជា';

function unzip(path: string, entry: string): string {
  return execFileSync('unzip', ['-p', path, entry], { encoding: 'utf8' });
}

/** The text of a WordprocessingML part: runs joined, paragraphs on lines. */
function textOf(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('report as .docx', { timeout: 30_000 }, () => {
  it('holds the same sections, figures and tables as the report model', async () => {
    const doc = await makeReportDocx(
      makeReportInput({}, { extraNotes: KM, previous: previousCycle() }),
    );
    expect(doc.fileName).toMatch(/\.docx$/);
    const path = join(dir, doc.fileName);
    writeFileSync(path, doc.bytes);
    const text = textOf(unzip(path, 'word/document.xml'));
    const flat = text.replace(/\s+/g, ' ');
    for (const section of doc.report.sections)
      for (const block of section.blocks) {
        if (block.kind === 'heading') expect(text).toContain(block.text);
        if (block.kind === 'keyValue')
          for (const row of block.rows) {
            expect(flat).toContain(row.key.replace(/\s+/g, ' '));
            expect(flat).toContain(row.value.replace(/\s+/g, ' '));
          }
        if (block.kind === 'table')
          for (const row of block.rows)
            for (const cell of row) expect(flat).toContain(cell.replace(/\s+/g, ' '));
      }
    for (const note of [VI_NOTE, TH_NOTE, KM]) expect(text).toContain(note);
    const header = textOf(unzip(path, 'word/header1.xml'));
    expect(header).toContain('Viet Nam');
    expect(header).toContain('DRAFT');
  });

  it('says "not scored" for a norm with every action not applicable, as the PDF does, never a dash', async () => {
    // The tester's Thailand 2026 report: 13(f) all "Not applicable"; the Word file's first scores
    // table said "—" where the later tables, the PDF and the dashboard say "not scored".
    const { answers, normAnswers } = reportAnswers();
    const input = reportInputFrom({
      pack: reportPack(),
      state: makeState({ code: 'TH', name: 'Thailand' }),
      assessment: makeAssessment({ stateCode: 'TH', title: 'Self-assessment 2026' }),
      answers: answers.map((a) =>
        a.itemId.startsWith('13c')
          ? makeAnswer({ itemId: a.itemId, status: 'not-applicable', naJustification: 'None here' })
          : a,
      ),
      normAnswers,
      previous: null,
      options: {},
      madeAt: '2026-11-23T03:00:00.000Z',
      locale: 'en-GB',
      timeZone: 'UTC',
    });
    const doc = await makeReportDocx(input);
    const path = join(dir, `not-scored-${doc.fileName}`);
    writeFileSync(path, doc.bytes);
    const xml = unzip(path, 'word/document.xml');
    // Every table row of norm 13(c) — the chart's table in the chart's place and the model's
    // tables after it — says "not scored" where there is no figure.
    const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)]
      .map((m) => textOf(m[0].replace(/<\/w:tc>/g, '\t</w:tc>')))
      .filter((row) => row.startsWith('13(c) Territory'));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row).toContain('not scored');
      expect(row).not.toContain('—');
    }
  });
});
