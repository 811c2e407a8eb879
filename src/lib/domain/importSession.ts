import type { Answer, Assessment, NormAnswer } from '../schema/assessment';
import type { AgencyAssignment } from '../schema/assignments';
import type { Coordination } from '../schema/coordination';
import type { ExportFile } from '../schema/exportFile';
import type { ChecklistPack } from '../schema/pack';
import { agencyKey, checkAssignments, type AssignmentIssue } from './assignments';
import { emptyCoordination, withReceived, withReturned } from './coordination';
import { partImportedBefore } from './importFileFacts';
import {
  planImport,
  previewImport,
  returnedPart,
  type AssessmentPlan,
  type Choice,
  type ImportPlan,
  type ImportPreview,
  type ImportWrites,
  type MergedRecord,
  type StoredContext,
  type StoredRecords,
  type TableCounts,
  type PreviewTable,
  type KeyedTable,
} from './importPlan';
import { fieldKey, type Side } from './merge';
import { assessmentPackKey, packKey } from './pack';
import { normTarget } from './answers';
import { ok, type Result } from './result';

/**
 * An import session: one or more export files (typically the parts several agencies filled in)
 * checked, previewed and written together. Pure: the state class (state/importSession.svelte.ts)
 * holds the files, choices and picks; this module decides.
 *
 * Several files are previewed IN ORDER, each against what is stored plus what the files before it
 * will write, so that two parts touching the same record (e.g. the norm answers of a norm both
 * carry) merge one after the other instead of overwriting each other. Their writes are combined
 * into one transaction: the first guard of a record is kept (it is the one the stored data must
 * still match), and the last write of a record wins (it was computed on top of the earlier ones).
 *
 * Keys: a file's choices are under `<fileId> <assessmentId>`, its field picks under
 * `<fileId>|<conflict key> <field>` (`pickKey`), so that two files never share a decision.
 */

/** One file of the session, read and planned. */
export interface SessionFile {
  /** Stable within the session (its position when opened). */
  id: string;
  name: string;
  plan: ImportPlan;
  /** Format version the file was written in (older ones were upgraded). */
  fromVersion: number;
  encrypted: boolean;
}

/** The key of a person's choice (add, copy, merge, skip) for one assessment of one file. */
export const choiceKey = (fileId: string, assessmentId: string) => `${fileId} ${assessmentId}`;
/** The key of a conflict pick (mine or theirs) for one field of one record of one file. */
export const pickKey = (fileId: string, conflictKey: string, field: string) =>
  `${fileId}|${fieldKey(conflictKey, field)}`;

/**
 * The choice made without asking: `add` for an assessment new here; for a part (a part file, or a
 * full backup's held part this device sent: `heldReturn`), a merge into the stored assessment it was
 * cut from (same id) when that one may be merged into. Otherwise none: the user chooses.
 */
export function defaultChoice(file: ExportFile, p: AssessmentPlan): Choice | undefined {
  if (p.preset) return p.preset;
  if (returnedPart(file, p) && p.mergeTargets.some((m) => m.id === p.incoming.id))
    return { action: 'merge', targetId: p.incoming.id };
  return undefined;
}

/** The default merge target: the assessment with the same id, else the first one offered. */
export function defaultMergeTarget(p: AssessmentPlan): string | undefined {
  return (p.mergeTargets.find((m) => m.id === p.incoming.id) ?? p.mergeTargets[0])?.id;
}

/**
 * The imported assignments of a file, checked against the pack of each assessment they belong to
 * (an unknown norm or item id refuses the file). `installed` are the installed packs by key
 * (`id@version`); the packs the file carries count too.
 */
export function checkFileAssignments(
  file: ExportFile,
  installed: ReadonlyMap<string, ChecklistPack>,
): Result<void, AssignmentIssue & { assessmentId: string }> {
  const packs = new Map(installed);
  for (const p of file.packs) packs.set(packKey(p), p);
  for (const record of file.assignments) {
    const a = file.assessments.find((x) => x.id === record.assessmentId);
    const pack = a ? packs.get(assessmentPackKey(a)) : undefined;
    if (!pack) continue;
    const checked = checkAssignments(record.assignments, pack);
    if (!checked.ok) return { ...checked, assessmentId: record.assessmentId };
  }
  return ok(undefined);
}

/** The assignments a file carries for one assessment (shown in the preview). */
export const fileAssignments = (
  file: ExportFile,
  assessmentId: string,
): readonly AgencyAssignment[] =>
  file.assignments.find((r) => r.assessmentId === assessmentId)?.assignments ?? [];

/** One file's preview within the session. */
export interface FilePreview {
  /**
   * The file, with its plan made against what is stored once the files before it are written:
   * an assessment an earlier file of the session adds is no longer "new" here (two files carrying
   * the same assessment id must not both add it, the second silently replacing the first).
   */
  file: SessionFile;
  preview: ImportPreview;
  /** Field conflicts of this file still without a pick. */
  openFields: number;
  /**
   * Assessments of this file that are not on this device but arrive with an earlier file of the
   * session, by id, with that file's name: the preview says so, never "already on this device"
   * (tester, session 5).
   */
  arrivesWith: ReadonlyMap<string, string>;
  /** What this file writes, as decided so far (`fileOutcome`). */
  outcome: FileOutcome;
  /**
   * Nothing to do with this file as it stands, nothing chosen for it (`nothingToDo`): the preview
   * offers no choice for it and does not count it among the files to import.
   */
  nothingToDo: boolean;
}

/** What one file of a session writes, counted from its preview (records really written). */
export interface WrittenCounts {
  /** Assessments added (new here, or copies). */
  assessments: number;
  /** Assessments added that this device holds only as an agency's part (not whole assessments). */
  agencyParts: number;
  /** Answers added or changed. */
  answers: number;
  /** Norm answers added or changed. */
  normAnswers: number;
  /** History entries added. */
  history: number;
  /** Checklist versions installed. */
  packs: number;
  /** Assessments taken out of the trash, or made whole, by a merge. */
  marks: number;
}

/**
 * What one file of a session does (the preview says it before, the result sentence after, file by
 * file; tester, session 5: "Imported 2 files." when one of them wrote nothing):
 * - `writes`: it writes something (the counts);
 * - `already-imported`: nothing to write, and this very part was imported here before (`at`);
 * - `skipped`: nothing to write, every assessment of it skipped;
 * - `nothing-new`: nothing to write, this device (or an earlier file of the session) holds it all;
 * - `same-as`: not planned at all, an earlier file of the session (`name`) carries every record of
 *   it identically (`sameAsEarlier`; tester, session 7: two copies of one returned part counted
 *   twice while a conflict was open).
 */
export type FileOutcome =
  | { kind: 'writes'; counts: WrittenCounts }
  | { kind: 'already-imported'; at: string }
  | { kind: 'skipped' }
  | { kind: 'nothing-new' }
  | { kind: 'same-as'; name: string };

/**
 * The outcome of one file from its preview (`preview.counts` count the records its writes hold; a
 * record whose conflicts still wait for a pick is counted as if the file's values were taken), its
 * choices (by assessment id, defaults
 * filled in) and when this very part was imported before, if it was.
 */
export function fileOutcome(
  file: SessionFile,
  preview: ImportPreview,
  choices: ReadonlyMap<string, Choice>,
  importedBefore: string | undefined,
): FileOutcome {
  const c = preview.counts;
  const counts: WrittenCounts = {
    assessments: c.assessments.added,
    agencyParts: c.agencyParts.added,
    answers: c.answers.added + c.answers.changed,
    normAnswers: c.normAnswers.added + c.normAnswers.changed,
    history: c.history.added,
    packs: c.packs.added,
    marks: preview.restoring.length + preview.wholeAgain.length,
  };
  if (Object.values(counts).some((n) => n > 0)) return { kind: 'writes', counts };
  const skipped = file.plan.assessments.every((p) => choices.get(p.incoming.id)?.action === 'skip');
  if (skipped) return { kind: 'skipped' };
  if (importedBefore) return { kind: 'already-imported', at: importedBefore };
  return { kind: 'nothing-new' };
}

/**
 * Whether a file has nothing to do (tester, session 6: beside "already imported … nothing to do"
 * the preview still offered "Merge into the stored assessment / Skip it" and "Import all 2 files"):
 * with the choices made without asking (`chosen` false: the person chose nothing for it) it writes
 * nothing, because it was imported before or everything it carries is here, and it leaves no
 * choice or conflict open. One rule for the choices shown and the count of files to import.
 */
export function nothingToDo(
  outcome: FileOutcome,
  preview: ImportPreview,
  chosen: boolean,
): boolean {
  return (
    !chosen &&
    (outcome.kind === 'already-imported' || outcome.kind === 'nothing-new') &&
    preview.undecided.length === 0 &&
    preview.conflicts.length === 0
  );
}

/** The record lists of a file (its array fields): what `sameAsEarlier` compares. */
const RECORD_KEYS = (file: ExportFile) =>
  (Object.keys(file) as (keyof ExportFile)[]).filter((k) => Array.isArray(file[k]));

/**
 * The earlier file of a session that holds the same as this one, if any (tester, session 7: the
 * same returned part chosen twice under two names was planned twice, its counts doubled): the same
 * check code (the same sealed export), or the same kind and part and every record of this file
 * (assessments, answers, norm answers, history, packs, States, …) carried identically by that
 * file. Such a file is planned once: the later one writes nothing and says so.
 */
export function sameAsEarlier(
  file: ExportFile,
  earlier: readonly { name: string; file: ExportFile }[],
): string | undefined {
  const facts = (f: ExportFile) =>
    JSON.stringify([f.kind, f.part ?? null, f.partDirection ?? null]);
  for (const e of earlier) {
    if (e.file.checksum.value === file.checksum.value) return e.name;
    if (facts(e.file) !== facts(file)) continue;
    const holds = RECORD_KEYS(file).every((k) => {
      const theirs = new Set((e.file[k] as unknown[]).map((r) => JSON.stringify(r)));
      return (file[k] as unknown[]).every((r) => theirs.has(JSON.stringify(r)));
    });
    if (holds) return e.name;
  }
  return undefined;
}

/** The preview of a file planned as another one (`sameAsEarlier`): nothing in it, nothing to write. */
function emptyPreview(): ImportPreview {
  const zero = () => ({ added: 0, changed: 0, unchanged: 0 });
  return {
    counts: Object.fromEntries(PREVIEW_TABLES.map((t) => [t, zero()])) as Record<
      PreviewTable,
      TableCounts
    >,
    conflicts: [],
    merged: [],
    kept: [],
    outOfScope: 0,
    leftOut: { itemIds: [], normIds: [] },
    given: undefined,
    wholeAgain: [],
    heldParts: [],
    restoring: [],
    keyed: { packs: new Map(), states: new Map(), assessments: new Map(), agencyParts: new Map() },
    undecided: [],
    writes: undefined,
  };
}

/**
 * How many answers and how many norm answers a list of records of a preview holds (its `merged` or
 * `kept` list): each kind is said with its own words (coordfix item 3: "19 answers" said of 18
 * answers and a norm's answer).
 */
export function recordKinds(list: readonly MergedRecord[]): {
  answers: number;
  normAnswers: number;
} {
  const normAnswers = list.filter((r) => r.target.startsWith(normTarget(''))).length;
  return { answers: list.length - normAnswers, normAnswers };
}

export interface SessionPreview {
  files: FilePreview[];
  /** Files the import would act on: neither nothing to do (`nothingToDo`) nor skipped. */
  toImport: number;
  /** The names of the other files, in order: the import leaves them as they are (each says why). */
  notImported: string[];
  /**
   * Counts over the files: records summed; packs, States and assessments counted once each by key
   * (added if any file adds it, else changed, else unchanged).
   */
  counts: Record<PreviewTable, TableCounts>;
  /** Field conflicts still to decide, over all files. */
  openFields: number;
  /** Open field conflicts per agency (`agencyKey`) of the parts, for the coordinator's table. */
  openByAgency: Map<string, number>;
  /** The one transaction's writes; undefined until every file is decided and every pick made. */
  writes: ImportWrites | undefined;
}

/** The tables an import preview counts, in the order the preview lists them. */
export const PREVIEW_TABLES: readonly PreviewTable[] = [
  'packs',
  'states',
  'assessments',
  'agencyParts',
  'answers',
  'normAnswers',
  'history',
];

const KEYED_TABLES: readonly KeyedTable[] = ['packs', 'states', 'assessments', 'agencyParts'];
/** What a row counts as when several files meet it: added over changed over unchanged. */
const OUTCOME_RANK: Record<keyof TableCounts, number> = { unchanged: 0, changed: 1, added: 2 };

/** Stored records keyed as the merge keys them. */
const answerKey = (a: Answer) => `${a.assessmentId} ${a.itemId}`;
const normKey = (n: NormAnswer) => `${n.assessmentId} ${n.normId}`;

function upsert<T>(rows: readonly T[], next: readonly T[], key: (r: T) => string): T[] {
  const byKey = new Map(rows.map((r) => [key(r), r]));
  for (const r of next) byKey.set(key(r), r);
  return [...byKey.values()];
}

/** What is stored once these writes are made: the context the next file is previewed against. */
export function contextAfter(ctx: StoredContext, writes: ImportWrites): StoredContext {
  const records = new Map<string, StoredRecords>(ctx.records);
  const touched = new Set([
    ...writes.assessments.map((a) => a.id),
    ...writes.answers.map((a) => a.assessmentId),
    ...writes.normAnswers.map((n) => n.assessmentId),
    ...writes.history.map((h) => h.assessmentId),
  ]);
  for (const id of touched) {
    const now = records.get(id) ?? { answers: [], normAnswers: [], history: [] };
    records.set(id, {
      answers: upsert(
        now.answers,
        writes.answers.filter((a) => a.assessmentId === id),
        answerKey,
      ),
      normAnswers: upsert(
        now.normAnswers,
        writes.normAnswers.filter((n) => n.assessmentId === id),
        normKey,
      ),
      history: [...now.history, ...writes.history.filter((h) => h.assessmentId === id)],
    });
  }
  const packs = new Map(ctx.packs);
  for (const p of writes.packs) packs.set(packKey(p), p);
  const assignments = new Map(ctx.assignments);
  for (const r of writes.assignments) assignments.set(r.assessmentId, r);
  // What a file before made whole or restored is so for the next file too.
  const held = new Map(ctx.heldAgencies ?? []);
  for (const h of writes.heldParts ?? []) held.set(h.assessmentId, h.scope.agency);
  for (const id of writes.wholeAgain ?? []) held.delete(id);
  const restored = new Set(writes.restored ?? []);
  const restore = (a: Assessment): Assessment => {
    if (!restored.has(a.id)) return a;
    const { deletedAt: _gone, ...rest } = a;
    return rest;
  };
  return {
    ...ctx,
    heldAgencies: held,
    states: upsert(ctx.states, writes.states, (s) => s.code),
    assessments: [...ctx.assessments.map(restore), ...writes.assessments],
    records,
    installedPacks: new Set([...ctx.installedPacks, ...writes.packs.map(packKey)]),
    packs,
    assignments,
  };
}

/** Writes of several files as one: first guard per record, last write per record. */
export function combineWrites(all: readonly ImportWrites[]): ImportWrites {
  const guardKey = (g: ImportWrites['guards'][number]) =>
    `${g.table} ${Array.isArray(g.key) ? g.key.join(' ') : g.key}`;
  const guards = new Map<string, ImportWrites['guards'][number]>();
  for (const w of all)
    for (const g of w.guards) if (!guards.has(guardKey(g))) guards.set(guardKey(g), g);
  const flat = <K extends keyof ImportWrites>(k: K) =>
    all.flatMap((w) => (w[k] ?? []) as NonNullable<ImportWrites[K]>[number][]);
  return {
    packs: upsert([], flat('packs'), packKey),
    states: upsert([], flat('states'), (s) => s.code),
    assessments: upsert([], flat('assessments'), (a: Assessment) => a.id),
    answers: upsert([], flat('answers'), answerKey),
    normAnswers: upsert([], flat('normAnswers'), normKey),
    history: flat('history'),
    assignments: upsert([], flat('assignments'), (r) => r.assessmentId),
    heldParts: upsert([], flat('heldParts'), (r) => r.assessmentId),
    wholeAgain: [...new Set(flat('wholeAgain'))],
    restored: [...new Set(flat('restored'))],
    guards: [...guards.values()],
  };
}

/** The picks of one file, keyed as importPlan.ts expects them (without the file prefix). */
function picksOf(fileId: string, resolutions: ReadonlyMap<string, Side>): Map<string, Side> {
  const prefix = `${fileId}|`;
  const out = new Map<string, Side>();
  for (const [k, v] of resolutions) if (k.startsWith(prefix)) out.set(k.slice(prefix.length), v);
  return out;
}

/** The choices of one file, by assessment id, defaults filled in. */
function choicesOf(file: SessionFile, choices: ReadonlyMap<string, Choice>): Map<string, Choice> {
  const out = new Map<string, Choice>();
  for (const p of file.plan.assessments) {
    const c = choices.get(choiceKey(file.id, p.incoming.id)) ?? defaultChoice(file.plan.file, p);
    if (c) out.set(p.incoming.id, c);
  }
  return out;
}

/**
 * The preview of every file, in order, and the one set of writes once all is decided. Parts merged
 * into an assessment are recorded as received (schema/coordination.ts) in the same writes.
 */
export function previewSession(input: {
  files: readonly SessionFile[];
  ctx: StoredContext;
  choices: ReadonlyMap<string, Choice>;
  resolutions: ReadonlyMap<string, Side>;
  at: string;
  by: string;
}): SessionPreview {
  let ctx = input.ctx;
  const files: FilePreview[] = [];
  const counts = Object.fromEntries(
    PREVIEW_TABLES.map((t) => [t, { added: 0, changed: 0, unchanged: 0 }]),
  ) as Record<PreviewTable, TableCounts>;
  const openByAgency = new Map<string, number>();
  const coordination = new Map<string, Coordination>();
  const keyed: Record<KeyedTable, Map<string, keyof TableCounts>> = {
    packs: new Map(),
    states: new Map(),
    assessments: new Map(),
    agencyParts: new Map(),
  };
  let complete = true;
  let openFields = 0;
  const allWrites: ImportWrites[] = [];
  /** Assessments the files so far add, by id, with the name of the file that adds each. */
  const addedBy = new Map<string, string>();
  const stored = new Set(input.ctx.assessments.map((a) => a.id));
  /** The files planned so far (not those planned as another one), with their names. */
  const planned: { name: string; file: ExportFile }[] = [];
  for (const opened of input.files) {
    // The same content under another name is planned once (tester, session 7): counted once in the
    // table, the sections, the footer and the button.
    const same = sameAsEarlier(opened.plan.file, planned);
    if (same !== undefined) {
      files.push({
        file: opened,
        preview: emptyPreview(),
        openFields: 0,
        arrivesWith: new Map(),
        outcome: { kind: 'same-as', name: same },
        nothingToDo: true,
      });
      continue;
    }
    planned.push({ name: opened.name, file: opened.plan.file });
    // Planned when opened, against storage alone; planned again against storage plus the earlier
    // files, so that an id an earlier file adds offers copy/merge/skip instead of a second add.
    const replanned = ctx === input.ctx ? undefined : planImport(opened.plan.file, ctx);
    const file = replanned?.ok ? { ...opened, plan: replanned.value } : opened;
    const picks = picksOf(file.id, input.resolutions);
    const choices = choicesOf(file, input.choices);
    const preview = previewImport(file.plan, ctx, choices, picks, input.at, input.by);
    let open = 0;
    let decided = 0;
    let taken = 0;
    for (const c of preview.conflicts)
      for (const f of c.item.conflicts) {
        const side = picks.get(fieldKey(c.key, f.field));
        if (!side) open += 1;
        else {
          decided += 1;
          if (side === 'incoming') taken += 1;
        }
      }
    const arrivesWith = new Map<string, string>();
    for (const p of file.plan.assessments) {
      const from = addedBy.get(p.incoming.id);
      if (p.existing && !stored.has(p.incoming.id) && from !== undefined)
        arrivesWith.set(p.incoming.id, from);
    }
    for (const [id, outcome] of [...preview.keyed.assessments, ...preview.keyed.agencyParts])
      if (outcome === 'added' && !addedBy.has(id)) addedBy.set(id, file.name);
    const outcome = fileOutcome(file, preview, choices, partImportedBefore(file, input.ctx));
    files.push({
      file,
      preview,
      openFields: open,
      arrivesWith,
      outcome,
      nothingToDo: nothingToDo(
        outcome,
        preview,
        file.plan.assessments.some((p) => input.choices.has(choiceKey(file.id, p.incoming.id))),
      ),
    });
    openFields += open;
    const part =
      file.plan.file.part ?? file.plan.assessments.find((p) => p.heldReturn)?.heldReturn?.scope;
    if (part && open > 0) {
      const key = agencyKey(part.agency);
      openByAgency.set(key, (openByAgency.get(key) ?? 0) + open);
    }
    for (const t of PREVIEW_TABLES) {
      counts[t].added += preview.counts[t].added;
      counts[t].changed += preview.counts[t].changed;
      counts[t].unchanged += preview.counts[t].unchanged;
    }
    for (const t of KEYED_TABLES)
      for (const [key, outcome] of preview.keyed[t]) {
        const was = keyed[t].get(key);
        if (!was || OUTCOME_RANK[outcome] > OUTCOME_RANK[was]) keyed[t].set(key, outcome);
      }
    if (!preview.writes) {
      complete = false;
      continue;
    }
    allWrites.push(preview.writes);
    // A full backup's log of parts (format 6) for the assessments it adds or merges.
    for (const r of preview.writes.coordination ?? []) coordination.set(r.assessmentId, r);
    // A part merged into an assessment (a part file, or a backup's held part sent from here):
    // recorded as received there, and what it carried is the ancestor of that agency's next
    // return (domain/coordination.ts `withReturned`).
    {
      const body = file.plan.file;
      for (const [incomingId, choice] of choices) {
        if (choice.action !== 'merge') continue;
        const planned = file.plan.assessments.find((p) => p.incoming.id === incomingId);
        const part = planned ? returnedPart(body, planned) : undefined;
        if (!part) continue;
        const target = choice.targetId;
        const current =
          coordination.get(target) ?? ctx.coordination?.get(target) ?? emptyCoordination(target);
        const written =
          preview.writes.answers.filter((a) => a.assessmentId === target).length +
          preview.writes.normAnswers.filter((n) => n.assessmentId === target).length;
        const found = ctx.assessments.find((a) => a.id === target);
        const packKeyOf = found ? assessmentPackKey(found) : '';
        const returned = withReturned(current, {
          agency: part.agency,
          exportedAt: body.exportedAt,
          pack: ctx.packs.get(packKeyOf) ?? body.packs.find((p) => packKey(p) === packKeyOf),
          answers: body.answers
            .filter((a) => a.assessmentId === incomingId)
            .map((a) => ({ ...a, assessmentId: target })),
          normAnswers: body.normAnswers
            .filter((n) => n.assessmentId === incomingId)
            .map((n) => ({ ...n, assessmentId: target })),
        });
        coordination.set(
          target,
          withReceived(returned, {
            scope: part,
            exportedAt: file.plan.file.exportedAt,
            importedAt: input.at,
            importedBy: input.by,
            written,
            conflicts: decided,
            conflictsTaken: taken,
          }),
        );
      }
    }
    ctx = {
      ...contextAfter(ctx, preview.writes),
      coordination: new Map([...(ctx.coordination ?? []), ...coordination]),
    };
  }
  // Packs, States and assessments once each: one assessment merged from three parts is one
  // assessment, not three (issue 16: "Assessments 0/0/3").
  for (const t of KEYED_TABLES) {
    counts[t] = { added: 0, changed: 0, unchanged: 0 };
    for (const outcome of keyed[t].values()) counts[t][outcome] += 1;
  }
  const writes =
    complete && allWrites.length > 0
      ? { ...combineWrites(allWrites), coordination: [...coordination.values()] }
      : undefined;
  const acts = (f: FilePreview) => !f.nothingToDo && f.outcome.kind !== 'skipped';
  const toImport = files.filter(acts).length;
  const notImported = files.filter((f) => !acts(f)).map((f) => f.file.name);
  return { files, toImport, notImported, counts, openFields, openByAgency, writes };
}
