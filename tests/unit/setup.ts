import { beforeEach, expect } from 'vitest';

// Every test must assert something: a test without an expectation cannot fail.
beforeEach(() => {
  expect.hasAssertions();
});
