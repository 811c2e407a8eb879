import { configure, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import ReportProgress from '../../src/views/Report/ReportProgress.svelte';
import ReportView from '../../src/views/Report/ReportView.svelte';
import { ReportRun } from '../../src/lib/state/reportRun.svelte';
import type { PdfProgress, WriteOptions } from '../../src/lib/report/pdfWriter';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { describeFailure } from '../../src/lib/i18n/failures';
import { createAssessment } from '../../src/lib/storage/assessments';
import { addState } from '../../src/lib/storage/states';
import { downloadFile } from '../../src/lib/io/files';
import type * as FilesModule from '../../src/lib/io/files';
import { useFreshDatabase } from './support/useFreshDatabase';

/**
 * Issue 18: a report of 72 actions with 18,000-character notes froze the tab with no progress and
 * no way to cancel. While a PDF is made the screen says how far it is (a progress bar and
 * "Page n") and offers Cancel, which stops the writer at its next pause.
 *
 * Then (session 6, long notes in Chromium): "Cancel the PDF" was hard to hit and "Making the PDF…"
 * was shown twice. The progress area is rendered once per run: progress changes only its text and
 * the bar's value, so Cancel stays the same element and keeps keyboard focus; the page number is
 * not a live region (the status line says "Making the PDF…" once, and the outcome at the end).
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
    started: () => report !== null,
    progress: (p: PdfProgress) => report!(p),
    finish: (v: string) => finish!(v),
    aborted: () => signal?.aborted ?? false,
  };
}

/** The writer the Report screen calls (makeReportPdf), replaced by a fake one the test drives. */
const writer = vi.hoisted(() => ({ current: null as null | ReturnType<typeof fakeWriter> }));
vi.mock('../../src/lib/report/makeReport', () => ({
  makeReportPdf: (_input: unknown, _fonts: unknown, options: Required<WriteOptions>) =>
    writer.current!.job(options).then(() => ({
      bytes: new Uint8Array([37, 80, 68, 70]),
      pages: 40,
      fileName: 'report.pdf',
    })),
}));
vi.mock('../../src/lib/report/fonts', () => ({ loadBrowserFonts: () => Promise.resolve({}) }));
vi.mock('../../src/lib/io/files', async (original) => ({
  ...(await original<typeof FilesModule>()),
  downloadFile: vi.fn(),
}));

configure({ asyncUtilTimeout: 8000 });

describe('report progress and cancel (issue 18)', () => {
  it('shows the page being laid out and a progress bar while the PDF is made, then goes', async () => {
    const run = new ReportRun();
    render(ReportProgress, { run });
    expect(screen.queryByRole('progressbar')).toBeNull();
    const writer = fakeWriter();
    const made = run.run(writer.job);
    expect(await screen.findByRole('progressbar', { name: 'Progress of the PDF' })).toBeVisible();
    writer.progress({ page: 7, done: 0.25 });
    expect(await screen.findByText('Page 7')).toBeVisible();
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

describe('Report › Make PDF, then Cancel while it runs', () => {
  useFreshDatabase();
  beforeEach(() => {
    writer.current = fakeWriter();
    vi.mocked(downloadFile).mockClear();
  });

  async function openReport() {
    await addState('TL');
    const r = await createAssessment(
      {
        stateCode: 'TL',
        title: 'Timor-Leste 2026',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        leadAgency: 'ANC',
        people: ['Ana'],
        alias: '2026',
      },
      bundledPack,
      'Ana',
    );
    if (!r.ok) throw new Error(describeFailure(r));
    render(ReportView, { params: { id: r.value.id }, query: new URLSearchParams() });
    await userEvent.click(await screen.findByRole('button', { name: 'Make PDF' }));
    return screen.findByRole('button', { name: 'Cancel the PDF' });
  }

  it('keeps the same Cancel button, with focus, through the progress; says each page once', async () => {
    const cancel = await openReport();
    cancel.focus();
    for (let page = 1; page <= 12; page += 1) {
      writer.current!.progress({ page, done: page / 40 });
      await tick();
      expect(screen.getByRole('button', { name: 'Cancel the PDF' })).toBe(cancel);
      expect(cancel).toHaveFocus();
      expect(screen.getAllByText(`Page ${page}`)).toHaveLength(1);
    }
    // "Making the PDF…" once (the status line), and the page number outside any live region.
    expect(screen.getAllByText('Making the PDF…')).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('Making the PDF…');
    expect(screen.getByText('Page 12').closest('[aria-live], [role="status"]')).toBeNull();
    expect(screen.getByRole('progressbar', { name: 'Progress of the PDF' })).toHaveAttribute(
      'value',
      String(12 / 40),
    );
  });

  it('Cancel from the keyboard stops the work: no download, a clear sentence, focus on Make PDF', async () => {
    const cancel = await openReport();
    writer.current!.progress({ page: 5, done: 0.1 });
    cancel.focus();
    await userEvent.keyboard('{Enter}');
    expect(writer.current!.aborted()).toBe(true);
    expect(await screen.findByText('Cancelled: no file was made.')).toHaveRole('status');
    expect(screen.queryByRole('button', { name: 'Cancel the PDF' })).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(downloadFile).not.toHaveBeenCalled();
    const makePdf = screen.getByRole('button', { name: 'Make PDF' });
    expect(makePdf).toBeEnabled();
    expect(makePdf).toHaveFocus();
  });

  it('a run left to finish downloads the file once and says so', async () => {
    await openReport();
    writer.current!.progress({ page: 40, done: 1 });
    writer.current!.finish('done');
    expect(await screen.findByText(/^Made report\.pdf \(40 pages/)).toHaveRole('status');
    expect(downloadFile).toHaveBeenCalledTimes(1);
    expect(vi.mocked(downloadFile).mock.calls[0]![0]).toBe('report.pdf');
  });
});
