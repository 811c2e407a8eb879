/**
 * Service worker registration and the update flow (vite-plugin-pwa, registerType "prompt").
 *
 * Why "prompt" and not auto-update: an automatic reload in the middle of typing a note could lose
 * the last keystrokes and would surprise the user. Instead a new version installs in the
 * background, waits, and the user is told it is ready (UpdatePrompt). Only when they choose
 * "Reload to update" do we:
 *   1. run every registered flush hook (autosave writes still pending), and stop if one fails;
 *   2. tell the waiting service worker to take over (skip waiting);
 *   3. reload once it controls the page (`onNeedReload`). Other open tabs of the app get the same
 *      `onNeedReload` and also flush and reload: their old code could not load its lazy chunks
 *      from the new cache, and their database connection closes when the new code upgrades it.
 * The Dexie schema upgrade (and any checklist-pack migration) runs when the new code first opens
 * the database after that reload; see docs/offline.md.
 *
 * `virtual:pwa-register` (and workbox-window behind it) is loaded with `import()` after the first
 * screen, so none of it is on the start-up path.
 */
import { whenIdle } from './whenIdle';

export type FlushHook = () => Promise<void>;

type UpdateFn = (reloadPage?: boolean) => Promise<void>;

const afterLoadAndIdle = (): Promise<void> => new Promise((resolve) => whenIdle(resolve));

class PwaState {
  /** A new version is installed and waiting for the user's go-ahead. */
  needRefresh = $state(false);
  /** The app was stored for offline use for the first time (shown once). */
  offlineReady = $state(false);
  /** Registration failed: the app works online but will not survive going offline. */
  registerFailed = $state(false);
  /** A flush hook failed when the user asked to update: nothing was reloaded. */
  flushFailed = $state(false);
  updating = $state(false);

  /** Reloads the page; a field so that component tests (jsdom cannot reload) can observe it. */
  reloadPage: () => void = () => window.location.reload();

  #update: UpdateFn | undefined;
  #started = false;
  #flushHooks = new Set<FlushHook>();

  /** Registers the service worker once. Does nothing where service workers are unavailable. */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
    // After the page's load event and an idle moment: registering fetches workbox-window and
    // makes the worker download the whole precache, which must not compete with the first screen
    // (measured by `npm run bench`, start-up figure).
    await afterLoadAndIdle();
    const { registerSW } = await import('virtual:pwa-register');
    this.#update = registerSW({
      immediate: true,
      onNeedRefresh: () => {
        this.needRefresh = true;
      },
      onOfflineReady: () => {
        this.offlineReady = true;
      },
      onNeedReload: () => {
        void this.#flushThenReload();
      },
      onRegisterError: (error: unknown) => {
        console.error('Service worker registration failed', error);
        this.registerFailed = true;
      },
    });
  }

  /**
   * Lets a piece of state (the autosave queue) finish its writes before an update reloads the
   * page. Returns the function that removes the hook.
   */
  addFlushHook(hook: FlushHook): () => void {
    this.#flushHooks.add(hook);
    return () => this.#flushHooks.delete(hook);
  }

  async #flush(): Promise<boolean> {
    const results = await Promise.allSettled([...this.#flushHooks].map((hook) => hook()));
    const failed = results.filter((r) => r.status === 'rejected');
    for (const f of failed) console.error('Flush before update failed', f.reason);
    return failed.length === 0;
  }

  async #flushThenReload(): Promise<void> {
    if (await this.#flush()) this.reloadPage();
    else this.flushFailed = true;
  }

  /** The user chose "Reload to update". */
  async applyUpdate(): Promise<void> {
    this.updating = true;
    this.flushFailed = false;
    if (!(await this.#flush())) {
      this.flushFailed = true;
      this.updating = false;
      return;
    }
    // Skip waiting; the reload follows in onNeedReload once the new worker controls the page.
    await this.#update?.(true);
  }

  /** The user chose "Later": the new version stays waiting and is used from the next start. */
  postpone(): void {
    this.needRefresh = false;
  }

  dismissOfflineReady(): void {
    this.offlineReady = false;
  }
}

export const pwa = new PwaState();
