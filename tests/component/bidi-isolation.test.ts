import { configure, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import StatesSection from '../../src/views/Home/StatesSection.svelte';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { createAssessment } from '../../src/lib/storage/assessments';
import { addState } from '../../src/lib/storage/states';

/** Issue 12: a bidi override in user text must not reorder the screen around it. */
configure({ asyncUtilTimeout: 4000 });

useFreshDatabase({ clearAddress: true });

describe('user text is isolated', () => {
  it('an assessment title holding U+202E is shown inside a <bdi>', async () => {
    const title = 'Cycle \u202E2026 evil';
    await addState('TL');
    const r = await createAssessment(
      {
        stateCode: 'TL',
        title,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        leadAgency: '',
        people: [],
        alias: '2026',
      },
      bundledPack,
      'Ana',
    );
    expect(r.ok).toBe(true);
    render(StatesSection);
    // The override is removed where the title is stored (schema/text withoutDisguise: it made
    // "6202 aisyalaM" read "Malaysia 2026", tester J), and what is left is still isolated.
    const shown = 'Cycle 2026 evil';
    const link = await screen.findByRole('link', { name: shown });
    const isolating = link.querySelector('bdi');
    expect(isolating).not.toBeNull();
    expect(isolating!.textContent).toBe(shown);
    expect(isolating!.textContent).not.toContain('\u202E');
  });
});
