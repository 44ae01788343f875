/** A writable as `CliIO` has it, possibly a Node stream that can apply back-pressure. */
interface Writable {
  write(text: string): unknown;
}

/**
 * Writes and, when the stream says its buffer is full (`write` returned false), waits for it to drain, so
 * that long streamed outputs (every case of a theme) keep memory flat when piped to a slow reader.
 */
export async function writeStreaming(out: Writable, text: string): Promise<void> {
  if (text === '') return;
  const flushed = out.write(text);
  const stream = out as { once?: (event: string, listener: () => void) => unknown };
  if (flushed === false && typeof stream.once === 'function') {
    await new Promise<void>((resolve) => {
      stream.once?.call(out, 'drain', resolve);
    });
  }
}
