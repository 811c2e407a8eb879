import type { Answer, Assessment, NormAnswer } from '../schema/assessment';
import type { AgencyAssignment } from '../schema/assignments';
import {
  COORDINATION_LIMITS,
  COORDINATION_TYPE,
  COORDINATION_VERSION,
  HELD_PART_TYPE,
  HELD_PART_VERSION,
  type Coordination,
  type HeldPart,
  type ReceivedPart,
  type SentPart,
} from '../schema/coordination';
import type { ExportFile, PartDirection, PartScope } from '../schema/exportFile';
import type { AssessmentFailure } from '../schema/failures';
import type { ChecklistPack } from '../schema/pack';
import { itemTarget, normTarget } from './answers';
import { agencyKey, findAgency, scopeForAgency } from './assignments';
import { partItemIds, partNormAnswerIds, scopeInWords } from './exchange';
import type { SentRecords } from './merge';
import { wholeCycles } from './cycles';

/**
 * The coordinator's bookkeeping of parts (schema/coordination.ts) as pure rules: recording a part
 * sent and a part received, the ancestor records a part started from (for the merge by field), and
 * the "who has answered" table.
 */

/**
 * Which way a part exported from this device travels: `returned` when this device holds the part
 * it received for that assessment (an agency's device sending its part back), `sent` otherwise (the
 * coordinator sending a part out). See schema/exportFile.ts `partDirectionSchema`.
 */
export const partDirectionFor = (held: HeldPart | undefined): PartDirection =>
  held ? 'returned' : 'sent';

/**
 * What an export of one assessment writes when this device holds it only as an agency's part
 * (tester A, finding 1: "One assessment" wrote the held part as a whole assessment, which an empty
 * device then added and scored as a whole cycle): the part it holds, returned, with exactly the
 * scope it received, so that no export path lets a held part leave as a whole assessment.
 * Undefined when the assessment is whole here (the export is as asked).
 */
export function heldPartExport(
  held: HeldPart | undefined,
): { kind: 'part'; part: PartScope; partDirection: 'returned' } | undefined {
  return held ? { kind: 'part', part: held.scope, partDirection: 'returned' } : undefined;
}

/**
 * The assessments a State's export carries: its whole cycles, never a part this device holds
 * (`heldIds`, as domain/cycles.ts `wholeCycles`): without its marker a held part would arrive as
 * a whole assessment (tester A, finding 1). A held part leaves the device only as a part.
 */
export function withoutHeldParts<T extends { assessments: readonly Assessment[] }>(
  source: T,
  heldIds: ReadonlySet<string>,
): T {
  return { ...source, assessments: wholeCycles(source.assessments, heldIds) };
}

/**
 * Why a dashboard or report of an assessment must not show whole-assessment scores: this device
 * holds only the part an agency received (added from a part file; `held` is its record), so the
 * answers of every other agency are missing and any score would be a wrong figure (issue 16).
 * Undefined when the assessment is whole here.
 */
export function onlyAPart(
  held: HeldPart | undefined,
  title: string,
): Extract<AssessmentFailure, { code: 'assessment.only-a-part' }> | undefined {
  return held ? { code: 'assessment.only-a-part', title, agency: held.scope.agency } : undefined;
}

/** The record of an assessment before any part was sent or received. */
export const emptyCoordination = (assessmentId: string): Coordination => ({
  type: COORDINATION_TYPE,
  version: COORDINATION_VERSION,
  assessmentId,
  sent: [],
  received: [],
});

/** Records a part sent: it replaces the earlier part sent to the same agency (the latest counts). */
export function withSent(record: Coordination, part: SentPart): Coordination {
  const key = agencyKey(part.scope.agency);
  const others = record.sent.filter((s) => agencyKey(s.scope.agency) !== key);
  return { ...record, sent: [...others, part].slice(-COORDINATION_LIMITS.sent) };
}

/**
 * The earlier import of the same part, if any: the same part is the same agency (names compared as
 * in assignments) and the same export instant (the agency's device stamps each export it writes).
 */
export function receivedBefore(
  record: Coordination | undefined,
  agency: string,
  exportedAt: string,
): ReceivedPart | undefined {
  const key = agencyKey(agency);
  return record?.received.find(
    (r) => r.exportedAt === exportedAt && agencyKey(r.scope.agency) === key,
  );
}

/**
 * Records a part received (imported), keeping the newest entries within the limit. A part already
 * recorded (same agency, same export instant: imported again, or two copies of one file) is recorded
 * once: the record is returned unchanged (issue 16: "Parts back" listed one return three times).
 */
export function withReceived(record: Coordination, part: ReceivedPart): Coordination {
  if (receivedBefore(record, part.scope.agency, part.exportedAt)) return record;
  return { ...record, received: [...record.received, part].slice(-COORDINATION_LIMITS.received) };
}

/**
 * Records what an agency returned and this device merged (`answers`, `normAnswers`: the part's
 * records as they arrived, under the merge target's id): from then on they are the ANCESTOR of that
 * agency's next return (`sentRecordsFor`), in place of what was sent. The merge base of an agency's
 * return is the last version this device had from THAT agency: its own later change is then taken,
 * not a conflict (tester, session 5: a second return showed a false conflict on the agency's own
 * value). Only records within the part sent to the agency (`pack` gives its targets) replace the
 * ones sent; the others stay. Unchanged when nothing was sent to that agency from here, or when a
 * newer return of it (a later export instant) was already received: an old file imported again
 * never moves the base back.
 */
export function withReturned(
  record: Coordination,
  input: {
    agency: string;
    exportedAt: string;
    pack: ChecklistPack | undefined;
    answers: readonly Answer[];
    normAnswers: readonly NormAnswer[];
  },
): Coordination {
  const sent = sentTo(record, input.agency);
  if (!sent || !input.pack) return record;
  const key = agencyKey(input.agency);
  const newer = record.received.some(
    (r) => agencyKey(r.scope.agency) === key && r.exportedAt > input.exportedAt,
  );
  if (newer) return record;
  const targets = partTargets(input.pack, sent.scope);
  const replace = <T extends Answer | NormAnswer>(
    kept: readonly T[],
    returned: readonly T[],
    target: (r: T) => string,
  ): T[] => {
    const mine = returned.filter((r) => targets.has(target(r)));
    const returnedTargets = new Set(mine.map(target));
    return [...kept.filter((r) => !returnedTargets.has(target(r))), ...mine];
  };
  const next: SentPart = {
    ...sent,
    answers: replace(sent.answers, input.answers, (a) => itemTarget(a.itemId)),
    normAnswers: replace(sent.normAnswers, input.normAnswers, (n) => normTarget(n.normId)),
  };
  return { ...record, sent: record.sent.map((s) => (s === sent ? next : s)) };
}

/** The latest part sent to an agency (names compared as in assignments). */
export function sentTo(record: Coordination | undefined, agency: string): SentPart | undefined {
  const key = agencyKey(agency);
  return record?.sent.find((s) => agencyKey(s.scope.agency) === key);
}

/**
 * What an agency may answer of an assessment it holds only as a part (`held.scope`): the practical
 * actions (`partItemIds`) and the norms whose own questions (`partNormAnswerIds`) the part covers:
 * the same rule the returned part's export uses to choose what goes back (domain/exchange.ts), so
 * the workspace, its progress and the file agree (tester: an agency answered actions outside its
 * part, saved without a word, then silently left out of the part it sent back).
 */
export interface PartReach {
  agency: string;
  actionIds: ReadonlySet<string>;
  normQuestionIds: ReadonlySet<string>;
}

/**
 * What the workspace offers on an assessment: on a part held here (an agency's device) only the
 * answers within its reach (`partReach`): no review or final status (the coordinator's assessment
 * has those) and no "Agencies and their parts" panel (parts are given out from the whole
 * assessment, never from a part; tester, session 5). One rule, read by the workspace screen.
 */
export interface WorkspaceOffers {
  statusActions: boolean;
  assignParts: boolean;
}

/** What the workspace offers (see `WorkspaceOffers`): everything, unless `held` is a held part. */
export const workspaceOffers = (held: HeldPart | null | undefined): WorkspaceOffers =>
  held ? { statusActions: false, assignParts: false } : { statusActions: true, assignParts: true };

/** The reach of a held part in `pack` (see `PartReach`). */
export function partReach(pack: ChecklistPack, scope: PartScope): PartReach {
  return {
    agency: scope.agency,
    actionIds: partItemIds(pack, scope),
    normQuestionIds: new Set(partNormAnswerIds(scope)),
  };
}

/**
 * `pack` cut to a part's reach: only its practical actions, so that progress counts the part's
 * scope ("9 of 72 answered" on a part of 20 actions was a wrong figure). Norms stay listed.
 */
export function packWithinReach(pack: ChecklistPack, reach: PartReach): ChecklistPack {
  return { ...pack, actions: pack.actions.filter((a) => reach.actionIds.has(a.id)) };
}

/**
 * The counts a held part's banner states: the norms whose own questions it covers and its active
 * (not retired) practical actions.
 */
export function reachCounts(
  pack: ChecklistPack,
  reach: PartReach,
): { norms: number; actions: number } {
  return {
    norms: reach.normQuestionIds.size,
    actions: pack.actions.filter((a) => !a.retired && reach.actionIds.has(a.id)).length,
  };
}

/** The history targets ("item:x", "norm:y") a part scope covers. */
export function partTargets(pack: ChecklistPack, scope: PartScope): Set<string> {
  return new Set([
    ...[...partItemIds(pack, scope)].map(itemTarget),
    ...partNormAnswerIds(scope).map(normTarget),
  ]);
}

/**
 * What this device last had from an agency, as the ancestors of a merge: every target of the part
 * sent to it, and the records of that part: as sent, or, once a return of it was merged here, as the
 * agency returned them (`withReturned`). Undefined when nothing was sent to that agency from here
 * (the merge then treats every difference as a conflict).
 */
export function sentRecordsFor(
  record: Coordination | undefined,
  agency: string,
  pack: ChecklistPack | undefined,
): { answers: SentRecords<Answer>; normAnswers: SentRecords<NormAnswer> } | undefined {
  const sent = sentTo(record, agency);
  if (!sent || !pack) return undefined;
  const targets = partTargets(pack, sent.scope);
  return {
    answers: { targets, records: sent.answers },
    normAnswers: { targets, records: sent.normAnswers },
  };
}

/**
 * A full backup that holds, as a part, an assessment this device sent a part of: the agency's device
 * backed itself up and the backup came here instead of a returned part (tester, session 6: "not
 * exported from this device … every field that differs is listed", a choice asked on a field only
 * the agency changed). Its held-part marker (export format 6 `heldParts`) names the assessment and
 * the part's scope; this device's log (`record`) has a part sent to that agency. It is that agency's
 * part, returned: merged as a returned part (within what was sent, against what this device last
 * had from that agency: `sentRecordsFor`). `sentAt`: when the coordinator exported the part (the
 * marker's `exportedAt`). Undefined for any other file or assessment.
 */
export interface HeldReturn {
  agency: string;
  scope: PartScope;
  sentAt: string;
}

/** The `HeldReturn` of assessment `id` in `file`, given this device's log of it (see there). */
export function heldReturnOf(
  file: Pick<ExportFile, 'kind' | 'heldParts'>,
  id: string,
  record: Coordination | undefined,
): HeldReturn | undefined {
  if (file.kind !== 'backup') return undefined;
  const held = file.heldParts.find((h) => h.assessmentId === id);
  if (!held || !sentTo(record, held.scope.agency)) return undefined;
  return { agency: held.scope.agency, scope: held.scope, sentAt: held.exportedAt };
}

/**
 * What a full backup (export format 6) gives an assessment it adds, or copies as `newId`: the
 * held-part mark when the device that wrote it held the assessment only as an agency's part (it
 * stays a part, never a whole cycle), and the coordinator's log of parts sent and returned, both
 * under `newId` (the sent records too). Nothing for a file without them (formats before 6, parts).
 */
export function restoredCoordination(
  file: Pick<ExportFile, 'heldParts' | 'coordination'>,
  id: string,
  newId: string,
): { heldPart?: HeldPart; coordination?: Coordination } {
  const held = file.heldParts.find((h) => h.assessmentId === id);
  const log = file.coordination.find((c) => c.assessmentId === id);
  const moved = <T extends { assessmentId: string }>(rows: T[]) =>
    rows.map((r) => (r.assessmentId === newId ? r : { ...r, assessmentId: newId }));
  return {
    ...(held
      ? {
          heldPart: {
            type: HELD_PART_TYPE,
            version: HELD_PART_VERSION,
            assessmentId: newId,
            scope: held.scope,
            exportedAt: held.exportedAt,
            importedAt: held.importedAt,
          },
        }
      : {}),
    ...(log
      ? {
          coordination: {
            type: COORDINATION_TYPE,
            version: COORDINATION_VERSION,
            assessmentId: newId,
            sent: log.sent.map((p) => ({
              ...p,
              answers: moved(p.answers),
              normAnswers: moved(p.normAnswers),
            })),
            received: log.received,
          },
        }
      : {}),
  };
}

/**
 * The coordinator's log of an assessment joined with the one a full backup carries for it (a backup
 * merged into the same assessment): every part received once (as `withReceived`), oldest first;
 * the parts sent are this device's own record of what IT sent, so a stored part sent to an agency
 * is kept whatever the backup says (an agency's backup records the agency's own export of its
 * return as "sent": tester F, fault 1); the backup's part sent is taken only for an agency this
 * device has no record of. `stored` undefined: the backup's log as it is.
 */
export function joinedCoordination(
  stored: Coordination | undefined,
  incoming: Coordination,
): Coordination {
  if (!stored) return incoming;
  let joined = stored;
  for (const part of incoming.sent) {
    if (!sentTo(stored, part.scope.agency)) joined = withSent(joined, part);
  }
  for (const part of incoming.received) joined = withReceived(joined, part);
  const received = [...joined.received].sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  return { ...joined, received };
}

/**
 * One event of an agency part's record, on THIS device's clock: the coordinator sent the part
 * (`sentAt`), or a return of it was imported here (`importedAt`). Both times come from the same
 * clock, so their order is certain; the agency's own export instant is on another device's clock
 * and is never compared with a send.
 */
export interface PartEvent {
  kind: 'sent' | 'returned';
  at: string;
}

/**
 * Where an agency part stands (the "who has answered" table; tester, session 7: a part sent twice
 * and returned after the first send read as "returned" before it was "sent"):
 * - `never-sent`: no part was sent from this device (`returns`: parts that came back anyway);
 * - `sent`: sent (`sentAt`: the latest send), nothing came back since;
 * - `returned`: a return was imported after the latest send (`returnedAt`: the latest return);
 * - `waiting-again`: returns came back (`returnedAt`: the latest) and then the part was sent
 *   again: the coordinator waits for the return of the part sent last.
 */
export type PartStatus =
  | { kind: 'never-sent'; returns: number }
  | { kind: 'sent'; sentAt: string }
  | { kind: 'returned'; sentAt: string; returnedAt: string }
  | { kind: 'waiting-again'; sentAt: string; returnedAt: string };

/**
 * The status of an agency part from its whole record of sends and returns (`events`, in any order;
 * see `PartEvent`): the ONE rule the table, its CSV and any other reader use. Events are ordered by
 * time; at the same instant a send comes first (a return cannot answer a send not yet made).
 */
export function partStatus(events: readonly PartEvent[]): PartStatus {
  const ordered = [...events].sort(
    (a, b) => a.at.localeCompare(b.at) || (a.kind === b.kind ? 0 : a.kind === 'sent' ? -1 : 1),
  );
  let sentAt: string | undefined;
  let returnedAt: string | undefined;
  let returns = 0;
  let returnedSinceSend = false;
  for (const e of ordered) {
    if (e.kind === 'sent') {
      sentAt = e.at;
      returnedSinceSend = false;
    } else {
      returnedAt = e.at;
      returns += 1;
      returnedSinceSend = true;
    }
  }
  if (sentAt === undefined) return { kind: 'never-sent', returns };
  if (returnedAt === undefined) return { kind: 'sent', sentAt };
  return returnedSinceSend
    ? { kind: 'returned', sentAt, returnedAt }
    : { kind: 'waiting-again', sentAt, returnedAt };
}

/**
 * An agency's record of sends and returns in `record` (names compared as in assignments): the part
 * sent to it (this device keeps the latest send) and every return of it imported here.
 */
export function partEvents(record: Coordination | undefined, agency: string): PartEvent[] {
  const key = agencyKey(agency);
  const sent = sentTo(record, agency);
  return [
    ...(sent ? [{ kind: 'sent' as const, at: sent.sentAt }] : []),
    ...(record?.received ?? [])
      .filter((r) => agencyKey(r.scope.agency) === key)
      .map((r) => ({ kind: 'returned' as const, at: r.importedAt })),
  ];
}

/**
 * The agency whose part a merge wrote a record from (the history's merge line names it; tester,
 * session 7: "merged from the part of Narong FA" named the person): the part received here at the
 * merge's instant (`at`: the import stamps the merge entries and its record of the part alike, see
 * domain/importSession.ts) whose scope covers `target` ("item:x", "norm:y"; `pack` gives a scope's
 * practical actions). Several files of one import share that instant: the target tells their parts
 * apart, as each question is in one part only (domain/assignments.ts `answeredBy`). Undefined when
 * the log does not tell (a full backup merged, a log from before the part was recorded, no pack).
 */
export function mergedPartAgency(
  record: Coordination | undefined,
  pack: ChecklistPack | undefined,
  entry: { at: string; target: string },
): string | undefined {
  if (!pack) return undefined;
  const parts = (record?.received ?? []).filter(
    (r) => r.importedAt === entry.at && partTargets(pack, r.scope).has(entry.target),
  );
  const agencies = new Set(parts.map((r) => agencyKey(r.scope.agency)));
  return agencies.size === 1 ? parts[0]?.scope.agency : undefined;
}

/** One agency's line in the coordinator's "who has answered" table. */
export interface AgencyProgress {
  agency: string;
  /** Whether the agency is in the assignments (a part may come back from an agency not listed). */
  assigned: boolean;
  /** Whole norms given to it, in pack order. */
  normIds: string[];
  /** Single items given to it (beyond whole norms). */
  itemIds: string[];
  /** Active items it answers (its norms' items not carved out, plus its single items). */
  itemCount: number;
  /** When its latest part was exported from here, if it was. */
  sentAt: string | undefined;
  /** Where its part stands, from its whole record of sends and returns (`partStatus`). */
  status: PartStatus;
  /** Parts that came back from it, oldest first (exported by the agency, imported here). */
  received: { exportedAt: string; importedAt: string }[];
  /** Its active items still unanswered in the stored assessment, in pack order. */
  missing: string[];
  /** Field conflicts still to resolve in the import being prepared (0 when none is open). */
  openConflicts: number;
}

/**
 * The coordinator's view of the assignments: per agency, what was given and sent, which parts came
 * back and when, what is still unanswered and what conflicts are still open. Agencies come in the
 * assignments' order, then any agency a part was sent to or came back from without being listed.
 * `openConflicts` maps an agency key (assignments.ts `agencyKey`) to its open field conflicts.
 */
export function agencyProgress(input: {
  pack: ChecklistPack;
  assignments: readonly AgencyAssignment[];
  coordination: Coordination | undefined;
  answers: readonly Answer[];
  openConflicts?: ReadonlyMap<string, number>;
}): AgencyProgress[] {
  const { pack, assignments, coordination } = input;
  const answered = new Set(
    input.answers.filter((a) => a.status !== undefined).map((a) => a.itemId),
  );
  const names: string[] = assignments.map((a) => a.agency);
  // Every agency a part was sent to or came back from has a status, listed or not.
  for (const { scope } of [...(coordination?.sent ?? []), ...(coordination?.received ?? [])])
    if (!names.some((n) => agencyKey(n) === agencyKey(scope.agency))) names.push(scope.agency);
  const active = new Map(pack.actions.filter((a) => !a.retired).map((a) => [a.id, a]));
  return names.map((agency): AgencyProgress => {
    const key = agencyKey(agency);
    const mine = findAgency(assignments, agency);
    const received = (coordination?.received ?? []).filter(
      (r) => agencyKey(r.scope.agency) === key,
    );
    // Its scope: from the assignments, else the part sent to it, else the last part it sent back.
    const scope = mine
      ? scopeForAgency(assignments, agency, pack)
      : (sentTo(coordination, agency)?.scope ?? received[received.length - 1]?.scope);
    const items = scope ? [...partItemIds(pack, scope)].filter((id) => active.has(id)) : [];
    const normOrder = pack.norms.map((n) => n.id);
    return {
      agency,
      assigned: mine !== undefined,
      normIds: normOrder.filter((id) => mine?.normIds.includes(id)),
      itemIds: mine ? [...mine.itemIds] : [],
      itemCount: items.length,
      sentAt: sentTo(coordination, agency)?.sentAt,
      status: partStatus(partEvents(coordination, agency)),
      received: received.map((r) => ({ exportedAt: r.exportedAt, importedAt: r.importedAt })),
      missing: items.filter((id) => !answered.has(id)),
      openConflicts: input.openConflicts?.get(key) ?? 0,
    };
  });
}

/**
 * The scope the coordinator's part form makes from its ticks (issue 16: the form ticked whole norms
 * for an agency given single practical actions): `normIds` are the norms ticked WHOLE (every action,
 * retired ones too as `partItemIds` counts them, and the norm's own answers); `itemIds` the single
 * practical actions ticked beyond them (their norms are named, their norms' own answers are not);
 * `questionNormIds` the norms whose own answers are ticked without the norm being whole (a norm
 * given to the agency with an action carved out for another: session 7, coord item 2, the norm's
 * own questions went to neither part). Without single actions or such norms the scope is the plain
 * list of norms (as formats 1–3 wrote it). The ticks of a scope are `scopeInWords(pack, scope)`
 * (domain/exchange.ts): ticks → scope → ticks is the same.
 */
export function scopeFromTicks(
  pack: ChecklistPack,
  agency: string,
  normIds: readonly string[],
  itemIds: readonly string[],
  questionNormIds: readonly string[] = [],
): PartScope {
  const whole = new Set(normIds);
  const single = new Set(itemIds.filter((id) => !whole.has(actionNorm(pack, id) ?? '')));
  const questions = new Set(questionNormIds.filter((id) => !whole.has(id)));
  const inPack = (ids: ReadonlySet<string>) =>
    pack.norms.map((n) => n.id).filter((id) => ids.has(id));
  if (single.size === 0 && questions.size === 0) return { agency, normIds: inPack(whole) };
  const named = new Set([
    ...whole,
    ...questions,
    ...[...single].map((id) => actionNorm(pack, id) ?? ''),
  ]);
  return {
    agency,
    normIds: inPack(named),
    itemIds: pack.actions.filter((a) => whole.has(a.normId) || single.has(a.id)).map((a) => a.id),
    normAnswerIds: inPack(new Set([...whole, ...questions])),
  };
}

const actionNorm = (pack: ChecklistPack, itemId: string): string | undefined =>
  pack.actions.find((a) => a.id === itemId)?.normId;

/**
 * The part the coordinator's form exports: always the scope its ticks make (`scopeFromTicks`), so
 * that the screen and the file agree by construction (a held or assigned part whose norm was not
 * whole showed that norm unticked, "their norms' own questions are not included", while the file
 * still carried the norm's own questions, which were sent back and merged). `template` (an
 * assignment, or the part this device received) only fills the ticks (`scopeInWords`) and keeps
 * its agency's spelling. Without the pack (not read yet): the ticked norms, whole.
 */
export function partFromForm(input: {
  template: PartScope | undefined;
  pack: ChecklistPack | undefined;
  agency: string;
  normIds: readonly string[];
  itemIds: readonly string[];
  /** The norms whose own questions are ticked without the whole norm (`scopeFromTicks`). */
  questionNormIds?: readonly string[];
  edited: boolean;
}): PartScope {
  const { template, pack } = input;
  const agency =
    template && template.agency === input.agency.normalize('NFC').trim()
      ? template.agency
      : input.agency;
  if (!pack) return { agency, normIds: [...input.normIds] };
  if (template && agency === template.agency && !input.edited) {
    const ticks = scopeInWords(pack, template);
    return scopeFromTicks(pack, agency, ticks.wholeNormIds, ticks.itemIds, ticks.questionNormIds);
  }
  return scopeFromTicks(pack, agency, input.normIds, input.itemIds, input.questionNormIds);
}
