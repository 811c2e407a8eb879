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
 */
export function dayInput(
  day: () => string | undefined,
  report: (day: string) => void,
): Attachment<HTMLInputElement> {
  return (input) => {
    const shown = day() ?? '';
    if (shown !== NOT_A_DAY && input.value !== shown) input.value = shown;
    let last = shown;
    const left = () => {
      const typed = typedDay(input);
      if (typed === last) return;
      last = typed;
      report(typed);
    };
    const typing = () => {
      if (!input.validity.badInput) left();
    };
    input.addEventListener('input', typing);
    input.addEventListener('change', left);
    input.addEventListener('blur', left);
    return () => {
      input.removeEventListener('input', typing);
      input.removeEventListener('change', left);
      input.removeEventListener('blur', left);
    };
  };
}
