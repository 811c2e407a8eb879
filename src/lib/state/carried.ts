import type { ChecklistPack } from '../schema/pack';
import { notCarried, type NotCarried } from '../domain/carried';
import { listAnswers } from '../storage/answers';
import { getAssessment } from '../storage/assessments';
import { getPack } from '../storage/packs';
import type { Workspace } from './workspace.svelte';

/**
 * The answers of the earlier cycle `carriedFrom` that were not carried into an assessment on
 * `pack` (domain/carried.ts `notCarried`). Read from storage, so it holds for a cycle created
 * long ago too. An unreadable earlier cycle gives an empty list.
 */
export async function loadNotCarried(
  carriedFrom: string,
  pack: ChecklistPack,
): Promise<NotCarried[]> {
  const earlier = await listAnswers(carriedFrom);
  // An earlier cycle on another pack: its answers followed the packs' equivalences.
  const cycle = await getAssessment(carriedFrom);
  let sourcePack: ChecklistPack | undefined;
  if (cycle.ok && cycle.value.packId !== pack.id) {
    const got = await getPack(cycle.value.packId, cycle.value.packVersion);
    if (got.ok) sourcePack = got.value;
  }
  return notCarried(earlier.rows, pack, sourcePack);
}

/**
 * Confirms carried answers as they are: each one saved with `carried: false` through the
 * workspace's save queue (so "Saved", conflicts and history work as for any edit). Returns how
 * many were queued.
 */
export function confirmCarried(ws: Workspace, itemIds: readonly string[]): number {
  if (ws.readonly) return 0;
  for (const id of itemIds) ws.editAnswer(id, { carried: false });
  return itemIds.length;
}
