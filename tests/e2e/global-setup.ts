import { existsSync } from 'node:fs';
import { chromiumMissingMessage, chromiumPath } from './chromium';

export default function globalSetup(): void {
  const missing = chromiumMissingMessage(chromiumPath());
  if (missing) throw new Error(missing);
  const outDir = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(
      `No production build in ${outDir}/. Run "npm run build" first (npm test does).`,
    );
  }
}
