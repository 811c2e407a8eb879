import { msg } from '../messages';

/**
 * What the app says when the browser's storage fails: a full disk, site data blocked by policy, a
 * database the app cannot open (issue 12 items 5–7). Plain sentences with what to do next.
 */
export const storageFaults = {
  diskFull:
    'The disk is full: your last change was NOT saved. It is still on screen. Download what is on screen now (this does not need space in the app’s storage), then free space on the disk and press “Try again”.',
  rescueButton: 'Download what is on screen',
  rescueHint:
    'An export file of this assessment as shown, with the changes not yet saved. Import it later to get them back.',
  rescued: msg(
    'Saved {name} ({n, plural, one {# answer} other {# answers}}) to your downloads. Keep it until your changes are saved again.',
    (name: string, n: number) => ({ name, n }),
  ),
  rescueFailed: msg('The download could not be made ({detail}).', (detail: string) => ({ detail })),

  blockedTitle: 'This browser cannot save anything for this tool',
  blockedBody:
    'The browser blocks site data (cookies and site data) for this address, so answers cannot be stored on this device, and nothing you type would be kept.',
  blockedAskIt: msg(
    'Ask your IT team to allow cookies and site data for {origin} (in Chrome or Edge policy: CookiesAllowedForUrls), then reload this page.',
    (origin: string) => ({ origin }),
  ),
  blockedStillWorks:
    'You can still read the checklist, its norms and practical actions, and print an empty checklist.',

  damagedTitle: 'The answers stored in this browser cannot be opened',
  damagedBody: msg(
    'The database was left by another version of the tool or is damaged ({name}). Nothing has been changed or deleted.',
    (name: string) => ({ name }),
  ),
  damagedNewer:
    'It was written by a newer version of the tool: open the tool from the same address where that version runs, or ask for the newer version.',
  rawExportButton: 'Download everything that can be read',
  rawExportHint:
    'An export file with every record that can still be read, to import into a working copy of the tool or to send to support.',
  rawExported: msg(
    'Saved {name}: {ok, plural, one {# record read} other {# records read}}{skipped, plural, =0 {} one {, # could not be read and is left out} other {, # could not be read and are left out}}.',
    (name: string, ok: number, skipped: number) => ({ name, ok, skipped }),
  ),
  rawExportFailed: msg('Nothing could be read ({detail}).', (detail: string) => ({ detail })),
} as const;
