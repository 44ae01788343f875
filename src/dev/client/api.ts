/** The dev server's API as the page uses it: the state, one theme, and the stream of saves. */
import type { DevEvent, DevState, ThemeChange, ThemeDetail } from '../../cli/dev/protocol.js';

async function getJson<T>(url: string): Promise<T | undefined> {
  const response = await fetch(url, { cache: 'no-store' });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export async function fetchState(): Promise<DevState> {
  const state = await getJson<DevState>('api/state');
  if (!state) throw new Error('api/state: not found');
  return state;
}

/** The theme served for a file, or undefined when the file has never loaded. */
export function fetchTheme(file: string): Promise<ThemeDetail | undefined> {
  return getJson<ThemeDetail>(`api/theme?file=${encodeURIComponent(file)}`);
}

/** What the theme's last change did to its cases, or undefined before it has changed. */
export function fetchChange(file: string): Promise<ThemeChange | undefined> {
  return getJson<ThemeChange>(`api/change?file=${encodeURIComponent(file)}`);
}

/**
 * Listens to the server's saves. `onOpen` is called on every (re)connection: the server may have processed
 * saves while the page was away, so the page fetches the state again.
 */
export function listen(onEvent: (event: DevEvent) => void, onOpen: () => void, onLost: () => void): void {
  const source = new EventSource('events');
  source.addEventListener('open', onOpen);
  source.addEventListener('error', onLost);
  source.addEventListener('update', (message) => {
    onEvent(JSON.parse((message as MessageEvent<string>).data) as DevEvent);
  });
}
