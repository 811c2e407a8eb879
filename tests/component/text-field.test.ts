import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import TextField from '../../src/components/workspace/TextField.svelte';

/**
 * TextField's one-line and multi-line controls take their shared attributes from one place
 * (issue 17, duplicates D5): both carry the limit, the state, the description and the value, and
 * report typing and leaving the same way.
 */
describe('TextField, one-line and multi-line alike', () => {
  for (const multiline of [true, false])
    it(`${multiline ? 'a text area' : 'a one-line field'} carries limit, state, description and value`, async () => {
      const user = userEvent.setup();
      const oninput = vi.fn();
      const onblur = vi.fn();
      render(TextField, {
        id: 'lead',
        label: 'Lead agency',
        value: 'CSA',
        max: 40,
        multiline,
        required: true,
        error: 'Too long',
        oninput,
        onblur,
      });
      const box = screen.getByRole('textbox', { name: 'Lead agency' });
      expect(box.tagName).toBe(multiline ? 'TEXTAREA' : 'INPUT');
      expect(box).toHaveValue('CSA');
      expect(box).toHaveAttribute('maxlength', '40');
      expect(box).toBeRequired();
      expect(box).toBeInvalid();
      expect(box).toHaveAccessibleDescription('3 / 40 characters Too long');
      await user.type(box, 'x');
      expect(oninput).toHaveBeenLastCalledWith('CSAx');
      await user.tab();
      expect(onblur).toHaveBeenCalledOnce();
    });

  it('a disabled field is disabled in both forms, and valid without an error', () => {
    for (const multiline of [true, false]) {
      const { unmount } = render(TextField, {
        id: 'f',
        label: 'Field',
        value: '',
        max: 5,
        multiline,
        disabled: true,
        oninput: () => {},
      });
      const box = screen.getByRole('textbox', { name: 'Field' });
      expect(box).toBeDisabled();
      expect(box).not.toHaveAttribute('aria-invalid');
      unmount();
    }
  });
});
