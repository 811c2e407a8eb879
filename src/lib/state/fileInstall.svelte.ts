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
  /** Files larger than this (bytes) are refused before they are read, with `tooLarge`. */
  maxBytes?: number;
  tooLarge?: string;
}

/** The install form of one kind of file (see the module comment). */
export class FileInstall<L, V> {
  file = $state.raw<File | undefined>();
  busy = $state(false);
  message = $state<StatusNote | undefined>();
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
    try {
      const result = await s.install(file);
      await this.changed(
        result.ok
          ? { kind: 'ok', text: s.installed(result.value) }
          : { kind: 'error', text: s.refused, detail: describeFailure(result) },
      );
    } finally {
      this.busy = false;
    }
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
