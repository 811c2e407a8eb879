import type { z } from 'zod';

/**
 * Turns zod issues into lines a person can act on: the file, the path inside it and what is wrong,
 * e.g. `nic.json: actions[3].focusAreaIds[0]: unknown focus area "rap-9"`.
 */
export function formatIssues(source: string, error: z.ZodError, max = 10): string {
  const lines = error.issues.slice(0, max).map((issue) => {
    const path = formatPath(issue.path);
    return `${source}: ${path || '(top level)'}: ${issue.message}`;
  });
  const more = error.issues.length - max;
  if (more > 0) lines.push(`…and ${more} more problem${more === 1 ? '' : 's'}`);
  return lines.join('\n');
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}
