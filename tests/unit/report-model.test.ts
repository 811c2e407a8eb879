import { describe, expect, it } from 'vitest';
import {
  buildReport,
  slug,
  type Block,
  type ReportDocument,
} from '../../src/lib/report/reportModel';
import { formatPercent } from '../../src/lib/domain/scoring';
import {
  EVIDENCE,
  MARKUP_NOTE,
  TH_NOTE,
  VI_NOTE,
  makeReportInput,
  previousCycle,
} from '../fixtures/factories/report';

/** Every string a report holds, for "does it say X anywhere" checks. */
function allText(doc: ReportDocument): string {
  const parts: string[] = [doc.meta.title, doc.meta.runningHeader];
  for (const section of doc.sections)
    for (const b of section.blocks) {
      if (b.kind === 'heading' || b.kind === 'paragraph') parts.push(b.text);
      if (b.kind === 'keyValue') b.rows.forEach((r) => parts.push(r.key, r.value));
      if (b.kind === 'table') {
        parts.push(...b.columns.map((c) => c.header), ...b.rows.flat(), ...(b.details ?? []));
      }
    }
  return parts.join('\n');
}

const section = (doc: ReportDocument, id: string) => doc.sections.find((s) => s.id === id);
const tables = (blocks: Block[] | undefined) =>
  (blocks ?? []).filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const headings = (doc: ReportDocument) =>
  doc.sections
    .flatMap((s) => s.blocks)
    .filter((b) => b.kind === 'heading')
    .map((b) => b.text);

describe('buildReport', () => {
  it('lays out the sections in order, with a cover naming the State, pack and status', () => {
    const doc = buildReport(makeReportInput());
    expect(doc.sections.map((s) => s.id)).toEqual([
      'cover',
      'summary',
      'charts',
      'norms',
      'actionPlan',
      'capacity',
      'appendix',
    ]);
    const cover = allText({ ...doc, sections: [section(doc, 'cover')!] });
    expect(cover).toContain('Viet Nam');
    expect(cover).toContain('Self-assessment 2026');
    expect(cover).toContain('Test pack (test-pack, version 1.0.0)');
    expect(cover).toContain('Draft');
    expect(cover).toContain('1 Jan 2026 to 31 Dec 2026');
    expect(doc.meta.title).toBe('Norms implementation gap report: Viet Nam — Self-assessment 2026');
    expect(doc.meta.fileName).toMatch(/^nic-report-viet-nam-2026-full-\d{4}-\d{2}-\d{2}\.pdf$/);
  });

  it('prints the figures of the score object, never its own', () => {
    const input = makeReportInput();
    const doc = buildReport(input);
    const kv = section(doc, 'summary')!.blocks.find((b) => b.kind === 'keyValue');
    const overall = kv?.kind === 'keyValue' ? kv.rows[0] : undefined;
    // 13(a): (0.75 + 0) / 2 = 37.5 %; 13(c): 13c-02 fully, 13c-01 not applicable = 100 %.
    expect(input.score.overall.score).toBeCloseTo(68.75, 9);
    expect(overall?.value).toBe(
      `${formatPercent(input.score.overall.score, { locale: 'en-GB' })} (Managed)`,
    );
    expect(overall?.value).toBe('68% (Managed)');
  });

  it('puts the known largest gap first in the action plan', () => {
    const doc = buildReport(makeReportInput());
    const [plan] = tables(section(doc, 'actionPlan')?.blocks);
    expect(plan?.rows[0]).toEqual([
      '1',
      '13(a)',
      '13a-02: Name a national point of contact.',
      'Unanswered',
      'Fully implemented',
      '1',
      '',
      '',
      '',
    ]);
    expect(plan?.rows[1]?.[2]).toBe('13a-01: Take part in regional fora.');
    expect(plan?.rows).toHaveLength(2);
  });

  it('gives each norm its actions with status, target, gap, lead agency, date, evidence and notes', () => {
    const doc = buildReport(makeReportInput());
    const [table13a] = tables(section(doc, 'norms')?.blocks);
    expect(table13a?.rows[0]).toEqual([
      '13a-01: Take part in regional fora.',
      'Largely implemented',
      'Fully implemented',
      '0.25',
      'Ministry of Public Security',
      '30 Jun 2027',
      'Derived from official text',
    ]);
    expect(table13a?.details?.[0]).toContain(`Evidence: ${EVIDENCE}`);
    expect(table13a?.details?.[0]).toContain(VI_NOTE);
    expect(table13a?.details?.[0]).toContain(TH_NOTE);
    expect(table13a?.details?.[1]).toBe(`Notes: ${MARKUP_NOTE}`);
    expect(allText(doc)).toContain('Training on incident response');
  });

  it('lists not-applicable items with their justification in the appendix', () => {
    const doc = buildReport(makeReportInput());
    // The not-applicable table comes just before the Sources table.
    const na = tables(section(doc, 'appendix')?.blocks).at(-2);
    expect(na?.rows).toEqual([
      ['13(c)', '13c-01: Publish a policy.', 'No such facilities on the territory'],
    ]);
    // One table shape for practical actions (reportModel.ts actionTable): norm, action, one more.
    expect(na?.columns).toEqual([
      { header: 'Norm', width: 6 },
      { header: 'Practical action', width: 34 },
      { header: 'Justification', width: 30 },
    ]);
    expect(allText(doc)).toContain('“States should cooperate.” (A/70/174, para. 13(a))');
  });

  it('covers only the selected norms', () => {
    const doc = buildReport(makeReportInput({ normIds: ['13c'] }));
    const h = headings(doc);
    expect(h).toContain('Norm 13(c): Territory');
    expect(h).not.toContain('Norm 13(a): Cooperate on ICT security');
    expect(tables(section(doc, 'actionPlan')?.blocks)).toEqual([]);
    expect(allText(doc)).not.toContain(VI_NOTE);
    expect(allText(doc)).toContain('This report covers norms 13(c).');
  });

  it('leaves notes, evidence and names of people out of the shareable version', () => {
    const full = allText(buildReport(makeReportInput()));
    const shared = allText(buildReport(makeReportInput({ shareable: true })));
    for (const privateText of [VI_NOTE, TH_NOTE, MARKUP_NOTE, EVIDENCE, 'Nguyễn Văn An']) {
      expect(full).toContain(privateText);
      expect(shared).not.toContain(privateText);
    }
    // Agency names are names too, as in the shareable export: cover, action plan and item tables.
    const input = makeReportInput({ shareable: true });
    expect(input.assessment.leadAgency).not.toBe('');
    for (const agency of [input.assessment.leadAgency, 'Ministry of Public Security']) {
      expect(full).toContain(agency);
      expect(shared).not.toContain(agency);
    }
    // What a wider audience needs stays: the gaps and the capacity needs.
    expect(shared).toContain('13a-02: Name a national point of contact.');
    expect(shared).toContain('Training on incident response');
  });

  it('marks every assessment that is not final as a draft (in review too), never a final one', () => {
    const withStatus = (status: 'draft' | 'review' | 'final') => {
      const input = makeReportInput();
      return buildReport({ ...input, assessment: { ...input.assessment, status } }).meta.draft;
    };
    expect(withStatus('draft')).toBe(true);
    expect(withStatus('review')).toBe(true);
    expect(withStatus('final')).toBeUndefined();
  });

  it('prints an empty checklist with blank answer cells and no figures', () => {
    const doc = buildReport(makeReportInput({ blank: true }));
    expect(doc.sections.map((s) => s.id)).toEqual(['cover', 'norms', 'appendix']);
    const [table13a] = tables(section(doc, 'norms')?.blocks);
    expect(table13a?.writeIn).toBe(true);
    expect(table13a?.rows[0]).toEqual([
      '13a-01: Take part in regional fora.',
      '',
      '',
      '',
      '',
      '',
      'Derived from official text',
    ]);
    expect(table13a?.details?.[0]).toBe('Evidence:\nNotes:');
    // Room to write each norm's measures taken, challenges and capacity needs by hand.
    const perNorm = [
      'Practical action',
      'Measures taken',
      'Challenges',
      'Capacity and assistance needed',
    ];
    expect(tables(section(doc, 'norms')?.blocks).map((t) => t.columns[0]?.header)).toEqual([
      ...perNorm,
      ...perNorm,
    ]);
    const text = allText(doc);
    for (const answerText of [VI_NOTE, MARKUP_NOTE, EVIDENCE, 'Training on incident response'])
      expect(text).not.toContain(answerText);
    expect(doc.meta.title).toBe('Norms implementation checklist: Viet Nam — Self-assessment 2026');
  });

  it('shows change since the previous cycle and the most improved items', () => {
    const doc = buildReport(makeReportInput({}, { previous: previousCycle() }));
    const summary = section(doc, 'summary')!;
    const text = allText({ ...doc, sections: [summary] });
    expect(text).toContain('Change since 2025');
    const improved = tables(summary.blocks).at(-1);
    // 13c-02 planned → fully (+75) ranks above 13a-01 not started → largely (+75)? Equal deltas
    // keep pack order: 13a-01 first.
    expect(improved?.rows).toEqual([
      ['13(a)', '13a-01: Take part in regional fora.', 'Not started → Largely implemented'],
      ['13(c)', '13c-02: Train officials.', 'Planned → Fully implemented'],
    ]);
    expect(improved?.columns).toEqual([
      { header: 'Norm', width: 6 },
      { header: 'Practical action', width: 40 },
      { header: 'Change', width: 24 },
    ]);
    const chart = section(doc, 'charts')!.blocks.find((b) => b.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.data.series.map((s) => s.id)).toEqual([
      'current',
      'previous',
      'target',
    ]);
  });

  it('normalises user text to NFC', () => {
    const input = makeReportInput();
    const nfd = VI_NOTE.normalize('NFD');
    expect(nfd).not.toBe(VI_NOTE);
    const answers = input.answers.map((a) => (a.itemId === '13c-02' ? { ...a, notes: nfd } : a));
    const text = allText(buildReport({ ...input, answers }));
    expect(text).toContain(`Notes: ${VI_NOTE}`);
    expect(text).not.toContain(nfd);
  });

  it('makes file names that keep every script (one slug rule, domain/names.ts)', () => {
    expect(slug('Việt Nam / ประเทศไทย')).toBe('việt-nam-ประเทศไทย');
    expect(slug('ประเทศไทย')).toBe('ประเทศไทย');
  });
});
