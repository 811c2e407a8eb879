/**
 * The format guard: every shape the app writes (export files, checklist packs, the IndexedDB
 * schema) is snapshotted per version under tests/fixtures/formats/. A change to a shape without a
 * new version fails here, because a file or database written by the release before would then be
 * read by a schema it was not written for.
 *
 * When you add a NEW version (the next export format, pack format or `db.version(n + 1)` with its
 * upgrade step), write its snapshot once:
 *
 *   UPDATE_FORMAT_SNAPSHOTS=1 npx vitest run tests/unit/format-guard.test.ts
 *
 * and keep the schema of the old version as shipped (add a row for it below). An existing snapshot is
 * never rewritten, not even with the variable set.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  EXPORT_FORMAT_VERSION,
  exportFileSchema,
  exportFileV1Schema,
  exportFileV2Schema,
  exportFileV3Schema,
  exportFileV4Schema,
  exportFileV5Schema,
} from '../../src/lib/schema/exportFile';
import { PACK_FORMAT_VERSION, packSchema, packSchemaV1 } from '../../src/lib/schema/pack';
import { NicDatabase } from '../../src/lib/storage/db';
import {
  answerSchema,
  assessmentSchema,
  normAnswerSchema,
  stateProfileSchema,
  storedHistoryRowSchema,
} from '../../src/lib/schema/assessment';

const dir = 'tests/fixtures/formats';

/** A schema as plain JSON: every field, type, limit and pattern a reader relies on. */
const shapeOf = (schema: z.ZodType): unknown =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', cycles: 'ref' });

/** The IndexedDB schema as Dexie declares it: each table's primary key and indexes. */
function databaseShape(): { version: number; tables: Record<string, readonly string[]> } {
  const database = new NicDatabase('format-guard');
  const tables = Object.fromEntries(
    database.tables
      .map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)]] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return { version: database.verno, tables };
}

const db = databaseShape();

/** Every shipped version of every format: the frozen old ones and the current one. */
const formats: { name: string; version: number; shape: () => unknown }[] = [
  { name: 'export', version: 1, shape: () => shapeOf(exportFileV1Schema) },
  { name: 'export', version: 2, shape: () => shapeOf(exportFileV2Schema) },
  { name: 'export', version: 3, shape: () => shapeOf(exportFileV3Schema) },
  { name: 'export', version: 4, shape: () => shapeOf(exportFileV4Schema) },
  { name: 'export', version: 5, shape: () => shapeOf(exportFileV5Schema) },
  { name: 'export', version: EXPORT_FORMAT_VERSION, shape: () => shapeOf(exportFileSchema) },
  { name: 'pack', version: 1, shape: () => shapeOf(packSchemaV1) },
  { name: 'pack', version: PACK_FORMAT_VERSION, shape: () => shapeOf(packSchema) },
  // From version 2 on, the snapshot holds the stored rows' shapes too (version 2 changed how history
  // rows are stored without changing an index: an index-only snapshot would not have seen it).
  {
    name: 'database',
    version: db.version,
    shape: () => ({
      tables: db.tables,
      rows: {
        states: shapeOf(stateProfileSchema),
        assessments: shapeOf(assessmentSchema),
        answers: shapeOf(answerSchema),
        normAnswers: shapeOf(normAnswerSchema),
        // From version 3: a one-entry row or a batch row (storage/history.ts).
        history: shapeOf(storedHistoryRowSchema),
      },
    }),
  },
];

describe('format guard: a changed shape needs a new version', () => {
  it.each(formats)(
    '$name format version $version is the shape that shipped',
    ({ name, version, shape }) => {
      const path = `${dir}/${name}-v${version}.json`;
      const current = JSON.parse(JSON.stringify(shape())) as unknown;
      if (!existsSync(path) && process.env.UPDATE_FORMAT_SNAPSHOTS === '1')
        writeFileSync(path, `${JSON.stringify(current, null, 1)}\n`);
      expect(
        existsSync(path),
        `${path} is missing: a new ${name} version needs its snapshot (see the top of this file)`,
      ).toBe(true);
      const stored = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      expect(
        current,
        `the ${name} format changed without a new version: add version ${version + 1} with its upgrade step, keep version ${version} as shipped`,
      ).toEqual(stored);
    },
  );

  it('lists one row per export format version, none missing', () => {
    const versions = formats.filter((f) => f.name === 'export').map((f) => f.version);
    expect(versions).toEqual(Array.from({ length: EXPORT_FORMAT_VERSION }, (_, i) => i + 1));
  });
});
