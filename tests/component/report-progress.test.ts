import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ReportProgress from '../../src/views/Report/ReportProgress.svelte';
import { ReportRun } from '../../src/lib/state/reportRun.svelte';
import type { PdfProgress } from '../../src/lib/report/pdfWriter';

/**
 * Issue 18: a report of 72 actions with 18,000-character notes froze the tab with no progress and
 * no way to cancel. While a PDF is made the screen says how far it is (a progress bar and
 * "page n…", announced politely) and offers Cancel, which stops the writer at its next pause.
 */

/** A stand-in for the PDF writer: reports progress when told, and stops when its signal aborts. */
function fakeWriter() {
  let report: ((p: PdfProgress) => void) | null = null;
  let signal: AbortSignal | null = null;
  let finish: ((value: string) => void) | null = null;
  const job = (options: { onProgress: (p: PdfProgress) => void; signal: AbortSignal }) => {
    report = options.onProgress;
    signal = options.signal;
    return new Promise<string>((resolve, reject) => {
      finish = resolve;
      options.signal.addEventListener('abort', () =>
        reject(new DOMException('Cancelled', 'AbortError')),
      );
    });
  };
  return {
    job,
    progress: (p: PdfProgress) => report!(p),
    finish: (v: string) => finish!(v),
    aborted: () => signal?.aborted ?? false,
  };
}

describe('report progress and cancel (issue 18)', () => {
  it('shows the page being laid out and a progress bar while the PDF is made, then goes', async () => {
    const run = new ReportRun();
    render(ReportProgress, { run });
    expect(screen.queryByRole('progressbar')).toBeNull();
    const writer = fakeWriter();
    const made = run.run(writer.job);
    expect(await screen.findByRole('progressbar', { name: 'Progress of the PDF' })).toBeVisible();
    expect(screen.getByText('Making the PDF…')).toHaveAttribute('aria-live', 'polite');
    writer.progress({ page: 7, done: 0.25 });
    expect(await screen.findByText('Making the PDF: page 7…')).toBeVisible();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '0.25');
    writer.finish('file');
    expect(await made).toBe('file');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel the PDF' })).toBeNull();
  });

  it('Cancel stops the writer: the run resolves with nothing and the progress goes', async () => {
    const run = new ReportRun();
    render(ReportProgress, { run });
    const writer = fakeWriter();
    const made = run.run(writer.job);
    writer.progress({ page: 3, done: 0.1 });
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel the PDF' }));
    expect(writer.aborted()).toBe(true);
    expect(await made).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(run.running).toBe(false);
  });

  it('passes on a failure that is not a cancel', async () => {
    const run = new ReportRun();
    render(ReportProgress, { run });
    await expect(run.run(() => Promise.reject(new Error('fonts missing')))).rejects.toThrow(
      'fonts missing',
    );
    expect(run.running).toBe(false);
  });
});
