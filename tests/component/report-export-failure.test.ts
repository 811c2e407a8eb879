import { configure, render, screen } from '@testing-library/svelte';
import type * as XlsxModule from '../../src/lib/report/xlsx';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import { seedAssessment } from '../fixtures/seedWorkspace';
import ReportView from '../../src/views/Report/ReportView.svelte';
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
  return (await seedAssessment({ people: ['Ana'] })).id;
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
