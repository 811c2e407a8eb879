import { failureOf } from '../domain/result';
import { restoreAssessments, type ManageFailure } from '../storage/trash';

/** Why a restore was refused (for components, which do not import storage). */
export type RestoreFailure = ManageFailure;

/**
 * Takes one assessment out of the trash for a screen that was opened on it by its address (the
 * workspace, dashboard, report or details screen). Returns the failure to show, or null when the
 * assessment is back; the screen then loads it again (the workspace's live query does so by itself).
 */
export async function restoreFromTrash(assessmentId: string): Promise<ManageFailure | null> {
  const restored = await restoreAssessments([assessmentId]);
  return restored.ok ? null : failureOf(restored);
}
