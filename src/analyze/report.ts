import type { SourceLocation } from '../model/theme.js';
import { own } from '../util/own.js';

/** Where nothing better is known: the top of a file. */
export function fileStart(file: string): SourceLocation {
  return { file, line: 1, column: 1, pointer: '' };
}

/** The location of an element, or the fallback when it was not recorded. */
export function locate(
  locations: Readonly<Record<string, SourceLocation>>,
  element: string,
  fallback: SourceLocation,
): SourceLocation {
  return own(locations, element) ?? fallback;
}
