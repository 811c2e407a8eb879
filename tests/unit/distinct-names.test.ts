import { describe, expect, it } from 'vitest';
import { distinctShortNames } from '../../src/lib/domain/names';

const a = (alias: string, title: string) => ({ alias, title });

describe('distinctShortNames', () => {
  it('keeps short names that are already distinct', () => {
    expect(distinctShortNames([a('2022', 'Review'), a('2024', 'Review')])).toEqual([
      '2022',
      '2024',
    ]);
  });

  it('uses "title (alias)" where a short name is shared, and numbers what is still the same', () => {
    expect(
      distinctShortNames([
        a('2024', 'Mid-year'),
        a('2024', 'Annual'),
        a('2026', 'Annual'),
        a('', 'Copy'),
        a('', 'Copy'),
      ]),
    ).toEqual(['Mid-year (2024)', 'Annual (2024)', '2026', 'Copy', 'Copy (2)']);
  });
});
