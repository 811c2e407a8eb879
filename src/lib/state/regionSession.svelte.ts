import type { Failure } from '../schema/failures';
import { bundledPacks } from '../domain/bundledPacks';
import { failureOf } from '../domain/result';
import {
  buildRegionalView,
  sharedCyclesOfFile,
  type RegionalView,
  type SharedCycle,
} from '../domain/region';
import { openRegionReader, type RegionReader } from '../io/regionReader';

/**
 * The regional view's session (views/Region/RegionView.svelte renders it): the files chosen, their
 * reading in Workers (io/regionReader.ts) and what they gave — the shared cycles, the States'
 * chosen cycles and the files refused. The shared assessments live in memory only: never written
 * to IndexedDB, never merged into the user's own assessments; leaving the screen (`close`) forgets
 * them. Which cycles become columns is decided by `buildRegionalView` (domain/region.ts).
 *
 * While files are read, only how many are done changes (`progress`): the view of the States is
 * built once, after the last file (issue 18: each showing of a partial view rebuilt the whole view
 * and laid out every State's row again, ~0.35 s a time for 200 files).
 */
export class RegionSession {
  /** The shared cycles loaded (every load adds to them). */
  cycles = $state.raw<SharedCycle[]>([]);
  /** The cycle the user chose for a State's column (State code → assessment id). */
  choice = $state.raw<Record<string, string>>({});
  /** The files chosen, not yet loaded. */
  files = $state.raw<File[]>([]);
  /** The passphrase typed for encrypted files; cleared after each load. */
  passphrase = $state('');
  /** True while files are read. */
  busy = $state(false);
  /** Files read of the files being loaded (`null` when no load runs). */
  progress = $state.raw<{ read: number; total: number } | null>(null);
  /** Why each file of the last load was not read, or what its reading found (typed failures). */
  refused = $state.raw<Failure[]>([]);
  /** The view of the loaded cycles: one column per State, parts apart (domain/region.ts). */
  readonly view: RegionalView = $derived(buildRegionalView(this.cycles, this.choice));

  /** The Workers that read the files, started when files are chosen. */
  private reader: RegionReader | null = null;
  private readonly open: () => RegionReader;

  /** `open` starts the reader (default: io/regionReader.ts openRegionReader; tests pass another). */
  constructor(open: () => RegionReader = openRegionReader) {
    this.open = open;
  }

  /**
   * Takes the files chosen; their Workers start now, so that their code has loaded by the time
   * "Load files" is pressed.
   */
  chooseFiles(list: FileList | readonly File[] | null): void {
    this.files = [...(list ?? [])];
    if (this.files.length > 0) this.reader ??= this.open();
  }

  /**
   * Reads and checks the chosen files (with the passphrase, if typed) and adds their cycles to
   * those loaded; each file that cannot be read, or whose pack is missing, is a typed failure in
   * `refused`. Results come in the files' order; the view is built once, at the end.
   */
  async load(): Promise<void> {
    const files = this.files;
    const passphrase = this.passphrase || undefined;
    const using = this.reader ?? this.open();
    this.reader = null;
    this.busy = true;
    this.progress = { read: 0, total: files.length };
    const problems: Failure[] = [];
    const added: SharedCycle[] = [];
    let read = 0;
    try {
      for await (const batch of using.read(files, passphrase)) {
        for (const result of batch) {
          if (!result.ok) problems.push(failureOf(result));
          else {
            problems.push(...result.value.problems);
            added.push(...sharedCyclesOfFile(result.value, bundledPacks));
          }
        }
        read += batch.length;
        this.progress = { read, total: files.length };
      }
    } finally {
      using.close();
      this.cycles = [...this.cycles, ...added];
      this.refused = problems;
      this.busy = false;
      this.progress = null;
      this.passphrase = '';
    }
  }

  /** Shows `assessmentId` in the State's column instead of its latest whole assessment. */
  choose(stateCode: string, assessmentId: string): void {
    this.choice = { ...this.choice, [stateCode]: assessmentId };
  }

  /** Takes a State's cycles out of the view (its files stay on the user's disk). */
  removeState(stateCode: string): void {
    this.cycles = this.cycles.filter((c) => c.assessment.stateCode !== stateCode);
  }

  /** Forgets every loaded cycle. */
  clearAll(): void {
    this.cycles = [];
  }

  /** Stops the Workers of files chosen but not loaded (the screen is left). */
  close(): void {
    this.reader?.close();
    this.reader = null;
  }
}
