import ts from 'typescript';

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
