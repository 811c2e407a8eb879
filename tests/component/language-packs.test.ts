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

/** Installs `file` on the Languages screen; returns the refusal (it must say nothing was stored). */
async function refusalOf(file: File): Promise<HTMLElement> {
  const user = userEvent.setup();
  render(LanguagesSection);
  await user.upload(screen.getByLabelText('Choose a language pack file to install (JSON)'), file);
  await user.click(screen.getByRole('button', { name: 'Install language pack' }));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(
    'The language pack was not installed. Nothing stored has changed.',
  );
  return alert;
}

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
    expect(await screen.findByRole('status')).toHaveTextContent(
      // fixlangpack item 2: 1 message of 1,500 is not "0%".
      /^Installed ไทย, less than 1% translated/,
    );
    const row = await screen.findByRole('row', { name: /ไทย/ });
    expect(row).toHaveTextContent('Somchai P., Test Ministry');
    expect(within(row).getByText(/^less than 1% \(1 of [\d,]+ messages\)$/)).toBeInTheDocument();
    expect(installedLocales().map((l) => l.tag)).toContain('th');
    await user.click(within(row).getByRole('button', { name: 'Remove ไทย' }));
    expect(await screen.findByText(/No language pack is installed/)).toBeInTheDocument();
    expect((await listLanguagePacks()).packs).toEqual([]);
    expect(installedLocales().map((l) => l.tag)).not.toContain('th');
  });

  it('refuses unknown keys, bad ICU and foreign placeholders with one line each; stores nothing', async () => {
    const alert = await refusalOf(
      fileOf(
        pack({
          common: { lodaing: 'x' },
          home: { actionsCount: '{count, plural, one {# x}', normsCaption: '{total} ข้อ' },
        }),
      ),
    );
    expect(alert).toHaveTextContent(
      'th.json: The message \u2068common.lodaing\u2069 is not a message of this app (a misspelt name, or one of another version), so the pack was refused',
    );
    expect(alert).toHaveTextContent(
      'The message for “\u2068{count} practical actions\u2069” (\u2068home.actionsCount\u2069) cannot be read at character 26: a plural or a choice lacks its “other” case',
    );
    expect(alert).toHaveTextContent(
      '(\u2068home.normsCaption\u2069) uses “\u2068{total}\u2069”, which the English message does not have: it has “\u2068{actions}\u2069” and “\u2068{version}\u2069”.',
    );
    expect((await listLanguagePacks()).packs).toEqual([]);
  });

  it('says in words who is missing when the translator is a plain text (session 6, langwords item 1)', async () => {
    const alert = await refusalOf(
      fileOf({ ...pack({ common: { loading: 'กำลังโหลด…' } }), translator: 'Somchai P.' }),
    );
    expect(alert).toHaveTextContent(
      'th.json: The translator is given as a single text: give the translator’s “name” and the “date” of the translation inside “translator”, as in the template.',
    );
    expect(alert).not.toHaveTextContent(/object|string|union|allowed form/);
    expect((await listLanguagePacks()).packs).toEqual([]);
  });
});
