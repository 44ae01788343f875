import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { QUESTION_TYPES } from '../../src/model/theme.js';
import { SRC, sourceFiles } from './imports.js';

/**
 * Where a file compares something with a question type's name: `x.type === 'number'`, `'date' !== type`,
 * `case 'multiple':`, `['single', 'multiple'].includes(type)`. A comparison of a `typeof` with a name
 * (`typeof v === 'number'`, or a constant set to one) is about JavaScript types and is left alone.
 */
export function typeNameComparisons(file: string, text: string, names: readonly string[]): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const isName = (node: ts.Node): node is ts.StringLiteralLike =>
    ts.isStringLiteralLike(node) && names.includes(node.text);
  // Constants that hold a `typeof` (`const type = typeof value`), by name.
  const typeOfs = new Set<string>();
  const collect = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      ts.isTypeOfExpression(node.initializer)
    )
      typeOfs.add(node.name.text);
    ts.forEachChild(node, collect);
  };
  collect(source);
  const isTypeOf = (node: ts.Node) =>
    ts.isTypeOfExpression(node) || (ts.isIdentifier(node) && typeOfs.has(node.text));
  const where = (node: ts.Node) => {
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${file}:${line + 1}:${character + 1} ${node.getText()}`);
  };
  const equality = new Set([
    ts.SyntaxKind.EqualsEqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsEqualsToken,
    ts.SyntaxKind.EqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsToken,
  ]);
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && equality.has(node.operatorToken.kind)) {
      const { left, right } = node;
      if ((isName(left) && !isTypeOf(right)) || (isName(right) && !isTypeOf(left))) where(node);
    } else if (ts.isCaseClause(node) && isName(node.expression)) {
      const subject = node.parent.parent.expression;
      if (!isTypeOf(subject)) where(node.expression);
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ['includes', 'has', 'indexOf'].includes(node.expression.name.text) &&
      ts.isArrayLiteralExpression(node.expression.expression) &&
      node.expression.expression.elements.some(isName)
    ) {
      where(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('question type names', () => {
  test('nothing in src/ outside src/question-types/ compares with a question type name', () => {
    const files = sourceFiles().filter((file) => !file.startsWith('question-types/'));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      typeNameComparisons(file, readFileSync(join(SRC, file), 'utf8'), QUESTION_TYPES),
    );
    expect(found).toEqual([]);
  });

  test('the scan finds every form of comparison, and leaves typeof alone', () => {
    const text = [
      "if (question.type === 'number') f();",
      "if ('date' !== q.type) f();",
      "if (type == 'yes-no') f();",
      "switch (q.type) { case 'multiple': break; }",
      "if (['single', 'multiple'].includes(q.type)) f();",
      "if (typeof value === 'number') f();",
      "const kind = typeof value; if (kind === 'number') f();",
      "switch (typeof value) { case 'number': break; }",
      "const kind = { type: 'date' };",
    ].join('\n');
    expect(typeNameComparisons('sample.ts', text, QUESTION_TYPES)).toEqual([
      "sample.ts:1:5 question.type === 'number'",
      "sample.ts:2:5 'date' !== q.type",
      "sample.ts:3:5 type == 'yes-no'",
      "sample.ts:4:24 'multiple'",
      "sample.ts:5:5 ['single', 'multiple'].includes(q.type)",
    ]);
  });

  test('the names are those of the question types', () => {
    expect([...QUESTION_TYPES].sort()).toEqual(['date', 'multiple', 'number', 'single', 'yes-no']);
  });
});
