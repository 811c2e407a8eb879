import { configure, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import WorkspaceScreen from '../../src/views/Workspace/WorkspaceScreen.svelte';
import Dashboard from '../../src/views/Dashboard/Dashboard.svelte';
import { describeFailure } from '../../src/lib/i18n/failures';
import { installPack } from '../../src/lib/storage/packs';
import { createAssessment } from '../../src/lib/storage/assessments';
import type { Assessment } from '../../src/lib/schema/assessment';
import { makeAnswer } from '../fixtures/factories/answers';
import { translatedPack } from '../fixtures/factories/translatedPack';

configure({ asyncUtilTimeout: 4000 });

useFreshDatabase({ clearAddress: true });

const pack = translatedPack();
const TRANSLATOR = 'Test Ministry (unofficial translation)';

async function seed(): Promise<Assessment> {
  const installed = await installPack(pack);
  if (!installed.ok) throw new Error(describeFailure(installed));
  const r = await createAssessment(
    {
      stateCode: 'TH',
      title: 'Thailand 2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      leadAgency: 'NCSA',
      people: [],
      alias: '2026',
    },
    pack,
    'Somchai',
  );
  if (!r.ok) throw new Error(describeFailure(r));
  return r.value;
}

describe('checklist pack translations in the workspace (issue 17)', () => {
  it('shows an action in the chosen language, names the translator, keeps the original', async () => {
    const user = userEvent.setup();
    const a = await seed();
    render(WorkspaceScreen, { id: a.id, norm: '13a', language: 'th' });
    const item = await screen.findByRole('article', { name: /เข้าร่วมเวทีระดับภูมิภาค/ });
    expect(within(item).getByText('เข้าร่วมเวทีระดับภูมิภาค')).toHaveAttribute('lang', 'th');
    expect(item).toHaveTextContent(`Translation (Thai) by ${TRANSLATOR}`);
    // One for the action's text, one for its guidance.
    const originals = within(item).getAllByText('Original text (English)');
    expect(originals).toHaveLength(2);
    await user.click(originals[0]!);
    expect(within(item).getByText('Take part in regional fora.')).toHaveAttribute('lang', 'en');
    // Guidance is translated too, its original beside it.
    expect(item).toHaveTextContent('ระบุชื่อเวทีและผู้เข้าร่วม');
    // The norm heading and summary are translated; the official wording stays in English, labelled.
    expect(
      screen.getByRole('heading', { level: 2, name: /ร่วมมือด้านความมั่นคงของ ICT/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('ทำงานร่วมกับรัฐอื่น')).toHaveAttribute('lang', 'th');
    await user.click(screen.getByText('Official text (English)'));
    expect(screen.getByText(/^Consistent with the purposes of the United Nations/)).toHaveAttribute(
      'lang',
      'en',
    );
    expect(document.body).toHaveTextContent(
      `Checklist text in Thai: translation by ${TRANSLATOR}. The official wording of each norm stays in English.`,
    );
  });

  it('leaves an untranslated action in the pack’s language, with no translation label', async () => {
    const a = await seed();
    render(WorkspaceScreen, { id: a.id, norm: '13c', language: 'th' });
    const item = await screen.findByRole('article', { name: /Have a process to act/ });
    expect(within(item).getByText('Have a process to act on notifications.')).toHaveAttribute(
      'lang',
      'en',
    );
    expect(item).not.toHaveTextContent('Translation (');
    expect(within(item).queryByText(/^Original text/)).toBeNull();
  });

  it('shows the pack as it is in its own language, with no translation note', async () => {
    const a = await seed();
    render(WorkspaceScreen, { id: a.id, norm: '13a', language: 'en' });
    const item = await screen.findByRole('article', { name: /Take part in regional fora/ });
    expect(item).not.toHaveTextContent('Translation (');
    expect(document.body).not.toHaveTextContent('Checklist text in');
    expect(screen.getByText('Official text (English)')).toBeInTheDocument();
  });
});

describe('checklist pack translations on the dashboard (issue 17)', () => {
  it('lists norms, focus areas and gaps in the chosen language, with the translator', async () => {
    const a = await seed();
    render(Dashboard, {
      assessment: a,
      pack,
      answers: [makeAnswer({ assessmentId: a.id, itemId: '13a-02', status: 'planned' })],
      locale: 'th',
    });
    const gaps = screen.getByRole('heading', { name: 'Largest gaps' }).closest('section')!;
    expect(within(gaps).getByText('แบ่งปันข้อมูลภัยคุกคามกับรัฐอื่น')).toHaveAttribute('lang', 'th');
    expect(document.body).toHaveTextContent('ความร่วมมือระหว่างประเทศ');
    expect(document.body).toHaveTextContent(`translation by ${TRANSLATOR}`);
  });
});
