import { tick } from 'svelte';
import type { Result } from '../domain/result';
import { describeFailure } from '../i18n';
import type { StatusNote } from './statusNote';

/**
 * One install form for files (checklist packs, language packs): the list of what is installed
 * (read as a promise the view awaits, read again after every change), the file chosen, whether an
 * install is running, and the sentence it ended with. The parsing and storing are the caller's
 * (`install`); this class only sequences them and words the outcome.
 */

/** What a kind of file brings to the form: how to list, install and word them. */
export interface FileInstallSource<L, V> {
  /** What is installed (e.g. packs and the unreadable records beside them). */
  list: () => Promise<L>;
  /** Parses, checks and stores one file; a typed failure stores nothing. */
  install: (file: File) => Promise<Result<V>>;
  /** The sentence after a successful install. */
  installed: (value: V) => string;
  /** Said when "install" is pressed without a file. */
  noFile: string;
  /** Said above the reason when a file is refused. */
  refused: string;
  /**
   * Optional: install in two steps. Checks the file (storing nothing) and says whether to ask:
   * with a `question`, the form shows it with `warnings` and waits for `confirm` (which runs
   * `commit`) or `cancel` (which says `cancelled`); without one, `commit` runs at once. When given,
   * it is used in place of `install`.
   */
  ask?: (file: File) => Promise<Result<Asked<V>>>;
  /** Files larger than this (bytes) are refused before they are read, with `tooLarge`. */
  maxBytes?: number;
  tooLarge?: string;
}

/** A checked file waiting for the person's answer (`FileInstallSource.ask`). */
export interface Asked<V> {
  /** null: nothing to ask, store at once. */
  question: string | null;
  warnings: string[];
  /** Stores the checked file. */
  commit: () => Promise<Result<V>>;
  /** Said when the person cancels (nothing stored). */
  cancelled: string;
}

/** The install form of one kind of file (see the module comment). */
export class FileInstall<L, V> {
  file = $state.raw<File | undefined>();
  busy = $state(false);
  message = $state<StatusNote | undefined>();
  /** A file checked and waiting for "replace" or "cancel" (`FileInstallSource.ask`). */
  pending = $state.raw<Asked<V> | undefined>();
  #reads = $state(0);
  readonly #source: FileInstallSource<L, V>;

  constructor(source: FileInstallSource<L, V>) {
    this.#source = source;
  }

  /** What is installed; a new promise after every change. */
  readonly list: Promise<L> = $derived.by(() => {
    void this.#reads;
    return this.#source.list();
  });

  /** The file chosen in the file field (the first, if several). */
  pick(files: readonly File[]): void {
    this.file = files[0];
  }

  /** Installs the file chosen and says how it went (after the list shows the change). */
  async install(): Promise<void> {
    const { file } = this;
    const s = this.#source;
    if (!file) {
      this.message = { kind: 'error', text: s.noFile };
      return;
    }
    if (s.maxBytes !== undefined && file.size > s.maxBytes) {
      this.message = { kind: 'error', text: s.tooLarge ?? s.refused };
      return;
    }
    this.busy = true;
    this.message = undefined;
    this.pending = undefined;
    try {
      if (s.ask) {
        const asked = await s.ask(file);
        if (!asked.ok) {
          this.message = { kind: 'error', text: s.refused, detail: describeFailure(asked) };
          return;
        }
        if (asked.value.question !== null) {
          this.pending = asked.value;
          return;
        }
        await this.#said(await asked.value.commit());
      } else await this.#said(await s.install(file));
    } finally {
      this.busy = false;
    }
  }

  /** Stores the file waiting for an answer (the person chose to replace). */
  async confirm(): Promise<void> {
    const asked = this.pending;
    if (!asked) return;
    this.pending = undefined;
    this.busy = true;
    try {
      await this.#said(await asked.commit());
    } finally {
      this.busy = false;
    }
  }

  /** Drops the file waiting for an answer: nothing is stored, and the form says so. */
  cancel(): void {
    const asked = this.pending;
    if (!asked) return;
    this.pending = undefined;
    this.message = { kind: 'ok', text: asked.cancelled };
  }

  async #said(result: Result<V>): Promise<void> {
    const s = this.#source;
    await this.changed(
      result.ok
        ? { kind: 'ok', text: s.installed(result.value) }
        : { kind: 'error', text: s.refused, detail: describeFailure(result) },
    );
  }

  /**
   * After a change made here or beside the form (a removal): the list is read again, and once it
   * is on screen, `note` is said (so a test or a person reading the sentence sees the new list).
   */
  async changed(note: StatusNote): Promise<void> {
    this.#reads += 1;
    await this.list.catch(() => undefined);
    await tick();
    this.message = note;
  }
}
