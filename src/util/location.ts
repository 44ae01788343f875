import type { SourceLocation } from '../model/theme.js';

/** Where nothing better is known: the top of a file. */
export function fileStart(file: string): SourceLocation {
  return { file, line: 1, column: 1, pointer: '' };
}
