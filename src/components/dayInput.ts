import type { Attachment } from 'svelte/attachments';
import { NOT_A_DAY } from '../lib/domain/dates';

/**
 * The day a date input holds, as the forms take it: "" when empty, `NOT_A_DAY` when the browser
 * reports `validity.badInput` (typed text that is no date; its `value` is then "" as if empty),
 * else the input's YYYY-MM-DD value. The date rule (domain/dates.ts) judges the result.
 */
export function typedDay(input: HTMLInputElement): string {
  return input.validity.badInput ? NOT_A_DAY : input.value;
}

/**
 * The one way every `type="date"` input of the app is wired (action editor, New assessment, Edit
 * details): shows `day()` (the stored or pending day; "" or undefined: empty) and reports what the
 * user left in the field through `report`: a readable day (or an emptied field) at once on `input`,
 * and on `change` and when the field loses focus whatever it holds (`typedDay`: a date the browser
 * cannot read is reported as `NOT_A_DAY`, which the date rule refuses; it is never reported as "",
 * which would clear a stored date). Not on `input` while unreadable: a date half typed is not a
 * mistake yet. While the shown day is `NOT_A_DAY` the
 * field is left alone, so the text the user typed stays in view beside the message. A value equal
 * to the one last reported or shown is not reported again.
 *
 * `whenLeft` (the action editor, whose report SAVES): while the field has focus nothing is
 * reported; what it holds is reported when it loses focus, or when the page is hidden (the tab is
 * closed or left). Chromium's date field forms a real date after some keystrokes of a date typed
 * segment by segment: typing 02/31/2024 over a stored 15 Mar 2025 passed through 15 Feb 2025 and
 * 3 Feb 2025, each saved as it formed, and the stored date was lost behind a "not a real date"
 * message (tester E, session 7). A value set while the field has no focus (a picker, a script) is
 * reported at once, as before. The setup forms, which store nothing until their button, keep
 * reporting at once so that Enter in a date field submits what it shows.
 */
export function dayInput(
  day: () => string | undefined,
  report: (day: string) => void,
  options: { whenLeft?: boolean } = {},
): Attachment<HTMLInputElement> {
  return (input) => {
    const shown = day() ?? '';
    if (shown !== NOT_A_DAY && input.value !== shown) input.value = shown;
    let last = shown;
    // Focus as the input's own focus and blur events say: between two segments of a date typed in
    // Chromium, `document.activeElement` reads <body> at the moment the `change` fires.
    let focused = input.ownerDocument.activeElement === input;
    const reportNow = () => {
      const typed = typedDay(input);
      if (typed === last) return;
      last = typed;
      report(typed);
    };
    const left = () => {
      focused = false;
      reportNow();
    };
    const held = () => options.whenLeft === true && focused;
    const onFocus = () => {
      focused = true;
    };
    const typing = () => {
      if (!held() && !input.validity.badInput) reportNow();
    };
    const changed = () => {
      if (!held()) reportNow();
    };
    const hidden = () => {
      if (input.ownerDocument.visibilityState === 'hidden') reportNow();
    };
    input.addEventListener('focus', onFocus);
    input.addEventListener('input', typing);
    input.addEventListener('change', changed);
    input.addEventListener('blur', left);
    input.ownerDocument.addEventListener('visibilitychange', hidden);
    return () => {
      input.removeEventListener('focus', onFocus);
      input.removeEventListener('input', typing);
      input.removeEventListener('change', changed);
      input.removeEventListener('blur', left);
      input.ownerDocument.removeEventListener('visibilitychange', hidden);
    };
  };
}
