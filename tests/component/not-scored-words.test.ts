import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DeltaTable from '../../src/components/compare/DeltaTable.svelte';
import { scoreText } from '../../src/lib/i18n';

/**
 * A score that does not exist (every practical action of the norm not applicable) reads "not
 * scored" wherever a score is printed. A tester found "not scored" on the dashboard and in the
 * report's score tables, but "—" for the same norm on Compare and the timeline.
 */
describe('a norm with no score', () => {
  it('reads "not scored" in the one score formatter, and a figure otherwise', () => {
    expect(scoreText(null)).toBe('not scored');
    expect(scoreText(undefined)).toBe('not scored');
    expect(scoreText(41.9)).toBe('41%');
    expect(scoreText(0)).toBe('0%');
  });

  it('reads "not scored" in the comparison table, never a dash', () => {
    render(DeltaTable, {
      caption: 'Scores by norm',
      rowHeader: 'Norm',
      before: 'Older (2024)',
      after: 'Newer (2026)',
      rows: [
        {
          id: '13a',
          label: '13(a)',
          inOlder: true,
          inNewer: true,
          older: null,
          newer: 50,
          delta: null,
        },
        {
          id: '13b',
          label: '13(b)',
          inOlder: true,
          inNewer: true,
          older: 25,
          newer: 75,
          delta: 50,
        },
      ],
    });
    const row = screen.getByRole('row', { name: /13\(a\)/ });
    expect(within(row).getByText('not scored')).toBeInTheDocument();
    expect(row.textContent).not.toContain('—');
    expect(
      within(screen.getByRole('row', { name: /13\(b\)/ })).getByText('25%'),
    ).toBeInTheDocument();
  });
});
