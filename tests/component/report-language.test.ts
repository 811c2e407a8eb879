import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import ReportLanguageSelect from '../../src/views/Report/ReportLanguageSelect.svelte';
import { registerPseudoLocale } from '../../src/lib/i18n/languagePacks';
import { installedLocales, registerLocale, unregisterLocale } from '../../src/lib/i18n/locales';
import { LANGUAGE_KEY } from '../../src/lib/state/language';

describe('report language select (issue 17)', () => {
  afterEach(() => {
    for (const { tag } of installedLocales()) unregisterLocale(tag);
    localStorage.clear();
  });

  it('lists every language the app lists (packs and the pseudo-locale), each in its own name', () => {
    registerPseudoLocale();
    registerLocale({ tag: 'th', name: 'ไทย', dir: 'ltr', messages: {}, origin: 'pack' });
    render(ReportLanguageSelect, { value: 'en' });
    const select = screen.getByRole('combobox', { name: 'Report language' });
    expect(select).toHaveValue('en');
    expect(select).toHaveAccessibleDescription(/The screens keep theirs/);
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.getAttribute('value'))).toEqual(['en', 'en-XA', 'th']);
    expect(screen.getByRole('option', { name: 'ไทย' })).toHaveAttribute('lang', 'th');
    expect(options[1]!.textContent).toBe('[ÉÉñĝļîîšĥ (þšééûûďöö)]');
  });

  it('changes only the report: nothing is remembered and the screens keep their language', async () => {
    registerPseudoLocale();
    render(ReportLanguageSelect, { value: 'en' });
    const select = screen.getByRole('combobox', { name: 'Report language' });
    select.focus();
    await userEvent.selectOptions(select, 'en-XA');
    expect(select).toHaveValue('en-XA');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBeNull();
    expect(document.documentElement.lang).not.toBe('en-XA');
  });
});
