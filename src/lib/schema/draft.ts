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

const detailText = z.string().max(20_000);
const detailsForm = z.strictObject({
  title: detailText,
  periodStart: detailText,
  periodEnd: detailText,
  leadAgency: detailText,
  people: detailText,
  alias: detailText,
  summary: detailText,
});

/**
 * A local draft of the Edit details form of one assessment (key `nic.details-draft:<assessment>`):
 * the form as typed (`values`, people one a line; checked by the schema only when saved) and the
 * stored details the form was filled from (`base`, what a save compares with, so that a field
 * changed in another window since is refused, not overwritten). Removed once saved or discarded.
 */
export const detailsDraftSchema = z.strictObject({
  type: z.literal('nic-details-draft'),
  version: z.literal(1),
  values: detailsForm,
  base: detailsForm.extend({ people: z.array(detailText) }),
  at: timestampSchema,
});

export type DetailsDraft = z.infer<typeof detailsDraftSchema>;
