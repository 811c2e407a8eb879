import { z } from 'zod';
import { coordinationRecordSchema, heldPartRecordSchema } from './exportFile';

/**
 * The coordinator's record of the parts of one assessment: what was sent to each agency (the
 * latest part exported for it, with the records it held: the ANCESTOR of a three-way merge by
 * field, domain/merge.ts) and which parts came back (and when). Stored under the meta key
 * `coordination:<assessmentId>` (storage/coordination.ts): the meta table is a key/value table, so
 * this needs no new database version. Exported only in a full backup (export format 6, its record
 * shape: schema/exportFile.ts `coordinationRecordSchema`, with `sentPartSchema` and
 * `receivedPartSchema`, re-exported here).
 *
 * Version 1. A later shape gets version 2 and an upgrade step in storage/coordination.ts.
 */

export const COORDINATION_TYPE = 'nic-coordination';
export const COORDINATION_VERSION = 1;

export {
  COORDINATION_LIMITS,
  receivedPartSchema,
  sentPartSchema,
  type ReceivedPart,
  type SentPart,
} from './exportFile';

export const coordinationSchema = coordinationRecordSchema.extend({
  type: z.literal(COORDINATION_TYPE),
  version: z.literal(COORDINATION_VERSION),
});

export type Coordination = z.infer<typeof coordinationSchema>;

/**
 * On an agency's device: the part it received from the coordinator (the scope the coordinator's file
 * carried), so that sending the part back needs no typing and carries exactly that scope (issue 16).
 * Stored under the meta key `heldPart:<assessmentId>` by the import that added the part; exported
 * only in a full backup (export format 6: schema/exportFile.ts `heldPartRecordSchema`). Version 1.
 */
export const HELD_PART_TYPE = 'nic-held-part';
export const HELD_PART_VERSION = 1;

export const heldPartSchema = heldPartRecordSchema.extend({
  type: z.literal(HELD_PART_TYPE),
  version: z.literal(HELD_PART_VERSION),
});

export type HeldPart = z.infer<typeof heldPartSchema>;
