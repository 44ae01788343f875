import type { SourceLocation } from '../model/theme.js';
import { own } from '../util/own.js';

export { fileStart } from '../util/location.js';

/** The location of an element, or the fallback when it was not recorded. */
export function locate(
  locations: Readonly<Record<string, SourceLocation>>,
  element: string,
  fallback: SourceLocation,
): SourceLocation {
  return own(locations, element) ?? fallback;
}
