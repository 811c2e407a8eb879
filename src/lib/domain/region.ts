import type { Failure } from '../schema/failures';
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from '../schema/assessment';
import type { ExportFile } from '../schema/exportFile';
import type { ChecklistPack } from '../schema/pack';
import {
  compareCycleOrder,
  packComparability,
  type Comparability,
  type Cycle,
  type PackRef,
} from './compare';
import { activeActions, packKey } from './pack';
import { compareVersions, resolveActionId } from './packVersions';
import { scoreAssessment } from './scoring';

/**
 * The regional view: several States' assessments side by side, from export files that the States
 * chose to share (with the ASEAN Secretariat or a partner, with their consent). Pure. Nothing here
 * merges anyone's answers into another assessment: the view only reads the scores of each file.
 *
 * The rules (issue 13 item 1; README "Regional comparison"):
 * - **One column per State**, never one per file. By default a State's column is its latest
 *   *whole* assessment (latest period, `compareCycleOrder`); the user may choose another of its
 *   cycles (`choice`, State code → assessment id).
 * - **The same assessment from two files is one assessment**: recognised by its id, or by its
 *   content (State, pack version, period and every answer's status) when a copy was re-keyed. It
 *   is shown once, naming every file it came from; of two copies that differ, the most recently
 *   updated one counts, and the column names the files whose copy differs (`copiesDiffer`): a
 *   re-export after edits and the older file side by side must not give figures that depend on
 *   the order the files were chosen in (tester: 13(a) 47 % or 100 % by order). Copies changed at
 *   the same moment are told apart by file name, then by content, so the choice is the same
 *   whatever the order.
 * - **An agency part is never scored as a whole**: a part covers some norms only, so its other
 *   norms would read 0 %. Parts are listed apart (`parts`) with what they cover, and take no
 *   column, no score and no place in the common gaps.
 * - **Common gaps count States**: a column is a State, so "3 below" means three States.
 *
 * Scores are each State's own `scoreAssessment` result, against the pack version that State used.
 * Items are lined up across versions through `resolveActionId`, against a reference pack: the newest
 * version of the pack id most of the files use. An item the reference pack does not continue is
 * left out of the common gaps (and shows in the comparability figures instead).
 */

/** A shared assessment as read from an export file. */
export interface SharedCycle extends Cycle {
  /** Where it came from, for the column header. */
  fileName: string;
  /** Whether the file was exported as shareable (for the region), as the file itself declares. */
  shareable: boolean;
  /** The State's name as in the file (or the code when the file does not give one). */
  stateName: string;
  /** Set when the file is an agency part: what it covers. A part is never scored as a whole. */
  part?: { agency: string; normIds: readonly string[] } | null;
}

/** One of a State's whole assessments found in the files (after removing duplicates). */
export interface RegionalCycleOption {
  assessmentId: string;
  alias: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  /** Every file this assessment came from (two files of one assessment are one option). */
  fileNames: string[];
}

/** A State in the view: its whole assessments, newest first, and the one its column shows. */
export interface RegionalState {
  stateCode: string;
  stateName: string;
  cycles: RegionalCycleOption[];
  /** The assessment the State's column shows (the latest unless the user chose another). */
  chosen: string;
}

/** An agency part found in the files: listed apart, never scored. */
export interface RegionalPart {
  stateCode: string;
  stateName: string;
  assessmentId: string;
  alias: string;
  title: string;
  agency: string;
  normIds: readonly string[];
  fileName: string;
}

export interface RegionalColumn {
  index: number;
  /** The assessment shown (one of the State's `cycles`). */
  assessmentId: string;
  /** Every file the shown assessment came from. */
  fileNames: string[];
  /**
   * Files among `fileNames` whose copy of this assessment differs from the one shown (other
   * answers or another pack version): the screen says so beside the column. Empty when all agree.
   */
  copiesDiffer: string[];
  stateCode: string;
  stateName: string;
  alias: string;
  title: string;
  fileName: string;
  shareable: boolean;
  pack: PackRef;
  overall: number | null;
}

export interface RegionalRow {
  id: string;
  label: string;
  title: string;
  /** One score per column (0–100), null where that State's pack has no figure for it. */
  values: (number | null)[];
}

/** A status below "largely" counts as a gap: "not started", "planned" or "in progress". */
export const GAP_STATUSES: readonly ImplementationStatus[] = IMPLEMENTATION_STATUSES.slice(
  0,
  IMPLEMENTATION_STATUSES.indexOf('largely'),
);

export interface CommonGap {
  /** Id in the reference pack. */
  itemId: string;
  normId: string;
  text: string;
  /** Columns (States) whose answer is below "largely implemented". */
  below: number[];
  /** Columns that answered the item (not applicable excluded). */
  answered: number;
  /** below / answered, 0–100; null when nobody answered. */
  share: number | null;
  unanswered: number;
  notApplicable: number;
}

export interface PairComparability {
  a: number;
  b: number;
  comparability: Comparability;
}

export interface RegionalView {
  /** One entry per State, in the order the States first appear; `columns[i]` is `states[i]`. */
  states: RegionalState[];
  /** One column per State: its chosen whole assessment. */
  columns: RegionalColumn[];
  /** Agency parts, listed apart and never scored. */
  parts: RegionalPart[];
  norms: RegionalRow[];
  focusAreas: RegionalRow[];
  reference: PackRef | null;
  /** Items most often below "largely", most States first. Only items someone is below on. */
  commonGaps: CommonGap[];
  /** Every pair of columns. */
  pairs: PairComparability[];
}

/** The newest version of the pack id most cycles use (ties: the first seen id). */
function referencePack(cycles: readonly SharedCycle[]): ChecklistPack | null {
  const byId = new Map<string, { count: number; newest: ChecklistPack }>();
  for (const c of cycles) {
    const entry = byId.get(c.pack.id);
    if (!entry) byId.set(c.pack.id, { count: 1, newest: c.pack });
    else {
      entry.count += 1;
      if (compareVersions(c.pack.version, entry.newest.version) > 0) entry.newest = c.pack;
    }
  }
  let best: { count: number; newest: ChecklistPack } | null = null;
  for (const entry of byId.values()) if (!best || entry.count > best.count) best = entry;
  return best?.newest ?? null;
}

function rows<T extends { score: number | null }>(
  perColumn: readonly (readonly T[])[],
  idOf: (x: T) => string,
  describe: (x: T) => { label: string; title: string },
): RegionalRow[] {
  const meta = new Map<string, { label: string; title: string }>();
  for (const list of perColumn)
    for (const x of list) if (!meta.has(idOf(x))) meta.set(idOf(x), describe(x));
  const maps = perColumn.map((list) => new Map(list.map((x) => [idOf(x), x.score])));
  return [...meta].map(([id, m]) => ({ id, ...m, values: maps.map((map) => map.get(id) ?? null) }));
}

/** Orders two packs in time for the comparability figure (the same id: by version). */
function ordered(a: ChecklistPack, b: ChecklistPack): [ChecklistPack, ChecklistPack] {
  return a.id === b.id && compareVersions(a.version, b.version) > 0 ? [b, a] : [a, b];
}

/** What two copies of one assessment share: State, pack version, period and every status. */
function contentKey(c: SharedCycle): string {
  const a = c.assessment;
  const statuses = c.answers
    .filter((x) => x.status !== null)
    .map((x) => `${x.itemId}=${x.status}`)
    .sort()
    .join(',');
  return [a.stateCode, a.packId, a.packVersion, a.periodStart, a.periodEnd, statuses].join('|');
}

/** The latest change in a copy (answers' and the assessment's update times), ISO. */
function lastChange(c: SharedCycle): string {
  let last = c.assessment.updatedAt ?? c.assessment.createdAt;
  for (const x of c.answers) if (x.updatedAt > last) last = x.updatedAt;
  return last;
}

interface Distinct {
  cycle: SharedCycle;
  fileNames: string[];
  /** Every copy read, to say which files differ from the one kept. */
  copies: SharedCycle[];
}

/**
 * Which of two copies of one assessment counts: the most recently changed; at the same moment, the
 * file name first in code-point order, then the content key. Never the order the files came in.
 */
function laterCopy(x: SharedCycle, y: SharedCycle): SharedCycle {
  const byTime = lastChange(x).localeCompare(lastChange(y));
  if (byTime !== 0) return byTime > 0 ? x : y;
  if (x.fileName !== y.fileName) return x.fileName < y.fileName ? x : y;
  return contentKey(x) <= contentKey(y) ? x : y;
}

/** The files whose copy differs from the kept one (answers, pack version or period). */
function differingFiles(entry: Distinct): string[] {
  const kept = contentKey(entry.cycle);
  const names = entry.copies.filter((c) => contentKey(c) !== kept).map((c) => c.fileName);
  return [...new Set(names)].filter((n) => n !== entry.cycle.fileName);
}

/**
 * Splits the loaded cycles into agency parts (listed apart) and distinct whole assessments: two
 * files of one assessment (same id, or same content) give one, the most recently changed copy.
 */
export function distinctAssessments(cycles: readonly SharedCycle[]): {
  wholes: Distinct[];
  parts: RegionalPart[];
} {
  const wholes: Distinct[] = [];
  const byId = new Map<string, Distinct>();
  const byContent = new Map<string, Distinct>();
  const parts: RegionalPart[] = [];
  for (const c of cycles) {
    const a = c.assessment;
    if (c.part) {
      parts.push({
        stateCode: a.stateCode,
        stateName: c.stateName,
        assessmentId: a.id,
        alias: a.alias,
        title: a.title,
        agency: c.part.agency,
        normIds: c.part.normIds,
        fileName: c.fileName,
      });
      continue;
    }
    const content = contentKey(c);
    const same = byId.get(a.id) ?? byContent.get(content);
    if (same) {
      if (!same.fileNames.includes(c.fileName)) same.fileNames.push(c.fileName);
      same.copies.push(c);
      same.cycle = laterCopy(c, same.cycle);
      byId.set(a.id, same);
      byContent.set(content, same);
      continue;
    }
    const entry = { cycle: c, fileNames: [c.fileName], copies: [c] };
    wholes.push(entry);
    byId.set(a.id, entry);
    byContent.set(content, entry);
  }
  return { wholes, parts };
}

/**
 * The regional view of the loaded cycles (see the rules at the top of this file). `choice` maps a
 * State code to the assessment id its column shows; a State not in it (or whose choice is not one
 * of its whole assessments) shows its latest.
 */
export function buildRegionalView(
  loaded: readonly SharedCycle[],
  choice: Readonly<Record<string, string>> = {},
): RegionalView {
  const { wholes, parts } = distinctAssessments(loaded);
  const byState = new Map<string, Distinct[]>();
  for (const w of wholes) {
    const list = byState.get(w.cycle.assessment.stateCode);
    if (list) list.push(w);
    else byState.set(w.cycle.assessment.stateCode, [w]);
  }
  const states: RegionalState[] = [];
  const chosenEntries: Distinct[] = [];
  for (const [stateCode, list] of byState) {
    const newestFirst = [...list].sort((x, y) =>
      compareCycleOrder(y.cycle.assessment, x.cycle.assessment),
    );
    const wanted = choice[stateCode];
    const shown = newestFirst.find((w) => w.cycle.assessment.id === wanted) ?? newestFirst[0]!;
    chosenEntries.push(shown);
    states.push({
      stateCode,
      stateName: shown.cycle.stateName,
      cycles: newestFirst.map((w) => ({
        assessmentId: w.cycle.assessment.id,
        alias: w.cycle.assessment.alias,
        title: w.cycle.assessment.title,
        periodStart: w.cycle.assessment.periodStart,
        periodEnd: w.cycle.assessment.periodEnd,
        fileNames: w.fileNames,
      })),
      chosen: shown.cycle.assessment.id,
    });
  }
  const cycles = chosenEntries.map((e) => e.cycle);
  const columns: RegionalColumn[] = chosenEntries.map((entry, index) => {
    const c = entry.cycle;
    return {
      index,
      assessmentId: entry.cycle.assessment.id,
      fileNames: entry.fileNames,
      copiesDiffer: differingFiles(entry),
      stateCode: c.assessment.stateCode,
      stateName: c.stateName,
      alias: c.assessment.alias,
      title: c.assessment.title,
      fileName: c.fileName,
      shareable: c.shareable,
      pack: { id: c.pack.id, version: c.pack.version, title: c.pack.title },
      overall: c.score.overall.score,
    };
  });

  const norms = rows(
    cycles.map((c) => c.score.norms),
    (n) => n.normId,
    (n) => ({ label: n.letter, title: n.title }),
  );
  const focusAreas = rows(
    cycles.map((c) => c.score.focusAreas),
    (f) => f.focusAreaId,
    (f) => ({ label: String(f.number), title: f.name }),
  );

  const reference = referencePack(cycles);
  const commonGaps: CommonGap[] = [];
  if (reference) {
    const refActions = activeActions(reference);
    const tally = new Map(
      refActions.map((a, order) => [
        a.id,
        {
          order,
          normId: a.normId,
          text: a.text,
          below: [] as number[],
          answered: 0,
          unanswered: 0,
          notApplicable: 0,
        },
      ]),
    );
    const gapStatuses = new Set<string>(GAP_STATUSES);
    cycles.forEach((c, index) => {
      // One count per State and reference item, even when two of its items merged into one.
      const counted = new Set<string>();
      const refIds = new Map<string, string>();
      if (c.pack.id === reference.id && c.pack.version === reference.version) {
        for (const item of c.score.items) refIds.set(item.itemId, item.itemId);
      } else {
        for (const item of c.score.items) {
          const r = resolveActionId(reference, item.itemId);
          if (r.kind === 'same' || r.kind === 'replaced') refIds.set(item.itemId, r.itemId);
        }
      }
      for (const item of c.score.items) {
        const refId = refIds.get(item.itemId);
        const entry = refId === undefined ? undefined : tally.get(refId);
        if (!entry || counted.has(refId!)) continue;
        counted.add(refId!);
        if (item.status === null) entry.unanswered += 1;
        else if (item.status === 'not-applicable') entry.notApplicable += 1;
        else {
          entry.answered += 1;
          if (gapStatuses.has(item.status)) entry.below.push(index);
        }
      }
    });
    for (const [itemId, e] of tally) {
      if (e.below.length === 0) continue;
      commonGaps.push({
        itemId,
        normId: e.normId,
        text: e.text,
        below: e.below,
        answered: e.answered,
        share: e.answered === 0 ? null : (e.below.length / e.answered) * 100,
        unanswered: e.unanswered,
        notApplicable: e.notApplicable,
      });
    }
    const order = new Map(refActions.map((a, i) => [a.id, i]));
    // Most States below first; then the larger share of those who answered; then pack order.
    commonGaps.sort(
      (a, b) =>
        b.below.length - a.below.length ||
        (b.share ?? 0) - (a.share ?? 0) ||
        order.get(a.itemId)! - order.get(b.itemId)!,
    );
  }

  // Every pair of files, but each pair of pack versions is worked out once: most files of a region
  // share a handful of versions (100 files: 4,950 pairs, usually one or two distinct results).
  const pairs: PairComparability[] = [];
  const byPackPair = new Map<string, Comparability>();
  for (let a = 0; a < cycles.length; a += 1) {
    for (let b = a + 1; b < cycles.length; b += 1) {
      const [older, newer] = ordered(cycles[a]!.pack, cycles[b]!.pack);
      const key = `${packKey(older)} ${packKey(newer)}`;
      let comparability = byPackPair.get(key);
      if (!comparability) {
        comparability = packComparability(older, newer);
        byPackPair.set(key, comparability);
      }
      pairs.push({ a, b, comparability });
    }
  }

  return {
    states,
    columns,
    parts,
    norms,
    focusAreas,
    reference: reference
      ? { id: reference.id, version: reference.version, title: reference.title }
      : null,
    commonGaps,
    pairs,
  };
}

/** Pairs of States whose two pack versions are the same two: one comparability for all of them. */
export interface PairGroup {
  /** The two pack versions, older first (`a === b` when both States used one version). */
  a: PackRef;
  b: PackRef;
  /** How many pairs of States (columns) have these two versions. */
  pairs: number;
  comparability: Comparability;
}

/**
 * `view.pairs` grouped by their two pack versions, in the order each pair of versions first
 * appears. Comparability depends on the two versions only, so one row per pair of versions says
 * everything the per-pair list says; 193 States make 18,528 pairs, a table no one can read and
 * the largest cost of showing the regional view (issue 18: most of its time was laying out those
 * rows). Pure; `view.pairs` itself is unchanged.
 */
export function pairGroups(view: Pick<RegionalView, 'columns' | 'pairs'>): PairGroup[] {
  const groups = new Map<string, PairGroup>();
  for (const pair of view.pairs) {
    const x = view.columns[pair.a]?.pack;
    const y = view.columns[pair.b]?.pack;
    if (!x || !y) continue;
    // The same older-first order as buildRegionalView's comparability (`ordered`).
    const [a, b] = x.id === y.id && compareVersions(x.version, y.version) > 0 ? [y, x] : [x, y];
    const key = `${packKey(a)} ${packKey(b)}`;
    const group = groups.get(key);
    if (group) group.pairs += 1;
    else groups.set(key, { a, b, pairs: 1, comparability: pair.comparability });
  }
  return [...groups.values()];
}

/**
 * The shared cycles of one export file, each scored against the pack version it was made with: the
 * app's own copy of that version (`knownPacks`, e.g. the bundled packs) when it has one, as the
 * file's checks did (`packResolver`, domain/importChecks.ts: a pack id@version names one text),
 * else the copy the file carries. Pure: reads the parsed file (io/readExportFile.ts did every
 * check), returns new objects, writes nothing anywhere.
 */
export function sharedCyclesFromExport(
  file: ExportFile,
  fileName: string,
  knownPacks: readonly ChecklistPack[] = [],
): { cycles: SharedCycle[]; problems: Failure[] } {
  const packs = new Map<string, ChecklistPack>();
  for (const p of [...file.packs, ...knownPacks]) packs.set(packKey(p), p);
  const names = new Map(file.states.map((s) => [s.code, s.name]));
  const group = <T extends { assessmentId: string }>(list: readonly T[]) => {
    const by = new Map<string, T[]>();
    for (const r of list) {
      const rows = by.get(r.assessmentId);
      if (rows) rows.push(r);
      else by.set(r.assessmentId, [r]);
    }
    return by;
  };
  const answersBy = group(file.answers);
  const normAnswersBy = group(file.normAnswers);
  const cycles: SharedCycle[] = [];
  const problems: Failure[] = [];
  for (const assessment of file.assessments) {
    const pack = packs.get(packKey({ id: assessment.packId, version: assessment.packVersion }));
    if (!pack) {
      problems.push({
        code: 'region.pack-missing',
        source: fileName,
        title: assessment.title,
        id: assessment.packId,
        version: assessment.packVersion,
      });
      continue;
    }
    const answers = answersBy.get(assessment.id) ?? [];
    const normAnswers = normAnswersBy.get(assessment.id) ?? [];
    cycles.push({
      assessment,
      pack,
      answers,
      score: scoreAssessment({ pack, answers, normAnswers }),
      fileName,
      shareable: file.shareable,
      stateName: names.get(assessment.stateCode) ?? assessment.stateCode,
      part: file.kind === 'part' && file.part ? file.part : null,
    });
  }
  return { cycles, problems };
}

/** A shared cycle as plain data to post between threads: its pack named by key, not copied. */
export type PortableSharedCycle = Omit<SharedCycle, 'pack'> & { packKey: string };

/**
 * What one shared file gives the regional view, as plain data (structured-clone safe): its cycles
 * with their packs named by `packKey`, the packs they name that the receiver does not know (the
 * file's own copies of versions the app does not ship: sent once per file, not per cycle), and
 * the problems (`region.pack-missing`).
 */
export interface SharedFileCycles {
  fileName: string;
  cycles: PortableSharedCycle[];
  packs: ChecklistPack[];
  problems: Failure[];
}

/**
 * `sharedCyclesFromExport` as plain data to post from a Worker (io/regionWorker.ts): the bundled
 * packs (`knownPacks`, which the main thread has too) are named by key, not copied — each shared
 * file carries a copy of its pack, most of its bytes. `sharedCyclesOfFile` is the way back.
 */
export function sharedFileCycles(
  file: ExportFile,
  fileName: string,
  knownPacks: readonly ChecklistPack[] = [],
): SharedFileCycles {
  const { cycles, problems } = sharedCyclesFromExport(file, fileName, knownPacks);
  const known = new Set(knownPacks);
  const packs = new Map<string, ChecklistPack>();
  const portable = cycles.map(({ pack, ...cycle }) => {
    const key = packKey(pack);
    if (!known.has(pack)) packs.set(key, pack);
    return { ...cycle, packKey: key };
  });
  return { fileName, cycles: portable, packs: [...packs.values()], problems };
}

/**
 * The shared cycles of `sharedFileCycles`'s plain data again, each with its pack object: the
 * file's own packs first, then `knownPacks` (the same bundled packs the sender named). A cycle
 * whose pack is in neither is a bug of the sender: it throws.
 */
export function sharedCyclesOfFile(
  data: SharedFileCycles,
  knownPacks: readonly ChecklistPack[] = [],
): SharedCycle[] {
  const packs = new Map<string, ChecklistPack>();
  for (const p of [...knownPacks, ...data.packs]) packs.set(packKey(p), p);
  return data.cycles.map(({ packKey: key, ...cycle }) => {
    const pack = packs.get(key);
    if (!pack) throw new Error(`sharedCyclesOfFile: pack ${key} was not sent`);
    return { ...cycle, pack };
  });
}
