/**
 * Lets the browser paint and handle input between two long steps of work on the main thread (a
 * 40 MB backup is parsed, checked and serialised in steps of up to a second on a slow machine:
 * issue 18). `scheduler.yield()` where the browser has it (its continuation runs before other
 * queued tasks), else a MessageChannel message, which, unlike `setTimeout(0)`, is not clamped to
 * 4 ms when nested. Resolves in a later task; never rejects.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return queuedTask();
}

/**
 * Like `nextTask`, but always a MessageChannel message: the work goes on in a task queued BEHIND
 * the tasks already waiting (timers, messages, the DevTools protocol), where `scheduler.yield()`
 * puts its continuation ahead of them. For work that pauses often for seconds on end (the PDF
 * writer pauses every ~40 ms): with `scheduler.yield()` those tasks never got their turn until it
 * ended, so the page seemed frozen to anything queued (Playwright could not click Cancel).
 * Resolves in a later task; never rejects.
 */
export function queuedTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * For a loop of small steps on the main thread: the returned function resolves at once while less
 * than `budgetMs` (ms) passed since the page last had a turn, else after `nextTask()`. Awaited after
 * each step, it keeps every task under about `budgetMs` plus one step (issue 18).
 */
export function taskBudget(budgetMs = 40): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await nextTask();
    since = performance.now();
  };
}
