import { z } from 'zod';
import { customIssue } from './issues';
import {
  answerSchema,
  assessmentSchema,
  assessmentV1Schema,
  historyEntrySchema,
  normAnswerSchema,
  normAnswerV1Schema,
  stateProfileSchema,
  TEXT_LIMITS,
  timestampSchema,
  userName,
  userText,
  uuidSchema,
} from './assessment';
import { assignmentsSchema } from './assignments';
import { idSchema, packSchema, packSchemaV1Read } from './pack';

/**
 * The export file: the one format that moves answers between laptops, agencies and years, and the
 * only one that round-trips (CSV is an export only). Versioned: `version` is the format version of
 * this envelope, independent of the app version. An older file is upgraded step by step
 * (domain/exportMigrations.ts) before this schema sees it; a newer one is refused.
 *
 * One schema per shipped format version, kept exactly as shipped: `exportFileV1Schema` and
 * `exportFileV2Schema` document versions 1 and 2 (what a stored old file is checked against in the
 * tests), with the record schemas of their time (`assessmentV1Schema`, `normAnswerV1Schema`);
 * `exportFileV3Schema`, `exportFileV4Schema` and `exportFileV5Schema` likewise; `exportFileSchema` is
 * the current format (version 6). A new version
 * adds its own schema and an upgrade step; it never edits an older one.
 *
 * Limits are generous for real data (11 norms × ~100 actions × dozens of cycles) and stop hostile
 * files early, before any of it is written.
 */

export const EXPORT_TYPE = 'nic-export';
/** The format this app writes, and the newest it reads. */
export const EXPORT_FORMAT_VERSION = 6;
export const ENCRYPTED_TYPE = 'nic-export-encrypted';
export const ENCRYPTED_FORMAT_VERSION = 1;

/**
 * Largest file the app reads (bytes of text), and the most JSON values it holds. Measured (issue 12,
 * `npm run bench`): a heavy 20-cycle State (52 actions answered with long notes each cycle, with
 * its history) is a 33 MB backup of about 200,000 values; the limits leave four times that, for
 * histories written before typing bursts were folded into one entry. The app checks every export
 * against them before calling it a backup (io/exportCheck.ts).
 */
export const MAX_EXPORT_BYTES = 150 * 1024 * 1024;
export const MAX_EXPORT_VALUES = 10_000_000;

/** PBKDF2 iterations written into new files (OWASP 2023 figure for PBKDF2-HMAC-SHA-256). */
export const PBKDF2_ITERATIONS = 600_000;
/** Bounds accepted when reading: fewer is too weak, more is a denial of service on the reader. */
export const PBKDF2_MIN_ITERATIONS = 600_000;
export const PBKDF2_MAX_ITERATIONS = 10_000_000;

export const EXPORT_LIMITS = {
  packs: 20,
  states: 250,
  assessments: 5_000,
  answers: 500_000,
  normAnswers: 100_000,
  history: 2_000_000,
} as const;

export const exportKindSchema = z.enum(['assessment', 'state', 'backup', 'part']);

/**
 * The part of an assessment an agency filled in: the norms (and optionally only some items) it
 * covers, and the agency's name. The coordinator's import takes only what lies inside this scope.
 * As shipped in format 1 (and 2): a part carries the per-norm answers of every norm it names.
 */
export const partScopeV1Schema = z.strictObject({
  agency: userName(),
  normIds: z.array(idSchema).min(1, 'min-one-norm').max(50),
  /** When given, only these items of the norms above; otherwise every item of them. */
  itemIds: z.array(idSchema).max(2_000).optional(),
});

/**
 * The part scope of format 4 (issue 16): that of formats 1–3, and the norms
 * whose own answers (measures taken, challenges, capacity needs) the part carries. An agency given
 * single items of a norm answers those items only, not the norm's questions: its part names the norm
 * (its items belong to it) but leaves it out of `normAnswerIds`. Absent: every norm named (as in
 * formats 1–3, which read unchanged). Each id must be one of `normIds`.
 */
export const partScopeSchema = partScopeV1Schema
  .extend({ normAnswerIds: z.array(idSchema).max(50).optional() })
  .refine((p) => (p.normAnswerIds ?? []).every((id) => p.normIds.includes(id)), {
    path: ['normAnswerIds'],
    message: 'part-norm-not-named',
  });

const hexDigest = z.string().regex(/^[0-9a-f]{64}$/, 'hex-digest');

export const checksumSchema = z.strictObject({
  algorithm: z.literal('SHA-256'),
  value: hexDigest,
});

// ---------------------------------------------------------------------------------------------
// Version 1 (shipped in 0.1.x): kept exactly as shipped.

/** Everything but the checksum: what the checksum is computed over (canonical JSON). */
export const exportBodyV1Schema = z.strictObject({
  type: z.literal(EXPORT_TYPE),
  version: z.literal(1),
  kind: exportKindSchema,
  appVersion: z.string().min(1).max(64),
  exportedAt: timestampSchema,
  /** A shareable export leaves out notes, evidence and names (domain/exchange.ts `makeShareable`). */
  shareable: z.boolean(),
  /** Every checklist pack version the assessments need, so that the receiver can install it. */
  packs: z.array(packSchemaV1Read).max(EXPORT_LIMITS.packs),
  states: z.array(stateProfileSchema).max(EXPORT_LIMITS.states),
  assessments: z.array(assessmentV1Schema).max(EXPORT_LIMITS.assessments),
  answers: z.array(answerSchema).max(EXPORT_LIMITS.answers),
  normAnswers: z.array(normAnswerV1Schema).max(EXPORT_LIMITS.normAnswers),
  /** History entries; `id` is a local storage key and is left out (the receiver numbers its own). */
  history: z.array(historyEntrySchema.omit({ id: true })).max(EXPORT_LIMITS.history),
  /** Only in a part (kind "part"): what it covers. */
  part: partScopeV1Schema.optional(),
});

/** What the version 1 cross-checks look at: every later version carries it too. */
type V1Records = Omit<z.infer<typeof exportBodyV1Schema>, 'version'>;

/** The cross-checks of version 1, which every later version keeps. */
function checkV1References(file: V1Records, ctx: z.RefinementCtx): void {
  // Cross-references inside the file: every record belongs to an assessment the file carries,
  // every assessment to a State it carries, and no record appears twice.
  const assessmentIds = new Set<string>();
  file.assessments.forEach((a, i) => {
    if (assessmentIds.has(a.id)) customIssue(ctx, ['assessments', i, 'id'], 'appears-twice');
    assessmentIds.add(a.id);
  });
  const stateCodes = new Set(file.states.map((s) => s.code));
  file.assessments.forEach((a, i) => {
    if (!stateCodes.has(a.stateCode))
      customIssue(ctx, ['assessments', i, 'stateCode'], 'state-not-in-file', a.stateCode);
  });
  const refs = (list: { assessmentId: string }[], key: string) =>
    list.forEach((r, i) => {
      if (!assessmentIds.has(r.assessmentId))
        customIssue(ctx, [key, i, 'assessmentId'], 'not-in-file');
    });
  refs(file.answers, 'answers');
  refs(file.normAnswers, 'normAnswers');
  refs(file.history, 'history');
  const unique = (keys: string[], key: string) => {
    const seen = new Set<string>();
    keys.forEach((k, i) => {
      if (seen.has(k)) customIssue(ctx, [key, i], 'appears-twice');
      seen.add(k);
    });
  };
  unique(
    file.answers.map((r) => `${r.assessmentId} ${r.itemId}`),
    'answers',
  );
  unique(
    file.normAnswers.map((r) => `${r.assessmentId} ${r.normId}`),
    'normAnswers',
  );
  if (file.kind === 'part' && !file.part) customIssue(ctx, ['part'], 'part-needs-scope');
  if (file.kind === 'part' && file.assessments.length !== 1)
    customIssue(ctx, ['assessments'], 'part-one-assessment');
}

export const exportFileV1Schema = exportBodyV1Schema
  .extend({ checksum: checksumSchema })
  .superRefine(checkV1References);

// ---------------------------------------------------------------------------------------------
// Version 2 (0.1.x, after the assignments): kept exactly as shipped.

/**
 * Version 2 adds the coordinator's assignments of norms and items to agencies
 * (schema/assignments.ts): at most one record per assessment the file carries. A full or
 * assessment/State export carries those of its assessments; a part and a shareable export carry
 * none (a part is what one agency filled in; agency names are names).
 */
export const exportBodyV2Schema = exportBodyV1Schema.extend({
  version: z.literal(2),
  /** One record per assessment at most (hence the assessments' limit). */
  assignments: z.array(assignmentsSchema).max(EXPORT_LIMITS.assessments),
});

/** What the version 2 cross-checks look at: every later version carries it too. */
type V2Records = Omit<z.infer<typeof exportBodyV2Schema>, 'version'>;

/** The cross-checks of version 2 (those of version 1, and the assignments'), kept by later ones. */
function checkV2References(file: V2Records, ctx: z.RefinementCtx): void {
  checkV1References(file, ctx);
  const assessmentIds = new Set(file.assessments.map((a) => a.id));
  const seen = new Set<string>();
  file.assignments.forEach((r, i) => {
    if (!assessmentIds.has(r.assessmentId))
      customIssue(ctx, ['assignments', i, 'assessmentId'], 'not-in-file');
    if (seen.has(r.assessmentId)) customIssue(ctx, ['assignments', i], 'appears-twice');
    seen.add(r.assessmentId);
  });
  if (file.kind === 'part' && file.assignments.length > 0)
    customIssue(ctx, ['assignments'], 'part-no-assignments');
}

export const exportFileV2Schema = exportBodyV2Schema
  .extend({ checksum: checksumSchema })
  .superRefine(checkV2References);

// ---------------------------------------------------------------------------------------------
// Version 3, as shipped: version 2 with the records of app 0.2: an assessment's summary and trash
// date (`summary`, `deletedAt`), each norm's measures taken (`measuresTaken`), and checklist packs
// of pack format 1 or 2 (versions 1 and 2 carry format-1 packs only).

export const exportBodyV3Schema = exportBodyV2Schema.extend({
  version: z.literal(3),
  /** Checklist packs of any format this app reads (format 1 or 2), read as format 2. */
  packs: z.array(packSchema).max(EXPORT_LIMITS.packs),
  assessments: z.array(assessmentSchema).max(EXPORT_LIMITS.assessments),
  normAnswers: z.array(normAnswerSchema).max(EXPORT_LIMITS.normAnswers),
});

export const exportFileV3Schema = exportBodyV3Schema
  .extend({ checksum: checksumSchema })
  .superRefine(checkV2References);

// ---------------------------------------------------------------------------------------------
// Version 4, as shipped: version 3 whose part scope may say which norms' own answers (measures
// taken, challenges, capacity needs) the part carries (`part.normAnswerIds`): an agency given single
// practical actions of a norm answers those actions only, not the norm's questions.

export const exportBodyV4Schema = exportBodyV3Schema.extend({
  version: z.literal(4),
  /** Only in a part (kind "part"): what it covers, with the norms whose own answers it carries. */
  part: partScopeSchema.optional(),
});

export const exportFileV4Schema = exportBodyV4Schema
  .extend({ checksum: checksumSchema })
  .superRefine(checkV2References);

// ---------------------------------------------------------------------------------------------
// Version 5, as shipped: version 4 whose part says which way it travels (`partDirection`).

/**
 * Which way a part travels (issue 16: a returned part whose assessment was not on the coordinator's
 * device was added as a new, whole assessment and scored as one):
 * - `sent`: written by the coordinator for an agency to fill in. The agency's device ADDS it (it has
 *   no copy of the assessment), marked as a part that is never scored as whole.
 * - `returned`: written by an agency's device sending back the part it received. The coordinator
 *   MERGES it into the assessment it was cut from; it is never added as an assessment of its own.
 * Absent in a part of format 4 or older (it did not say): such a part is added as a part, like a
 * sent one, when its assessment is not on the device (never scored as whole either way).
 */
export const partDirectionSchema = z.enum(['sent', 'returned']);

export const exportBodyV5Schema = exportBodyV4Schema.extend({
  version: z.literal(5),
  /** Only in a part (kind "part"): which way it travels. */
  partDirection: partDirectionSchema.optional(),
});

/** What the version 5 cross-checks look at: every later version carries it too. */
type V5Records = Omit<z.infer<typeof exportBodyV5Schema>, 'version'>;

/** The cross-checks of version 5 (those of version 2, and the part's direction), kept by later ones. */
function checkV5References(file: V5Records, ctx: z.RefinementCtx): void {
  checkV2References(file, ctx);
  if (file.partDirection !== undefined && file.kind !== 'part')
    customIssue(ctx, ['partDirection'], 'part-only');
}

export const exportFileV5Schema = exportBodyV5Schema
  .extend({ checksum: checksumSchema })
  .superRefine(checkV5References);

// ---------------------------------------------------------------------------------------------
// Version 6 (current): version 5 whose FULL BACKUP carries the device's coordination records
// (session 5: a full backup made on an agency's device wrote the part it holds as a whole
// assessment, with no marker, and left out the coordinator's log of parts sent and returned).

export const COORDINATION_LIMITS = { sent: 100, received: 1_000, records: 5_000 } as const;

/**
 * A part the coordinator sent to an agency: its scope, when and by whom, and the records it held
 * (the ANCESTOR of the three-way merge by field when the part comes back, domain/merge.ts).
 * Stored in the coordination record (schema/coordination.ts) and carried by a full backup.
 */
export const sentPartSchema = z.strictObject({
  scope: partScopeSchema,
  sentAt: timestampSchema,
  sentBy: userText(TEXT_LIMITS.short),
  /** The records of the part as exported (unanswered items have none). */
  answers: z.array(answerSchema).max(COORDINATION_LIMITS.records),
  normAnswers: z.array(normAnswerSchema).max(COORDINATION_LIMITS.records),
});

/** A part that came back from an agency and was imported (schema/coordination.ts). */
export const receivedPartSchema = z.strictObject({
  scope: partScopeSchema,
  /** When the agency exported the file (from the file). */
  exportedAt: timestampSchema,
  importedAt: timestampSchema,
  importedBy: userText(TEXT_LIMITS.short),
  /** Records (answers and norm answers) the import wrote from this part. */
  written: z.int().min(0),
  /** Field conflicts the coordinator resolved, and how many of them the part's value won. */
  conflicts: z.int().min(0),
  conflictsTaken: z.int().min(0),
});

/**
 * The coordinator's log of the parts of one assessment, as a full backup carries it: the latest
 * part sent to each agency (at most one per agency) and every part received, oldest first. The
 * device stores it with its own type and version (schema/coordination.ts `coordinationSchema`).
 */
export const coordinationRecordSchema = z.strictObject({
  assessmentId: uuidSchema,
  sent: z.array(sentPartSchema).max(COORDINATION_LIMITS.sent),
  received: z.array(receivedPartSchema).max(COORDINATION_LIMITS.received),
});

/**
 * An assessment the device holds only as an agency's part: the part of the coordinator's
 * assessment of the same id, with the scope the coordinator's file gave it (never scored as whole,
 * marked "Agency part of …"). Stored as `heldPartSchema` (schema/coordination.ts).
 */
export const heldPartRecordSchema = z.strictObject({
  assessmentId: uuidSchema,
  scope: partScopeSchema,
  /** When the coordinator exported the part (from the file). */
  exportedAt: timestampSchema,
  importedAt: timestampSchema,
});

export const exportBodySchema = exportBodyV5Schema.extend({
  version: z.literal(EXPORT_FORMAT_VERSION),
  /**
   * Only in a full backup (kind "backup"; empty otherwise): the assessments of the file that the
   * device holds only as an agency's part. An assessment not listed is whole.
   */
  heldParts: z.array(heldPartRecordSchema).max(EXPORT_LIMITS.assessments),
  /** Only in a full backup: the coordinator's log of parts sent and returned, per assessment. */
  coordination: z.array(coordinationRecordSchema).max(EXPORT_LIMITS.assessments),
});

/** The cross-checks of version 6: those of version 5, and the coordination records'. */
function checkV6References(
  file: Omit<z.infer<typeof exportBodySchema>, 'version'>,
  ctx: z.RefinementCtx,
): void {
  checkV5References(file, ctx);
  const assessmentIds = new Set(file.assessments.map((a) => a.id));
  for (const key of ['heldParts', 'coordination'] as const) {
    const seen = new Set<string>();
    file[key].forEach((r, i) => {
      if (!assessmentIds.has(r.assessmentId))
        customIssue(ctx, [key, i, 'assessmentId'], 'not-in-file');
      if (seen.has(r.assessmentId)) customIssue(ctx, [key, i], 'appears-twice');
      seen.add(r.assessmentId);
    });
    if (file.kind !== 'backup' && file[key].length > 0) customIssue(ctx, [key], 'backup-only');
  }
}

export const exportFileSchema = exportBodySchema
  .extend({ checksum: checksumSchema })
  .superRefine(checkV6References);

const base64 = z
  .string()
  .max(Math.ceil((MAX_EXPORT_BYTES * 4) / 3) + 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

/** A passphrase-protected export: the plain export file's text, encrypted with AES-GCM. */
export const encryptedFileSchema = z.strictObject({
  type: z.literal(ENCRYPTED_TYPE),
  version: z.literal(ENCRYPTED_FORMAT_VERSION),
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.int().min(PBKDF2_MIN_ITERATIONS).max(PBKDF2_MAX_ITERATIONS),
    salt: base64.min(22, 'salt-length'),
  }),
  cipher: z.strictObject({
    name: z.literal('AES-GCM'),
    iv: base64.length(16, 'iv-length'),
  }),
  ciphertext: base64.min(24, 'ciphertext-short'),
});

export type ExportKind = z.infer<typeof exportKindSchema>;
export type PartScope = z.infer<typeof partScopeSchema>;
export type PartDirection = z.infer<typeof partDirectionSchema>;
export type ExportBody = z.infer<typeof exportBodySchema>;
export type ExportFile = z.infer<typeof exportFileSchema>;
export type ExportFileV1 = z.infer<typeof exportFileV1Schema>;
export type ExportFileV2 = z.infer<typeof exportFileV2Schema>;
export type SentPart = z.infer<typeof sentPartSchema>;
export type ReceivedPart = z.infer<typeof receivedPartSchema>;
export type CoordinationRecord = z.infer<typeof coordinationRecordSchema>;
export type HeldPartRecord = z.infer<typeof heldPartRecordSchema>;
export type ExportHistoryEntry = ExportFile['history'][number];
export type EncryptedFile = z.infer<typeof encryptedFileSchema>;
