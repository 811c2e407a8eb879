import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, expect } from 'vitest';
import { cleanup } from '@testing-library/svelte';

// Every test must assert something: a test without an expectation cannot fail.
beforeEach(() => {
  expect.hasAssertions();
});
afterEach(() => {
  cleanup();
});
