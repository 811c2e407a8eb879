import { existsSync } from 'node:fs';

/**
 * Where the Chromium binary is: CHROMIUM_PATH if set, else Debian's. The suite never downloads a
 * browser (these machines cannot), and never skips silently: global-setup fails with how to fix it.
 */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export function chromiumMissingMessage(path: string): string | undefined {
  if (existsSync(path)) return undefined;
  return [
    `No Chromium found at ${path}.`,
    "Install Debian's Chromium:  sudo apt-get install -y chromium",
    'or point CHROMIUM_PATH at another Chromium binary:  CHROMIUM_PATH=/path/to/chrome npm test',
  ].join('\n');
}
