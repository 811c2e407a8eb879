import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import TextField from '../../src/components/workspace/TextField.svelte';
import AssessmentSetupView from '../../src/views/AssessmentSetup/AssessmentSetupView.svelte';
import { cutByLimit } from '../../src/lib/domain/fieldLimits';

/**
 * A tester pasted 20,001 characters into a notes field: the browser kept 20,000 (maxlength) and
 * nothing said so. The field now says how much of the paste was cut.
 */
describe('pasting more than a field holds', () => {
  function field(max: number, initial = '') {
    let value = initial;
    const view = render(TextField, {
      id: 'notes',
      label: 'Notes',
      value,
      max,
      oninput: (v: string) => {
        value = v;
        void view.rerender({ value });
      },
    });
    return () => value;
  }

  it('says how many characters were not kept, and forgets it once the user types', async () => {
    const user = userEvent.setup();
    const value = field(20);
    const box = screen.getByRole('textbox', { name: 'Notes' });
    await user.click(box);
    await user.paste('a'.repeat(21));
    expect(value()).toBe('a'.repeat(20));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The pasted text was too long: its last character was not kept (the limit is 20).',
    );
    await user.keyboard('{Backspace}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('counts what replaces a selection, and says nothing when the paste fits', async () => {
    const user = userEvent.setup();
    const value = field(10, 'abcdefghij');
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' });
    box.focus();
    box.setSelectionRange(0, 5);
    await user.paste('12345');
    expect(value()).toBe('12345fghij');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    box.setSelectionRange(0, 0);
    await user.paste('xyz');
    expect(screen.getByRole('alert')).toHaveTextContent('its last 3 characters were not kept');
  });
});

describe('small inputs outside the workspace (issue 16: one shared attachment)', () => {
  useFreshDatabase();

  it('the new assessment form says what a paste into the alias lost', async () => {
    const user = userEvent.setup();
    render(AssessmentSetupView, { params: {}, query: new URLSearchParams({ state: 'SG' }) });
    const alias = await screen.findByRole('textbox', { name: /Short alias/ });
    await user.click(alias);
    await user.paste('Singapore 2026 national self-assessment');
    expect(alias).toHaveValue('Singapore 2026 national ');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('its last 15 characters were not kept (the limit is 24)');
    expect(alias).toHaveAccessibleDescription(expect.stringContaining('the limit is 24'));
    // Typing on (here: deleting) forgets it.
    await user.keyboard('{Backspace}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(alias).not.toHaveAttribute('aria-describedby');
  });
});

describe('cutByLimit', () => {
  it('measures what maxlength cuts, in UTF-16 code units as the browser counts', () => {
    expect(cutByLimit('', { start: 0, end: 0 }, 'x'.repeat(20_001), 20_000)).toBe(1);
    expect(cutByLimit('abc', { start: 1, end: 2 }, 'xyz', 4)).toBe(1);
    expect(cutByLimit('abc', { start: 3, end: 3 }, '', 3)).toBe(0);
    expect(cutByLimit('', { start: 0, end: 0 }, '😀', 1)).toBe(1);
    // A selection outside the text (stale offsets) is clamped.
    expect(cutByLimit('ab', { start: 5, end: 9 }, 'c', 3)).toBe(0);
  });
});
