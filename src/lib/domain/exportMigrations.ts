import { EXPORT_FORMAT_VERSION } from '../schema/exportFile';
import type { ExportReadFailure } from '../schema/failures';
import { fail, ok, type Result } from './result';

/**
 * Older export formats are upgraded one version at a time, so that a file from any earlier release
 * reads in this one: `upgrades[v]` turns version-v data into version-(v + 1) data. A step works on
 * raw JSON (not yet checked by any schema) and only reshapes it; the current schema checks the
 * result. Never edit a shipped step: add the next one, and a stored file of the old version under
 * tests/fixtures/exports/ with a test that reads it.
 *
 * The checksum is verified on the file as written, before any step runs (a step changes the data,
 * so the checksum of the upgraded data would no longer match the one in the file).
 */

type Raw = Record<string, unknown>;

export const upgrades: Readonly<Record<number, (data: Raw) => Raw>> = {
  /**
   * 0 → 1. Version 0 was the pre-release format (0.0.x builds): it had no `shareable` flag (every
   * export was a full one) and named the assessments' history `changes`.
   */
  0: (data) => {
    const { changes, ...rest } = data;
    return {
      ...rest,
      version: 1,
      shareable: false,
      history: rest.history ?? changes ?? [],
    };
  },
  /**
   * 1 → 2. Version 2 carries the coordinator's assignments of norms and items to agencies
   * (schema/assignments.ts). A version 1 file had none: its assessments arrive unassigned, as
   * they were on the laptop that wrote it (assignments were not exported then).
   */
  1: (data) => ({ ...data, version: 2, assignments: [] }),
  /**
   * 2 → 3. Version 3 records carry an assessment's summary (and, in the trash, its `deletedAt`) and
   * each norm's measures taken. A version 2 file had neither: its assessments arrive with no summary
   * and its norm answers with no measures taken, which is what they held; the norm answers kept in
   * history (`before`/`after` of a "norm:" entry) are completed the same way, so that an undo
   * restores a whole version 3 record. Records that are not objects are left for the schema to
   * refuse.
   */
  2: (data) => {
    const next: Raw = { ...data, version: 3 };
    if (Array.isArray(data.assessments))
      next.assessments = withDefaults(data.assessments, { summary: '' });
    if (Array.isArray(data.normAnswers))
      next.normAnswers = withDefaults(data.normAnswers, { measuresTaken: '' });
    if (Array.isArray(data.history))
      next.history = data.history.map((h: unknown) => {
        if (!isRecord(h) || typeof h.target !== 'string' || !h.target.startsWith('norm:')) return h;
        const [before, after] = withDefaults([h.before, h.after], { measuresTaken: '' });
        return { ...h, ...(h.before === undefined ? {} : { before }), after };
      });
    return next;
  },
  /**
   * 3 → 4. Version 4 lets a part say which norms' own answers it carries (`part.normAnswerIds`).
   * A version 3 part had no such list and carried the own answers of every norm it named, which is
   * what an absent list means in version 4: the data passes unchanged.
   */
  3: (data) => ({ ...data, version: 4 }),
  /**
   * 4 → 5. Version 5 says which way a part travels (`partDirection`: sent to an agency, or returned
   * by it). A version 4 part did not say, which is what an absent field means in version 5 (such a
   * part is added as a part when its assessment is not on the device): the data passes unchanged.
   */
  4: (data) => ({ ...data, version: 5 }),
  /**
   * 5 → 6. Version 6 lets a full backup carry the device's coordination records: the assessments it
   * holds only as an agency's part (`heldParts`) and the coordinator's log of parts sent and
   * returned (`coordination`). A version 5 file carried neither (a backup of that release wrote a
   * held part as a whole assessment, with no marker): its records arrive with none, as that file
   * knew them.
   */
  5: (data) => ({ ...data, version: 6, heldParts: [], coordination: [] }),
};

const isRecord = (r: unknown): r is Raw => r !== null && typeof r === 'object' && !Array.isArray(r);

/** Adds `defaults` under each object of a list that lacks them; anything else passes unchanged. */
function withDefaults(list: unknown[], defaults: Raw): unknown[] {
  return list.map((r: unknown) => (isRecord(r) ? { ...defaults, ...r } : r));
}

/** The oldest format version that can still be read. */
export const OLDEST_EXPORT_VERSION = 0;

/**
 * Upgrades an export file's data from format `from` to the current `EXPORT_FORMAT_VERSION`, one
 * step a version (the steps above). Fails with `export.unknown-version` below the oldest readable
 * format and `export.newer-version` above the current one. The result is parsed by the caller.
 */
export function migrateExport(data: Raw, from: number): Result<Raw, ExportReadFailure> {
  if (!Number.isInteger(from) || from < OLDEST_EXPORT_VERSION)
    return fail({ code: 'export.unknown-version', version: String(from) });
  if (from > EXPORT_FORMAT_VERSION)
    return fail({ code: 'export.newer-version', version: from, supported: EXPORT_FORMAT_VERSION });
  let current = data;
  for (let v = from; v < EXPORT_FORMAT_VERSION; v += 1) {
    const step = upgrades[v];
    // A missing step is a bug in this release, not a user error.
    if (!step) throw new Error(`No upgrade step from export format version ${v}`);
    current = step(current);
  }
  return ok(current);
}
