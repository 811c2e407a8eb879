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
    return fail(`${fileName}: (top level): is not valid JSON (${detail})`);
  }
  return parsePack(data, fileName);
}

/** Dataset rules for the bundled pack (installed packs only need to pass the schema). */
export const DATASET_RULES = {
  minActionsPerNorm: 4,
  maxActionsPerNorm: 8,
  minActionsPerFocusArea: 5,
};

export interface DatasetCounts {
  /** Active actions per norm, in the pack's norm order. */
  perNorm: { id: string; count: number }[];
  /** Active actions per focus area, in the pack's focus-area order. */
  perFocusArea: { id: string; count: number }[];
}

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
  };
}

/** Problems with the dataset rules, one line each, naming the file; empty when the rules are met. */
export function checkDatasetRules(
  fileName: string,
  pack: ChecklistPack,
  rules: typeof DATASET_RULES = DATASET_RULES,
): string[] {
  const { perNorm, perFocusArea } = countActions(pack);
  const problems: string[] = [];
  for (const { id, count } of perNorm) {
    if (count < rules.minActionsPerNorm || count > rules.maxActionsPerNorm) {
      problems.push(
        `${fileName}: norm "${id}": has ${plural(count)}; the dataset rule is ${rules.minActionsPerNorm}–${rules.maxActionsPerNorm}`,
      );
    }
  }
  for (const { id, count } of perFocusArea) {
    if (count < rules.minActionsPerFocusArea) {
      problems.push(
        `${fileName}: focus area "${id}": has ${plural(count)}; the dataset rule is at least ${rules.minActionsPerFocusArea}`,
      );
    }
  }
  return problems;
}

const plural = (count: number) => `${count} active action${count === 1 ? '' : 's'}`;
