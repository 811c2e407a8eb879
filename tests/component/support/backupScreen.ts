import { render, screen } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';
import BackupView from '../../../src/views/Backup/BackupView.svelte';

/** The Backup screen, rendered at the address's `query` (`assessment=…`, as a link opens it). */
export const renderBackup = (query = new URLSearchParams()) =>
  render(BackupView, { params: {}, query });

/** A file as the file picker gives it (JSON, as the app writes its files). */
export const jsonFile = (name: string, text: string): File =>
  new File([text], name, { type: 'application/json' });

/**
 * On the Backup screen: `files` chosen in the import's file picker, then "Check the file" pressed, as
 * a person does. Returns the user, to go on with.
 */
export async function checkFiles(...files: File[]): Promise<UserEvent> {
  const user = userEvent.setup();
  await user.upload(screen.getByLabelText(/^Choose files to import/), files);
  await user.click(screen.getByRole('button', { name: 'Check the file' }));
  return user;
}

/** `checkFiles` with one file of `text`, named `name`. */
export const checkFile = (text: string, name = 'in.json'): Promise<UserEvent> =>
  checkFiles(jsonFile(name, text));

/** One file the app saved: the name of the download and its contents. */
export interface Download {
  name: string;
  blob: Blob;
}

/**
 * Every download of the calling file's tests, kept: a download ends in an object URL and a click on
 * a link, so the Blob given to `URL.createObjectURL` is kept with the link's file name (the list is
 * emptied before each test; the mocks are restored after it). Call it once at the top level.
 */
export function useDownloads(): Download[] {
  const downloads: Download[] = [];
  beforeEach(() => {
    downloads.length = 0;
    let pending: Blob | undefined;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      pending = blob;
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      if (pending) downloads.push({ name: this.download, blob: pending });
    });
  });
  afterEach(() => vi.restoreAllMocks());
  return downloads;
}
