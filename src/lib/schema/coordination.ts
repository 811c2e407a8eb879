import { z } from 'zod';
import {
  answerSchema,
  normAnswerSchema,
  timestampSchema,
  userText,
  TEXT_LIMITS,
  uuidSchema,
} from './assessment';
import { partScopeSchema } from './exportFile';

/**
 * The coordinator's record of the parts of one assessment: what was sent to each agency (the
 * latest part exported for it, with the records it held: the ANCESTOR of a three-way merge by
 * field, domain/merge.ts) and which parts came back (and when). Stored under the meta key
 * `coordination:<assessmentId>` (storage/coordination.ts): the meta table is a key/value table, so
 * this needs no new database version. Never exported: it is this device's own bookkeeping.
 *
 * Version 1. A later shape gets version 2 and an upgrade step in storage/coordination.ts.
 */

export const COORDINATION_TYPE = 'nic-coordination';
export const COORDINATION_VERSION = 1;

export const COORDINATION_LIMITS = { sent: 100, received: 1_000, records: 5_000 } as const;

export const sentPartSchema = z.strictObject({
  scope: partScopeSchema,
  sentAt: timestampSchema,
  sentBy: userText(TEXT_LIMITS.short),
  /** The records of the part as exported (unanswered items have none). */
  answers: z.array(answerSchema).max(COORDINATION_LIMITS.records),
  normAnswers: z.array(normAnswerSchema).max(COORDINATION_LIMITS.records),
});

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

export const coordinationSchema = z.strictObject({
  type: z.literal(COORDINATION_TYPE),
  version: z.literal(COORDINATION_VERSION),
  assessmentId: uuidSchema,
  /** At most one entry per agency: the latest part sent to it. */
  sent: z.array(sentPartSchema).max(COORDINATION_LIMITS.sent),
  /** Every part imported, oldest first. */
  received: z.array(receivedPartSchema).max(COORDINATION_LIMITS.received),
});

export type SentPart = z.infer<typeof sentPartSchema>;
export type ReceivedPart = z.infer<typeof receivedPartSchema>;
export type Coordination = z.infer<typeof coordinationSchema>;

/**
 * On an agency's device: the part it received from the coordinator (the scope the coordinator's file
 * carried), so that sending the part back needs no typing and carries exactly that scope (issue 16).
 * Stored under the meta key `heldPart:<assessmentId>` by the import that added the part; never
 * exported. Version 1.
 */
export const HELD_PART_TYPE = 'nic-held-part';
export const HELD_PART_VERSION = 1;

export const heldPartSchema = z.strictObject({
  type: z.literal(HELD_PART_TYPE),
  version: z.literal(HELD_PART_VERSION),
  assessmentId: uuidSchema,
  scope: partScopeSchema,
  /** When the coordinator exported the part (from the file). */
  exportedAt: timestampSchema,
  importedAt: timestampSchema,
});

export type HeldPart = z.infer<typeof heldPartSchema>;
