import { z } from 'zod';
import { customIssue } from './issues';
import { upgradePackV1 } from './packUpgrade';

/**
 * A checklist pack: the reviewed checklist data (norms, RAP focus areas, practical actions) in one
 * versioned JSON file. The bundled pack lives in `checklist-data/`; a State or the ASEAN Secretariat
 * can install another pack (official NIC wording, a national variant) at run time. Every pack, bundled
 * or installed, is read through `parsePack` (domain/pack.ts), which applies this schema.
 */

export const PACK_TYPE = 'nic-checklist-pack';
/** The pack format this app writes and works with; older formats are upgraded when read. */
export const PACK_FORMAT_VERSION = 2;

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
    .max(max)
    .refine((s) => s.trim().length > 0, 'empty');

export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'id-format');

export const semverSchema = z.string().regex(SEMVER_RE, 'semver-format');

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date-format')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not-a-date');

/** Format 1 (shipped; never edit). */
export const sourceSchemaV1 = z.strictObject({
  /** What the source is, e.g. "UN GGE 2021 report (A/76/135), guidance on norm 13(a)". */
  label: text(PACK_LIMITS.shortText),
  /** Kind of source, so the UI can tell official wording from our own derivation. */
  kind: z.enum(['gge-2015', 'gge-2021', 'nic-public', 'oewg', 'asean', 'national', 'other']),
  url: z.url().max(2_000).optional(),
});

/** Format 1 (shipped; never edit). */
export const focusAreaSchemaV1 = z.strictObject({
  id: idSchema,
  number: z.int().min(1).max(99),
  name: text(PACK_LIMITS.shortText),
  source: sourceSchemaV1,
});

/** Format 1 (shipped; never edit). */
export const normSchemaV1 = z.strictObject({
  /** Stable id: "13a" … "13k" for the 2015 GGE norms. */
  id: idSchema,
  letter: z.string().regex(/^[a-z]$/, 'letter-format'),
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

/** Format 1 (shipped; never edit). */
export const actionSchemaV1 = z.strictObject({
  /** Stable id: never reused, never renumbered, kept when the action is retired. */
  id: idSchema,
  normId: idSchema,
  text: text(PACK_LIMITS.longText),
  /** What evidence would show the action done. */
  guidance: text(PACK_LIMITS.longText).optional(),
  focusAreaIds: z.array(idSchema).min(1, 'min-one-focus-area').max(20),
  /**
   * "official" when a published document maps the action to the focus areas; "judgement" when the
   * mapping is ours (the full RAP text is not public, see README).
   */
  focusAreaMapping: z.enum(['official', 'judgement']),
  /** At least 0.01: smaller weights make scores underflow to nothing (issue 12). */
  weight: z.number().min(0.01).max(100).default(1),
  source: sourceSchemaV1,
  /** Ids of actions in earlier versions whose answers carry over to this one. */
  replaces: z.array(idSchema).max(20).optional(),
  /** A retired action stays in the pack so that old answers keep their meaning. */
  retired: z.strictObject({ since: semverSchema, reason: text(PACK_LIMITS.shortText) }).optional(),
});

/** Format 1 (shipped; never edit). */
export const normQuestionSchemaV1 = z.strictObject({
  id: z.enum(['challenges', 'capacityNeeds']),
  text: text(PACK_LIMITS.shortText),
  source: sourceSchemaV1,
});

/** Format 1 (shipped; never edit): the format of pack 1.0.0. */
export const packSchemaV1 = z
  .strictObject({
    type: z.literal(PACK_TYPE),
    formatVersion: z.literal(1),
    id: idSchema,
    version: semverSchema,
    releaseDate: isoDateSchema,
    /** BCP 47 language tag of the pack's text. */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'language-tag'),
    title: text(PACK_LIMITS.shortText),
    publisher: text(PACK_LIMITS.shortText),
    description: text(PACK_LIMITS.longText).optional(),
    focusAreas: z.array(focusAreaSchemaV1).min(1).max(PACK_LIMITS.focusAreas),
    norms: z.array(normSchemaV1).min(1).max(PACK_LIMITS.norms),
    normQuestions: z.array(normQuestionSchemaV1).max(10),
    actions: z.array(actionSchemaV1).min(1).max(PACK_LIMITS.actions),
  })
  .superRefine(checkCrossReferences);

/** The parts of a pack (any format) that the cross-reference rules look at. */
interface CrossReferenced {
  focusAreas: readonly { id: string }[];
  norms: readonly { id: string }[];
  normQuestions: readonly { id: string }[];
  actions: readonly {
    id: string;
    normId: string;
    focusAreaIds: readonly string[];
    replaces?: readonly string[] | undefined;
    retired?: unknown;
  }[];
}

/**
 * Cross-references, the same in every format: ids are unique in their list, and every reference
 * points at something real; an action may only replace ids that are not active in this pack.
 */
function checkCrossReferences(pack: CrossReferenced, ctx: z.RefinementCtx): void {
  const dup = (list: readonly { id: string }[], key: string) => {
    const seen = new Set<string>();
    list.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        customIssue(ctx, [key, index, 'id'], 'duplicate-id', entry.id);
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
      customIssue(ctx, ['actions', index, 'normId'], 'unknown-norm', action.normId);
    }
    action.focusAreaIds.forEach((areaId, j) => {
      if (!areaIds.has(areaId)) {
        customIssue(ctx, ['actions', index, 'focusAreaIds', j], 'unknown-focus-area', areaId);
      }
    });
    action.replaces?.forEach((oldId, j) => {
      if (oldId === action.id || activeActionIds.has(oldId)) {
        customIssue(ctx, ['actions', index, 'replaces', j], 'replaces-active', oldId);
      }
    });
  });
  dup(pack.normQuestions, 'normQuestions');
}

// ---------------------------------------------------------------------------------------------
// Format 2: provenance and official packs (issue 15). Adds, per pack, its status, issuer, the
// document it reproduces and its distribution; per source, the basis of the item's wording
// (official text, derived from official text, secondary summary); actions without a RAP mapping;
// equivalences to items of other packs; translations of titles, summaries and actions.

/**
 * What an item's wording rests on, shown beside it and in the report:
 * - `official-text`: quoted exactly from an official document (e.g. a clause of A/70/174 para 13);
 * - `derived-official`: written by the compiler from official text;
 * - `secondary-summary`: written from a secondary source's summary of an official text (dig.watch,
 *   ASPI, RUSI…), not from the official text itself.
 */
export const SOURCE_BASES = ['official-text', 'derived-official', 'secondary-summary'] as const;
export const sourceBasisSchema = z.enum(SOURCE_BASES);

/** Source kinds: format 1's, plus `un` for other UN documents (resolutions, conventions, directories). */
export const SOURCE_KINDS = [
  'gge-2015',
  'gge-2021',
  'nic-public',
  'oewg',
  'asean',
  'national',
  'un',
  'other',
] as const;

export const sourceSchema = z.strictObject({
  /** What the source is, e.g. "UN GGE 2015 report, A/70/174, para. 13(a)". */
  label: text(PACK_LIMITS.shortText),
  /** Kind of source (who wrote it). */
  kind: z.enum(SOURCE_KINDS),
  /** What the item's wording rests on (see SOURCE_BASES). */
  basis: sourceBasisSchema,
  url: z.url().max(2_000).optional(),
});

/** Format 1's focus area with format 2's source. */
export const focusAreaSchema = focusAreaSchemaV1.extend({ source: sourceSchema });

/**
 * Format 1's norm (its `officialText` stays in the document's own language, never translated) with
 * `kind` optional: restraint or positive is a typology (Australia's: 8 positive, 3 restraint), not
 * a category of A/70/174, so an official pack need not use it; `normKindSource` says whose it is.
 */
export const normSchema = normSchemaV1.extend({
  kind: z.enum(['restraint', 'positive']).optional(),
});

export const actionSchema = z
  .strictObject({
    id: idSchema,
    normId: idSchema,
    text: text(PACK_LIMITS.longText),
    guidance: text(PACK_LIMITS.longText).optional(),
    /** RAP focus areas; may be empty: an official text may not map its items (scores say so). */
    focusAreaIds: z.array(idSchema).max(20),
    /** Who made the mapping; required when the action names focus areas. */
    focusAreaMapping: z.enum(['official', 'judgement']).optional(),
    /** At least 0.01: smaller weights make scores underflow to nothing (issue 12). */
    weight: z.number().min(0.01).max(100).default(1),
    source: sourceSchema,
    replaces: z.array(idSchema).max(20).optional(),
    retired: z
      .strictObject({ since: semverSchema, reason: text(PACK_LIMITS.shortText) })
      .optional(),
  })
  .refine((a) => a.focusAreaIds.length === 0 || a.focusAreaMapping !== undefined, {
    path: ['focusAreaMapping'],
    message: 'mapping-required',
  });

/** The per-norm free-text questions; `measuresTaken` is the UNIDIR survey's "list measures taken". */
export const NORM_QUESTION_IDS = ['measuresTaken', 'challenges', 'capacityNeeds'] as const;
export type NormQuestionId = (typeof NORM_QUESTION_IDS)[number];

export const normQuestionSchema = z.strictObject({
  id: z.enum(NORM_QUESTION_IDS),
  text: text(PACK_LIMITS.shortText),
  source: sourceSchema,
});

export const languageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'language-tag');

/**
 * Items of this pack that match items of another pack (by that pack's id; any of its versions, as
 * answers follow ids across versions). Used to carry answers from one pack to another (e.g. from
 * the unofficial pack to an official one); every carried answer is marked for confirmation.
 */
export const equivalenceSchema = z.strictObject({
  packId: idSchema,
  /** Who says the items match: the issuer of a document ("official") or the pack's compiler. */
  mapping: z.enum(['official', 'judgement']),
  items: z
    .array(
      z.strictObject({
        /** An action of this pack. */
        itemId: idSchema,
        /** The actions of the other pack that it matches. */
        equivalentIds: z.array(idSchema).min(1).max(50),
      }),
    )
    .min(1)
    .max(PACK_LIMITS.actions),
});

const translatedText = z.strictObject({
  title: text(PACK_LIMITS.shortText).optional(),
  summary: text(PACK_LIMITS.longText).optional(),
  name: text(PACK_LIMITS.shortText).optional(),
  text: text(PACK_LIMITS.longText).optional(),
  guidance: text(PACK_LIMITS.longText).optional(),
});

/**
 * Translations into one language of our own wording: norm titles and summaries, focus-area names,
 * action texts and guidance. Official wording (`officialText`) is never translated: it stays in
 * the pack's language and is labelled so (see `localisedText` in domain/packText.ts).
 */
export const translationSchema = z.strictObject({
  language: languageTagSchema,
  /** Who translated, e.g. "Ministry of Foreign Affairs, unofficial translation". */
  translator: text(PACK_LIMITS.shortText),
  norms: z.record(idSchema, translatedText.pick({ title: true, summary: true })).optional(),
  focusAreas: z.record(idSchema, translatedText.pick({ name: true })).optional(),
  actions: z.record(idSchema, translatedText.pick({ text: true, guidance: true })).optional(),
});

export const PACK_STATUSES = ['official', 'unofficial', 'draft'] as const;
export const PACK_DISTRIBUTIONS = ['public', 'restricted'] as const;

/** Format 2: the current format. */
export const packSchemaV2 = z
  .strictObject({
    type: z.literal(PACK_TYPE),
    formatVersion: z.literal(2),
    id: idSchema,
    version: semverSchema,
    releaseDate: isoDateSchema,
    /** BCP 47 language tag of the pack's text (and of its official wording). */
    language: languageTagSchema,
    title: text(PACK_LIMITS.shortText),
    /** Who compiled and publishes this file. */
    publisher: text(PACK_LIMITS.shortText),
    /** official: issued by the body named in `issuer`; unofficial: a compilation; draft: not final. */
    status: z.enum(PACK_STATUSES),
    /** The body whose text or authority the pack carries (e.g. "ASEAN", "United Nations"). */
    issuer: text(PACK_LIMITS.shortText),
    /** The document the pack reproduces or is compiled for. */
    document: z
      .strictObject({
        reference: text(PACK_LIMITS.shortText),
        date: isoDateSchema.optional(),
        url: z.url().max(2_000).optional(),
      })
      .optional(),
    /** public: may be shared freely; restricted: distributed to certain States only. */
    distribution: z.enum(PACK_DISTRIBUTIONS),
    description: text(PACK_LIMITS.longText).optional(),
    /** Whose positive/restraint typology the norms' `kind` follows, when they have one. */
    normKindSource: sourceSchema.optional(),
    focusAreas: z.array(focusAreaSchema).max(PACK_LIMITS.focusAreas),
    norms: z.array(normSchema).min(1).max(PACK_LIMITS.norms),
    normQuestions: z.array(normQuestionSchema).max(10),
    actions: z.array(actionSchema).min(1).max(PACK_LIMITS.actions),
    equivalents: z.array(equivalenceSchema).max(20).optional(),
    translations: z.array(translationSchema).max(50).optional(),
  })
  .superRefine((pack, ctx) => {
    checkCrossReferences(pack, ctx);
    const actionIds = new Set(pack.actions.map((a) => a.id));
    const normIds = new Set(pack.norms.map((n) => n.id));
    const areaIds = new Set(pack.focusAreas.map((f) => f.id));
    const seenPacks = new Set<string>();
    pack.equivalents?.forEach((eq, i) => {
      if (eq.packId === pack.id) {
        customIssue(ctx, ['equivalents', i, 'packId'], 'equivalent-self');
      }
      if (seenPacks.has(eq.packId)) {
        customIssue(ctx, ['equivalents', i, 'packId'], 'duplicate-pack', eq.packId);
      }
      seenPacks.add(eq.packId);
      eq.items.forEach((item, j) => {
        if (!actionIds.has(item.itemId)) {
          customIssue(ctx, ['equivalents', i, 'items', j, 'itemId'], 'unknown-action', item.itemId);
        }
      });
    });
    const seenLanguages = new Set<string>();
    pack.translations?.forEach((tr, i) => {
      if (tr.language === pack.language || seenLanguages.has(tr.language)) {
        customIssue(ctx, ['translations', i, 'language'], 'translation-language', tr.language);
      }
      seenLanguages.add(tr.language);
      const unknownKeys = (
        record: Record<string, unknown> | undefined,
        known: Set<string>,
        key: string,
        what: string,
      ) => {
        for (const id of Object.keys(record ?? {})) {
          if (!known.has(id)) {
            customIssue(ctx, ['translations', i, key, id], `unknown-${what}`, id);
          }
        }
      };
      unknownKeys(tr.norms, normIds, 'norms', 'norm');
      unknownKeys(tr.focusAreas, areaIds, 'focusAreas', 'focus-area');
      unknownKeys(tr.actions, actionIds, 'actions', 'action');
    });
  });

export type PackV1 = z.infer<typeof packSchemaV1>;

/**
 * A format-1 pack as the frozen export formats (1–3) carry it: the shipped input shape, read into
 * the current format. Export formats that carry packs of any format use `packSchema`.
 */
export const packSchemaV1Read = packSchemaV1.transform(upgradePackV1);

/**
 * Any pack file this app reads, in the current format: format 1 is upgraded (`upgradePackV1`),
 * format 2 is taken as it is. Every pack, bundled, installed, stored or carried in an export, is
 * parsed through this schema (via `parsePack`, domain/parsePack.ts).
 */
export const packSchema = z.discriminatedUnion('formatVersion', [packSchemaV1Read, packSchemaV2]);

export type Source = z.infer<typeof sourceSchema>;
export type SourceBasis = z.infer<typeof sourceBasisSchema>;
export type FocusArea = z.infer<typeof focusAreaSchema>;
export type Norm = z.infer<typeof normSchema>;
export type Action = z.infer<typeof actionSchema>;
export type NormQuestion = z.infer<typeof normQuestionSchema>;
export type Equivalence = z.infer<typeof equivalenceSchema>;
export type Translation = z.infer<typeof translationSchema>;
export type PackStatus = (typeof PACK_STATUSES)[number];
export type PackDistribution = (typeof PACK_DISTRIBUTIONS)[number];
/** A parsed pack, always in the current format (2). */
export type ChecklistPack = z.infer<typeof packSchemaV2>;
/** A format-1 pack as written in a file, before defaults (weight) are filled in. */
export type ChecklistPackInputV1 = z.input<typeof packSchemaV1>;
/** A format-2 pack as written in a file, before defaults (weight) are filled in. */
export type ChecklistPackInputV2 = z.input<typeof packSchemaV2>;
