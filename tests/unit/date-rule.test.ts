import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { assessmentSchema, answerSchema } from '../../src/lib/schema/assessment';
import { isoDateSchema } from '../../src/lib/schema/pack';
import { MAX_DAY, MIN_DAY, dayProblem } from '../../src/lib/domain/dates';
import { applyAnswerPatch, checkAnswerPatch } from '../../src/lib/domain/answers';
import { applyDetails, pickDetails } from '../../src/lib/domain/assessmentDetails';
import { keptOldDays } from '../../src/lib/domain/importChecks';
import { buildExportBody, sealExport, type ExportSource } from '../../src/lib/domain/exchange';
import { previewImport } from '../../src/lib/domain/importPlan';
import { readExportFile } from '../../src/lib/io/readExportFile';
import { createAssessment } from '../../src/lib/storage/assessments';
import { applyImport } from '../../src/lib/storage/exchange';
import { db } from '../../src/lib/storage/db';
import { makeExport } from '../../src/lib/state/backupExport';
import { openImport } from '../../src/lib/state/openImport';
import { describeFailure } from '../../src/lib/i18n/failures';
import { formatDay, formatInstant } from '../../src/lib/i18n/format';
import { importProblem } from '../../src/lib/i18n/importProblems';
import {
  TEST_APP_VERSION,
  TEST_EXPORTED_AT,
  makeExportSource,
  testPack,
} from '../fixtures/factories/exports';
import { TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';
import { exchangeTables, seedExportSource } from '../fixtures/seedDb';

/**
 * Tester, session 6, DATA LOSS: dates the screens accepted (target date 9999-12-31, evidence date
 * 1850-01-01, a period 9999-01-01 – 9999-12-31) were saved, and then every export and full backup
 * holding one was refused on import. The date rule (domain/dates.ts) has one home, every save path
 * applies it, and a backup holding an old such date is restored all the same.
 */

const NOW = new Date('2026-11-30T12:00:00.000Z');
const AT = '2026-11-30T11:00:00.000Z';

const EDGES = [
  '1900-01-01',
  '2200-12-31',
  '1899-12-31',
  '2201-01-01',
  '0001-01-01',
  '9999-12-31',
  '2024-02-29',
  '2023-02-29',
] as const;
const VALID = new Set(['1900-01-01', '2200-12-31', '2024-02-29']);

/** The paths of every field of `schema` that holds a date (isoDateSchema), wrappers unwrapped. */
function dateFields(schema: z.ZodType, path: string[] = []): string[] {
  if (schema === isoDateSchema) return [path.join('.')];
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === 'object') {
    const shape = def.shape as Record<string, z.ZodType>;
    return Object.entries(shape).flatMap(([k, v]) => dateFields(v, [...path, k]));
  }
  const inner = (def.innerType ?? def.in) as z.ZodType | undefined;
  return inner ? dateFields(inner, path) : [];
}

/**
 * How each screen saves each date field of the stored records: the value saved, or null when the
 * save path refuses it. A new date field in the schemas fails the test below until it is listed.
 */
const source = makeExportSource();
const assessment = source.assessments[0]!;
const answer = source.answers[0]!;
const savers: Record<string, (v: string) => string | null> = {
  'assessment periodStart': (v) => {
    const r = applyDetails(
      assessment,
      { ...pickDetails(assessment), periodStart: v, periodEnd: v > '2200' ? v : '2200-12-31' },
      AT,
    );
    return r.ok ? r.value.periodStart : null;
  },
  'assessment periodEnd': (v) => {
    const r = applyDetails(
      assessment,
      { ...pickDetails(assessment), periodStart: v < '1900' ? v : '1900-01-01', periodEnd: v },
      AT,
    );
    return r.ok ? r.value.periodEnd : null;
  },
  'answer targetDate': (v) => {
    const check = checkAnswerPatch(answer, { targetDate: v });
    const r = applyAnswerPatch(answer, { targetDate: v }, AT, 'Tester');
    // The form's check and the save path agree.
    expect('targetDate' in check.accepted).toBe(r.ok);
    return r.ok ? (r.value.targetDate ?? null) : null;
  },
  'answer evidence.date': (v) => {
    const evidence = { ...answer.evidence, date: v };
    const check = checkAnswerPatch(answer, { evidence });
    const r = applyAnswerPatch(answer, { evidence }, AT, 'Tester');
    expect('evidence' in check.accepted).toBe(r.ok);
    return r.ok ? (r.value.evidence.date ?? null) : null;
  },
};

/** An assessment file of the test source with one date field set to `value`. */
async function fileWith(field: string, value: string): Promise<string> {
  const s: ExportSource = structuredClone(makeExportSource());
  const a = s.assessments[0]!;
  const first = s.answers[0]!;
  if (field === 'assessment periodStart')
    Object.assign(a, { periodStart: value, periodEnd: value });
  if (field === 'assessment periodEnd') Object.assign(a, { periodStart: value, periodEnd: value });
  if (field === 'answer targetDate') first.targetDate = value;
  if (field === 'answer evidence.date') first.evidence = { ...first.evidence, date: value };
  const body = buildExportBody(s, {
    kind: 'assessment',
    appVersion: TEST_APP_VERSION,
    exportedAt: TEST_EXPORTED_AT,
    shareable: false,
  });
  return JSON.stringify(await sealExport(body));
}

describe('every date a screen can save, the import reads back', () => {
  it('the schemas hold exactly the date fields whose save paths are listed here', () => {
    expect([
      ...dateFields(assessmentSchema).map((f) => `assessment ${f}`),
      ...dateFields(answerSchema).map((f) => `answer ${f}`),
    ]).toEqual(expect.arrayContaining(Object.keys(savers)));
    expect(Object.keys(savers)).toHaveLength(
      dateFields(assessmentSchema).length + dateFields(answerSchema).length,
    );
  });

  for (const field of Object.keys(savers))
    it.each(EDGES)(`${field} %s: saved only when the import reads it back`, async (value) => {
      const saved = savers[field]!(value);
      expect(saved).toBe(VALID.has(value) ? value : null);
      expect(dayProblem(value) === null).toBe(VALID.has(value));
      if (saved === null) return;
      const read = await readExportFile(await fileWith(field, saved), {
        fileName: 'in.json',
        now: NOW,
      });
      expect(read.ok ? 'read' : describeFailure(read)).toBe('read');
    });

  it('the range on the inputs is the rule’s range', () => {
    expect([MIN_DAY, MAX_DAY]).toEqual(['1900-01-01', '2200-12-31']);
    expect(dayProblem('1899-12-31')).toBe('out-of-range');
    expect(dayProblem('2023-02-29')).toBe('not-a-date');
  });
});

describe('a backup holding a date an older release saved outside the rule', () => {
  beforeEach(async () => {
    for (const table of exchangeTables()) await table.clear();
  });

  it('is backed up and restored, every date kept, and the import can say which', async () => {
    await seedExportSource({ withAssignments: true });
    // As the old code stored them (the tester's values).
    await db.assessments.update(TEST_ASSESSMENT_ID, {
      periodStart: '9999-01-01',
      periodEnd: '9999-12-31',
    });
    const [first, second] = await db.answers.toArray();
    await db.answers.update([first!.assessmentId, first!.itemId], {
      targetDate: '9999-12-31',
      evidence: { ...first!.evidence, date: '1850-01-01' },
    });
    await db.answers.update([second!.assessmentId, second!.itemId], {
      evidence: { ...second!.evidence, date: '0001-01-01' },
    });
    const before = {
      assessments: await db.assessments.toArray(),
      answers: await db.answers.toArray(),
    };

    const exported = await makeExport({ scope: { kind: 'backup' }, shareable: false, now: NOW });
    if (!exported.ok) throw new Error(describeFailure(exported));
    expect(exported.value.unreadable).toBeUndefined();
    for (const table of exchangeTables()) await table.clear();

    const text = await exported.value.blob.text();
    const opened = await openImport(text, exported.value.fileName, undefined);
    if (!opened.ok) throw new Error(describeFailure(opened));
    expect(keptOldDays(opened.value.plan.file).map((p) => 'value' in p && p.value)).toEqual([
      '9999-01-01',
      '9999-12-31',
      '1850-01-01',
      '9999-12-31',
      '0001-01-01',
    ]);
    const { plan, ctx } = opened.value;
    const preview = previewImport(plan, ctx, new Map(), new Map(), NOW.toISOString(), 'Restorer');
    expect(await applyImport(preview.writes!)).toEqual({ ok: true, value: undefined });
    expect(await db.assessments.toArray()).toEqual(before.assessments);
    expect(await db.answers.toArray()).toEqual(before.answers);
  });
});

describe('New assessment (storage) refuses a period outside the rule', () => {
  it('9999-01-01 – 9999-12-31 is not created; 1900-01-01 – 2200-12-31 is', async () => {
    const input = {
      stateCode: 'SG',
      title: 'Far future',
      periodStart: '9999-01-01',
      periodEnd: '9999-12-31',
      leadAgency: '',
      people: [],
      alias: '',
    };
    const refused = await createAssessment(input, testPack(), 'Tester');
    expect(refused.ok ? 'created' : describeFailure(refused)).toMatch(
      /start of the period.*is not between the years 1900 and 2200/i,
    );
    const created = await createAssessment(
      { ...input, periodStart: '1900-01-01', periodEnd: '2200-12-31' },
      testPack(),
      'Tester',
    );
    expect(created.ok).toBe(true);
  });
});

describe('a date is said as written when it cannot be formatted faithfully', () => {
  it('year 0 and a day that does not exist', () => {
    expect(formatDay('0000-01-01', 'en')).toBe('0000-01-01');
    expect(formatDay('2023-02-29', 'en')).toBe('2023-02-29');
    expect(formatInstant('0000-01-01T00:00:00.000Z', 'en')).toBe('0000-01-01T00:00:00.000Z');
    expect(formatDay('0001-01-01', 'en')).toMatch(/\b1\b/);
    expect(
      importProblem({
        code: 'import.year-out-of-range',
        record: { kind: 'file' },
        field: 'exportedAt',
        value: '0000-01-01T00:00:00.000Z',
      }),
    ).toContain('(0000-01-01T00:00:00.000Z) is not between the years 1900 and 2200');
  });
});
