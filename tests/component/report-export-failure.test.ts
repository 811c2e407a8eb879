import { configure, render, screen } from '@testing-library/svelte';
import type * as XlsxModule from '../../src/lib/report/xlsx';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import ReportView from '../../src/views/Report/ReportView.svelte';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { describeFailure } from '../../src/lib/i18n/failures';
import { createAssessment } from '../../src/lib/storage/assessments';
import { addState } from '../../src/lib/storage/states';

/**
 * Report › "Download all answers (XLSX)" on an assessment with long notes: nothing downloaded,
 * all eight export buttons stayed disabled until a reload, and no message was shown. Whatever way
 * a file's writer fails, the buttons are enabled again and the screen says, in the app's words,
 * that the file was not made.
 */
vi.mock('../../src/lib/report/xlsx', async (original) => ({
  ...(await original<typeof XlsxModule>()),
  tableXlsx: () => Promise.reject(new Error('Worker refused by the Content Security Policy')),
}));

configure({ asyncUtilTimeout: 8000 });
useFreshDatabase();

async function assessment(): Promise<string> {
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
  return r.value.id;
}

describe('a report file that cannot be made', () => {
  it('enables the buttons again and says the spreadsheet was not made', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const id = await assessment();
    render(ReportView, { params: { id }, query: new URLSearchParams() });
    const xlsx = await screen.findByRole('button', { name: 'Download all answers (XLSX)' });
    await userEvent.click(xlsx);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /^The spreadsheet could not be made, so nothing was downloaded/,
    );
    expect(alert).not.toHaveTextContent('Content Security Policy');
    for (const name of ['Make PDF', 'Download all answers (XLSX)', 'Download action plan (XLSX)']) {
      expect(screen.getByRole('button', { name })).toBeEnabled();
    }
  });
});
