import { tick } from 'svelte';

/**
 * The one rule after a form's submit is refused for its fields (New assessment's Create, Edit
 * details' Save): focus goes to the first field in error (`aria-invalid="true"`, in the form's
 * order), once the screen shows the errors, since they may be far above the button (375 px) and a
 * keyboard or screen-reader user would not know where. Resolves to that field, or null when none is
 * marked (then focus is left where it is, e.g. on the button beside a refusal said in an alert).
 */
export async function focusFirstProblem(
  form: HTMLElement | null | undefined,
): Promise<HTMLElement | null> {
  await tick();
  const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? null;
  field?.focus();
  return field;
}
