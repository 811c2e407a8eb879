import { backupNudge } from '../domain/exchange';
import { byStateThenNewest, wholeCycles } from '../domain/cycles';
import { assessmentName } from '../domain/names';
import type { ExportLists } from '../domain/exportForm';
import { formatInstant, t } from '../i18n';
import type { Assessment } from '../schema/assessment';
import { listAssessments } from '../storage/assessments';
import { heldAgencies } from '../storage/coordination';
import { getBackupStatus, type BackupStatus } from '../storage/exchange';
import { listStates } from '../storage/states';
import { ExportForm } from './exportForm.svelte';
import { ImportSession } from './importSession.svelte';

/**
 * The Backup screen: its status and lists, read as promises the view awaits (`{#await}`), the
 * export form and the import session. An export makes the status (and the coordinator's table) be
 * read again; an import, the lists too. Nothing here copies a promise's value into state.
 */

/** The States and every assessment of each (by State, newest cycle first), as the forms choose from them. */
export async function loadBackupLists(): Promise<ExportLists> {
  const states = (await listStates()).rows;
  const assessments: Assessment[] = [];
  for (const s of states) assessments.push(...(await listAssessments(s.code)).rows);
  assessments.sort(byStateThenNewest);
  return { states, assessments, heldParts: await heldAgencies() };
}

/**
 * The listed assessments that are whole cycles (domain/cycles.ts `wholeCycles`): an agency's part
 * held here is left out where only a cycle makes sense (the coordinator's "who has answered").
 */
export const wholeCyclesOf = (lists: ExportLists): Assessment[] =>
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a plain argument, never mutated
  wholeCycles(lists.assessments, new Set(lists.heldParts?.keys()));

/**
 * What "who has answered" says of the agency parts held here, one sentence each (whose part, of
 * which assessment, from which coordinator): the table follows whole cycles only.
 */
export function heldPartLines(lists: ExportLists): string[] {
  return lists.assessments.flatMap((a) => {
    const agency = lists.heldParts?.get(a.id);
    return agency === undefined
      ? []
      : [
          t.coordinator.heldHere(
            agency,
            assessmentName(a),
            lists.states.find((s) => s.code === a.stateCode)?.name ?? a.stateCode,
            a.leadAgency.trim(),
          ),
        ];
  });
}

/** The backup status in words: when the last full backup was, what changed since, and a nudge. */
export function backupStatusWords(
  status: BackupStatus,
  now: Date,
): { summary: string; nudge: string | undefined } {
  const x = t.exchange;
  const summary = status.lastBackupAt
    ? `${x.lastBackup(formatInstant(status.lastBackupAt))} ${x.changesSince(status.changesSince)}`
    : `${x.neverBackedUp} ${x.notBackedUp(status.changesSince)}`;
  const due = backupNudge(status, now) === 'due';
  return {
    summary,
    nudge: due ? (status.lastBackupAt ? x.nudgeDue : x.nudgeNever) : undefined,
  };
}

/** The Backup screen's state (see the module comment); `preferred` names the assessment to preselect. */
export class BackupScreen {
  /** Bumped after every export and import: the status and the coordinator's table are read again. */
  #written = $state(0);
  /** Bumped after every import: the lists are read again. */
  #imported = $state(0);

  /** The backup status, in words (`backupStatusWords`), judged when read. */
  readonly status = $derived(
    (void this.#written,
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- the instant the status is judged at
    getBackupStatus().then((s) => backupStatusWords(s, new Date()))),
  );
  /** The lists promise that last settled: until the current one has, the export button waits. */
  #settled = $state.raw<Promise<ExportLists> | undefined>();
  readonly lists: Promise<ExportLists> = $derived.by(() => {
    void this.#imported;
    const read = loadBackupLists();
    const settled = () => {
      this.#settled = read;
    };
    read.then(settled, settled);
    return read;
  });
  /** Whether the current lists are read (never claim "nothing to export" before they are). */
  get listed(): boolean {
    return this.#settled === this.lists;
  }
  /** Changes after every export and import (the coordinator's table reloads on it). */
  readonly version = $derived(this.#written);
  readonly exportForm: ExportForm;
  readonly importSession = new ImportSession();

  constructor(preferred: () => string) {
    this.exportForm = new ExportForm({
      lists: () => this.lists,
      listed: () => this.listed,
      preferred,
      exported: () => {
        this.#written += 1;
      },
    });
  }

  /** Writes the import prepared; on success the status, lists and table are read again. */
  async importAll(): Promise<void> {
    if (!(await this.importSession.apply())) return;
    this.#written += 1;
    this.#imported += 1;
  }
}
