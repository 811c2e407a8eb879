import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import UpdatePrompt from '../../src/components/UpdatePrompt.svelte';
import { FLUSH_TIMEOUT_MS, pwa, TAKEOVER_TIMEOUT_MS } from '../../src/lib/state/pwa.svelte';

/**
 * The update flow without a real service worker: `virtual:pwa-register` is replaced by a stub that
 * records the callbacks, so each test plays the worker's part (a new version waiting, then taking
 * control) and checks what the user sees and that nothing reloads before pending writes are saved.
 */
const sw = vi.hoisted(() => ({
  options: undefined as RegisterSWOptions | undefined,
  calls: [] as string[],
  /** Whether the new worker's takeover is reported (false: a first visit, no controller). */
  takesControl: true,
}));
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    sw.options = options;
    return () => {
      sw.calls.push('skip-waiting');
      // The new worker takes control; the registration then asks the page to reload. On a first
      // visit nothing controlled the page, and workbox reports no takeover at all.
      if (sw.takesControl) sw.options?.onNeedReload?.();
      return Promise.resolve();
    };
  },
}));

// jsdom has a navigator without service workers: give it the property so the state registers.
Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });

async function renderRegistered() {
  render(UpdatePrompt);
  await vi.waitFor(() => expect(sw.options).toBeDefined(), { timeout: 3000 });
}

describe('update prompt', () => {
  beforeEach(() => {
    sw.calls = [];
    pwa.needRefresh = false;
    pwa.offlineReady = false;
    pwa.flushFailed = false;
    pwa.updating = false;
    pwa.reloadPage = () => sw.calls.push('reload');
    pwa.hasController = () => true;
    sw.takesControl = true;
  });

  it('says an update is ready and reloads only when the user chooses, after saving', async () => {
    await renderRegistered();
    expect(screen.queryByRole('button', { name: 'Reload to update' })).toBeNull();
    let release!: () => void;
    const remove = pwa.addFlushHook(
      () =>
        new Promise<void>((resolve) => {
          sw.calls.push('flush-start');
          release = () => {
            sw.calls.push('flush-done');
            resolve();
          };
        }),
    );
    sw.options?.onNeedRefresh?.();
    const reload = await screen.findByRole('button', { name: 'Reload to update' });
    expect(screen.getByRole('status')).toHaveTextContent('A new version of the tool is ready.');
    expect(sw.calls).toEqual([]);

    await userEvent.setup().click(reload);
    expect(screen.getByRole('button', { name: 'Saving and reloading…' })).toBeDisabled();
    expect(sw.calls).toEqual(['flush-start']);
    release();
    // The hook runs twice: before skip-waiting, and again when the new worker has taken control.
    await vi.waitFor(() => expect(sw.calls.at(-1)).toBe('flush-start'));
    release();
    await vi.waitFor(() => expect(sw.calls.at(-1)).toBe('reload'));
    expect(sw.calls).toEqual([
      'flush-start',
      'flush-done',
      'skip-waiting',
      'flush-start',
      'flush-done',
      'reload',
    ]);
    remove();
  });

  it('"Later" hides the notice and reloads nothing', async () => {
    await renderRegistered();
    sw.options?.onNeedRefresh?.();
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('button', { name: 'Reload to update' })).toBeNull();
    expect(sw.calls).toEqual([]);
  });

  it('does not reload when a change cannot be saved, and says so', async () => {
    await renderRegistered();
    const remove = pwa.addFlushHook(() => Promise.reject(new Error('quota')));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    sw.options?.onNeedRefresh?.();
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Reload to update' }));
    expect(await screen.findByText(/Some changes could not be saved/)).toBeInTheDocument();
    expect(sw.calls).toEqual([]);
    remove();
  });

  it('tells the user once the tool works offline', async () => {
    await renderRegistered();
    sw.options?.onOfflineReady?.();
    expect(await screen.findByRole('status')).toHaveTextContent('works without a network');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('on a first visit (no worker controls the page) "Reload to update" reloads', async () => {
    // Before the fix the button stayed disabled on "Saving and reloading…": the reload waited for
    // a takeover event that workbox never sends when there was no controller to replace.
    await renderRegistered();
    pwa.hasController = () => false;
    sw.takesControl = false;
    const remove = pwa.addFlushHook(() => Promise.resolve());
    sw.options?.onNeedRefresh?.();
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Reload to update' }));
    await vi.waitFor(() => expect(sw.calls).toEqual(['skip-waiting', 'reload']));
    remove();
  });

  it('with a controller, reloads even when the takeover is never reported', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await renderRegistered();
      sw.takesControl = false;
      sw.options?.onNeedRefresh?.();
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
      await user.click(await screen.findByRole('button', { name: 'Reload to update' }));
      await vi.waitFor(() => expect(sw.calls).toEqual(['skip-waiting']));
      await vi.advanceTimersByTimeAsync(TAKEOVER_TIMEOUT_MS);
      await vi.waitFor(() => expect(sw.calls).toEqual(['skip-waiting', 'reload']));
    } finally {
      vi.useRealTimers();
    }
  });

  it('a write that never settles does not leave the button disabled for ever', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await renderRegistered();
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const remove = pwa.addFlushHook(() => new Promise<void>(() => undefined));
      sw.options?.onNeedRefresh?.();
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
      await user.click(await screen.findByRole('button', { name: 'Reload to update' }));
      expect(screen.getByRole('button', { name: 'Saving and reloading…' })).toBeDisabled();
      await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS);
      expect(await screen.findByText(/Some changes could not be saved/)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Reload to update' })).toBeEnabled();
      expect(sw.calls).toEqual([]);
      remove();
    } finally {
      vi.useRealTimers();
    }
  });
});
