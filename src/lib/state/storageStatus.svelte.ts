/**
 * Whether the browser keeps this site's data (persistent storage) and how much space it uses.
 * `persist()` is asked once per page load: browsers remember the grant, and some decide silently.
 */
class StorageStatus {
  supported = $state(typeof navigator !== 'undefined' && !!navigator.storage?.estimate);
  persisted = $state<boolean | null>(null);
  usage = $state<number | null>(null);
  quota = $state<number | null>(null);
  private asked = false;

  async refresh(): Promise<void> {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.estimate) {
      this.supported = false;
      return;
    }
    try {
      if (!this.asked && storage.persist) {
        this.asked = true;
        this.persisted = await storage.persist();
      } else if (storage.persisted) {
        this.persisted = await storage.persisted();
      }
      const estimate = await storage.estimate();
      this.usage = estimate.usage ?? null;
      this.quota = estimate.quota ?? null;
    } catch {
      // Some locked-down browsers throw instead of answering: show "unknown", which is the truth.
      this.persisted = null;
    }
  }
}

export const storageStatus = new StorageStatus();
