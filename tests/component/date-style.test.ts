import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import DateStyleSetting from '../../src/components/DateStyleSetting.svelte';
import { formatDay } from '../../src/lib/i18n/format';
import { chooseDateStyle } from '../../src/lib/state/displaySettings.svelte';

describe('date style setting (issue 13 item 7)', () => {
  afterEach(() => chooseDateStyle('day-month'));

  it('offers each style with an example, applies the choice everywhere and remembers it', async () => {
    render(DateStyleSetting);
    const group = screen.getByRole('group', { name: /Date format/ });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '30 Nov 2026' })).toBeChecked();
    expect(formatDay('2026-01-05')).toBe('5 Jan 2026');

    await userEvent.click(screen.getByRole('radio', { name: '2026-11-30' }));
    expect(screen.getByRole('radio', { name: '2026-11-30' })).toBeChecked();
    expect(formatDay('2026-01-05')).toBe('2026-01-05');
    expect(localStorage.getItem('nic.display.dateStyle')).toBe('iso');

    await userEvent.click(screen.getByRole('radio', { name: 'Nov 30, 2026' }));
    expect(formatDay('2026-01-05')).toBe('Jan 5, 2026');
    expect(localStorage.getItem('nic.display.dateStyle')).toBe('month-day');
  });
});
