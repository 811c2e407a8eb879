import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import DataTable from '../../src/components/DataTable.svelte';

/** The one frame of tables of figures (DataTable): caption, or a label from elsewhere, and rows. */
const rows = createRawSnippet(() => ({
  render: () => '<tbody><tr><th scope="row">Norm A</th><td class="num">50 %</td></tr></tbody>',
}));

describe('DataTable', () => {
  it('names the table by its caption and renders the rows it is given', () => {
    render(DataTable, {
      caption: 'Scores by norm',
      columns: ['Norm', { label: 'Score', num: true }, { label: 'Remove', hidden: true }],
      children: rows,
    });
    const table = screen.getByRole('table', { name: 'Scores by norm' });
    expect(table.querySelector('caption')?.classList.contains('visually-hidden')).toBe(false);
    expect(screen.getByRole('rowheader', { name: 'Norm A' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '50 %' })).toBeInTheDocument();
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent?.trim())).toEqual(['Norm', 'Score', 'Remove']);
    expect(headers[1]?.classList.contains('num')).toBe(true);
    expect(headers[2]?.querySelector('.visually-hidden')?.textContent).toBe('Remove');
  });

  it('keeps a hidden caption for screen readers, or is labelled by another element', () => {
    const { unmount } = render(DataTable, {
      caption: 'Cycles',
      captionHidden: true,
      columns: ['Cycle'],
      children: rows,
    });
    const caption = screen.getByRole('table', { name: 'Cycles' }).querySelector('caption');
    expect(caption?.classList.contains('visually-hidden')).toBe(true);
    unmount();
    document.body.innerHTML = '<h3 id="parts">Parts</h3>';
    render(DataTable, { labelledby: 'parts', columns: ['State'], children: rows });
    const table = screen.getByRole('table', { name: 'Parts' });
    expect(table.querySelector('caption')).toBeNull();
  });
});
