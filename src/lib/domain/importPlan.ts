import type { Answer, Assessment, NormAnswer, StateProfile } from '../schema/assessment';
import type { ImportFailure } from '../schema/failures';
import type { Assignments } from '../schema/assignments';
import {
  HELD_PART_TYPE,
  HELD_PART_VERSION,
  type Coordination,
  type HeldPart,
} from '../schema/coordination';
import type { ExportFile, PartScope } from '../schema/exportFile';
import type { ChecklistPack } from '../schema/pack';
import {
  heldReturnOf,
  joinedCoordination,
  restoredCoordination,
  sentRecordsFor,
  sentTo,
  type HeldReturn,
} from './coordination';
import { inPart, intersectScopes, partItemIds, partNormAnswerIds } from './exchange';
import {
  blankOf,
  classifyMerge,
  differingFields,
  mergeWrite,
  changesContent,
  newHistory,
  picksFor,
  type HistoryLike,
  type MergeAction,
  type Side,
} from './merge';
import { agencyKey } from './assignments';
import { assessmentPackKey, packKey } from './pack';
import { bundledPack } from './bundledPack';
import { checkImportRecords, packResolver } from './importChecks';
import { fail, ok, type Result } from './result';

/**
 * What an import will do, computed before anything is written, so that the user sees it (and
 * chooses) first. Pure: the file and what is stored go in; choices, a preview and the exact records
 * to write come out. storage/exchange.ts writes them in one transaction.
 *
 * An assessment already stored is never overwritten: the user imports it as a copy (a new id) or
 * merges it (domain/merge.ts), or skips it. A new one is added exactly as in the file, history
 * included, so that export → wipe → import gives back every field.
 *
 * The coordinator's assignments (who answers what) follow the assessment's choice:
 * - add, or copy: the file's record is taken as it is (for a copy, under the copy's new id);
 * - merge: the plan already stored on this device wins when it gives anything to anyone; only when
 *   nothing is assigned here is the file's plan taken (its revision is then the stored one + 1, so
 *   that an assignments panel open on the old one gets a conflict rather than overwriting it);
 * - skip: nothing.
 * A full backup restored over assessments already stored follows the same per-assessment choice.
 */

export interface StoredRecords {
  answers: Answer[];
  normAnswers: NormAnswer[];
  history: HistoryLike[];
}

export interface StoredContext {
  states: StateProfile[];
  /** Every stored assessment (merge targets are chosen among them). */
  assessments: Assessment[];
  /** Records of the stored assessments the file touches (same id) or may merge into. */
  records: ReadonlyMap<string, StoredRecords>;
  /** Keys (`id@version`) of the installed packs, the bundled one included. */
  installedPacks: ReadonlySet<string>;
  /** Installed packs by key, for the scope of a part. */
  packs: ReadonlyMap<string, ChecklistPack>;
  /** Stored assignments (that pass their schema) of the assessments in `records`. */
  assignments: ReadonlyMap<string, Assignments>;
  /**
   * The coordinator's record of parts sent and received (storage/coordination.ts), by assessment id:
   * what a part was sent with is the ancestor of the merge by field (domain/merge.ts).
   */
  coordination?: ReadonlyMap<string, Coordination>;
  /**
   * The stored assessments this device holds only as an agency's part (meta `heldPart:<id>`,
   * storage/coordination.ts), by id, with the agency the part was given to: a whole assessment merged
   * into one makes it whole here (tester A, finding 2).
   */
  heldAgencies?: ReadonlyMap<string, string>;
}

export type Choice =
  | { action: 'add' }
  | { action: 'copy'; newId: string }
  | { action: 'merge'; targetId: string }
  | { action: 'skip' };

export interface AssessmentPlan {
  incoming: Assessment;
  /** The stored assessment with the same id, if any. */
  existing: Assessment | undefined;
  /** Assessments it may be merged into: same State and pack version, not final. */
  mergeTargets: Assessment[];
  /** What the user may choose. `add` only when the id is free. */
  options: Choice['action'][];
  /**
   * The choice made without asking: `add` when nothing is stored under the id; `skip` when nothing
   * else is possible; else none.
   */
  preset: Choice | undefined;
  /**
   * A part RETURNED by an agency (schema/exportFile.ts `partDirection`) whose assessment is not on
   * this device. It is never added: it holds one agency's answers only, and added as an assessment
   * of its own it would be scored as a whole one (issue 16). The coordinator restores the assessment
   * first (or merges the part into another cycle of the State, or skips it); the preview says so.
   */
  returnedWithoutAssessment: boolean;
  /**
   * A full backup's held part that is the part this device sent to an agency (domain/coordination.ts
   * `heldReturnOf`): merged as that agency's returned part, never copied; the preview says so.
   */
  heldReturn: HeldReturn | undefined;
  /**
   * Why this assessment of the file is only skipped here, said as the one reason in the preview:
   * - `other-agency`: this device holds the assessment as the part of `heldAgency`, and the file is
   *   (or holds) the part of another agency, `fileAgency`: another agency's answers are never
   *   merged into the part an agency holds (tester, session 6, finding 1);
   * - `other-state`: the stored assessment with this id is of the State `storedState`, the file
   *   claims `fileState` (State codes): it is not merged, nor taken as a part's return (finding 3).
   */
  refusal: PlanRefusal | undefined;
  /**
   * The file's assessment is new here and of a State this device holds no assessment of, while it
   * holds other States' ones (its State code): preset to skip, the preview says why (finding 2).
   */
  otherState: string | undefined;
}

export type PlanRefusal =
  | { kind: 'other-agency'; fileAgency: string; heldAgency: string }
  | { kind: 'other-state'; storedState: string; fileState: string };

/**
 * The agency a file's assessment is a part of: a part file's agency, or the agency of a full
 * backup's held part of that assessment; undefined for a whole assessment.
 */
function fileAgencyOf(file: ExportFile, id: string): string | undefined {
  if (file.kind === 'part') return file.part?.agency;
  return file.heldParts.find((h) => h.assessmentId === id)?.scope.agency;
}

/**
 * Why an assessment of a file is refused on this device (see `AssessmentPlan.refusal`): one rule
 * for the agency a held part belongs to and the State a stored assessment is of.
 */
export function refusalOf(
  file: ExportFile,
  incoming: Assessment,
  existing: Assessment | undefined,
  heldAgency: string | undefined,
): PlanRefusal | undefined {
  if (!existing) return undefined;
  if (existing.stateCode !== incoming.stateCode)
    return { kind: 'other-state', storedState: existing.stateCode, fileState: incoming.stateCode };
  const fileAgency = fileAgencyOf(file, incoming.id);
  if (
    heldAgency !== undefined &&
    fileAgency !== undefined &&
    agencyKey(fileAgency) !== agencyKey(heldAgency)
  )
    return { kind: 'other-agency', fileAgency, heldAgency };
  return undefined;
}

/**
 * The agency part an assessment of a file is merged as: a part file's scope, or the scope of a full
 * backup's held part this device sent (`heldReturn`); undefined for a whole assessment.
 */
export const returnedPart = (
  file: ExportFile,
  p: Pick<AssessmentPlan, 'heldReturn'>,
): PartScope | undefined => (file.kind === 'part' ? file.part : p.heldReturn?.scope);

export interface ImportPlan {
  file: ExportFile;
  assessments: AssessmentPlan[];
  /** Packs the file needs that are not installed and that the file carries: installed with it. */
  packsToInstall: ChecklistPack[];
}

const packOf = assessmentPackKey;

/** Why an import cannot even be previewed. */
export type PlanFailure = Extract<
  ImportFailure,
  { code: 'import.missing-packs' | 'import.invalid-records' }
>;

/**
 * The plan, or a refusal when a pack the file needs is neither installed nor carried by the file,
 * or when a record fails the semantic checks (domain/importChecks.ts) against the pack this
 * device will use for it (the bundled or installed one; the file's copy only when it has none).
 */
export function planImport(
  file: ExportFile,
  ctx: StoredContext,
  now: Date = new Date(),
): Result<ImportPlan, PlanFailure> {
  const carried = new Map(file.packs.map((p) => [packKey(p), p]));
  const missing = new Map<string, { id: string; version: string }>();
  const toInstall = new Map<string, ChecklistPack>();
  for (const a of file.assessments) {
    const key = packOf(a);
    if (ctx.installedPacks.has(key)) continue;
    const pack = carried.get(key);
    if (pack) toInstall.set(key, pack);
    else missing.set(key, { id: a.packId, version: a.packVersion });
  }
  if (missing.size > 0) return fail({ code: 'import.missing-packs', packs: [...missing.values()] });
  const problems = checkImportRecords(file, {
    packFor: packResolver(bundledPack, ctx.packs, file.packs),
    now,
  });
  if (problems.length > 0) return fail({ code: 'import.invalid-records', problems });
  const byId = new Map(ctx.assessments.map((a) => [a.id, a]));
  // A full backup that holds any State this device holds is this device's own data coming back (a
  // restore, or the coordinator's device with every State): every new assessment in it is added.
  // Only a backup of States this device holds none of is another State's data. A tester restored a
  // 50-State backup on a device holding one of them: 490 assessments were preset to skip, one
  // radio button each, while their 49 States were added empty.
  const heldStates = new Set(ctx.assessments.map((a) => a.stateCode));
  const restoresHeldStates =
    file.kind === 'backup' && file.assessments.some((a) => heldStates.has(a.stateCode));
  const assessments = file.assessments.map((incoming): AssessmentPlan => {
    const existing = byId.get(incoming.id);
    const refusal = refusalOf(file, incoming, existing, ctx.heldAgencies?.get(incoming.id));
    const heldReturn =
      existing && !refusal
        ? heldReturnOf(file, incoming.id, ctx.coordination?.get(incoming.id))
        : undefined;
    // New here, of a State this device holds none of while it holds others: another State's data,
    // usually compared in the Regional view, not added (preset to skip; adding stays possible).
    const otherState =
      !existing &&
      file.kind !== 'part' &&
      !restoresHeldStates &&
      ctx.assessments.length > 0 &&
      !heldStates.has(incoming.stateCode)
        ? incoming.stateCode
        : undefined;
    const mergeTargets = refusal
      ? []
      : ctx.assessments.filter(
          (a) =>
            a.status !== 'final' &&
            a.stateCode === incoming.stateCode &&
            packOf(a) === packOf(incoming) &&
            // A part merges into any cycle of its State; a whole assessment only into itself.
            (file.kind === 'part' || a.id === incoming.id) &&
            // A part an agency holds here is never the target of another assessment (tester, session
            // 6: "Merge into" offered the "(imported copy)" of an agency part); only its own file.
            (a.id === incoming.id || !ctx.heldAgencies?.has(a.id)),
        );
    const returnedWithoutAssessment =
      file.kind === 'part' && file.partDirection === 'returned' && !existing;
    const options: Choice['action'][] = [];
    if (!existing && !returnedWithoutAssessment) options.push('add');
    // An agency part is merged or skipped, never copied (a copy would be a second agency part).
    if (
      file.kind !== 'part' &&
      existing &&
      !heldReturn &&
      // Refused: never a copy of another agency's part, nor of a part claiming another State.
      !(refusal && (refusal.kind === 'other-agency' || fileAgencyOf(file, incoming.id)))
    )
      options.push('copy');
    if (mergeTargets.length > 0) options.push('merge');
    options.push('skip');
    let preset: Choice | undefined;
    if (!existing && !returnedWithoutAssessment)
      preset = { action: otherState === undefined ? 'add' : 'skip' };
    // Nothing but "skip" possible: that is what happens, not a choice left to the user (tester,
    // session 5: "1 assessment needs a choice" with only "Skip it" offered, Import disabled).
    else if (options.length === 1) preset = { action: 'skip' };
    return {
      incoming,
      existing,
      mergeTargets,
      options,
      preset,
      returnedWithoutAssessment,
      heldReturn,
      refusal,
      otherState,
    };
  });
  return ok({ file, assessments, packsToInstall: [...toInstall.values()] });
}

export interface TableCounts {
  added: number;
  changed: number;
  unchanged: number;
}

/**
 * What a preview counts. `agencyParts`: assessments added that this device holds only as an
 * agency's part (a part file's first import on the agency's device, a full backup's held part),
 * counted apart from whole assessments (fixcoord2: "1 assessment added" said of a held part).
 */
export type PreviewTable =
  'packs' | 'states' | 'assessments' | 'agencyParts' | 'answers' | 'normAnswers' | 'history';

/** The tables whose rows a session counts once by key, however many files carry them. */
export type KeyedTable = 'packs' | 'states' | 'assessments' | 'agencyParts';

export interface Conflict {
  /** Stable key: `<targetAssessmentId> <target>`; each field's pick is under `fieldKey(key, field)`. */
  key: string;
  assessment: Assessment;
  item: MergeAction;
}

/** A record the transaction must find as the plan saw it, or the import is refused. */
export interface Guard {
  table: 'assessments' | 'answers' | 'normAnswers' | 'assignments';
  /** The assessment id for assessments and assignments; [assessment, item or norm] otherwise. */
  key: string | [string, string];
  /** Revision seen (answers, norm answers, assignments), `null` when nothing was stored; for assessments, `updatedAt` or null. */
  expected: number | string | null;
}

export interface ImportWrites {
  packs: ChecklistPack[];
  states: StateProfile[];
  assessments: Assessment[];
  answers: Answer[];
  normAnswers: NormAnswer[];
  history: HistoryLike[];
  /** Assignment records to put, each under its assessment's key (replacing what is there). */
  assignments: Assignments[];
  guards: Guard[];
  /** Coordination records to put (parts received), each under its assessment's key. */
  coordination?: Coordination[];
  /** On an agency's device: the parts it received and added, each under its assessment's key. */
  heldParts?: HeldPart[];
  /**
   * Assessments held here as an agency's part that a whole assessment was merged into: their
   * `heldPart:<id>` record is removed, so that they count as whole cycles from then on.
   */
  wholeAgain?: string[];
  /** Merge targets taken out of the trash by the merge (their `deletedAt` removed). */
  restored?: string[];
}

/**
 * Whether an import's writes store anything: records, packs, States, assessments, assignments, a
 * held part, or a change of the held or trashed mark. The result sentence says "Nothing was
 * imported" otherwise (tester A, finding 5: "Imported." though every record was unchanged).
 * The coordinator's bookkeeping of a part received alone does not count: no answer changed.
 */
export function writesAnything(w: ImportWrites): boolean {
  return (
    w.packs.length +
      w.states.length +
      w.assessments.length +
      w.answers.length +
      w.normAnswers.length +
      w.history.length +
      w.assignments.length +
      (w.heldParts?.length ?? 0) +
      (w.wholeAgain?.length ?? 0) +
      (w.restored?.length ?? 0) >
    0
  );
}

/**
 * A record a merge writes without a conflict, and the fields it takes from the file (issue 16: the
 * preview lists what will be written, not only the conflicts).
 */
export interface MergedRecord {
  /** `<targetAssessmentId> <target>`, as a conflict's key. */
  key: string;
  assessment: Assessment;
  /** "item:<itemId>" or "norm:<normId>". */
  target: string;
  /** The fields written from the part (merge.ts field groups), in the schema's order. */
  fields: string[];
}

export interface ImportPreview {
  counts: Record<PreviewTable, TableCounts>;
  conflicts: Conflict[];
  /** Records merged without a conflict, with the fields taken from the file. */
  merged: MergedRecord[];
  /**
   * Records in which this device's value of some fields stays without asking, the file holding an
   * older one (domain/merge.ts `kept`), with those fields: with `merged` and `conflicts`, every
   * field in which the file differs from this device is listed (tester, session 6).
   */
  kept: MergedRecord[];
  /** Records of a part that lie outside the part's scope and are left out. */
  outOfScope: number;
  /**
   * What a part carries that is left out, named (issue 16: the preview repeated the file's claimed
   * scope as fact): the practical actions whose answers, and the norms whose own answers, lie outside
   * what was given to the agency (the scope this device sent it, else the file's own), in file order.
   */
  leftOut: { itemIds: string[]; normIds: string[] };
  /** For a part merged here: the scope this device sent to its agency, if it sent one. */
  given: PartScope | undefined;
  /**
   * Merge targets held here only as an agency's part that this whole assessment makes whole (the
   * preview says so: it is not "written from this part").
   */
  wholeAgain: { assessment: Assessment; agency: string }[];
  /**
   * Assessments a full backup adds (or copies) as the part an agency holds (export format 6
   * `heldParts`): they stay parts, never scored or shown as cycles (the preview says so).
   */
  heldParts: { assessment: Assessment; agency: string }[];
  /** Merge targets in the trash: the merge restores them (the preview names them). */
  restoring: Assessment[];
  /**
   * The packs, States and assessments this preview adds, changes or leaves unchanged, by key (pack
   * key, State code, assessment id): a session counts each once however many files carry it
   * (domain/importSession.ts).
   */
  keyed: Record<KeyedTable, Map<string, keyof TableCounts>>;
  /** Assessments that still need a choice (already stored, nothing chosen). */
  undecided: Assessment[];
  /** What to write; undefined until every assessment has a choice and every conflict a winner. */
  writes: ImportWrites | undefined;
}

const zero = (): TableCounts => ({ added: 0, changed: 0, unchanged: 0 });

/** Gives records (and history, including the records inside it) another assessment id. */
// A record already under `id` is kept as the same object: the import then writes it as parsed,
// without a second parse (schema/parsedRecords.ts; a State's whole history, issue 18).
function rekey<T extends { assessmentId: string }>(records: readonly T[], id: string): T[] {
  return records.map((r) => (r.assessmentId === id ? r : { ...r, assessmentId: id }));
}
function rekeyHistory(entries: readonly HistoryLike[], id: string): HistoryLike[] {
  const elsewhere = (v: unknown) =>
    v !== null && typeof v === 'object' && 'assessmentId' in v && v.assessmentId !== id;
  const move = (v: unknown) => (elsewhere(v) ? { ...(v as object), assessmentId: id } : v);
  return entries.map((e) =>
    e.assessmentId === id && !elsewhere(e.after) && !('before' in e && elsewhere(e.before))
      ? e
      : {
          ...e,
          assessmentId: id,
          ...('before' in e ? { before: move(e.before) } : {}),
          after: move(e.after),
        },
  );
}

/** The title of an imported copy, within the title's length limit. */
export const copyTitle = (title: string, suffix = ' (imported copy)') =>
  `${title.slice(0, 200 - suffix.length)}${suffix}`;

/** Every conflicting field of a merge item taken from the file (the preview's provisional count). */
const allIncoming = (item: MergeAction): Map<string, Side> =>
  new Map(item.conflicts.map((c) => [c.field, 'incoming' as const]));

/**
 * What applying an import would write, given the person's choices (add, copy, merge, skip) and
 * conflict resolutions: the rows per table and the counts the preview shows. Pure: `at` (ISO
 * instant) and `by` stamp the records it would write; nothing is written here.
 */
export function previewImport(
  plan: ImportPlan,
  ctx: StoredContext,
  choices: ReadonlyMap<string, Choice>,
  resolutions: ReadonlyMap<string, Side>,
  at: string,
  by: string,
): ImportPreview {
  const { file } = plan;
  const counts: Record<PreviewTable, TableCounts> = {
    packs: zero(),
    states: zero(),
    assessments: zero(),
    agencyParts: zero(),
    answers: zero(),
    normAnswers: zero(),
    history: zero(),
  };
  const writes: ImportWrites = {
    packs: plan.packsToInstall,
    states: [],
    assessments: [],
    answers: [],
    normAnswers: [],
    history: [],
    assignments: [],
    guards: [],
  };
  counts.packs.added = plan.packsToInstall.length;
  counts.packs.unchanged = file.packs.length - plan.packsToInstall.length;
  const keyed: Record<KeyedTable, Map<string, keyof TableCounts>> = {
    packs: new Map(),
    states: new Map(),
    assessments: new Map(),
    agencyParts: new Map(),
  };
  const installing = new Set(plan.packsToInstall.map(packKey));
  for (const p of file.packs)
    keyed.packs.set(packKey(p), installing.has(packKey(p)) ? 'added' : 'unchanged');
  const leftOutItems = new Set<string>();
  const leftOutNorms = new Set<string>();
  let given: PartScope | undefined;
  const conflicts: Conflict[] = [];
  const mergedRecords: MergedRecord[] = [];
  const keptRecords: MergedRecord[] = [];
  const wholeAgain: { assessment: Assessment; agency: string }[] = [];
  const heldParts: { assessment: Assessment; agency: string }[] = [];
  const restoring: Assessment[] = [];
  const undecided: Assessment[] = [];
  let outOfScope = 0;
  let unresolved = false;
  const usedStates = new Set<string>();

  for (const p of plan.assessments) {
    const choice = choices.get(p.incoming.id) ?? p.preset;
    if (!choice || !p.options.includes(choice.action)) {
      undecided.push(p.incoming);
      continue;
    }
    if (choice.action === 'skip') continue;
    const id = p.incoming.id;
    let answers = file.answers.filter((a) => a.assessmentId === id);
    let normAnswers = file.normAnswers.filter((n) => n.assessmentId === id);
    let history: HistoryLike[] = file.history.filter((h) => h.assessmentId === id);
    // The pack this device uses for that version first: a file's copy may differ.
    const scopePack =
      ctx.packs.get(packOf(p.incoming)) ??
      file.packs.find((x) => packKey(x) === packOf(p.incoming));
    /** Keeps only the records inside a part's scope; counts what it leaves out. */
    const keepInside = (part: PartScope) => {
      const items = scopePack ? partItemIds(scopePack, part) : new Set<string>();
      const questions = partNormAnswerIds(part);
      const before = answers.length + normAnswers.length + history.length;
      for (const a of answers) if (!items.has(a.itemId)) leftOutItems.add(a.itemId);
      for (const n of normAnswers) if (!questions.includes(n.normId)) leftOutNorms.add(n.normId);
      answers = answers.filter((a) => items.has(a.itemId));
      normAnswers = normAnswers.filter((n) => questions.includes(n.normId));
      history = history.filter((h) => inPart(h.target, items, part));
      outOfScope += before - answers.length - normAnswers.length - history.length;
    };
    // A part file, or a full backup's held part sent from here: only the part's scope is merged.
    const part = returnedPart(file, p);
    if (part) keepInside(part);
    usedStates.add(p.incoming.stateCode);
    const fileAssignments = p.heldReturn
      ? undefined
      : file.assignments.find((r) => r.assessmentId === id);

    if (choice.action === 'add' || choice.action === 'copy') {
      const newId = choice.action === 'copy' ? choice.newId : id;
      const assessment =
        choice.action === 'copy'
          ? { ...p.incoming, id: newId, title: copyTitle(p.incoming.title) }
          : p.incoming;
      writes.assessments.push(assessment);
      writes.guards.push({ table: 'assessments', key: newId, expected: null });
      writes.answers.push(...rekey(answers, newId));
      writes.normAnswers.push(...rekey(normAnswers, newId));
      writes.history.push(...rekeyHistory(history, newId));
      if (fileAssignments) writes.assignments.push({ ...fileAssignments, assessmentId: newId });
      // A part added here is an agency's copy of its part: remembered, so that it goes back as sent.
      const heldHere = file.kind === 'part' && file.part !== undefined;
      if (file.kind === 'part' && file.part)
        (writes.heldParts ??= []).push({
          type: HELD_PART_TYPE,
          version: HELD_PART_VERSION,
          assessmentId: newId,
          scope: file.part,
          exportedAt: file.exportedAt,
          importedAt: at,
        });
      // A full backup's held part stays a held part, added or copied (never a whole cycle), and
      // its coordinator's log comes with it (export format 6, domain/coordination.ts).
      const restored = restoredCoordination(file, id, newId);
      if (restored.heldPart) {
        (writes.heldParts ??= []).push(restored.heldPart);
        heldParts.push({ assessment, agency: restored.heldPart.scope.agency });
      }
      if (restored.coordination) (writes.coordination ??= []).push(restored.coordination);
      // Held as an agency's part, it is counted as one (it is not a whole assessment here).
      const table = heldHere || restored.heldPart ? 'agencyParts' : 'assessments';
      counts[table].added += 1;
      keyed[table].set(newId, 'added');
      counts.answers.added += answers.length;
      counts.normAnswers.added += normAnswers.length;
      counts.history.added += history.length;
      continue;
    }

    // merge
    const target = p.mergeTargets.find((a) => a.id === choice.targetId);
    if (!target) {
      undecided.push(p.incoming);
      continue;
    }
    // A part that comes back is merged only within what this device sent to that agency (when it
    // sent one): the file's own scope may be wider (an agency that ticked a whole norm by hand).
    const sentScope = part
      ? sentTo(ctx.coordination?.get(target.id), part.agency)?.scope
      : undefined;
    if (part && sentScope && scopePack) keepInside(intersectScopes(scopePack, part, sentScope));
    if (sentScope) given = sentScope;
    // A whole assessment merged into the part an agency holds: the result is whole here (a held
    // part of a full backup is not whole: the mark stays).
    const heldBy = ctx.heldAgencies?.get(target.id);
    const wholeIncoming =
      file.kind !== 'part' && !file.heldParts.some((h) => h.assessmentId === id);
    if (wholeIncoming && heldBy !== undefined) {
      wholeAgain.push({ assessment: target, agency: heldBy });
      (writes.wholeAgain ??= []).push(target.id);
    }
    // A merge into an assessment in the trash takes it out of the trash (the preview says so):
    // merged answers in an assessment nobody can see would look like "nothing was imported".
    if (target.deletedAt) {
      restoring.push(target);
      (writes.restored ??= []).push(target.id);
    }
    // A full backup merged into the same assessment: its log of parts joins the one stored here
    // (not an agency's backup merged as its part: that device's log is its own, not this one's).
    const backupLog = p.heldReturn
      ? undefined
      : restoredCoordination(file, id, target.id).coordination;
    if (backupLog)
      (writes.coordination ??= []).push(
        joinedCoordination(ctx.coordination?.get(target.id), backupLog),
      );
    const stored = ctx.records.get(target.id) ?? { answers: [], normAnswers: [], history: [] };
    const incomingHistory = rekeyHistory(history, target.id);
    // What this device sent to the part's agency: the ancestor of the merge by field.
    const sent = part
      ? sentRecordsFor(
          ctx.coordination?.get(target.id),
          part.agency,
          ctx.packs.get(packOf(target)) ?? file.packs.find((x) => packKey(x) === packOf(target)),
        )
      : undefined;
    // A part held here that stays a part is counted as an agency part, not an assessment.
    const into = heldBy !== undefined && !wholeIncoming ? 'agencyParts' : 'assessments';
    counts[into].unchanged += 1;
    if (!keyed[into].has(target.id)) keyed[into].set(target.id, 'unchanged');
    writes.guards.push({ table: 'assessments', key: target.id, expected: target.updatedAt });
    const storedAssignments = ctx.assignments.get(target.id);
    if (
      fileAssignments &&
      fileAssignments.assignments.length > 0 &&
      !(storedAssignments && storedAssignments.assignments.length > 0)
    ) {
      writes.assignments.push({
        ...fileAssignments,
        assessmentId: target.id,
        rev: (storedAssignments?.rev ?? 0) + 1,
      });
      writes.guards.push({
        table: 'assignments',
        key: target.id,
        expected: storedAssignments?.rev ?? null,
      });
    }
    const merged: { table: 'answers' | 'normAnswers'; items: MergeAction[] }[] = [
      {
        table: 'answers',
        items: classifyMerge({
          base: stored.answers,
          incoming: rekey(answers, target.id),
          baseHistory: stored.history,
          incomingHistory,
          sent: sent?.answers,
        }),
      },
      {
        table: 'normAnswers',
        items: classifyMerge({
          base: stored.normAnswers,
          incoming: rekey(normAnswers, target.id),
          baseHistory: stored.history,
          incomingHistory,
          sent: sent?.normAnswers,
        }),
      },
    ];
    const mergeEntries: HistoryLike[] = [];
    for (const { table, items } of merged) {
      for (const item of items) {
        if (item.kept.length > 0)
          keptRecords.push({
            key: `${target.id} ${item.target}`,
            assessment: target,
            target: item.target,
            fields: item.kept,
          });
        let picks: Map<string, Side> | undefined;
        if (item.outcome === 'conflict') {
          const key = `${target.id} ${item.target}`;
          conflicts.push({ key, assessment: target, item });
          picks = picksFor(resolutions, key, item);
          if (!picks) {
            unresolved = true;
            // Counted (not written) as if the file's values were taken, so that the preview's
            // figures stand still while the person picks, and move only when a pick really changes
            // them (keeping this device's values writes less; coordfix item 3: "Norm answers:
            // changed 0" turned into 1 on the first pick).
            const provisional = mergeWrite(item, target.id, allIncoming(item), at, by);
            counts[table][
              provisional && changesContent(item, provisional) ? 'changed' : 'unchanged'
            ] += 1;
            counts.history.added += provisional?.history.length ?? 0;
            continue;
          }
        }
        const write = mergeWrite(item, target.id, picks, at, by);
        if (!write) {
          counts[table].unchanged += 1;
          continue;
        }
        counts[table][
          !item.base ? 'added' : changesContent(item, write) ? 'changed' : 'unchanged'
        ] += 1;
        if (item.outcome !== 'conflict') {
          // A new record: the fields that hold anything; else the fields taken from the file.
          const fields = item.base
            ? item.taken
            : differingFields(blankOf(item.incoming), item.incoming);
          if (fields.length > 0)
            mergedRecords.push({
              key: `${target.id} ${item.target}`,
              assessment: target,
              target: item.target,
              fields,
            });
        }
        const recordKey: [string, string] = [
          target.id,
          'itemId' in item.incoming ? item.incoming.itemId : item.incoming.normId,
        ];
        writes.guards.push({ table, key: recordKey, expected: item.base?.rev ?? null });
        if (table === 'answers') writes.answers.push(write.record as Answer);
        else writes.normAnswers.push(write.record as NormAnswer);
        mergeEntries.push(...write.history);
      }
    }
    // The file's own history first (it happened before this merge), then the merge entries.
    const added = newHistory(stored.history, incomingHistory);
    counts.history.unchanged += incomingHistory.length - added.length;
    counts.history.added += added.length + mergeEntries.length;
    writes.history.push(...added, ...mergeEntries);
  }

  const storedStates = new Map(ctx.states.map((s) => [s.code, s]));
  for (const s of file.states) {
    if (file.kind !== 'backup' && !usedStates.has(s.code)) continue;
    const existing = storedStates.get(s.code);
    if (!existing) {
      writes.states.push(s);
      counts.states.added += 1;
      keyed.states.set(s.code, 'added');
    } else {
      // A State profile is never overwritten: it only names the State (from the UN list).
      counts.states.unchanged += 1;
      keyed.states.set(s.code, 'unchanged');
    }
  }

  const complete = undecided.length === 0 && !unresolved;
  return {
    counts,
    conflicts,
    merged: mergedRecords,
    kept: keptRecords,
    outOfScope,
    leftOut: { itemIds: [...leftOutItems], normIds: [...leftOutNorms] },
    given,
    wholeAgain,
    heldParts,
    restoring,
    keyed,
    undecided,
    writes: complete ? writes : undefined,
  };
}
