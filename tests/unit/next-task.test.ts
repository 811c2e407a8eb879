import { describe, expect, it } from 'vitest';
import { nextTask } from '../../src/lib/io/nextTask';

describe('nextTask', () => {
  it('resolves in a later task, after the microtasks queued before it', async () => {
    const order: string[] = [];
    const later = nextTask().then(() => order.push('task'));
    void Promise.resolve().then(() => order.push('microtask'));
    await Promise.resolve();
    expect(order).toEqual(['microtask']);
    await later;
    expect(order).toEqual(['microtask', 'task']);
  });
});
