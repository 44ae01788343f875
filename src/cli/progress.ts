import type { CliIO } from './io.js';

/** `tongban cases --paths` reports progress every this many paths (only on long runs, on a terminal or with --progress). */
export const PROGRESS_EVERY = 1000;

/** A line on stderr that rewrites itself, for long runs on a terminal. */
export interface ProgressLine {
  /** Replaces the line's text. */
  show(text: string): void;
  /** Clears the line, so that the output that follows starts on a clean one. */
  clear(): void;
}

/**
 * A progress line on stderr when stderr is a terminal and the run is long enough to be worth one; otherwise
 * one that does nothing, so that a pipe or a log gets nothing beyond the output.
 */
export function progressLine(io: CliIO, worthIt: boolean): ProgressLine {
  if (io.stderrIsTTY !== true || !worthIt) return { show: () => {}, clear: () => {} };
  let shown = false;
  return {
    show(text) {
      io.stderr.write(`\r\u001b[K${text}`);
      shown = true;
    },
    clear() {
      if (shown) io.stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}
