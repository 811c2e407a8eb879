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

/**
 * How long "Reload to update" waits for the pending writes before it says they could not be
 * saved (a write that never settles must not leave the button disabled for ever).
 */
export const FLUSH_TIMEOUT_MS = 10_000;
/**
 * How long it waits for the new worker to take control before it reloads anyway. On a first
 * visit no worker controls the page, so "controlling" never fires (workbox only reports it when
 * a controller is replaced) and the button hung on "Saving and reloading…"; a plain reload then
 * loads the new version, because the waiting worker has been told to skip waiting.
 */
export const TAKEOVER_TIMEOUT_MS = 3_000;

/** `promise`, or `fallback` once `ms` have passed without it settling. */
function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

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
  /** Whether a service worker controls this page (a field so that component tests can set it). */
  hasController: () => boolean = () =>
    typeof navigator !== 'undefined' && Boolean(navigator.serviceWorker?.controller);
  #reloading = false;

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
    const timedOut = new Error('The pending writes did not finish in time');
    const results = await Promise.allSettled(
      [...this.#flushHooks].map((hook) => within<unknown>(hook(), FLUSH_TIMEOUT_MS, timedOut)),
    );
    for (const r of results) if (r.status === 'fulfilled' && r.value === timedOut) return false;
    const failed = results.filter((r) => r.status === 'rejected');
    for (const f of failed) console.error('Flush before update failed', f.reason);
    return failed.length === 0;
  }

  async #flushThenReload(): Promise<void> {
    if (await this.#flush()) this.#reloadOnce();
    else {
      this.flushFailed = true;
      this.updating = false;
    }
  }

  /** Reloads at most once (the takeover event and the fallback timer may both ask). */
  #reloadOnce(): void {
    if (this.#reloading) return;
    this.#reloading = true;
    this.reloadPage();
  }

  /** The user chose "Reload to update". */
  async applyUpdate(): Promise<void> {
    this.updating = true;
    this.flushFailed = false;
    this.#reloading = false;
    if (!(await this.#flush())) {
      this.flushFailed = true;
      this.updating = false;
      return;
    }
    const controlled = this.hasController();
    // Skip waiting. With a controller, the reload follows in onNeedReload once the new worker has
    // taken over; without one (first visit) no takeover event comes, so reload now. Either way a
    // reload follows within TAKEOVER_TIMEOUT_MS: the button never stays disabled.
    try {
      await within(this.#update?.(true) ?? Promise.resolve(), TAKEOVER_TIMEOUT_MS, undefined);
    } catch (e) {
      console.error('Skip waiting failed', e);
    }
    if (!controlled) {
      this.#reloadOnce();
      return;
    }
    setTimeout(() => void this.#flushThenReload(), TAKEOVER_TIMEOUT_MS);
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
