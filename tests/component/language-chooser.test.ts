import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import LanguageChooser from '../../src/components/LanguageChooser.svelte';
import { installedLocales, registerLocale, unregisterLocale } from '../../src/lib/i18n/locales';
import { LANGUAGE_KEY } from '../../src/lib/state/language';

describe('language chooser (issue 17)', () => {
  afterEach(() => {
    for (const { tag } of installedLocales()) unregisterLocale(tag);
    localStorage.clear();
    vi.restoreAllMocks();
  });

  it('lists the installed languages by their own names; choosing one remembers it and reloads', async () => {
    registerLocale({ tag: 'th', name: 'ไทย', dir: 'ltr', messages: {} });
    registerLocale({ tag: 'ar', name: 'العربية', dir: 'rtl', messages: {} });
    const reload = vi.fn();
    render(LanguageChooser, { reload });
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(select).toHaveValue('en');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['English', 'العربية', 'ไทย']);
    expect(screen.getByRole('option', { name: 'ไทย' })).toHaveAttribute('lang', 'th');
    expect(screen.getByRole('option', { name: 'العربية' })).toHaveAttribute('dir', 'rtl');

    select.focus();
    await userEvent.selectOptions(select, 'ไทย');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('th');
    expect(reload).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when the browser refuses to remember the choice, and does not reload', async () => {
    registerLocale({ tag: 'th', name: 'ไทย', dir: 'ltr', messages: {} });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const reload = vi.fn();
    render(LanguageChooser, { reload });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'th');
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('refused to remember the language');
  });
});
