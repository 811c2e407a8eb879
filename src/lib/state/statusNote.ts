/**
 * The sentence a screen shows after an action (an export, an install): `ok` is announced politely
 * (role status), `error` at once (role alert); `detail` holds lines the sentence stands for (one
 * failure a line), shown as they are. Rendered by components/StatusMessage.svelte.
 */
export interface StatusNote {
  kind: 'ok' | 'error';
  text: string;
  detail?: string;
}
