import { describe, expect, it } from 'vitest';
import { lineLimitProblem } from '../../src/lib/domain/fieldLimits';

/** The rule of a text of one entry a line (people, evidence links): said while typing (uiwords 4). */
describe('lineLimitProblem', () => {
  it('names the first line over its limit, counting the lines that are kept', () => {
    expect(lineLimitProblem('Ana\n\n  Bui  \n' + 'x'.repeat(201), 200, 200)).toEqual({
      code: 'lines.too-long',
      line: 3,
      length: 201,
      max: 200,
    });
  });

  it('trims each line as the form stores it, and counts the lines against the list limit', () => {
    expect(lineLimitProblem(`  ${'x'.repeat(200)}  `, 200, 200)).toBeNull();
    expect(lineLimitProblem('a\nb\nc', 200, 2)).toEqual({
      code: 'lines.too-many',
      count: 3,
      max: 2,
    });
    expect(lineLimitProblem('', 200, 2)).toBeNull();
  });
});
