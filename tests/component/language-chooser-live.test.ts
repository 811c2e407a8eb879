import { configure, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import LanguageChooser from '../../src/components/LanguageChooser.svelte';
import ReportLanguageSelect from '../../src/views/Report/ReportLanguageSelect.svelte';
import { installedLocales, unregisterLocale } from '../../src/lib/i18n/locales';
import { saveLanguagePack } from '../../src/lib/storage/languagePacks';
import {
  installLanguagePackFile,
  removeInstalledLanguage,
} from '../../src/lib/state/languagePacks';
import { useLanguagePacks } from '../../src/lib/state/useLanguagePacks';
import type { LanguagePack } from '../../src/lib/schema/languagePack';

configure({ asyncUtilTimeout: 4000 });

/** Issue 17 (session 4, item 3): the language lists follow the installed packs without a reload. */

const pack = (tag: string, name: string): LanguagePack => ({
  type: 'nic-language-pack',
  version: 1,
  tag,
  name,
  dir: 'ltr',
  translator: { name: 'A. Translator', date: '2026-11-30' },
  messages: { common: { navHome: name } },
});
const fileOf = (data: unknown, name: string) =>
  new File([JSON.stringify(data)], name, { type: 'application/json' });

const optionNames = (name: string) =>
  screen
    .getAllByRole('option')
    .filter((o) => o.closest('select') === screen.getByRole('combobox', { name }))
    .map((o) => o.textContent)
    // The pseudo-locale (registered by useLanguagePacks) is not a pack.
    .filter((n) => !n?.startsWith('['));

useFreshDatabase();
afterEach(() => {
  for (const { tag } of installedLocales()) unregisterLocale(tag);
});

describe('the language chooser lists the installed languages live', () => {
  it('shows a stored pack, a newly installed one at once, and drops a removed one at once', async () => {
    await saveLanguagePack(pack('th', 'ไทย'));
    useLanguagePacks();
    render(LanguageChooser, { reload: () => {} });
    render(ReportLanguageSelect, { value: 'en' });
    // The stored pack is read when the list is first shown.
    expect(await screen.findAllByRole('option', { name: 'ไทย' })).toHaveLength(2);

    const installed = await installLanguagePackFile(fileOf(pack('vi', 'Tiếng Việt'), 'vi.json'));
    expect(installed.ok).toBe(true);
    await waitFor(() => expect(optionNames('Language')).toEqual(['English', 'ไทย', 'Tiếng Việt']));
    expect(optionNames('Report language')).toEqual(optionNames('Language'));

    expect((await removeInstalledLanguage('th')).ok).toBe(true);
    await waitFor(() => expect(screen.queryAllByRole('option', { name: 'ไทย' })).toHaveLength(0));
    expect(screen.getAllByRole('option', { name: 'Tiếng Việt' })).toHaveLength(2);
  });
});
