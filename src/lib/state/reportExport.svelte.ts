import type { ReportFailure } from '../schema/failures';

/**
 * The one runner of the Report screen's file buttons (PDF, Word, CSV, XLSX): while a file is
 * made the buttons are disabled (`busy`); however the work ends — made, cancelled or thrown — they
 * are enabled again, and a throw becomes a typed failure (`report.not-made`) the screen says
 * with `describeFailure`. Before this, an XLSX export whose writer never settled or threw left
 * all eight buttons disabled with no message until a reload.
 */
export class ReportExport {
  /** A file is being made: the buttons are disabled. */
  busy = $state(false);
  /** Why the last file was not made (null when it was, or none was asked for yet). */
  failure = $state<ReportFailure | null>(null);

  /**
   * Runs `work`, which makes and downloads one file of kind `file`. Resolves with its value, or
   * with undefined when it threw (then `failure` says so; the error goes to the console for a
   * bug report). Never rejects.
   */
  async run<T>(file: ReportFailure['file'], work: () => Promise<T>): Promise<T | undefined> {
    this.busy = true;
    this.failure = null;
    try {
      return await work();
    } catch (e) {
      console.error(e);
      this.failure = { code: 'report.not-made', file };
      return undefined;
    } finally {
      this.busy = false;
    }
  }
}
