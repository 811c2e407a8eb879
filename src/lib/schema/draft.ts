import { z } from 'zod';
import { timestampSchema } from './assessment';

/**
 * A local draft of one field: text typed (or a choice made) that IndexedDB has not committed yet,
 * kept synchronously in `localStorage` so that it survives a reload, a closed tab or a crash in
 * the moment before the write commits (IndexedDB cannot finish a write while the page unloads).
 * One entry a field, keyed by assessment, target ("item:<id>" / "norm:<id>") and field; removed
 * once the field's value is committed. `value` absent means the field is being cleared.
 * `baseRev` is the stored revision the edit was based on (a newer stored record is a conflict).
 */
export const draftEntrySchema = z.strictObject({
  type: z.literal('nic-draft'),
  version: z.literal(1),
  value: z.unknown().optional(),
  baseRev: z.int().min(0),
  at: timestampSchema,
});

export type DraftEntry = z.infer<typeof draftEntrySchema>;

/** The localStorage key prefix of every draft of one assessment. */
export const draftPrefix = (assessmentId: string) => `nic.draft:${assessmentId}:`;
