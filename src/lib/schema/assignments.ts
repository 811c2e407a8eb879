import { z } from 'zod';
import { timestampSchema, userName, userText, TEXT_LIMITS, uuidSchema } from './assessment';
import { idSchema } from './pack';

/**
 * The coordinator's plan of who answers what in one assessment: each agency gets whole norms and,
 * optionally, single items (an item of a norm given to another agency, or of a norm nobody has).
 * Kept apart from the assessment record (stored under a meta key, see storage/assignments.ts) so
 * that the shipped assessment schema and the v1 export format stay as they are.
 *
 * Cross-checks against the pack (ids exist, no item given twice) are domain rules
 * (domain/assignments.ts): the schema cannot see the pack.
 */

export const ASSIGNMENT_LIMITS = { agencies: 100, normIds: 50, itemIds: 2_000 } as const;

export const agencyAssignmentSchema = z.strictObject({
  /** The agency's name as it will appear on its part: NFC, trimmed, not empty. */
  agency: userName(),
  normIds: z.array(idSchema).max(ASSIGNMENT_LIMITS.normIds),
  itemIds: z.array(idSchema).max(ASSIGNMENT_LIMITS.itemIds),
});

export const assignmentsSchema = z
  .strictObject({
    assessmentId: uuidSchema,
    assignments: z.array(agencyAssignmentSchema).max(ASSIGNMENT_LIMITS.agencies),
    /** Revision, as for answers: 0 never written, +1 on every save (storage checks it). */
    rev: z.int().min(0),
    updatedAt: timestampSchema,
    updatedBy: userText(TEXT_LIMITS.short),
  })
  .superRefine((record, ctx) => {
    // Agencies are told apart by name (the part's file carries only the name).
    const seen = new Set<string>();
    record.assignments.forEach((a, i) => {
      const key = a.agency.toLocaleLowerCase();
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['assignments', i, 'agency'],
          message: 'appears-twice',
        });
      seen.add(key);
    });
  });

export type AgencyAssignment = z.infer<typeof agencyAssignmentSchema>;
export type Assignments = z.infer<typeof assignmentsSchema>;
