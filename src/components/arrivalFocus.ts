import type { Attachment } from 'svelte/attachments';

/** Set by a screen that is about to send the user to another screen by a button press. */
let pending = false;

/**
 * Asks the next screen to put focus on its heading once it is shown. After a button that
 * navigates (e.g. Create assessment), the button is gone and focus would fall to the page body,
 * so a keyboard or screen-reader user would start again from the top without a word.
 */
export function focusHeadingOnArrival(): void {
  pending = true;
}

/**
 * Attachment for a screen's `<h1 tabindex="-1">`: when a request from `focusHeadingOnArrival` is
 * pending, takes it and focuses the heading (once; later renders leave focus alone).
 */
export const arrivalFocus: Attachment<HTMLElement> = (heading) => {
  if (!pending) return;
  pending = false;
  heading.focus();
};
