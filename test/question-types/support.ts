import fc from 'fast-check';
import type { Question } from '../../src/model/theme.js';
import type { FactUse, QuestionTypeDefinition } from '../../src/question-types/index.js';

/** What a type's `checkShape` reports for a YAML question, as `path code params` lines. */
export function shapeReports<Q extends Question>(
  type: QuestionTypeDefinition<Q>,
  raw: Record<string, unknown>,
): string[] {
  const reports: string[] = [];
  type.checkShape(raw, (at, code, params) => {
    reports.push(`/${at.join('/')} ${code} ${JSON.stringify(params)}`);
  });
  return reports;
}

/** How conditions read a fact that no condition tests. */
export const UNUSED: FactUse = { leaves: [], comparedWithFact: false };

/** The value an accepted answer normalises to, or the refusal code. */
export function accepted<Q extends Question>(
  type: QuestionTypeDefinition<Q>,
  question: Q,
  value: unknown,
  today?: string,
): unknown {
  const result = type.accept(question, value, today);
  return result.ok ? result.value : `refused: ${result.code}`;
}

/** Decodes a case-key part and has the question accept it: the answer that part stands for, or undefined. */
export function decoded<Q extends Question>(
  type: QuestionTypeDefinition<Q>,
  question: Q,
  key: string,
  today?: string,
): unknown {
  const value = type.decode(question, key, today);
  if (value === undefined) return undefined;
  const result = type.accept(question, value, today);
  return result.ok ? result.value : `refused: ${result.code}`;
}

/** Option ids as a theme may write them (lower-case letters, digits and hyphens). */
export function arbitraryOptionIds(): fc.Arbitrary<string[]> {
  return fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), { minLength: 1, maxLength: 8 });
}
