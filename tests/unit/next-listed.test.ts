import { describe, expect, it } from 'vitest';
import { nextListed } from '../../src/lib/domain/workspaceNav';

/** Session 7 item 3: the action that takes the place of one answered out of the list. */
describe('nextListed', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];
  it('is the first listed action after the one gone', () => {
    expect(nextListed(order, ['a', 'c', 'e'], 'b')).toBe('c');
    expect(nextListed(order, ['a', 'e'], 'b')).toBe('e');
  });
  it('is the last listed one before it when it was the last of the list', () => {
    expect(nextListed(order, ['a', 'b'], 'd')).toBe('b');
  });
  it('is undefined when nothing is listed or the action is not of the section', () => {
    expect(nextListed(order, [], 'b')).toBeUndefined();
    expect(nextListed(order, ['a'], 'z')).toBeUndefined();
  });
});
