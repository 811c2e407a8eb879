import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import DateStyleSetting from '../../src/components/DateStyleSetting.svelte';
import { dateStyleChoices, formatDay, setCurrentLanguage } from '../../src/lib/i18n/format';
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

describe('date style choices in another language (issue 17, session 4 item 7)', () => {
  afterEach(() => {
    setCurrentLanguage('en');
    chooseDateStyle('day-month');
  });

  it('in French, two styles that read the same are one choice, each shown by its example', async () => {
    setCurrentLanguage('fr');
    chooseDateStyle('month-day');
    render(DateStyleSetting);
    const radios = screen.getAllByRole('radio');
    const names = radios.map((r) => r.closest('label')?.textContent?.trim());
    expect(names).toEqual(['30 nov. 2026', '2026-11-30']);
    expect(new Set(names).size).toBe(names.length);
    // The remembered month-day looks like day-month in French: that choice is checked.
    expect(screen.getByRole('radio', { name: '30 nov. 2026' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: '2026-11-30' }));
    expect(localStorage.getItem('nic.display.dateStyle')).toBe('iso');
  });

  it('lists the styles each choice stands for', () => {
    expect(dateStyleChoices('2026-11-30', 'fr')).toEqual([
      { styles: ['day-month', 'month-day'], example: '30 nov. 2026' },
      { styles: ['iso'], example: '2026-11-30' },
    ]);
    expect(dateStyleChoices('2026-11-30', 'en').map((c) => c.example)).toEqual([
      '30 Nov 2026',
      'Nov 30, 2026',
      '2026-11-30',
    ]);
  });
});
