import type { Assessment, StateProfile } from '../schema/assessment';
import type { AgencyAssignment } from '../schema/assignments';
import type { ExportKind, PartScope } from '../schema/exportFile';
import type { ChecklistPack } from '../schema/pack';
import {
  answeredBy,
  checklistQuestions,
  sameAgency,
  scopeForAgency,
  type ChecklistQuestion,
} from './assignments';
import { partItemIds, partNormAnswerIds, scopeInWords } from './exchange';

/**
 * The Backup screen's export form as pure rules: which State and assessment are chosen when the
 * person has not chosen, what stops an export (as a typed problem the i18n layer words), which part
 * is exported (domain/coordination.ts `partFromForm`), and whether the file counts as the last full backup. The state class
 * (state/exportForm.svelte.ts) holds the form's values and calls these.
 */

/** What the export form chooses from: the States and the assessments stored on this device. */
export interface ExportLists {
  states: readonly StateProfile[];
  assessments: readonly Assessment[];
  /** Assessments held here only as an agency's part, with the agency (storage heldAgencies). */
  heldParts?: ReadonlyMap<string, string>;
}

/** The form's values as the person left them (strings as typed, norms as ticked). */
export interface ExportChoice {
  scope: ExportKind;
  stateCode: string;
  assessmentId: string;
  /** The norms ticked whole. */
  partNorms: readonly string[];
  /** The single practical actions ticked (listed only when an assignment or a part held has them). */
  partItems: readonly string[];
  /** Norms whose own questions are ticked without the whole norm (none when absent). */
  partQuestions?: readonly string[];
  partAgency: string;
  encrypt: boolean;
  passphrase: string;
  passphraseAgain: string;
}

/** Why the form cannot export yet; `passphrase-short` carries the minimum length (characters). */
export type ExportProblem =
  | { code: 'no-state' }
  | { code: 'no-assessment' }
  | { code: 'no-norms' }
  | { code: 'no-agency' }
  | { code: 'nothing-to-export' }
  | { code: 'passphrase-short'; min: number }
  | { code: 'passphrase-mismatch' };

/**
 * The assessment the form shows: the one chosen, while it is still listed; else `preferred` (the
 * one named in the address or last open); else the first listed; '' when none is stored.
 */
export function pickAssessment(
  lists: Pick<ExportLists, 'assessments'>,
  chosen: string,
  preferred: string,
): string {
  const listed = (id: string) => id !== '' && lists.assessments.some((a) => a.id === id);
  if (listed(chosen)) return chosen;
  if (listed(preferred)) return preferred;
  return lists.assessments[0]?.id ?? '';
}

/**
 * The assessment record the form shows (`pickAssessment`'s choice), or undefined when none is
 * stored.
 */
export function pickedAssessment(
  assessments: readonly Assessment[],
  chosen: string,
  preferred: string,
): Assessment | undefined {
  const id = pickAssessment({ assessments }, chosen, preferred);
  return assessments.find((a) => a.id === id);
}

/**
 * The State the form shows: the one chosen, while it is still listed; else the State of the
 * preferred assessment; else the first listed; '' when none is stored.
 */
export function pickState(lists: ExportLists, chosen: string, preferred: string): string {
  if (chosen !== '' && lists.states.some((s) => s.code === chosen)) return chosen;
  const current = lists.assessments.find((a) => a.id === preferred);
  return current?.stateCode ?? lists.states[0]?.code ?? '';
}

/**
 * The passphrase rule of an encrypted export: at least `min` characters (io/crypto.ts
 * MIN_PASSPHRASE_LENGTH) and typed the same twice. No problem when the file is not encrypted.
 */
export function passphraseProblem(
  choice: Pick<ExportChoice, 'encrypt' | 'passphrase' | 'passphraseAgain'>,
  min: number,
): ExportProblem | undefined {
  if (!choice.encrypt) return undefined;
  if (choice.passphrase.length < min) return { code: 'passphrase-short', min };
  if (choice.passphrase !== choice.passphraseAgain) return { code: 'passphrase-mismatch' };
  return undefined;
}

/**
 * The first thing that stops this export, in the order the form is read (what is exported, then
 * the passphrase); undefined when it may run. A full backup of an empty device is refused: the file
 * would restore nothing.
 */
export function exportProblem(
  choice: ExportChoice,
  lists: ExportLists,
  minPassphrase: number,
): ExportProblem | undefined {
  const { scope } = choice;
  if (scope === 'state' && !choice.stateCode) return { code: 'no-state' };
  if ((scope === 'assessment' || scope === 'part') && !choice.assessmentId)
    return { code: 'no-assessment' };
  // A part may be single practical actions only: nothing to export when neither is ticked.
  if (
    scope === 'part' &&
    choice.partNorms.length === 0 &&
    choice.partItems.length === 0 &&
    (choice.partQuestions ?? []).length === 0
  )
    return { code: 'no-norms' };
  if (scope === 'part' && choice.partAgency.trim() === '') return { code: 'no-agency' };
  if (scope === 'backup' && lists.assessments.length === 0 && lists.states.length === 0)
    return { code: 'nothing-to-export' };
  return passphraseProblem(choice, minPassphrase);
}

/**
 * The part an agency's assignment fills the form with (its agency and norms, with its exact
 * items), or undefined when no agency is chosen, the pack is unknown or the agency has nothing.
 */
export function assignedPart(
  assigned: readonly AgencyAssignment[],
  agency: string,
  pack: ChecklistPack | undefined,
): PartScope | undefined {
  return agency && pack ? scopeForAgency(assigned, agency, pack) : undefined;
}

/**
 * Only a complete backup protects everything: a shareable file (notes left out) or a smaller
 * scope is saved but never recorded as the last full backup.
 */
export const countsAsBackup = (scope: ExportKind, shareable: boolean): boolean =>
  scope === 'backup' && !shareable;

/**
 * A part's scope as people name it (whole norms, single items, `scopeInWords`) when its pack is
 * known; without the pack, the norms and items the scope lists, as listed.
 */
export function partInWords(
  pack: ChecklistPack | undefined,
  part: PartScope,
): { wholeNormIds: string[]; itemIds: string[]; questionNormIds: string[] } {
  return pack
    ? scopeInWords(pack, part)
    : { wholeNormIds: [...part.normIds], itemIds: [...(part.itemIds ?? [])], questionNormIds: [] };
}

/** A question a part would carry that the assignments give to another agency (`partOverlap`). */
export interface PartOverlap {
  question: ChecklistQuestion;
  /** The agency `answeredBy` gives the question to (its spelling in the assignments). */
  agency: string;
}

/**
 * The questions of `part` that another agency answers, by the one rule of who answers a question
 * (domain/assignments.ts `answeredBy`), in pack order. A tester ticked a whole norm back by hand
 * for one agency (13(a)) and its part silently carried the action carved out of it for Defence
 * (13a-05): merged back, it was written 'Not started' over Defence's work (session 7, coordfix2
 * item 5). Questions nobody is given (the coordinator's) and the part's own agency's are no overlap.
 */
export function partOverlap(
  assigned: readonly AgencyAssignment[],
  pack: ChecklistPack,
  part: PartScope,
): PartOverlap[] {
  const items = partItemIds(pack, part);
  const normAnswers = new Set(partNormAnswerIds(part));
  return checklistQuestions(pack).flatMap((question): PartOverlap[] => {
    const carried =
      question.kind === 'action' ? items.has(question.actionId) : normAnswers.has(question.normId);
    const agency = carried ? answeredBy(assigned, question) : undefined;
    return agency !== undefined && !sameAgency(agency, part.agency) ? [{ question, agency }] : [];
  });
}

/**
 * `part` without the questions of `overlap` (`partOverlap`): the part the form exports, so that a
 * part never carries another agency's question. Unchanged when there is no overlap; otherwise its
 * items and norms' own answers listed exactly, and the norms named only for what is left.
 */
export function withoutOverlap(
  pack: ChecklistPack,
  part: PartScope,
  overlap: readonly PartOverlap[],
): PartScope {
  if (overlap.length === 0) return part;
  const out = (q: ChecklistQuestion) =>
    overlap.some((o) =>
      o.question.kind === 'action'
        ? q.kind === 'action' && q.actionId === o.question.actionId
        : q.kind === 'norm' && q.normId === o.question.normId,
    );
  const items = [...partItemIds(pack, part)].filter(
    (id) => !out({ kind: 'action', actionId: id, normId: '' }),
  );
  const normAnswerIds = partNormAnswerIds(part).filter((id) => !out({ kind: 'norm', normId: id }));
  const kept = new Set([
    ...normAnswerIds,
    ...pack.actions.filter((a) => items.includes(a.id)).map((a) => a.normId),
  ]);
  return {
    agency: part.agency,
    normIds: pack.norms.map((n) => n.id).filter((id) => kept.has(id)),
    itemIds: pack.actions.filter((a) => items.includes(a.id)).map((a) => a.id),
    normAnswerIds: pack.norms.map((n) => n.id).filter((id) => normAnswerIds.includes(id)),
  };
}
