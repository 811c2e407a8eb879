import type { PdfProgress } from '../report/pdfWriter';
import { queuedTask } from '../io/nextTask';

/**
 * A report being made on the Report screen: how far it is (the page being laid out, the share of
 * the work done) and a way to stop it. The PDF writer pauses between rows, blocks, pages and the
 * lines of a long cell (io/nextTask queuedTask), so the screen stays responsive while a long report is written (issue 18: 72
 * actions with 18,000-character notes froze the tab, with no progress and no way to cancel).
 */
export class ReportRun {
  /** Whether a report is being made. */
  running = $state(false);
  /** The page being laid out (0 before layout starts). */
  page = $state(0);
  /** 0…1, the share of the report's text laid out. */
  done = $state(0);
  /** Cancel was asked for and the writer has not stopped yet. */
  cancelling = $state(false);
  private controller: AbortController | null = null;

  /**
   * Runs one report job with the writer's options (progress, signal, nextTask). Resolves with
   * the job's value, or with null when it was cancelled; any other error is the job's and
   * rejects as it did. One job at a time: a second call while one runs is a bug.
   */
  async run<T>(
    job: (options: {
      onProgress: (progress: PdfProgress) => void;
      signal: AbortSignal;
      nextTask: () => Promise<void>;
    }) => Promise<T>,
  ): Promise<T | null> {
    if (this.controller) throw new Error('A report is already being made');
    const controller = new AbortController();
    this.controller = controller;
    this.running = true;
    this.cancelling = false;
    this.page = 0;
    this.done = 0;
    try {
      return await job({
        onProgress: ({ page, done }) => {
          this.page = page;
          this.done = done;
        },
        signal: controller.signal,
        // Behind the tasks already queued, not ahead of them as scheduler.yield() would be: the
        // writer pauses every ~40 ms for seconds on end (io/nextTask queuedTask).
        nextTask: queuedTask,
      });
    } catch (e) {
      if (controller.signal.aborted) return null;
      throw e;
    } finally {
      this.controller = null;
      this.running = false;
      this.cancelling = false;
    }
  }

  /** Stops the report being made at its next pause (within a frame or two). */
  cancel(): void {
    if (!this.controller || this.controller.signal.aborted) return;
    this.cancelling = true;
    this.controller.abort();
  }
}
