import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegionalView } from '../../src/lib/domain/region';
import { englishWords } from '../../src/lib/i18n/locales';
import { loadNodeFonts } from '../../src/lib/report/fontsNode';
import { writePdf } from '../../src/lib/report/pdfWriter';
import { buildRegionReport, regionTable } from '../../src/lib/report/regionReport';
import type { Block } from '../../src/lib/report/reportModel';
import { makeSharedCycle, packV2 } from '../fixtures/factories/cycles';

/** Tester g, regional PDF: an empty "Contents" page and no common gaps although the cover names them. */
const v2 = packV2();
const id = (n: number) => `00000000-0000-4000-8000-0000000002${String(n).padStart(2, '0')}`;

function twoStates() {
  const th = makeSharedCycle({
    pack: v2,
    stateName: 'Thailand',
    assessment: { id: id(1), stateCode: 'TH', alias: '2025' },
    answers: { 'a-01': 'fully', 'a-02': 'planned' },
  });
  const vn = makeSharedCycle({
    pack: v2,
    stateName: 'Viet Nam',
    assessment: { id: id(2), stateCode: 'VN', alias: '2026' },
    answers: { 'a-01': 'in-progress', 'a-02': 'not-started' },
  });
  return buildRegionalView([th, vn]);
}

const headings = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'heading' ? [b] : []));

describe('regional report: sections, contents and the common gaps (tester g, region PDF)', () => {
  const view = twoStates();
  const doc = buildRegionReport(view, { madeAt: '2026-11-30T10:00:00Z', timeZone: 'UTC' });
  const t = englishWords.compare;

  it('has the common gaps the screen shows, and lists every section heading in the contents', () => {
    expect(view.commonGaps.length).toBeGreaterThan(0);
    const body = doc.sections.slice(1).flatMap((s) => s.blocks);
    const listed = headings(body).filter((h) => h.toc);
    // Contents entries = the section headings.
    expect(listed.map((h) => h.text)).toEqual(
      headings(body)
        .filter((h) => h.level <= 2)
        .map((h) => h.text),
    );
    expect(listed.map((h) => h.text)).toContain(t.gapsHeading);
    // The gap rows are the screen's rows (regionTable.gaps), one per common gap.
    const gaps = regionTable(view, 'en').gaps;
    expect(gaps.map((g) => g.id)).toEqual(view.commonGaps.map((g) => g.itemId));
    const rows = body.flatMap((b) => (b.kind === 'table' ? b.rows : []));
    for (const g of gaps)
      expect(rows).toContainEqual([`${g.id}: ${g.text}`, `${g.count}: ${g.states}`, g.share]);
  });

  it(
    'prints the common gaps and a contents page that names the sections (pdftotext)',
    { timeout: 60_000 },
    async () => {
      const fonts = await loadNodeFonts();
      const { bytes } = await writePdf(doc, fonts);
      const dir = mkdtempSync(join(tmpdir(), 'region-pdf-'));
      try {
        writeFileSync(join(dir, 'r.pdf'), bytes);
        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'r.pdf'), '-'], {
          encoding: 'utf8',
        });
        const pages = text.split('\f');
        const contents = pages.find((p) => p.includes(englishWords.report.contents))!;
        expect(contents).toBeDefined();
        for (const h of [t.regionNorms, t.regionAreas, t.gapsHeading])
          expect(contents).toContain(h);
        const after = pages.slice(pages.indexOf(contents) + 1).join('\n');
        expect(after).toContain(t.gapsHeading);
        expect(after).toContain(view.commonGaps[0]!.itemId);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it(
    'writes no contents page when no heading is listed in it (short report)',
    { timeout: 60_000 },
    async () => {
      const short = {
        ...doc,
        sections: doc.sections.map((s) => ({
          ...s,
          blocks: s.blocks.map((b) => (b.kind === 'heading' ? { ...b, toc: false } : b)),
        })),
      };
      const { bytes } = await writePdf(short, await loadNodeFonts());
      const dir = mkdtempSync(join(tmpdir(), 'region-pdf-'));
      try {
        writeFileSync(join(dir, 'r.pdf'), bytes);
        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'r.pdf'), '-'], {
          encoding: 'utf8',
        });
        expect(text).not.toContain(englishWords.report.contents);
        expect(text).toContain(t.gapsHeading);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
