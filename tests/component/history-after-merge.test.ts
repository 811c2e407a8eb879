import { configure, within } from '@testing-library/svelte';
import { addHistory } from '../../src/lib/storage/history';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { classifyMerge, mergeWrite } from '../../src/lib/domain/merge';
import { actionsOfNorm } from '../../src/lib/domain/pack';
import { db } from '../../src/lib/storage/db';
import { listAnswers, listHistory, saveAnswer } from '../../src/lib/storage/answers';
import { seedAssessment } from '../fixtures/seedWorkspace';
import { historyEntries, openWorkspace, showHistory } from './support/workspace';

/**
 * Issue 16, left by session 2: after a conflict is resolved by keeping the stored value, the history
 * showed the import entry ("Status: Planned → Fully implemented (import)") as if the part's value had
 * been written. The history must tell what happened: the kept value, and that the other was offered
 * and not kept.
 */

configure({ asyncUtilTimeout: 4000 });
useFreshDatabase();

const first = actionsOfNorm(bundledPack, '13a')[0]!;
/** The merge runs after Ana's edit (saveAnswer stamps the real clock): the panel orders by time. */
const AT = new Date(Date.now() + 3_600_000).toISOString();

describe('history after a conflict resolved by keeping the stored value', () => {
  it('shows one merge line with the kept value, and the offered value as offered and not kept', async () => {
    const a = await seedAssessment();
    const saved = await saveAnswer({
      assessmentId: a.id,
      itemId: first.id,
      expectedRev: 0,
      patch: { status: 'planned' },
      by: 'Ana',
    });
    if (!saved.ok) throw new Error('seed');
    const stored = (await listAnswers(a.id)).rows[0]!;
    // The agency's part: the same action, fully implemented (no ancestor known: a conflict).
    const incoming = {
      ...stored,
      status: 'fully' as const,
      rev: 2,
      updatedBy: 'Police',
      updatedAt: AT,
    };
    const [item] = classifyMerge({
      base: [stored],
      incoming: [incoming],
      baseHistory: [],
      incomingHistory: [],
    });
    expect(item?.outcome).toBe('conflict');
    const write = mergeWrite(
      item!,
      a.id,
      new Map([['status', 'base' as const]]),
      AT,
      'Coordinator',
    );
    // As applyImport writes them: the record and its two history entries (import, then merge).
    await db.answers.put(write!.record);
    await addHistory(db.history, write!.history);
    expect((await listHistory(a.id, `item:${first.id}`)).rows.map((e) => e.cause)).toEqual([
      'merge',
      'import',
      'edit',
    ]);

    const user = userEvent.setup();
    await openWorkspace(a);
    const { history } = await showHistory(user, first.id);
    const lines = historyEntries(history);
    // The merge and Ana's edit: the import entry is read with its merge, not as a change.
    expect(lines).toHaveLength(2);
    // Tester, session 5: the merge names whose part the offered value came from, not only who ran it.
    expect(lines[0]).toHaveTextContent(
      'Coordinator merged from an imported file (changed by Police)',
    );
    expect(lines[0]).not.toHaveTextContent('Planned → Fully implemented');
    expect(lines[0]).toHaveTextContent('Offered by the imported part and not kept:');
    expect(lines[0]).toHaveTextContent(
      'Status: Fully implemented (offered, not kept); Planned (kept)',
    );
    expect(history).not.toHaveTextContent('(import)');
    expect(lines[1]).toHaveTextContent('Ana (edit)');
    expect(lines[1]).toHaveTextContent('Status: unanswered → Planned');
    // The merge kept this device's value: it changed nothing, so there is nothing to undo.
    expect(within(history).queryByRole('button', { name: 'Undo this change' })).toBeNull();
  });
});
