import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import LazyDetails from '../../src/components/LazyDetails.svelte';
import { readFilesText } from '../../src/lib/io/files';
import { t } from '../../src/lib/i18n';

/**
 * Issue 18 (regional view of 200 files): the tables of figures of many States are a disclosure
 * whose table is made only when opened; every figure is still there once opened. And the files are
 * read ahead of the work on them, each result still in the files' order.
 */
const table = createRawSnippet(() => ({
  render: () =>
    '<table><caption>Figures</caption><tbody><tr><th scope="row">Thailand</th><td>50 %</td></tr></tbody></table>',
}));

describe('LazyDetails', () => {
  it('closed: the table is not made until the user opens it, then every figure is there', async () => {
    render(LazyDetails, { summary: t.compare.figuresTable(193), open: false, children: table });
    expect(screen.getByText('Table of the figures (193 States)')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    await userEvent.setup().click(screen.getByText('Table of the figures (193 States)'));
    expect(await screen.findByRole('table', { name: 'Figures' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '50 %' })).toBeInTheDocument();
  });

  it('open (a few States): the table is shown at once', () => {
    render(LazyDetails, { summary: t.compare.figuresTable(1), open: true, children: table });
    expect(screen.getByText('Table of the figures (1 State)')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Figures' })).toBeInTheDocument();
  });
});

describe('readFilesText', () => {
  it('yields every file in order, reading ahead, a bad file as its failure', async () => {
    const files = Array.from(
      { length: 9 },
      (_, i) => new File([i === 4 ? new Uint8Array([0xc3, 0x28]) : `{"n":${i}}`], `f${i}.json`),
    );
    const seen: string[] = [];
    for await (const { file, text } of readFilesText(files, 3))
      seen.push(`${file.name}:${text.ok ? text.value : text.code}`);
    expect(seen).toEqual(
      files.map((f, i) => `${f.name}:${i === 4 ? 'file.not-text' : `{"n":${i}}`}`),
    );
  });
});
