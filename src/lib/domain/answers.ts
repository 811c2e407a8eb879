import { hasVisibleText, isWebLink } from './importChecks';
import type { SchemaFailure } from '../schema/failures';
import {
  answerSchema,
  evidenceSchema,
  normAnswerSchema,
  TEXT_LIMITS,
  type Answer,
  type AnswerStatus,
  type NormAnswer,
  type Priority,
} from '../schema/assessment';
import type { Action, ChecklistPack } from '../schema/pack';
import { schemaFailure } from '../schema/issues';
import { activeActions } from './pack';
import { mapAnswersToPack } from './packVersions';
import { mapAnswersAcrossPacks } from './packEquivalents';
import { scoreAssessment, type Completeness } from './scoring';
import { fail, ok, type Result } from './result';
import { NOT_A_DAY, dayProblem, type DayProblem } from './dates';

/**
 * The answer edit model: pure rules for how an answer changes. Storage applies them inside its
 * transaction; the workspace applies them to its in-memory draft so that the screen shows exactly
 * what will be written.
 */

/** The fields of an answer a user edits: the one list that the patch type and history share. */
export type AnswerField =
  | 'status'
  | 'naJustification'
  | 'targetStatus'
  | 'evidence'
  | 'leadAgency'
  | 'targetDate'
  | 'priority'
  | 'notes'
  | 'markedForReview'
  | 'reviewed'
  | 'carried';

/** The fields of a norm answer a user edits. */
export type NormAnswerField = 'challenges' | 'capacityNeeds' | 'measuresTaken' | 'carried';

/** The fields a user edits. Identity, revision and authorship are set by `applyAnswerPatch`. */
export type AnswerPatch = Partial<Pick<Answer, AnswerField>>;

export type NormAnswerPatch = Partial<Pick<NormAnswer, NormAnswerField>>;

/** An answer that was never written: rev 0. The first committed write gives rev 1. */
/**
 * History targets (schema/assessment.ts `historyEntrySchema.target`): an answer's is
 * `item:<itemId>` (the stored format keeps "item"), a norm answer's `norm:<normId>`. Also the keys
 * of drafts and of a merge's records.
 */
export const itemTarget = (itemId: string): string => `item:${itemId}`;
/** A norm answer's history target, `norm:<normId>` (see `itemTarget`). */
export const normTarget = (normId: string): string => `norm:${normId}`;
/** The history target of an answer or a norm answer (see `itemTarget`). */
export const recordTarget = (record: Answer | NormAnswer): string =>
  'itemId' in record ? itemTarget(record.itemId) : normTarget(record.normId);

/**
 * An unanswered answer of one practical action (rev 0, target "fully", empty texts): what the
 * workspace shows before anything is saved, and what a first write's history is read against.
 */
export function blankAnswer(assessmentId: string, itemId: string): Answer {
  return {
    assessmentId,
    itemId,
    targetStatus: 'fully',
    evidence: { text: '', links: [] },
    leadAgency: '',
    notes: '',
    markedForReview: false,
    reviewed: false,
    carried: false,
    rev: 0,
    updatedAt: new Date(0).toISOString(),
    updatedBy: '',
  };
}

/** An unanswered norm answer (rev 0, empty texts): what a norm shows before anything is saved. */
export function blankNormAnswer(assessmentId: string, normId: string): NormAnswer {
  return {
    assessmentId,
    normId,
    challenges: '',
    capacityNeeds: '',
    measuresTaken: '',
    carried: false,
    rev: 0,
    updatedAt: new Date(0).toISOString(),
    updatedBy: '',
  };
}

/**
 * The next revision of an answer or norm answer, not yet checked: the patch over the current
 * record, `rev` + 1, written at `at` (ISO instant) by `by`. A user's edit confirms a carried
 * record (`carried` becomes false) unless the patch says otherwise. The caller parses the result
 * with the record's schema.
 */
export function nextRevision<R extends { rev: number }, P extends object>(
  current: R,
  patch: P,
  at: string,
  by: string,
): Omit<R, keyof P> & P & { rev: number; updatedAt: string; updatedBy: string } {
  return {
    ...current,
    carried: false,
    ...patch,
    rev: current.rev + 1,
    updatedAt: at,
    updatedBy: by,
  };
}

/**
 * Applies a user's change to an answer: a new answer with rev + 1, text in NFC, checked by the
 * schema. An edit by a user confirms a carried answer (`carried` becomes false) unless the patch
 * says otherwise: once someone has touched it, it is this cycle's answer.
 */
export function applyAnswerPatch(
  current: Answer,
  patch: AnswerPatch,
  at: string,
  by: string,
): Result<Answer, SchemaFailure> {
  const candidate = nextRevision(current, patch, at, by);
  // A status other than N/A makes an old justification meaningless; keep it only with N/A.
  if (candidate.status !== 'not-applicable' && candidate.naJustification === undefined) {
    delete candidate.naJustification;
  }
  const parsed = answerSchema.safeParse(candidate);
  if (!parsed.success)
    return fail(schemaFailure(['answers', { id: current.itemId }], parsed.error, 10, candidate));
  // The save path checks the dates it writes with the forms' rule (domain/dates.ts), so that no
  // answer is stored with a date the import would not read back. Only dates the patch sets: an
  // old stored date outside the rule is kept (see domain/importChecks.ts `keptOldDays`).
  const issues = patchDays(patch)
    .filter(([, value]) => dayProblem(value) !== null)
    .map(([field, value]) => ({
      path: field === 'evidence' ? ['evidence', 'date'] : [field],
      kind:
        dayProblem(value) === 'out-of-range'
          ? ('year-out-of-range' as const)
          : ('not-a-date' as const),
    }));
  if (issues.length > 0)
    return fail({
      code: 'schema.invalid',
      within: ['answers', { id: current.itemId }],
      issues,
      more: 0,
    });
  return ok(parsed.data);
}

/**
 * The uncommitted fields of an answer as its local draft keeps them: a date the browser could not
 * read (`NOT_A_DAY`) is left out, since the typed text cannot be kept and restoring the marker
 * would only show an empty field. A target date is dropped; an evidence date is put back to the
 * `stored` one (and the evidence field dropped when nothing else of it differs from `stored`).
 */
export function draftFields(fields: AnswerPatch, stored: Answer): AnswerPatch {
  const out = { ...fields };
  if (out.targetDate === NOT_A_DAY) delete out.targetDate;
  if (out.evidence?.date === NOT_A_DAY) {
    const evidence = { ...out.evidence, date: stored.evidence.date };
    if (evidence.date === undefined) delete evidence.date;
    if (sameValue(evidence, stored.evidence)) delete out.evidence;
    else out.evidence = evidence;
  }
  return out;
}

/** The days a patch of an answer sets (target date, evidence date), by the patch's field. */
function patchDays(patch: AnswerPatch): ['targetDate' | 'evidence', string][] {
  const days: ['targetDate' | 'evidence', string][] = [];
  if (patch.targetDate !== undefined) days.push(['targetDate', patch.targetDate]);
  if (patch.evidence?.date !== undefined) days.push(['evidence', patch.evidence.date]);
  return days;
}

/**
 * Applies a patch to a norm answer as written at `at` (ISO instant) by `by`: the next revision, checked
 * by `normAnswerSchema`; fails with the schema's typed issues when the result is not a valid record.
 */
export function applyNormAnswerPatch(
  current: NormAnswer,
  patch: NormAnswerPatch,
  at: string,
  by: string,
): Result<NormAnswer, SchemaFailure> {
  const candidate = nextRevision(current, patch, at, by);
  const parsed = normAnswerSchema.safeParse(candidate);
  if (!parsed.success)
    return fail(
      schemaFailure(['normAnswers', { id: current.normId }], parsed.error, 10, candidate),
    );
  return ok(parsed.data);
}

// ---------------------------------------------------------------------------------------------
// Carry forward

export interface CarryForwardResult {
  answers: Answer[];
  normAnswers: NormAnswer[];
  /** Earlier answers that have no active action in the new pack (retired, unknown, superseded). */
  notCarried: string[];
}

/**
 * Copies the answers of an earlier cycle into a new assessment, each marked `carried: true` so that
 * nobody mistakes them for fresh answers. Item ids are mapped across pack versions by
 * `mapAnswersToPack` (domain/packVersions.ts): a reworded action keeps its id, a replaced one moves
 * to its successor, a retired one is not carried (and reported). "Reviewed" is reset: a review
 * belongs to a cycle. Every carried record starts at rev 1 (the carry is its first change).
 */
export function carryForward(
  source: { answers: readonly Answer[]; normAnswers: readonly NormAnswer[] },
  targetPack: ChecklistPack,
  newAssessmentId: string,
  at: string,
  by: string,
  /** The earlier cycle's pack when it is another pack: answers then follow its `equivalents`. */
  sourcePack?: ChecklistPack,
): CarryForwardResult {
  const across =
    sourcePack && sourcePack.id !== targetPack.id
      ? mapAnswersAcrossPacks(source.answers, sourcePack, targetPack)
      : undefined;
  const mapped = across
    ? {
        mapped: across.mapped,
        retired: across.unmatched,
        unknown: [],
        superseded: across.superseded,
      }
    : mapAnswersToPack(source.answers, targetPack);
  const answers = mapped.mapped
    .filter((a) => a.status !== undefined || hasContent(a))
    .map((a): Answer => ({
      ...a,
      assessmentId: newAssessmentId,
      carried: true,
      reviewed: false,
      rev: 1,
      updatedAt: at,
      updatedBy: by,
    }));
  const normIds = new Set(targetPack.norms.map((n) => n.id));
  const normAnswers = source.normAnswers
    .filter(
      (n) =>
        normIds.has(n.normId) &&
        (n.measuresTaken !== '' || n.challenges !== '' || n.capacityNeeds !== ''),
    )
    .map((n): NormAnswer => ({
      ...n,
      assessmentId: newAssessmentId,
      carried: true,
      rev: 1,
      updatedAt: at,
      updatedBy: by,
    }));
  const notCarried = [...mapped.retired, ...mapped.unknown, ...mapped.superseded].map(
    (a) => a.itemId,
  );
  return { answers, normAnswers, notCarried };
}

/** Whether an answer holds any text (notes, evidence, lead agency): worth carrying even without a status. */
export const hasContent = (a: Answer) =>
  a.notes !== '' || a.evidence.text !== '' || a.evidence.links.length > 0 || a.leadAgency !== '';

// ---------------------------------------------------------------------------------------------
// Filters and search

export interface ActionFilter {
  normId?: string;
  focusAreaId?: string;
  unanswered?: boolean;
  markedForReview?: boolean;
  /** A status, or "unanswered". */
  status?: AnswerStatus | 'unanswered';
  /** Exact lead agency (as typed, compared case-insensitively). */
  agency?: string;
  priority?: Priority;
  /** Free text searched in the action's text and guidance and the answer's notes, evidence, agency. */
  query?: string;
}

/** Case- and accent-insensitive comparison key (NFC first, so composed and decomposed input agree). */
export function searchKey(s: string): string {
  return s.normalize('NFC').normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The active actions of `pack` that pass `filter`, in pack order. Pure. */
export function filterActions(
  pack: ChecklistPack,
  answers: ReadonlyMap<string, Answer>,
  filter: ActionFilter,
): Action[] {
  const query = filter.query ? searchKey(filter.query.trim()) : '';
  const agency = filter.agency ? searchKey(filter.agency.trim()) : '';
  return activeActions(pack).filter((action) => {
    const a = answers.get(action.id);
    if (filter.normId && action.normId !== filter.normId) return false;
    if (filter.focusAreaId && !action.focusAreaIds.includes(filter.focusAreaId)) return false;
    if (filter.unanswered && a?.status !== undefined) return false;
    if (filter.markedForReview && !a?.markedForReview) return false;
    if (filter.status) {
      const status = a?.status ?? 'unanswered';
      if (status !== filter.status) return false;
    }
    if (agency && searchKey(a?.leadAgency ?? '') !== agency) return false;
    if (filter.priority && a?.priority !== filter.priority) return false;
    if (query) {
      const haystack = [
        action.id,
        action.text,
        action.guidance ?? '',
        a?.notes ?? '',
        a?.evidence.text ?? '',
        a?.leadAgency ?? '',
        a?.naJustification ?? '',
      ]
        .map(searchKey)
        .join('\n');
      if (!haystack.includes(query)) return false;
    }
    return true;
  });
}

/** Distinct lead agencies named in the answers, sorted, for the agency filter. */
export function agenciesOf(answers: Iterable<Answer>): string[] {
  const seen = new Map<string, string>();
  for (const a of answers) {
    const name = a.leadAgency.trim();
    if (name && !seen.has(searchKey(name))) seen.set(searchKey(name), name);
  }
  return [...seen.values()].sort((x, y) => x.localeCompare(y));
}

// ---------------------------------------------------------------------------------------------
// Progress

export interface AnswerProgress {
  overall: Completeness;
  byNorm: ReadonlyMap<string, Completeness>;
  byFocusArea: ReadonlyMap<string, Completeness>;
}

/**
 * How much is answered, per norm, per focus area and overall. The figures come from scoring
 * (`scoreAssessment(...).completeness`), the one place any figure is computed.
 */
export function answerProgress(pack: ChecklistPack, answers: readonly Answer[]): AnswerProgress {
  const score = scoreAssessment({ pack, answers });
  return {
    overall: score.overall.completeness,
    byNorm: new Map(score.norms.map((n) => [n.normId, n.completeness])),
    byFocusArea: new Map(score.focusAreas.map((f) => [f.focusAreaId, f.completeness])),
  };
}

// ---------------------------------------------------------------------------------------------
// History

/** Fields that every change touches: not "what" changed. */
const BOOKKEEPING = new Set(['rev', 'updatedAt', 'updatedBy', 'assessmentId', 'itemId', 'normId']);

/**
 * Which user fields differ between two versions of a record (history entries store whole records,
 * `before` absent for the first write). Values are compared as JSON, so `evidence` counts as one
 * field. Sorted, for stable display.
 */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const b = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys]
    .filter((k) => !BOOKKEEPING.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .sort();
}

// ---------------------------------------------------------------------------------------------
// Field rules: what the editor checks before a field is written, one field at a time

/**
 * The length limit of every free-text field a user types, in UTF-16 code units (what the schema's
 * `z.string().max` and the browser's `maxlength` both count). Taken from the schema's
 * `TEXT_LIMITS`, so that the editor's counters and the stored records share one rule.
 * `evidence` is the evidence text (links and date are checked apart).
 */
export const FIELD_LIMITS = {
  notes: TEXT_LIMITS.long,
  naJustification: TEXT_LIMITS.long,
  leadAgency: TEXT_LIMITS.short,
  evidence: TEXT_LIMITS.long,
  challenges: TEXT_LIMITS.long,
  capacityNeeds: TEXT_LIMITS.long,
  measuresTaken: TEXT_LIMITS.long,
} as const;

/** Most evidence links an answer holds (the schema's limit). */
export const MAX_EVIDENCE_LINKS = 50;

/**
 * Why a field of a patch is held back instead of written (typed codes; the words are in
 * `i18n/en/workspace.ts`, `fieldProblem`). `field` is a key of the patch.
 */
export type FieldProblem =
  | { code: 'field.too-long'; field: string; max: number; length: number }
  | { code: 'answer.na-needs-justification'; field: 'status' | 'naJustification' }
  | { code: 'evidence.bad-links'; field: 'evidence'; lines: string[] }
  | { code: 'evidence.too-many-links'; field: 'evidence'; max: number }
  /** A target or evidence date outside the date rule (domain/dates.ts); `value` as typed. */
  | { code: 'field.date'; field: 'targetDate' | 'evidence'; problem: DayProblem; value: string };

/** A patch split into the fields that may be written now and the ones held back (with why). */
export interface PatchCheck<P> {
  accepted: P;
  refused: FieldProblem[];
}

const linkSchema = evidenceSchema.shape.links.element;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** A bare domain ("gov.example.org/decree"): labels with a dot, no scheme, no spaces. */
const BARE_DOMAIN =
  /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,}(?::\d+)?(?:[/?#]\S*)?$/u;

/**
 * One evidence-link line as it will be stored: trimmed, `https://` put in front of a bare domain
 * ("example.org/x" → "https://example.org/x"). Null when the line is not an http(s) address (the
 * editor keeps such a line on screen with an error; it is never dropped silently).
 */
export function normaliseLink(line: string): string | null {
  const s = line.trim();
  const candidate = SCHEME.test(s) ? s : BARE_DOMAIN.test(s) ? `https://${s}` : null;
  if (candidate === null || !/^https?:\/\//i.test(candidate) || !isWebLink(candidate)) return null;
  return linkSchema.safeParse(candidate).success ? candidate : null;
}

/**
 * The links typed into the evidence-links field (one a line, blank lines ignored), each
 * normalised by `normaliseLink`; a line that is not a web address is kept as typed, so that
 * `checkAnswerPatch` holds it back with an error instead of losing it.
 */
export function parseLinkLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => normaliseLink(l) ?? l);
}

function tooLong(field: string, value: unknown, max: number): FieldProblem | null {
  return typeof value === 'string' && value.length > max
    ? { code: 'field.too-long', field, max, length: value.length }
    : null;
}

/**
 * Checks each field of an answer patch against the answer's rules (text limits, links, N/A needs
 * a justification), given the stored answer it applies to. Fields that pass are `accepted` and can
 * be written on their own; each refused field is held back alone, so that a too-long note never
 * blocks the status or priority changed after it. Status and justification are one rule: N/A
 * without a justification holds back both (with the stored justification, N/A alone passes).
 */
export function checkAnswerPatch(current: Answer, patch: AnswerPatch): PatchCheck<AnswerPatch> {
  const accepted: AnswerPatch = { ...patch };
  const refused: FieldProblem[] = [];
  const hold = (problem: FieldProblem) => {
    refused.push(problem);
    delete (accepted as Record<string, unknown>)[problem.field];
  };
  for (const field of ['notes', 'leadAgency', 'naJustification'] as const) {
    if (field in patch) {
      const problem = tooLong(field, patch[field], FIELD_LIMITS[field]);
      if (problem) hold(problem);
    }
  }
  for (const [field, value] of patchDays(patch)) {
    const problem = dayProblem(value);
    if (problem) hold({ code: 'field.date', field, problem, value });
  }
  if (patch.evidence && accepted.evidence) {
    const bad = patch.evidence.links.filter(
      (l) => !linkSchema.safeParse(l).success || !isWebLink(l),
    );
    const problem =
      tooLong('evidence', patch.evidence.text, FIELD_LIMITS.evidence) ??
      (bad.length > 0
        ? { code: 'evidence.bad-links' as const, field: 'evidence' as const, lines: bad }
        : null) ??
      (patch.evidence.links.length > MAX_EVIDENCE_LINKS
        ? {
            code: 'evidence.too-many-links' as const,
            field: 'evidence' as const,
            max: MAX_EVIDENCE_LINKS,
          }
        : null);
    if (problem) hold(problem);
  }
  const status = 'status' in patch ? patch.status : current.status;
  if (status === 'not-applicable' && ('status' in patch || 'naJustification' in patch)) {
    const justification =
      'naJustification' in patch ? patch.naJustification : current.naJustification;
    // Zero-width spaces alone are no justification (the same rule as imports: importChecks.ts).
    if (!hasVisibleText(justification ?? '')) {
      if ('status' in accepted) hold({ code: 'answer.na-needs-justification', field: 'status' });
      if ('naJustification' in accepted)
        hold({ code: 'answer.na-needs-justification', field: 'naJustification' });
    } else if (
      'naJustification' in patch &&
      !('naJustification' in accepted) &&
      'status' in accepted
    ) {
      // The justification itself is refused (too long): N/A cannot go in without it.
      hold({ code: 'answer.na-needs-justification', field: 'status' });
    }
  }
  return { accepted, refused };
}

/** `checkAnswerPatch` for the per-norm text: the two fields' length limits. */
export function checkNormAnswerPatch(
  _current: NormAnswer,
  patch: NormAnswerPatch,
): PatchCheck<NormAnswerPatch> {
  const accepted: NormAnswerPatch = { ...patch };
  const refused: FieldProblem[] = [];
  for (const field of ['challenges', 'capacityNeeds', 'measuresTaken'] as const) {
    if (field in patch) {
      const problem = tooLong(field, patch[field], FIELD_LIMITS[field]);
      if (problem) {
        refused.push(problem);
        delete accepted[field];
      }
    }
  }
  return { accepted, refused };
}

// ---------------------------------------------------------------------------------------------
// Conflicts, field by field

/** Values compared as data: object keys in any order, a missing key equal to `undefined`. */
export function sameValue(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}
function stableJson(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`)
    .join(',')}}`;
}

/** One field that both this window and another changed to different values. */
export interface FieldConflict {
  field: string;
  mine: unknown;
  theirs: unknown;
}

export interface ConflictSplit<P> {
  /** My fields the other side did not change: written over their newer record as they are. */
  rebased: P;
  /** My fields the other side changed too, to another value: the user decides, field by field. */
  conflicts: FieldConflict[];
  /** Fields the other side changed that I did not touch (taken as theirs; shown for the record). */
  theirOther: string[];
}

/**
 * The field-diff rule of a conflict. `base` is the record my edits were based on (null when it is
 * not known, e.g. a draft restored after the stored record moved on: then every field of mine that
 * differs from theirs is a conflict), `theirs` the newer stored record, `mine` my pending fields.
 * - a field of mine equal to theirs: nothing to decide (dropped);
 * - a field of mine that they left as in `base`: rebased, written on top of theirs;
 * - a field of mine that they changed to another value: a conflict.
 * Fields they changed and I did not are listed in `theirOther`. Bookkeeping fields never count.
 */
export function splitConflict<P extends object>(
  base: object | null,
  theirs: object,
  mine: P,
): ConflictSplit<P> {
  const b = (base ?? {}) as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  const m = mine as Record<string, unknown>;
  const rebased: Record<string, unknown> = {};
  const conflicts: FieldConflict[] = [];
  for (const field of Object.keys(m)) {
    if (BOOKKEEPING.has(field)) continue;
    if (sameValue(m[field], t[field])) continue;
    if (base !== null && sameValue(t[field], b[field])) rebased[field] = m[field];
    else conflicts.push({ field, mine: m[field], theirs: t[field] });
  }
  const theirOther =
    base === null ? [] : changedFields(base, theirs).filter((f) => !(f in m) && f !== 'carried');
  return { rebased: rebased as P, conflicts, theirOther };
}

/** The text fields of a norm answer, in the order the workspace and the report ask them. */
export const NORM_TEXT_FIELDS = ['measuresTaken', 'challenges', 'capacityNeeds'] as const;
export type NormTextField = (typeof NORM_TEXT_FIELDS)[number];

/**
 * Which of a norm's text questions are asked: challenges and capacity needs always; "measures
 * taken" when the pack asks it (the UNIDIR survey's "list measures taken", pack 1.1.0 on) or when
 * the answer already holds it (an import, a carried answer), so that no stored text is hidden.
 */
export function askedNormFields(
  pack: { normQuestions: readonly { id: string }[] } | null | undefined,
  answer: { measuresTaken: string },
): NormTextField[] {
  const asksMeasures =
    (pack?.normQuestions.some((q) => q.id === 'measuresTaken') ?? false) ||
    answer.measuresTaken !== '';
  return NORM_TEXT_FIELDS.filter((f) => f !== 'measuresTaken' || asksMeasures);
}

/**
 * The change a new implementation status makes. Not applicable needs a justification, so choosing
 * it keeps the justification typed so far (the field rules hold the choice back until there is
 * one); any other status drops the justification, which then no longer applies.
 */
export function statusPatch(status: Answer['status']): AnswerPatch {
  return status === 'not-applicable' ? { status } : { status, naJustification: undefined };
}
