import { configure, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import LanguagesSection from '../../src/views/Packs/LanguagesSection.svelte';
import { listLanguagePacks } from '../../src/lib/storage/languagePacks';
import { installLanguagePackFile } from '../../src/lib/state/languagePacks';

/**
 * langpacks item 1: a language pack file for a language already installed replaced it silently.
 * The screen now asks first, naming both packs (translation date, translator, share translated),
 * says when the file is an older translation or translates less, and Cancel keeps the installed one.
 */
configure({ asyncUtilTimeout: 4000 });

useFreshDatabase();

const thai = (date: string, messages: Record<string, Record<string, string>>) => ({
  type: 'nic-language-pack',
  version: 1,
  tag: 'th',
  name: 'ไทย',
  dir: 'ltr',
  translator: { name: 'Somchai P.', organisation: 'Test Ministry', date },
  messages,
});
const fileOf = (data: unknown, name = 'th.json') =>
  new File([JSON.stringify(data)], name, { type: 'application/json' });

const SMALL = { common: { loading: 'กำลังโหลด…' } };
const LARGER = {
  common: { loading: 'กำลังโหลด…', language: 'ภาษา' },
  languages: { heading: 'ภาษา', none: 'ไม่มี' },
};

async function choose(file: File) {
  const user = userEvent.setup();
  await user.upload(screen.getByLabelText('Choose a language pack file to install (JSON)'), file);
  await user.click(screen.getByRole('button', { name: 'Install language pack' }));
  return user;
}

const storedMessages = async () => (await listLanguagePacks()).packs.map((p) => p.pack.messages);

describe('a language pack for a language already installed', () => {
  it('asks before replacing it, names both packs, and Cancel leaves the installed pack unchanged', async () => {
    expect((await installLanguagePackFile(fileOf(thai('2026-11-01', SMALL)))).ok).toBe(true);
    render(LanguagesSection);
    await screen.findByRole('row', { name: /ไทย/ });
    const user = await choose(fileOf(thai('2026-11-30', LARGER), 'th-new.json'));
    const group = await screen.findByRole('group');
    expect(group).toHaveTextContent(
      /^A ไทย pack \(translation of 1 Nov 2026, by Somchai P\., Test Ministry, less than 1% translated\) is installed; this file replaces it with the translation of 30 Nov 2026, less than 1% translated\./,
    );
    // Newer and more translated: no warning.
    expect(group).not.toHaveTextContent(/Older|Less translated/);
    await user.click(
      within(group).getByRole('button', { name: 'Cancel, keep the installed pack' }),
    );
    expect(
      await screen.findByText('Nothing was installed: the installed ไทย pack is unchanged.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(await storedMessages()).toEqual([SMALL]);

    // Asked again, and replaced on "Replace".
    await choose(fileOf(thai('2026-11-30', LARGER), 'th-new.json'));
    await user.click(await screen.findByRole('button', { name: 'Replace the installed pack' }));
    expect(await screen.findByText(/^Installed ไทย, less than 1% translated/)).toBeInTheDocument();
    expect(await storedMessages()).toEqual([LARGER]);
  });

  it('says so explicitly when the file is an older translation that translates less', async () => {
    expect((await installLanguagePackFile(fileOf(thai('2026-11-30', LARGER)))).ok).toBe(true);
    render(LanguagesSection);
    await screen.findByRole('row', { name: /ไทย/ });
    const user = await choose(fileOf(thai('2026-10-01', SMALL), 'th-old.json'));
    const group = await screen.findByRole('group');
    expect(group).toHaveTextContent(
      'Older: this file’s translation (1 Oct 2026) is older than the installed one (30 Nov 2026).',
    );
    expect(group).toHaveTextContent(
      /Less translated: this file translates less than 1% of the app/,
    );
    await user.click(
      within(group).getByRole('button', { name: 'Cancel, keep the installed pack' }),
    );
    await screen.findByText('Nothing was installed: the installed ไทย pack is unchanged.');
    expect(await storedMessages()).toEqual([LARGER]);
  });

  it('installs a language not yet installed without asking', async () => {
    render(LanguagesSection);
    await choose(fileOf(thai('2026-11-30', SMALL)));
    expect(await screen.findByText(/^Installed ไทย/)).toBeInTheDocument();
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(await storedMessages()).toEqual([SMALL]);
  });
});
