import { describe, expect, it } from 'vitest';
import { detailsForm, formUnchanged } from '../../src/lib/domain/assessmentDetails';

const stored = {
  title: 'Timor-Leste 2026',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  leadAgency: 'ANC',
  people: ['Ana', 'Bui'],
  alias: '2026',
  summary: undefined,
};

describe('the Edit details form and its draft', () => {
  it('fills the form with people one a line', () => {
    expect(detailsForm(stored as never)).toMatchObject({
      people: 'Ana\nBui',
      title: 'Timor-Leste 2026',
    });
  });

  it('keeps no draft while the form equals what it was filled from', () => {
    expect(formUnchanged(detailsForm(stored as never), stored as never)).toBe(true);
  });

  it('keeps a draft once any field differs, people included', () => {
    const form = detailsForm(stored as never);
    expect(formUnchanged({ ...form, people: 'Ana' }, stored as never)).toBe(false);
    expect(formUnchanged({ ...form, alias: '2026 H1' }, stored as never)).toBe(false);
  });
});
