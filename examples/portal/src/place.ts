/**
 * Where the citizen is, as the page's address: `?theme=<id>&s=<session>&edit=<question>&profile=1&today=…`.
 * The session is `serialize`'s JSON in base64url, so that every step is a history entry of its own and a
 * reload or a shared link restores it (`restore` checks everything in it).
 */

export interface Place {
  /** The theme being answered; absent on the theme list. */
  readonly theme?: string;
  /** The serialized session (`serialize`), as JSON text. */
  readonly session?: string;
  /** The question whose earlier answer is being changed. */
  readonly edit?: string;
  /** Whether the example profile is in use. */
  readonly profile: boolean;
  /** `?today=YYYY-MM-DD` fixes the date (tests, demos). */
  readonly today?: string;
}

/** The place a page address names; anything unreadable is left out (the theme list, a fresh start). */
export function readPlace(search: string): Place {
  const params = new URLSearchParams(search);
  const theme = params.get('theme') ?? undefined;
  const encoded = params.get('s');
  // A mangled value goes to `restore` as it is, which refuses it: the citizen is told, not silently reset.
  const session = encoded === null ? undefined : (fromBase64Url(encoded) ?? encoded);
  const edit = params.get('edit') ?? undefined;
  const today = params.get('today') ?? undefined;
  return {
    ...(theme ? { theme } : {}),
    ...(theme && session !== undefined ? { session } : {}),
    ...(theme && edit ? { edit } : {}),
    profile: params.get('profile') === '1',
    ...(today && /^\d{4}-\d{2}-\d{2}$/.test(today) ? { today } : {}),
  };
}

/** The page address (`?…`) of a place. */
export function placeSearch(place: Place): string {
  const params = new URLSearchParams();
  if (place.theme) params.set('theme', place.theme);
  if (place.theme && place.session !== undefined) params.set('s', toBase64Url(place.session));
  if (place.theme && place.edit) params.set('edit', place.edit);
  if (place.profile) params.set('profile', '1');
  if (place.today) params.set('today', place.today);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text, or undefined when it is not base64url of UTF-8. */
function fromBase64Url(encoded: string): string | undefined {
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
