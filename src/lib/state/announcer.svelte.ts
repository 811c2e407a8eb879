import { getContext, setContext } from 'svelte';

/**
 * What a screen's one polite live region says (the workspace's `role="status"` line): the result of
 * an action whose own control is gone or changed (an undo, the last unanswered action answered,
 * carried answers confirmed, the keyboard at the end of the list). One instance per screen, so that
 * every announcement goes through the same region and none is added beside it.
 */
export class Announcer {
  text = $state('');

  /**
   * Says `text` (words from the i18n layer). The same sentence twice in a row is changed by a
   * no-break space at its end: a live region whose text does not change is not read again, and a
   * second undo of the same field must be heard as well as the first.
   */
  say(text: string): void {
    this.text = this.text === text ? `${text}\u00a0` : text;
  }

  /** Empties the region (the user moved on: an old sentence must not be read out of place). */
  clear(): void {
    this.text = '';
  }
}

const KEY = Symbol('announcer');

/** Offers `announcer` to the components under the calling one (call during its initialisation). */
export function provideAnnouncer(announcer: Announcer): Announcer {
  return setContext(KEY, announcer);
}

/**
 * The announcer a screen above offers (`provideAnnouncer`), or undefined when the component is
 * shown outside such a screen (then nothing is said). Call during a component's initialisation.
 */
export function useAnnouncer(): Announcer | undefined {
  return getContext<Announcer | undefined>(KEY);
}
