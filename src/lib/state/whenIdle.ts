/**
 * Runs work that the first screen does not need (storing the bundled pack, counting changes since
 * the last backup) once the page has loaded and the browser is idle, so that it never competes with
 * the first paint for the network or the main thread. `timeout` bounds the wait on a busy machine.
 */
export function whenIdle(work: () => void, timeout = 2_000): void {
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout });
    else setTimeout(work, 1);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
}
