/**
 * Issue 17 (thin views) and 18 (regional view of 200 files): the regional screen's load loop lives
 * in state/regionSession.svelte.ts; the view only renders it. The session gives the same view as
 * reading the files directly (here on the main thread: jsdom starts no Worker, the fallback the
 * browser uses when no Worker starts), shows only the progress while files are read and builds the
 * view once, at the end.
 */
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { bundledPacks } from '../../src/lib/domain/bundledPacks';
import { buildRegionalView, sharedCyclesOfFile } from '../../src/lib/domain/region';
import { readSharedFiles, type SharedFileResult } from '../../src/lib/io/regionFiles';
import type { RegionReader } from '../../src/lib/io/regionReader';
import { RegionSession } from '../../src/lib/state/regionSession.svelte';
import { t } from '../../src/lib/i18n';
import RegionView from '../../src/views/Region/RegionView.svelte';

const CASES = '../shared/cases';
const WHOLE = 'region-shareable-th-2025.json';
const PART = 'region-part-th-2025-13a.json';

const caseFile = (name: string) =>
  new File([readFileSync(`${CASES}/${name}`)], name, { type: 'application/json' });
const brokenFile = () => new File(['{"type":"x"'], 'broken.json', { type: 'application/json' });

/** The cycles the direct reading of `files` gives, in the files' order. */
async function directCycles(files: File[]) {
  const results = await readSharedFiles({ files });
  return results.flatMap((r) => (r.ok ? sharedCyclesOfFile(r.value, bundledPacks) : []));
}

/** A reader that yields the given batches, waiting for `gate` before each after the first. */
function gatedReader(batches: SharedFileResult[][], gate: Promise<void>) {
  const reader = {
    async *read() {
      for (const [i, batch] of batches.entries()) {
        if (i > 0) await gate;
        yield batch;
      }
    },
    close: vi.fn(),
  };
  return reader satisfies RegionReader;
}

describe('the regional session', () => {
  it('gives the view the direct reading of the same files gives, naming the file it refused', async () => {
    const files = [caseFile(WHOLE), brokenFile(), caseFile(PART)];
    const session = new RegionSession();
    session.chooseFiles(files);
    session.passphrase = 'not needed';
    await session.load();

    const expected = buildRegionalView(await directCycles(files));
    expect(session.view).toEqual(expected);
    expect(session.view.columns.map((c) => c.stateCode)).toEqual(['TH']);
    expect(session.view.parts).toHaveLength(1);
    expect(session.refused).toMatchObject([{ code: 'export.not-json', source: 'broken.json' }]);
    expect(session.busy).toBe(false);
    expect(session.progress).toBeNull();
    expect(session.passphrase).toBe('');
  });

  it('counts the files read while loading and builds the view once, after the last batch', async () => {
    const [whole, part] = await readSharedFiles({ files: [caseFile(WHOLE), caseFile(PART)] });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const reader = gatedReader([[whole!], [part!]], gate);
    const session = new RegionSession(() => reader);
    session.chooseFiles([caseFile(WHOLE), caseFile(PART)]);
    const loading = session.load();

    await vi.waitFor(() => expect(session.progress).toEqual({ read: 1, total: 2 }));
    expect(session.busy).toBe(true);
    expect(session.cycles).toEqual([]);
    expect(session.view.columns).toEqual([]);

    release();
    await loading;
    expect(session.view.columns.map((c) => c.stateCode)).toEqual(['TH']);
    expect(session.view.parts).toHaveLength(1);
    expect(reader.close).toHaveBeenCalledOnce();
  });

  it('adds a second load to the first; a State can be removed and everything cleared', async () => {
    const session = new RegionSession();
    session.chooseFiles([caseFile(WHOLE)]);
    await session.load();
    session.chooseFiles([caseFile(PART)]);
    await session.load();
    expect(session.cycles).toHaveLength(2);
    session.removeState('TH');
    expect(session.cycles).toEqual([]);
    session.chooseFiles([caseFile(WHOLE)]);
    await session.load();
    session.clearAll();
    expect(session.view.columns).toEqual([]);
  });
});

describe('the regional screen', () => {
  it('shows the States of the chosen files after "Load files", and the file it refused', async () => {
    const user = userEvent.setup();
    render(RegionView, { props: { params: {}, query: new URLSearchParams() } });
    await user.upload(screen.getByLabelText(t.compare.filesLabel), [caseFile(WHOLE), brokenFile()]);
    await user.click(screen.getByRole('button', { name: t.compare.loadButton }));

    const states = await screen.findByRole('region', { name: t.compare.statesHeading });
    expect(await within(states).findByRole('rowheader', { name: /Thailand/ })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('broken.json');
    expect(screen.queryByRole('status', { name: t.compare.loading })).toBeNull();
  });
});
