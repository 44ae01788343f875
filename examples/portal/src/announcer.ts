/**
 * A polite live region that outlives re-rendering (it sits outside the app root in index.html), so that screen
 * readers announce checklist changes and dropped answers after each step.
 */
export function announce(text: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  // A new node each time: repeated identical messages are announced again.
  const line = document.createElement('p');
  line.textContent = text;
  region.replaceChildren(...(text === '' ? [] : [line]));
}
