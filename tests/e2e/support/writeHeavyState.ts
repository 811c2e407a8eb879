/**
 * Writes the heavy 20-cycle State (tests/fixtures/factories/heavyState.ts) as JSON to the path
 * given, for the e2e round trip: run with tsx, because the factory reads the bundled pack through
 * a JSON import that Playwright's loader does not take.
 */
import { writeFileSync } from 'node:fs';
import { makeHeavyState } from '../../fixtures/factories/heavyState';

const path = process.argv[2];
if (!path) throw new Error('usage: tsx writeHeavyState.ts <out.json>');
writeFileSync(path, JSON.stringify(makeHeavyState()));
