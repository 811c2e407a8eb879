import {
  answerSchema,
  normAnswerSchema,
  type Answer,
  type AnswerStatus,
  type NormAnswer,
  type Priority,
} from '../schema/assessment';
import type { Action, ChecklistPack } from '../schema/pack';
import { formatIssues } from '../schema/issues';
import { activeActions } from './pack';
import { mapAnswersToPack } from './packVersions';
import { scoreAssessment, type Completeness } from './scoring';
import { fail, ok, type Result } from './result';

/**
 * The answer edit model: pure rules for how an answer changes. Storage applies them inside its
 * transaction; the workspace applies them to its in-memory draft so that the screen shows exactly
 * what will be written.
 */

/** The fields a user edits. Identity, revision and authorship are set by `applyAnswerPatch`. */
export type AnswerPatch = Partial<
  Pick<
    Answer,
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
    | 'carried'
  >
>;

export type NormAnswerPatch = Partial<Pick<NormAnswer, 'challenges' | 'capacityNeeds' | 'carried'>>;

/** An answer that was never written: rev 0. The first committed write gives rev 1. */
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
 * Applies a user's change to an answer: a new answer with rev + 1, text in NFC, checked by the
 * schema. An edit by a user confirms a carried answer (`carried` becomes false) unless the patch
 * says otherwise: once someone has touched it, it is this cycle's answer.
 */
export function applyAnswerPatch(
  current: Answer,
  patch: AnswerPatch,
  at: string,
  by: string,
): Result<Answer> {
  const candidate = {
    ...current,
    carried: false,
    ...patch,
    rev: current.rev + 1,
    updatedAt: at,
    updatedBy: by,
  };
  // A status other than N/A makes an old justification meaningless; keep it only with N/A.
  if (candidate.status !== 'not-applicable' && candidate.naJustification === undefined) {
    delete candidate.naJustification;
  }
  const parsed = answerSchema.safeParse(candidate);
  if (!parsed.success) return fail(formatIssues(`answer ${current.itemId}`, parsed.error));
  return ok(parsed.data);
}

export function applyNormAnswerPatch(
  current: NormAnswer,
  patch: NormAnswerPatch,
  at: string,
  by: string,
): Result<NormAnswer> {
  const candidate = {
    ...current,
    carried: false,
    ...patch,
    rev: current.rev + 1,
    updatedAt: at,
    updatedBy: by,
  };
  const parsed = normAnswerSchema.safeParse(candidate);
  if (!parsed.success) return fail(formatIssues(`norm ${current.normId}`, parsed.error));
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
): CarryForwardResult {
  const mapped = mapAnswersToPack(source.answers, targetPack);
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
    .filter((n) => normIds.has(n.normId) && (n.challenges !== '' || n.capacityNeeds !== ''))
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

export interface ItemFilter {
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
export function filterItems(
  pack: ChecklistPack,
  answers: ReadonlyMap<string, Answer>,
  filter: ItemFilter,
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
