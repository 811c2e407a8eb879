/** Strings of the offline / update notices (UpdatePrompt). */
export const pwa = {
  updateTitle: 'A new version of the tool is ready.',
  updateBody:
    'Your answers are saved. Reload when it suits you; the tool keeps working until then.',
  reload: 'Reload to update',
  later: 'Later',
  updating: 'Saving and reloading…',
  offlineReady: 'The tool is now stored on this device and works without a network connection.',
  dismiss: 'Dismiss',
  registerFailed:
    'The tool could not be stored for offline use. It works while this page stays open; ask your IT support if the problem persists.',
  flushFailed: 'Some changes could not be saved, so the tool did not reload. Try again.',
} as const;
