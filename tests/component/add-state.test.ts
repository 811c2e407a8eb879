import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import { seedAssessment } from '../fixtures/seedWorkspace';
import StatesSection from '../../src/views/Home/StatesSection.svelte';
import { stateAddition } from '../../src/lib/domain/states';
import { db } from '../../src/lib/storage/db';
import { addState } from '../../src/lib/storage/states';
import { trashState } from '../../src/lib/storage/trash';

/** Issue 16 (conventions): adding a State that is already there says so; nothing stored changes. */
configure({ asyncUtilTimeout: 4000 });

useFreshDatabase({ clearAddress: true });

async function seedTimorLeste() {
  await addState('TL');
  return seedAssessment();
}

const snapshot = async () => ({
  states: await db.states.toArray(),
  assessments: await db.assessments.toArray(),
});

describe('stateAddition (the rule)', () => {
  it('tells new, already there, in the trash and unknown apart', () => {
    const profiles = [{ code: 'TL' }];
    const trashed = [
      { id: 'a1', stateCode: 'SG' },
      { id: 'a2', stateCode: 'SG' },
    ];
    expect(stateAddition('TL', profiles, trashed)).toEqual({ kind: 'already-there', code: 'TL' });
    expect(stateAddition('SG', profiles, trashed)).toEqual({
      kind: 'in-trash',
      code: 'SG',
      ids: ['a1', 'a2'],
    });
    expect(stateAddition('MY', profiles, trashed)).toEqual({ kind: 'new', code: 'MY' });
    expect(stateAddition('TW', profiles, trashed)).toEqual({ kind: 'unknown', code: 'TW' });
  });
});

describe('Add State on the home screen', () => {
  it('says the State is already there, at the field, and stores nothing', async () => {
    const user = userEvent.setup();
    await seedTimorLeste();
    render(StatesSection);
    await screen.findByRole('heading', { level: 3, name: /Timor-Leste/ });
    const before = await snapshot();
    const field = screen.getByRole('combobox', { name: 'State' });
    await user.selectOptions(field, 'TL');
    await user.click(screen.getByRole('button', { name: 'Add State' }));
    const note = await screen.findByRole('alert');
    expect(note).toHaveTextContent('Timor-Leste is already in the list above; nothing was added.');
    expect(field).toHaveAccessibleDescription(/already in the list/);
    expect(await snapshot()).toEqual(before);
    // Choosing another State clears the sentence.
    await user.selectOptions(field, 'SG');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers to restore a State whose assessments are in the trash', async () => {
    const user = userEvent.setup();
    const a = await seedTimorLeste();
    const trashed = await trashState('TL');
    expect(trashed.ok).toBe(true);
    render(StatesSection);
    await screen.findByRole('heading', { name: 'Trash' });
    const before = await snapshot();
    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'TL');
    await user.click(screen.getByRole('button', { name: 'Add State' }));
    const note = await screen.findByRole('alert');
    expect(note).toHaveTextContent(
      'Timor-Leste was deleted: its assessment is in the trash. Restore Timor-Leste with it',
    );
    expect(await snapshot()).toEqual(before);
    await user.click(within(note).getByRole('button', { name: 'Restore Timor-Leste' }));
    await screen.findByRole('link', { name: 'Timor-Leste 2026' });
    expect((await db.assessments.get(a.id))?.deletedAt).toBeUndefined();
    expect(await db.states.get('TL')).toBeDefined();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('still adds a new State', async () => {
    const user = userEvent.setup();
    render(StatesSection);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'State' }), 'VN');
    await user.click(screen.getByRole('button', { name: 'Add State' }));
    await screen.findByRole('heading', { level: 3, name: /Viet Nam/ });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
