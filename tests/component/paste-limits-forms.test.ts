import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import AssessmentSetupView from '../../src/views/AssessmentSetup/AssessmentSetupView.svelte';
import AssessmentDetailsView from '../../src/views/AssessmentSetup/AssessmentDetailsView.svelte';
import WorkspaceView from '../../src/views/Workspace/WorkspaceView.svelte';
import { db } from '../../src/lib/storage/db';
import { useFreshDatabase } from './support/useFreshDatabase';
import { seedAssessment } from '../fixtures/seedWorkspace';

/**
 * New-user report (session 5, uiwords item 4): "People involved" (New assessment) took an
 * over-long paste without a word and refused only at Create. Every text field of the New
 * assessment, details and workspace forms that has a length limit now says so the moment an
 * over-long text is pasted: a field with one `maxlength` says what the browser cut, a field of one
 * entry a line (people, evidence links) says which line is over its limit.
 */
const LIMIT_SENTENCE = /the limit is [\d,]+|at most [\d,]+/;
/** Longer than every limit of the app (the long texts hold 20,000 characters). */
const OVERLONG = 'Ministry of Foreign Affairs '.repeat(800);

configure({ asyncUtilTimeout: 6000 });
vi.setConfig({ testTimeout: 60_000 });
useFreshDatabase();

/** Pastes an over-long text into each field and expects the limit sentence at once. */
async function pasteIntoEach(fields: HTMLElement[]) {
  const user = userEvent.setup();
  const silent: string[] = [];
  for (const field of fields) {
    await user.click(field);
    await user.paste(OVERLONG);
    const description = field.getAttribute('aria-describedby') ?? '';
    const said = description
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (!LIMIT_SENTENCE.test(said)) silent.push(field.id || field.getAttribute('name') || '?');
  }
  return silent;
}

/** The free-text fields of a form (search boxes filter, they store nothing). */
const textFields = (root: HTMLElement) =>
  within(root)
    .getAllByRole('textbox')
    .filter((el) => (el as HTMLInputElement).type !== 'search');

describe('every limited text field says its limit as soon as a paste is over it', () => {
  it('New assessment: title, lead agency, people (one name a line) and alias', async () => {
    render(AssessmentSetupView, { params: {}, query: new URLSearchParams({ state: 'SG' }) });
    const form = (await screen.findByRole('button', { name: 'Create assessment' })).closest(
      'form',
    )!;
    const fields = textFields(form);
    expect(fields.length).toBeGreaterThanOrEqual(4);
    expect(await pasteIntoEach(fields)).toEqual([]);
    // The people field names the line and the limit, before Create is pressed.
    const people = screen.getByRole('textbox', { name: /People involved/ });
    expect(people).toHaveAccessibleDescription(
      /Line 1 is [\d,]+ characters long; each line may have at most 200/,
    );
    expect(people).toHaveAttribute('aria-invalid', 'true');
  });

  it('assessment details: every text field, people included', async () => {
    const a = await seedAssessment();
    render(AssessmentDetailsView, { params: { id: a.id }, query: new URLSearchParams() });
    const form = (await screen.findByRole('button', { name: 'Save details' })).closest('form')!;
    const fields = textFields(form);
    expect(fields.length).toBeGreaterThanOrEqual(5);
    expect(await pasteIntoEach(fields)).toEqual([]);
  });

  it('workspace: every text field of an action and every norm question', async () => {
    const a = await seedAssessment();
    render(WorkspaceView, { params: { id: a.id }, query: new URLSearchParams('norm=13a') });
    await screen.findByRole('heading', { level: 1, name: a.title });
    const action = await waitFor(() => {
      const el = document.querySelector<HTMLElement>('[data-item]');
      expect(el).not.toBeNull();
      return el!;
    });
    for (const d of action.querySelectorAll('details')) d.open = true;
    const norm = document.querySelector<HTMLElement>('[data-norm]')!;
    const fields = [...textFields(action), ...textFields(norm)];
    // Lead agency, evidence, links, notes; the norm questions the pack asks (challenges, needs…).
    expect(fields.length).toBeGreaterThanOrEqual(6);
    expect(await pasteIntoEach(fields)).toEqual([]);
  });
});

/**
 * New-user report (session 5, fixwords item 4): a tester saw no message at paste time for three
 * lines of 300 characters or one line of 20,000 in "People involved", and on Create got one
 * run-on sentence ("Person 1 … characters Person 2 … characters") with the field not marked.
 */
describe('People involved: the tester’s exact pastes', () => {
  const THREE_LINES = ['A'.repeat(300), 'B'.repeat(300), 'C'.repeat(300)].join('\n');
  const ONE_LINE = 'D'.repeat(20_000);

  for (const [name, text, length] of [
    ['three lines of 300 characters', THREE_LINES, 300],
    ['one line of 20,000 characters', ONE_LINE, 20_000],
  ] as const)
    it(`New assessment and Edit details: ${name} is said at paste and Create is refused without a run-on`, async () => {
      const user = userEvent.setup();
      const sentence = new RegExp(
        `^Line 1 is ${length.toLocaleString('en')} characters long; each line may have at most 200\\. Shorten it: the form cannot be saved as it is\\.$`,
      );
      const setup = render(AssessmentSetupView, {
        params: {},
        query: new URLSearchParams({ state: 'SG' }),
      });
      await screen.findByRole('button', { name: 'Create assessment' });
      await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Assessment 2026');
      const people = screen.getByRole('textbox', { name: /People involved/ });
      await user.click(people);
      await user.paste(text);
      expect(people).toHaveAccessibleDescription(sentence);
      expect(people).toHaveAttribute('aria-invalid', 'true');
      await user.click(screen.getByRole('button', { name: 'Create assessment' }));
      // Nothing created, no run-on sentence about persons: the one message is the field's own.
      expect(await db.assessments.count()).toBe(0);
      expect(document.body.textContent).not.toMatch(/Person 1/);
      expect(people).toHaveAttribute('aria-invalid', 'true');
      setup.unmount();

      const a = await seedAssessment();
      render(AssessmentDetailsView, { params: { id: a.id }, query: new URLSearchParams() });
      await screen.findByRole('button', { name: 'Save details' });
      const inDetails = screen.getByRole('textbox', { name: /People involved/ });
      await user.click(inDetails);
      await user.paste(text);
      expect(inDetails).toHaveAccessibleDescription(sentence);
      expect(inDetails).toHaveAttribute('aria-invalid', 'true');
    });
});
