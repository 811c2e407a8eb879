import type { StorageHealth } from '../storage/health';

/**
 * The start-up storage check (storage/health.ts), as state for the banner. The check loads Dexie,
 * so it runs once the first screen is up (App.svelte schedules it when idle); `null` until then.
 */
class StorageHealthState {
  health = $state<StorageHealth | null>(null);
  /** The outcome of the raw export, for the banner. */
  rawExported = $state<{ fileName: string; read: number; skipped: number } | null>(null);
  rawExportError = $state<string | null>(null);
  exporting = $state(false);
  private started = false;

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

  async check(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const { probeStorage } = await import('../storage/health');
    this.health = await probeStorage();
  }
}

export const storageHealth = new StorageHealthState();
