/** Messages shown once above the page: answers let go, a restored or unrestorable session. */
import { h } from '../dom.js';
import type { Note } from '../texts.js';

export function notesView(notes: readonly Note[]): HTMLElement | null {
  if (notes.length === 0) return null;
  return h(
    'div',
    { class: 'notes' },
    notes.map((note) => h('p', { class: `note note-${note.id}`, 'data-testid': note.id }, note.text)),
  );
}
