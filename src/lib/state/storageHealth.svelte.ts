import type { StorageHealth } from '../storage/health';

/**
 * The start-up storage check (storage/health.ts), as state for the banner. The check loads Dexie,
 * so it runs once the first screen is up (App.svelte schedules it when idle); `null` until then.
 */
class StorageHealthState {
  health = $state<StorageHealth | null>(null);
  private started = false;

  async check(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const { probeStorage } = await import('../storage/health');
    this.health = await probeStorage();
  }
}

export const storageHealth = new StorageHealthState();
