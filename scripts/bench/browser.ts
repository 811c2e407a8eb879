/** The headless Chromium and the `vite preview` server the browser figures run against. */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from '../../tests/e2e/chromium';

/** The same flags as playwright.config.ts, so the figures describe the tested browser. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });

export interface Server {
  url: string;
  stop: () => void;
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`No server at ${url} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Starts `vite <mode>` (preview of a build, or the dev server) on `port` and waits until it answers. */
export async function startServer(
  mode: 'preview' | 'dev',
  port: number,
  outDir?: string,
): Promise<Server> {
  const args =
    mode === 'preview'
      ? [
          'vite',
          'preview',
          '--port',
          String(port),
          '--strictPort',
          '--host',
          '127.0.0.1',
          '--outDir',
          outDir ?? 'dist',
        ]
      : ['vite', '--port', String(port), '--strictPort', '--host', '127.0.0.1'];
  const child: ChildProcess = spawn('npx', args, { stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    // The server runs in its own process group (detached): end that group, and only it.
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  try {
    await waitFor(url, 30_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}
