/**
 * The `aria-describedby` value of a control from the ids of the messages shown beside it (a false,
 * empty or missing id is a message not shown): the ids joined by spaces, or `undefined` when none.
 */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const shown = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return shown.length > 0 ? shown.join(' ') : undefined;
}
