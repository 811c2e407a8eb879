import type { CountedRows, StorageHealth } from '../storage/health';

/**
 * The start-up storage check (storage/health.ts), as state for the banner. The check loads Dexie,
 * so it runs once the first screen is up (App.svelte schedules it when idle); `null` until then.
 */
export class StorageHealthState {
  health = $state<StorageHealth | null>(null);
  /** The outcome of the raw export, for the banner. */
  rawExported = $state<{ fileName: string; read: number; skipped: number } | null>(null);
  rawExportError = $state<string | null>(null);
  exporting = $state(false);
  private started = false;
  /** A screen's read of every State and assessment begun before the check (the home's). */
  private shared: Promise<CountedRows | null> | null = null;

  /** Downloads every record that can still be read (storage/rawExport.ts). */
  async exportRaw(): Promise<void> {
    this.exporting = true;
    this.rawExportError = null;
    try {
      const [{ rawExport }, { downloadText }] = await Promise.all([
        import('../storage/rawExport'),
        import('../io/files'),
      ]);
      const file = await rawExport();
      downloadText(file.fileName, file.text);
      this.rawExported = { fileName: file.fileName, read: file.read, skipped: file.skipped };
    } catch (e) {
      this.rawExportError = e instanceof Error ? e.message : String(e);
    } finally {
      this.exporting = false;
    }
  }

  /**
   * Offers the check what a screen's read of every State and assessment counted (`null` when that
   * read failed): the check started after it waits for it and does not parse those rows again
   * (issue 18). Only a read begun before the check starts is used; later reads are not needed.
   */
  shareRead(read: Promise<CountedRows | null>): void {
    if (!this.started) this.shared = read;
  }

  /**
   * Runs the start-up check once (storage/health.ts probeStorage). When a screen's read was
   * offered (`shareRead`), the check waits for it — it runs after the home is drawn — and takes its
   * count of unreadable rows; a failed read leaves the check to parse them itself.
   */
  async check(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const counted = await this.shared?.catch(() => null);
    this.shared = null;
    const { probeStorage } = await import('../storage/health');
    this.health = await probeStorage(counted ?? undefined);
  }
}

export const storageHealth = new StorageHealthState();
