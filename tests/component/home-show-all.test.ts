import { configure, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import StatesSection from '../../src/views/Home/StatesSection.svelte';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { describeFailure } from '../../src/lib/i18n/failures';
import { createAssessment, getAssessmentIncludingTrash } from '../../src/lib/storage/assessments';
import { addState } from '../../src/lib/storage/states';
import { trashAssessments } from '../../src/lib/storage/trash';

/** Issue 18: the home screen lists each State's latest cycles, with "Show all n cycles". */
configure({ asyncUtilTimeout: 4000 });

useFreshDatabase({ clearAddress: true });

async function cycles(stateCode: string, years: number[]): Promise<string[]> {
  await addState(stateCode);
  const ids: string[] = [];
  for (const year of years) {
    const r = await createAssessment(
      {
        stateCode,
        title: `${stateCode} ${year}`,
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        leadAgency: 'ANC',
        people: ['Ana'],
        alias: String(year),
      },
      bundledPack,
      'Ana',
    );
    if (!r.ok) throw new Error(describeFailure(r));
    ids.push(r.value.id);
  }
  return ids;
}

const titles = (list: HTMLElement) =>
  within(list)
    .getAllByRole('link', { name: /^TL \d{4}$/ })
    .map((a) => a.textContent);

describe('home: the latest cycles of each State, and "Show all"', () => {
  it('lists the latest three and shows the rest with the keyboard, then folds them again', async () => {
    await cycles('TL', [2021, 2025, 2022, 2024, 2023]);
    render(StatesSection);
    const list = await screen.findByRole('list', { name: 'Assessments of Timor-Leste' });
    expect(titles(list)).toEqual(['TL 2025', 'TL 2024', 'TL 2023']);

    const showAll = screen.getByRole('button', { name: /^Show all 5 cycles\s*— Timor-Leste$/ });
    expect(showAll).toHaveAttribute('aria-expanded', 'false');
    expect(showAll).toHaveAttribute('aria-controls', list.id);

    const user = userEvent.setup();
    showAll.focus();
    await user.keyboard('{Enter}');
    expect(titles(list)).toEqual(['TL 2025', 'TL 2024', 'TL 2023', 'TL 2022', 'TL 2021']);
    const fold = screen.getByRole('button', {
      name: /^Show only the latest 3 cycles\s*— Timor-Leste$/,
    });
    expect(fold).toHaveAttribute('aria-expanded', 'true');
    expect(fold).toHaveFocus();

    await user.keyboard(' ');
    expect(titles(list)).toEqual(['TL 2025', 'TL 2024', 'TL 2023']);
  });

  it('offers no button to a State with three cycles or fewer, and each State has its own', async () => {
    await cycles('TL', [2024, 2025, 2026]);
    await cycles('SG', [2020, 2021, 2022, 2023]);
    render(StatesSection);
    await screen.findByRole('list', { name: 'Assessments of Timor-Leste' });
    expect(screen.queryByRole('button', { name: /Timor-Leste$/, expanded: false })).toBeNull();
    expect(screen.getByRole('button', { name: /^Show all 4 cycles\s*— Singapore$/ })).toBeVisible();
  });

  it('reads the trash from the same read: a recent deletion stays listed there, not in the State', async () => {
    const [first] = await cycles('TL', [2024, 2025]);
    const trashed = await trashAssessments([first!]);
    expect(trashed.ok).toBe(true);
    render(StatesSection);
    const list = await screen.findByRole('list', { name: 'Assessments of Timor-Leste' });
    expect(titles(list)).toEqual(['TL 2025']);
    expect(screen.getByRole('heading', { name: /trash/i })).toBeVisible();
    expect((await getAssessmentIncludingTrash(first!)).ok).toBe(true);
  });
});
