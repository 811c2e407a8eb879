import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { NicDatabase } from '../../src/lib/storage/db';
import { listStates } from '../../src/lib/storage/states';
import { listAssessments } from '../../src/lib/storage/assessments';
import { listAnswers, listHistory, listNormAnswers } from '../../src/lib/storage/answers';
import { restoreDump, type DbDump } from '../fixtures/db/dumps';

/**
 * Every earlier schema version must open with the current code and keep its answers. Each dump was
 * written by the build of its version (tests/fixtures/db/dumps.ts explains how to add the next one);
 * add it to this list and the checks below run against it too.
 */
const dumps: { file: string; dump: DbDump }[] = ['v1-dump.json'].map((file) => ({
  file,
  dump: JSON.parse(
    readFileSync(new URL(`../fixtures/db/${file}`, import.meta.url), 'utf8'),
  ) as DbDump,
}));

describe.each(dumps)('a database written by $file', ({ file, dump }) => {
  it('opens with the current schema and every row still reads through the schemas', async () => {
    const name = `nic-upgrade-${file}`;
    await restoreDump(name, dump);
    const current = new NicDatabase(name);
    await current.open();
    try {
      expect(current.verno).toBeGreaterThanOrEqual(dump.version);
      // No store that held data was dropped by an upgrade.
      for (const table of Object.keys(dump.stores)) {
        expect(current.tables.map((t) => t.name)).toContain(table);
      }
      const states = await listStates(current);
      expect(states.corrupt).toEqual([]);
      expect(states.rows.map((s) => s.code)).toEqual(['VN']);
      const assessments = await listAssessments('VN', current);
      expect(assessments.corrupt).toEqual([]);
      const [assessment] = assessments.rows;
      expect(assessment?.title).toBe('Đánh giá 2026');
      const answers = await listAnswers(assessment!.id, current);
      expect(answers.corrupt).toEqual([]);
      expect(answers.rows).toHaveLength((dump.tables.answers ?? []).length);
      expect(answers.rows.find((a) => a.itemId === '13a-01')).toMatchObject({
        status: 'in-progress',
        markedForReview: true,
        rev: 2,
      });
      const norms = await listNormAnswers(assessment!.id, current);
      expect(norms.rows[0]?.challenges).toBe('Thiếu nhân lực');
      const history = await listHistory(assessment!.id, 'item:13a-01', current);
      expect(history.corrupt).toEqual([]);
      expect(history.rows).toHaveLength(2);
    } finally {
      current.close();
      await current.delete();
    }
  });
});
