import { test as base, expect, type Request } from '@playwright/test';

/**
 * Every e2e test records each request its pages make and fails if any goes anywhere but the local
 * server: nothing may leave the device.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const foreign: string[] = [];
      const record = (req: Request) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      };
      context.on('request', record);
      await use(foreign);
      expect(foreign, 'requests to hosts other than the local server').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
