import type { DatasetFailure } from '../schema/failures';
import type { ChecklistPack } from '../schema/pack';
import { activeActions } from './pack';
import { parsePack } from './parsePack';
import { fail, type Result } from './result';

/**
 * One path from a file's text to a checked pack, shared by the CLI (`npm run check:data`), the unit
 * tests and the app's pack installer: JSON.parse with a readable message, then `parsePack` (the
 * untrusted-shape check and the schema). Every message starts with the file name.
 */
export function checkPackFile(fileName: string, text: string): Result<ChecklistPack> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail({ code: 'file.not-json', source: fileName, detail });
  }
  return parsePack(data, fileName);
}

/**
 * Review rules of OUR bundled unofficial pack (asean-nic-gge2015): 4–10 active actions a norm
 * (1.0.0 had 4–8; 1.1.0 widened it to take the coverage of the November 2026 review, preferring
 * rewording or merging to padding) and at least 5 a focus area. They are editorial rules for that
 * pack, not rules of the pack format: an official or national pack may have any number of items,
 * and installed packs only need to pass the schema.
 */
export const DATASET_RULES = {
  minActionsPerNorm: 4,
  maxActionsPerNorm: 10,
  minActionsPerFocusArea: 5,
};

export interface DatasetCounts {
  /** Active actions per norm, in the pack's norm order. */
  perNorm: { id: string; count: number }[];
  /** Active actions per focus area, in the pack's focus-area order. */
  perFocusArea: { id: string; count: number }[];
  /** Active actions mapped to no focus area (they count in no focus-area score). */
  unmapped: number;
}

/** Active actions per norm and per focus area, and how many map to no focus area. */
export function countActions(pack: ChecklistPack): DatasetCounts {
  const active = activeActions(pack);
  return {
    perNorm: pack.norms.map((n) => ({
      id: n.id,
      count: active.filter((a) => a.normId === n.id).length,
    })),
    perFocusArea: pack.focusAreas.map((f) => ({
      id: f.id,
      count: active.filter((a) => a.focusAreaIds.includes(f.id)).length,
    })),
    unmapped: active.filter((a) => a.focusAreaIds.length === 0).length,
  };
}

/**
 * Count problems against `rules`, as typed failures (`dataset.norm-count`, `dataset.area-count`)
 * whose `source` is the file; empty when the rules are met. Worded by `describeFailure`.
 */
export function checkDatasetRules(
  fileName: string,
  pack: ChecklistPack,
  rules: typeof DATASET_RULES = DATASET_RULES,
): DatasetFailure[] {
  const { perNorm, perFocusArea } = countActions(pack);
  const problems: DatasetFailure[] = [];
  for (const { id, count } of perNorm) {
    if (count < rules.minActionsPerNorm || count > rules.maxActionsPerNorm) {
      problems.push({
        code: 'dataset.norm-count',
        source: fileName,
        id,
        count,
        min: rules.minActionsPerNorm,
        max: rules.maxActionsPerNorm,
      });
    }
  }
  for (const { id, count } of perFocusArea) {
    if (count < rules.minActionsPerFocusArea) {
      problems.push({
        code: 'dataset.area-count',
        source: fileName,
        id,
        count,
        min: rules.minActionsPerFocusArea,
      });
    }
  }
  return problems;
}

/** Pack ids of the packs this project compiles and reviews (checklist-data/). */
export const UNOFFICIAL_PACK_ID = 'asean-nic-gge2015';
export const OFFICIAL_TEXT_PACK_ID = 'un-gge2015-para13';

/**
 * Rules of an official-text-only pack (the clause pack): status "official"; every active practical
 * action is an exact clause of its norm (a substring of `officialText`), quoted ("official-text"),
 * with no focus-area mapping of ours. One typed failure a problem (`source`: the file).
 */
export function checkOfficialTextOnly(fileName: string, pack: ChecklistPack): DatasetFailure[] {
  const source = fileName;
  const problems: DatasetFailure[] = [];
  if (pack.status !== 'official') problems.push({ code: 'dataset.official-status', source });
  const textOf = new Map(pack.norms.map((n) => [n.id, n.officialText]));
  for (const action of activeActions(pack)) {
    const actionId = action.id;
    if (!(textOf.get(action.normId) ?? '').includes(action.text))
      problems.push({ code: 'dataset.not-a-clause', source, actionId, normId: action.normId });
    if (action.source.basis !== 'official-text')
      problems.push({ code: 'dataset.basis-not-official', source, actionId });
    if (action.focusAreaIds.length > 0)
      problems.push({ code: 'dataset.official-mapped', source, actionId });
  }
  return problems;
}

/** How many practical actions of ours may claim NIC origin: the three publicly described. */
const NIC_PUBLIC_ACTIONS = 3;

/**
 * Review rules of our unofficial pack beyond the counts: every focus-area mapping is marked as our
 * judgement, only the three publicly described NIC practical actions claim NIC origin, nothing
 * rests on a staging host, and (format 2) no GGE-2021 practical action claims to quote official
 * text. One typed failure a problem (`source`: the file), the count rules' first.
 */
export function checkUnofficialPack(fileName: string, pack: ChecklistPack): DatasetFailure[] {
  const source = fileName;
  const problems = checkDatasetRules(fileName, pack);
  if (pack.status !== 'unofficial') problems.push({ code: 'dataset.unofficial-status', source });
  // 1.0.0 is kept byte-identical as shipped; the review's findings are fixed from 1.1.0 on.
  const reviewed = pack.version !== '1.0.0';
  for (const action of pack.actions) {
    const actionId = action.id;
    if (action.focusAreaIds.length > 0 && action.focusAreaMapping !== 'judgement')
      problems.push({ code: 'dataset.mapping-not-judgement', source, actionId });
    if (reviewed && action.source.url && /\/\/uat\./.test(action.source.url))
      problems.push({ code: 'dataset.staging-url', source, actionId });
    if (action.source.kind === 'gge-2021' && action.source.basis === 'official-text')
      problems.push({ code: 'dataset.gge2021-official', source, actionId });
  }
  const nic = activeActions(pack).filter((a) => a.source.kind === 'nic-public');
  if (nic.length > NIC_PUBLIC_ACTIONS)
    problems.push({
      code: 'dataset.nic-claims',
      source,
      count: nic.length,
      allowed: NIC_PUBLIC_ACTIONS,
    });
  return problems;
}

/**
 * The review checks `npm run check:data` applies to a pack in checklist-data/, by pack id (packs
 * with another id only need to pass the schema): typed failures, worded by `describeFailure`;
 * empty when all pass.
 */
export function reviewBundledPack(fileName: string, pack: ChecklistPack): DatasetFailure[] {
  if (pack.id === UNOFFICIAL_PACK_ID) return checkUnofficialPack(fileName, pack);
  if (pack.id === OFFICIAL_TEXT_PACK_ID) return checkOfficialTextOnly(fileName, pack);
  return [];
}
