import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from '../schema/assessment';
import type { ExportFile } from '../schema/exportFile';
import type { ChecklistPack } from '../schema/pack';
import { packComparability, type Comparability, type Cycle, type PackRef } from './compare';
import { activeActions, packKey } from './pack';
import { compareVersions, resolveItemId } from './packVersions';
import { scoreAssessment } from './scoring';

/**
 * The regional view: several States' assessments side by side, from export files that the States
 * chose to share (with the ASEAN Secretariat or a partner, with their consent). Pure. Nothing here
 * merges anyone's answers into another assessment: the view only reads the scores of each file.
 *
 * Scores are each State's own `scoreAssessment` result, against the pack version that State used.
 * Items are lined up across versions through `resolveItemId`, against a reference pack: the newest
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
}

export interface RegionalColumn {
  index: number;
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
  columns: RegionalColumn[];
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

export function buildRegionalView(cycles: readonly SharedCycle[]): RegionalView {
  const columns: RegionalColumn[] = cycles.map((c, index) => ({
    index,
    stateCode: c.assessment.stateCode,
    stateName: c.stateName,
    alias: c.assessment.alias,
    title: c.assessment.title,
    fileName: c.fileName,
    shareable: c.shareable,
    pack: { id: c.pack.id, version: c.pack.version, title: c.pack.title },
    overall: c.score.overall.score,
  }));

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
          const r = resolveItemId(reference, item.itemId);
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
    columns,
    norms,
    focusAreas,
    reference: reference
      ? { id: reference.id, version: reference.version, title: reference.title }
      : null,
    commonGaps,
    pairs,
  };
}

/**
 * The shared cycles of one export file, each scored against the pack version it was made with (the
 * file carries it; `knownPacks`, e.g. the bundled pack, are the fallback). Pure: reads the parsed
 * file (io/readExportFile.ts did every check), returns new objects, writes nothing anywhere.
 */
export function sharedCyclesFromExport(
  file: ExportFile,
  fileName: string,
  knownPacks: readonly ChecklistPack[] = [],
): { cycles: SharedCycle[]; problems: string[] } {
  const packs = new Map<string, ChecklistPack>();
  for (const p of [...knownPacks, ...file.packs]) packs.set(packKey(p), p);
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
  const problems: string[] = [];
  for (const assessment of file.assessments) {
    const pack = packs.get(packKey({ id: assessment.packId, version: assessment.packVersion }));
    if (!pack) {
      problems.push(
        `${fileName}: “${assessment.title}” needs checklist pack ${assessment.packId} ${assessment.packVersion}, which the file does not carry`,
      );
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
    });
  }
  return { cycles, problems };
}
