import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeReportPdf } from '../../src/lib/report/makeReport';
import { loadNodeFonts } from '../../src/lib/report/fontsNode';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { bundledPackFor } from '../../src/lib/domain/bundledPacks';
import { activeActions } from '../../src/lib/domain/pack';
import { reportInputFrom } from '../../src/lib/report/reportInput';
import { buildReport, type Block, type ReportDocument } from '../../src/lib/report/reportModel';
import { normAnswersCsv } from '../../src/lib/report/csv';
import type { ChecklistPack } from '../../src/lib/schema/pack';
import { makeAnswer, makeAssessment, makeNormAnswer } from '../fixtures/factories/answers';
import { makeState } from '../fixtures/factories/exports';

/** The gap report of one small assessment on a real bundled pack. */
function reportOn(pack: ChecklistPack, options: { blank?: boolean } = {}): ReportDocument {
  const first = activeActions(pack)[0]!;
  return buildReport(
    reportInputFrom({
      pack,
      state: makeState({ code: 'PH', name: 'Philippines' }),
      assessment: makeAssessment({
        stateCode: 'PH',
        packId: pack.id,
        packVersion: pack.version,
      }),
      answers: [makeAnswer({ itemId: first.id, status: 'planned' })],
      normAnswers: [
        makeNormAnswer({
          normId: first.normId,
          measuresTaken: 'Cybersecurity Act 2024; national CERT mandate published.',
        }),
      ],
      options,
      madeAt: '2026-12-01T00:00:00.000Z',
      locale: 'en-GB',
      timeZone: 'UTC',
    }),
  );
}

const blocksOf = (doc: ReportDocument, id: string): Block[] =>
  doc.sections.find((s) => s.id === id)?.blocks ?? [];
const keyValues = (blocks: Block[]) =>
  new Map(
    blocks.flatMap((b) => (b.kind === 'keyValue' ? b.rows.map((r) => [r.key, r.value]) : [])),
  );
const tableUnder = (blocks: Block[], heading: string) => {
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  return blocks.slice(at).find((b) => b.kind === 'table') as Extract<Block, { kind: 'table' }>;
};

describe('the gap report shows provenance (issue 15)', () => {
  it('names the pack’s publisher, status, issuer, document and distribution on the cover, with its description', () => {
    const cover = blocksOf(reportOn(bundledPack), 'cover');
    const kv = keyValues(cover);
    expect(kv.get('Pack publisher')).toBe(bundledPack.publisher);
    expect(kv.get('Pack status')).toBe('Unofficial compilation');
    expect(kv.get('Issuer')).toMatch(/^Not an official document/);
    expect(kv.get('Document')).toMatch(/not the NIC text$/);
    expect(kv.get('Distribution')).toBe('Public');
    const texts = cover.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts).toContain(bundledPack.description);
  });

  it('marks each item as official text, derived from it, or a secondary summary', () => {
    const norms = blocksOf(reportOn(bundledPack), 'norms');
    const table = norms.find((b) => b.kind === 'table') as Extract<Block, { kind: 'table' }>;
    expect(table.columns.at(-1)?.header).toBe('Basis');
    const marker = new Map(table.rows.map((r) => [r[0]!.split(':')[0], r.at(-1)]));
    expect(marker.get('13a-01')).toBe('Secondary summary');
    expect(marker.get('13a-04')).toBe('Secondary summary');
    const clauses = blocksOf(reportOn(bundledPackFor('un-gge2015-para13', '1.0.0')!), 'norms');
    const clauseTable = clauses.find((b) => b.kind === 'table') as Extract<
      Block,
      { kind: 'table' }
    >;
    expect(clauseTable.rows.every((r) => r.at(-1) === 'Official text')).toBe(true);
  });

  it('lists every action’s source in a Sources appendix, with its address', () => {
    const appendix = blocksOf(reportOn(bundledPack), 'appendix');
    const sources = tableUnder(appendix, 'D. Sources');
    expect(sources.columns.map((c) => c.header)).toEqual([
      'Norm',
      'Practical action',
      'Basis',
      'Kind',
      'Source',
    ]);
    expect(sources.rows).toHaveLength(activeActions(bundledPack).length);
    const row = sources.rows.find((r) => r[1] === '13h-04')!;
    expect(row).toEqual([
      '13(h)',
      '13h-04',
      'Derived from official text',
      'UN GGE 2015 report',
      'Derived from the norm text itself, A/70/174, para. 13(h) <https://www.internationalcybertech.gov.au/our-work/annexes/annex-c>',
    ]);
    const nic = sources.rows.find((r) => r[1] === '13d-01')!;
    expect(nic.slice(2, 4)).toEqual(['Secondary summary', 'ASEAN NIC, as publicly described']);
  });

  it('prints each norm’s measures taken, and leaves room for them in the empty checklist', () => {
    const doc = reportOn(bundledPack);
    const norms = blocksOf(doc, 'norms');
    const at = norms.findIndex((b) => b.kind === 'heading' && b.text === 'Measures taken');
    expect(norms[at + 1]).toEqual({
      kind: 'paragraph',
      text: 'Cybersecurity Act 2024; national CERT mandate published.',
    });
    const blank = blocksOf(reportOn(bundledPack, { blank: true }), 'norms');
    const headers = blank.flatMap((b) => (b.kind === 'table' ? [b.columns[0]?.header] : []));
    expect(headers.filter((h) => h === 'Measures taken')).toHaveLength(bundledPack.norms.length);
  });

  it('says how many items the focus-area scores leave out (official-text pack)', () => {
    const charts = blocksOf(reportOn(bundledPackFor('un-gge2015-para13', '1.0.0')!), 'charts');
    const texts = charts.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts).toContain(
      '28 actions are mapped to no focus area and left out of the focus-area scores (they count in their norm and overall).',
    );
  });
});

describe('CSV of the per-norm answers (measures taken, challenges, capacity needs)', () => {
  it('gives one row a norm, with the measures taken; the shareable CSV leaves the text out', () => {
    const normAnswers = [
      makeNormAnswer({
        normId: '13d',
        measuresTaken: 'MLA treaty, "24/7" point',
        challenges: 'Staff',
        capacityNeeds: 'Training',
      }),
    ];
    const text = normAnswersCsv({ pack: bundledPack, normAnswers, normIds: ['13c', '13d'] });
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe('Norm id,Norm,Measures taken,Challenges,Capacity and assistance needed');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(
      '13d,Cooperate against criminal and terrorist use of ICTs,"MLA treaty, ""24/7"" point",Staff,Training',
    );
    const shared = normAnswersCsv({ pack: bundledPack, normAnswers, shareable: true });
    expect(shared).not.toContain('MLA treaty');
  });
});

describe('the PDF read back (pdftotext) shows provenance', { timeout: 60_000 }, () => {
  it('prints the pack status and issuer on the cover, the item markers, the Sources appendix and measures taken', async () => {
    const pack = bundledPack;
    const first = activeActions(pack)[0]!;
    const input = reportInputFrom({
      pack,
      state: makeState({ code: 'PH', name: 'Philippines' }),
      assessment: makeAssessment({ stateCode: 'PH', packId: pack.id, packVersion: pack.version }),
      answers: [makeAnswer({ itemId: first.id, status: 'planned' })],
      normAnswers: [
        makeNormAnswer({ normId: '13a', measuresTaken: 'Inter-agency committee set up.' }),
      ],
      options: { normIds: ['13a'] },
      madeAt: '2026-12-01T00:00:00.000Z',
      locale: 'en-GB',
      timeZone: 'UTC',
    });
    const fonts = await loadNodeFonts();
    const pdf = await makeReportPdf(input, () => Promise.resolve(fonts));
    const dir = mkdtempSync(join(tmpdir(), 'nic-provenance-'));
    try {
      const path = join(dir, 'report.pdf');
      writeFileSync(path, pdf.bytes);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], {
        encoding: 'utf8',
      }).replace(/\s+/g, ' ');
      expect(text).toContain('Pack status Unofficial compilation');
      expect(text).toContain(
        'Not an official document: not issued by ASEAN, the United Nations or any State',
      );
      expect(text).toContain('the official NIC text was not available when this pack was compiled');
      expect(text).toContain('D. Sources');
      expect(text).toContain('Secondary summary');
      expect(text).toContain('Derived from official text');
      expect(text).toContain('Inter-agency committee set up.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
