import { configure, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import LanguagesSection from '../../src/views/Packs/LanguagesSection.svelte';
import { listLanguagePacks } from '../../src/lib/storage/languagePacks';
import { installedLocales } from '../../src/lib/i18n/locales';

configure({ asyncUtilTimeout: 4000 });

useFreshDatabase();

const pack = (messages: unknown) => ({
  type: 'nic-language-pack',
  version: 1,
  tag: 'th',
  name: 'ไทย',
  dir: 'ltr',
  translator: { name: 'Somchai P.', organisation: 'Test Ministry', date: '2026-11-30' },
  messages,
});
const fileOf = (data: unknown, name = 'th.json') =>
  new File([JSON.stringify(data)], name, { type: 'application/json' });

describe('language packs on the Checklist packs screen (issue 17)', () => {
  it('installs a pack, lists it with translator and coverage, and removes it', async () => {
    const user = userEvent.setup();
    render(LanguagesSection);
    expect(await screen.findByText(/No language pack is installed/)).toBeInTheDocument();
    await user.upload(
      screen.getByLabelText('Choose a language pack file to install (JSON)'),
      fileOf(pack({ common: { loading: 'กำลังโหลด…' } })),
    );
    await user.click(screen.getByRole('button', { name: 'Install language pack' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/^Installed ไทย, \d+% translated/);
    const row = await screen.findByRole('row', { name: /ไทย/ });
    expect(row).toHaveTextContent('Somchai P., Test Ministry');
    expect(within(row).getByText(/^\d+% \(1 of [\d,]+ messages\)$/)).toBeInTheDocument();
    expect(installedLocales().map((l) => l.tag)).toContain('th');
    await user.click(within(row).getByRole('button', { name: 'Remove ไทย' }));
    expect(await screen.findByText(/No language pack is installed/)).toBeInTheDocument();
    expect((await listLanguagePacks()).packs).toEqual([]);
    expect(installedLocales().map((l) => l.tag)).not.toContain('th');
  });

  it('refuses unknown keys, bad ICU and foreign placeholders with one line each; stores nothing', async () => {
    const user = userEvent.setup();
    render(LanguagesSection);
    await user.upload(
      screen.getByLabelText('Choose a language pack file to install (JSON)'),
      fileOf(
        pack({
          common: { lodaing: 'x' },
          home: { actionsCount: '{count, plural, one {# x}', normsCaption: '{total} ข้อ' },
        }),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Install language pack' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The language pack was not installed. Nothing stored has changed.',
    );
    expect(alert).toHaveTextContent(
      'th.json: the message “common.lodaing”: no such message in English (a misspelt or old key)',
    );
    expect(alert).toHaveTextContent(/the message “home\.actionsCount”: not a valid ICU message/);
    expect(alert).toHaveTextContent(
      'the message “home.normsCaption”: uses the placeholder "total", which the English message does not give',
    );
    expect((await listLanguagePacks()).packs).toEqual([]);
  });
});
