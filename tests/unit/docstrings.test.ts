import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * "Public functions of src/lib get a docstring (shapes, units, errors, source of a rule)": every
 * exported function, arrow-function constant and class of src/lib has a JSDoc block of its own.
 * Read with the TypeScript compiler's parser (no type checking, so it stays fast).
 */

const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * Not yet documented, in files another engineer is rewriting this session (the i18n registry):
 * remove a name once it has its docstring. The test fails when a name here gets one (stale list).
 */
const KNOWN_MISSING = new Set([
  'src/lib/i18n/format.ts:setDateStyle',
  'src/lib/i18n/format.ts:isDateStyle',
  'src/lib/i18n/format.ts:formatBytes',
  'src/lib/i18n/icu.ts:formatMessage',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

function isExported(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false)
  );
}

const hasDoc = (node: ts.Node) => ts.getJSDocCommentsAndTags(node).length > 0;

/** `file:name` of every exported function, function constant and class without a docstring. */
function undocumented(): string[] {
  const missing: string[] = [];
  for (const path of sourceFiles(join(ROOT, 'src/lib'))) {
    const file = relative(ROOT, path);
    const source = ts.createSourceFile(
      path,
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    for (const statement of source.statements) {
      if (!isExported(statement)) continue;
      if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) {
        if (!hasDoc(statement)) missing.push(`${file}:${statement.name?.text ?? 'default'}`);
      } else if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) {
          const init = d.initializer;
          const isFunction = init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init));
          if (isFunction && !hasDoc(statement) && !hasDoc(d))
            missing.push(`${file}:${d.name.getText(source)}`);
        }
      }
    }
  }
  return missing;
}

describe('docstrings on the exported functions of src/lib', () => {
  const missing = undocumented();

  it('every exported function and class has one', () => {
    expect(missing.filter((m) => !KNOWN_MISSING.has(m))).toEqual([]);
  });

  it('the list of known gaps holds only real gaps', () => {
    expect([...KNOWN_MISSING].filter((m) => !missing.includes(m))).toEqual([]);
  });
});
