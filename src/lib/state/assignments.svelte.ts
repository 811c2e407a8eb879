import type { AgencyAssignment, Assignments } from '../schema/assignments';
import type { Failure } from '../schema/failures';
import { failureOf } from '../domain/result';
import type { ChecklistPack } from '../schema/pack';
import {
  getAssignments,
  saveAssignments,
  type AssignmentsSaveFailure,
} from '../storage/assignments';

/**
 * The assignments of one assessment on screen: read once, written whole with the revision they
 * were read at. A refused write (another tab or an import wrote first) shows the stored record
 * and says so, as the answers do.
 */
export class AssignmentsState {
  record = $state.raw<Assignments | null>(null);
  corrupt = $state.raw<Failure | null>(null);
  /** Why the last save was refused (null when it was stored). */
  failure = $state.raw<AssignmentsSaveFailure | null>(null);
  /** Whether the last save was stored (for a short confirmation). */
  saved = $state(false);
  saving = $state(false);
  readonly list: readonly AgencyAssignment[] = $derived(this.record?.assignments ?? []);

  constructor(readonly assessmentId: string) {}

  async load(): Promise<void> {
    const stored = await getAssignments(this.assessmentId);
    this.record = stored.record;
    this.corrupt = stored.corrupt ?? null;
  }

  /** Writes `next` over what was read; returns whether it was stored. */
  async save(next: readonly AgencyAssignment[], pack: ChecklistPack, by: string): Promise<boolean> {
    if (!this.record) return false;
    this.saving = true;
    this.saved = false;
    try {
      const r = await saveAssignments({
        assessmentId: this.assessmentId,
        expectedRev: this.record.rev,
        assignments: next,
        pack,
        by,
      });
      if (r.ok) {
        this.record = r.value;
        this.corrupt = null;
        this.failure = null;
        this.saved = true;
        return true;
      }
      if (r.code === 'save.conflict') this.record = r.current;
      this.failure = failureOf(r);
      return false;
    } finally {
      this.saving = false;
    }
  }
}
