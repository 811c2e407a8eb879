import { z } from 'zod';

/**
 * A checklist pack: the reviewed checklist data (norms, RAP focus areas, practical actions) in one
 * versioned JSON file. The bundled pack lives in `checklist-data/`; a State or the ASEAN Secretariat
 * can install another pack (official NIC wording, a national variant) at run time. Every pack, bundled
 * or installed, is read through `parsePack` (domain/pack.ts), which applies this schema.
 */

export const PACK_TYPE = 'nic-checklist-pack';
export const PACK_FORMAT_VERSION = 1;

/** Semantic version, as in https://semver.org (no leading "v"). */
export const SEMVER_RE =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** Generous limits: a pack is reviewed prose, not a data dump. They stop hostile files early. */
export const PACK_LIMITS = {
  shortText: 300,
  longText: 5_000,
  norms: 50,
  focusAreas: 50,
  actions: 2_000,
} as const;

const text = (max: number) =>
  z
    .string()
    .max(max, `is longer than ${max} characters`)
    .refine((s) => s.trim().length > 0, 'must not be empty');

export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be 1–64 lower-case letters, digits, ".", "_" or "-"');

export const semverSchema = z.string().regex(SEMVER_RE, 'must be a semantic version such as 1.2.0');

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');

export const sourceSchema = z.strictObject({
  /** What the source is, e.g. "UN GGE 2021 report (A/76/135), guidance on norm 13(a)". */
  label: text(PACK_LIMITS.shortText),
  /** Kind of source, so the UI can tell official wording from our own derivation. */
  kind: z.enum(['gge-2015', 'gge-2021', 'nic-public', 'oewg', 'asean', 'national', 'other']),
  url: z.url().max(2_000).optional(),
});

export const focusAreaSchema = z.strictObject({
  id: idSchema,
  number: z.int().min(1).max(99),
  name: text(PACK_LIMITS.shortText),
  source: sourceSchema,
});

export const normSchema = z.strictObject({
  /** Stable id: "13a" … "13k" for the 2015 GGE norms. */
  id: idSchema,
  letter: z.string().regex(/^[a-z]$/, 'must be one lower-case letter'),
  /** Short title in our own words (UI label). */
  title: text(PACK_LIMITS.shortText),
  /** The official wording, quoted exactly. */
  officialText: text(PACK_LIMITS.longText),
  /** Where the official wording comes from, e.g. "A/70/174, para. 13(a)". */
  reference: text(PACK_LIMITS.shortText),
  /** Plain-language summary in our own words. */
  summary: text(PACK_LIMITS.longText),
  /** Restraint norms ask a State not to do something; the others ask for positive action. */
  kind: z.enum(['restraint', 'positive']),
});

export const actionSchema = z.strictObject({
  /** Stable id: never reused, never renumbered, kept when the action is retired. */
  id: idSchema,
  normId: idSchema,
  text: text(PACK_LIMITS.longText),
  /** What evidence would show the action done. */
  guidance: text(PACK_LIMITS.longText).optional(),
  focusAreaIds: z.array(idSchema).min(1, 'must name at least one focus area').max(20),
  /**
   * "official" when a published document maps the action to the focus areas; "judgement" when the
   * mapping is ours (the full RAP text is not public, see README).
   */
  focusAreaMapping: z.enum(['official', 'judgement']),
  /** At least 0.01: smaller weights make scores underflow to nothing (issue 12). */
  weight: z.number().min(0.01, 'must be at least 0.01').max(100).default(1),
  source: sourceSchema,
  /** Ids of actions in earlier versions whose answers carry over to this one. */
  replaces: z.array(idSchema).max(20).optional(),
  /** A retired action stays in the pack so that old answers keep their meaning. */
  retired: z.strictObject({ since: semverSchema, reason: text(PACK_LIMITS.shortText) }).optional(),
});

export const normQuestionSchema = z.strictObject({
  id: z.enum(['challenges', 'capacityNeeds']),
  text: text(PACK_LIMITS.shortText),
  source: sourceSchema,
});

export const packSchema = z
  .strictObject({
    type: z.literal(PACK_TYPE),
    formatVersion: z.literal(PACK_FORMAT_VERSION),
    id: idSchema,
    version: semverSchema,
    releaseDate: isoDateSchema,
    /** BCP 47 language tag of the pack's text. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en'),
    title: text(PACK_LIMITS.shortText),
    publisher: text(PACK_LIMITS.shortText),
    description: text(PACK_LIMITS.longText).optional(),
    focusAreas: z.array(focusAreaSchema).min(1).max(PACK_LIMITS.focusAreas),
    norms: z.array(normSchema).min(1).max(PACK_LIMITS.norms),
    normQuestions: z.array(normQuestionSchema).max(10),
    actions: z.array(actionSchema).min(1).max(PACK_LIMITS.actions),
  })
  .superRefine((pack, ctx) => {
    // Cross-references: ids are unique in their list, and every reference points at something real.
    const dup = (list: { id: string }[], key: string) => {
      const seen = new Set<string>();
      list.forEach((entry, index) => {
        if (seen.has(entry.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [key, index, 'id'],
            message: `duplicate id "${entry.id}"`,
          });
        }
        seen.add(entry.id);
      });
    };
    dup(pack.focusAreas, 'focusAreas');
    dup(pack.norms, 'norms');
    dup(pack.actions, 'actions');
    const normIds = new Set(pack.norms.map((n) => n.id));
    const areaIds = new Set(pack.focusAreas.map((a) => a.id));
    const activeActionIds = new Set(pack.actions.filter((a) => !a.retired).map((a) => a.id));
    pack.actions.forEach((action, index) => {
      if (!normIds.has(action.normId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['actions', index, 'normId'],
          message: `unknown norm "${action.normId}"`,
        });
      }
      action.focusAreaIds.forEach((areaId, j) => {
        if (!areaIds.has(areaId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['actions', index, 'focusAreaIds', j],
            message: `unknown focus area "${areaId}"`,
          });
        }
      });
      action.replaces?.forEach((oldId, j) => {
        if (oldId === action.id || activeActionIds.has(oldId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['actions', index, 'replaces', j],
            message: `"${oldId}" is an active action of this pack; retire it before another action replaces it`,
          });
        }
      });
    });
    const questionIds = new Set<string>();
    pack.normQuestions.forEach((q, index) => {
      if (questionIds.has(q.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['normQuestions', index, 'id'],
          message: `duplicate id "${q.id}"`,
        });
      }
      questionIds.add(q.id);
    });
  });

export type Source = z.infer<typeof sourceSchema>;
export type FocusArea = z.infer<typeof focusAreaSchema>;
export type Norm = z.infer<typeof normSchema>;
export type Action = z.infer<typeof actionSchema>;
export type NormQuestion = z.infer<typeof normQuestionSchema>;
export type ChecklistPack = z.infer<typeof packSchema>;
/** A pack as written in a file, before defaults (weight) are filled in. */
export type ChecklistPackInput = z.input<typeof packSchema>;
