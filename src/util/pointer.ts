/** A JSON Pointer (RFC 6901) from path segments. */
export function toPointer(segments: readonly (string | number)[]): string {
  if (segments.length === 0) return '';
  // Joined, not concatenated piece by piece: pointers are kept (in locations), and a joined string is one flat
  // string where concatenation leaves a chain of pieces.
  return `/${segments.map((s) => escapeSegment(String(s))).join('/')}`;
}

/** Path segments of a JSON Pointer; array indices stay strings. */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  const segments = pointer.slice(1).split('/');
  if (!pointer.includes('~')) return segments;
  return segments.map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** The pointer of a member of the value at `pointer`. */
export function childPointer(pointer: string, key: string | number): string {
  return `${pointer}/${escapeSegment(String(key))}`;
}

/** A segment as a pointer writes it: `~` as `~0`, `/` as `~1` (most segments have neither, and are kept). */
function escapeSegment(segment: string): string {
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
