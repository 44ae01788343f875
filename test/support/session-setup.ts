/**
 * Random session set-ups and `fc.gen()` builders shared by the session property tests and the hardening
 * invariants. Builders are stable functions with small arguments (see answerBuilderFor in arbitrary-theme.ts):
 * fast-check caches a `g` arbitrary per builder and arguments.
 */
import fc from 'fast-check';
import type { StartOptions } from '../../src/model/session.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { createOperatorSet } from '../../src/rules/index.js';
import { arbitraryAnyValue, GENERATED_TODAY, profileBuilderFor } from './arbitrary-theme.js';

/** A session's start options, and what `restore` needs again (everything but `today`). */
export interface Setup {
  readonly start: StartOptions;
  readonly restore: Omit<StartOptions, 'today'>;
}

/** An operator set equal to the defaults but another object: sessions must keep and use the one given. */
export const customOperators = createOperatorSet();

export const natBelow = (length: number) => fc.nat({ max: Math.max(0, length - 1) });
export const between = (min: number, max: number) => fc.integer({ min, max });
export const anyValue = () => arbitraryAnyValue();

/** One of the values, drawn with `g`. */
export function pick<T>(g: fc.GeneratorValue, values: readonly T[]): T {
  return values[g(natBelow, values.length)] as T;
}

/**
 * A random set-up: no `today` one time in 6, no profile one time in `noProfile`, the custom operators one time
 * in `customOps`.
 */
export function setupOf(
  theme: CompiledTheme,
  g: fc.GeneratorValue,
  odds: { readonly noProfile: number; readonly customOps: number },
): Setup {
  const today = g(natBelow, 6) === 0 ? undefined : GENERATED_TODAY;
  const profile =
    g(natBelow, odds.noProfile) === 0 ? undefined : g(profileBuilderFor(theme, GENERATED_TODAY));
  const operators = g(natBelow, odds.customOps) === 0 ? customOperators : undefined;
  const restoreWith = {
    ...(profile === undefined ? {} : { profile }),
    ...(operators === undefined ? {} : { operators }),
  };
  return { start: { ...restoreWith, ...(today === undefined ? {} : { today }) }, restore: restoreWith };
}
