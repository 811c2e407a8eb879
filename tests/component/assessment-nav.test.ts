import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import AssessmentNav from '../../src/components/AssessmentNav.svelte';

const id = '4b0c5a57-52ad-4c6e-9d0a-0b5f3c3f1a01';
const earlier = '4b0c5a57-52ad-4c6e-9d0a-0b5f3c3f1a00';

describe('links between the screens of one assessment', () => {
  it('links every screen of the assessment and marks the open one', () => {
    render(AssessmentNav, { assessmentId: id, stateCode: 'VN', current: 'dashboard' });
    const nav = within(screen.getByRole('navigation', { name: 'This assessment' }));
    expect(nav.getByRole('link', { name: 'Answer the checklist' })).toHaveAttribute(
      'href',
      `#/assessments/${id}`,
    );
    expect(nav.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('link', { name: 'Gap report (PDF, CSV)' })).toHaveAttribute(
      'href',
      `#/assessments/${id}/report`,
    );
    expect(nav.getByRole('link', { name: 'Progress over time' })).toHaveAttribute(
      'href',
      '#/states/VN/timeline',
    );
    expect(nav.getByRole('link', { name: 'Compare with another cycle' })).toHaveAttribute(
      'href',
      `#/compare?b=${id}`,
    );
  });

  it('compares with the cycle the answers were carried from, when there is one', () => {
    render(AssessmentNav, {
      assessmentId: id,
      stateCode: 'VN',
      carriedFrom: earlier,
      current: 'answer',
    });
    expect(screen.getByRole('link', { name: 'Compare with another cycle' })).toHaveAttribute(
      'href',
      `#/compare?a=${earlier}&b=${id}`,
    );
    expect(screen.getByRole('link', { name: 'Answer the checklist' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});
