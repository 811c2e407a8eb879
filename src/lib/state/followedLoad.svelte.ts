import { watchTables } from '../storage/watch';

/**
 * The stored tables whose committed changes can change what a figure screen shows: the
 * assessments and their answers, the States (names), and the packs (a cycle's checklist). Not
 * `history` (no screen's figure reads it) and not `meta` (written on every backup mark and draft,
 * which would re-read the screen for nothing).
 */
export const FIGURE_TABLES: readonly string[] = [
  'states',
  'assessments',
  'answers',
  'normAnswers',
  'packs',
];

/** Where a followed read stands: before the first value, with the latest value, or failed. */
export type FollowedState<T> =
  { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'failed'; error: unknown };

/**
 * A screen's read of stored records that stays true while the screen is open. A tester had the
 * dashboard open in one tab and changed an answer in another: the dashboard kept the old score
 * (25 % where the stored answers gave 41 %) until a reload, while two checklist tabs kept in step.
 * A figure on screen must never be older than what is stored, so the dashboard, report, timeline
 * and comparison screens read through this class: `follow` reads at once and again after every
 * committed change to `tables`, in this tab or any other tab of the app (`storage/watch.ts
 * watchTables`: Dexie's `storagemutated`, other tabs' through BroadcastChannel, at most one read
 * per settle time during a run of saves). The latest value replaces the shown one in place: the
 * screen is not torn down, so focus and scroll stay where they were.
 */
export class FollowedLoad<T> {
  // Raw, not a deep proxy: each read is a new value, replaced whole. A deep proxy would also give
  // two properties that hold the same object two different proxies (the timeline's `sinceFirst ===
  // sinceLast` test failed and showed one span twice) and proxy every answer of the cycle for nothing.
  #state: FollowedState<T> = $state.raw({ kind: 'loading' });

  /** What to render: `loading` until the first read ends, then the latest value or failure. */
  get current(): FollowedState<T> {
    return this.#state;
  }

  /**
   * Starts following `read` (call it from a view's `$effect`, which gives the unsubscribe back so
   * that a new address, or leaving the screen, stops the old read). `read` resolves to the
   * screen's value (expected failures are results inside it); a rejection is a bug, kept as
   * `failed`. Returns the unsubscribe.
   */
  follow(read: () => Promise<T>, tables: readonly string[] = FIGURE_TABLES): () => void {
    this.#state = { kind: 'loading' };
    return watchTables({
      tables,
      read,
      onValue: (value) => {
        this.#state = { kind: 'ready', value };
      },
      onError: (error) => {
        this.#state = { kind: 'failed', error };
      },
    });
  }
}
