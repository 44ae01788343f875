/**
 * Just enough of `document` for the portal's views to build their pages in Node (they only create elements,
 * set attributes, add listeners and append children): the page's text can then be read without a browser.
 * Queries match by tag name alone; events never fire.
 */
export class TextElement {
  readonly attributes = new Map<string, string>();
  readonly children: (TextElement | string)[] = [];
  readonly dataset: Record<string, string> = {};
  constructor(readonly tagName: string) {}
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  addEventListener(): void {}
  append(...nodes: (TextElement | string)[]): void {
    this.children.push(...nodes);
  }
  replaceChildren(...nodes: (TextElement | string)[]): void {
    this.children.splice(0, this.children.length, ...nodes);
  }
  /** The first element below with the selector's tag (`input`, `input:checked` → `input`), else null. */
  querySelector(selector: string): TextElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
  querySelectorAll(selector: string): TextElement[] {
    const tag = /^[a-z]+/.exec(selector)?.[0];
    const below = this.children.flatMap((c) =>
      typeof c === 'string' ? [] : [c, ...c.querySelectorAll(selector)],
    );
    return below.filter((e) => e.tagName === tag);
  }
  get textContent(): string {
    return this.children.map((c) => (typeof c === 'string' ? c : c.textContent)).join('');
  }
}

/** Attributes a citizen reads or hears (screen readers read labels and titles). */
const SPOKEN = ['aria-label', 'title', 'placeholder', 'alt'];

/**
 * The texts of a page a citizen reads, one per element with text of its own, attributes read aloud included;
 * `skip` leaves out a subtree (a section meant for authors).
 */
export function textsOf(node: TextElement, skip: (element: TextElement) => boolean): string[] {
  if (skip(node)) return [];
  const own = node.children.filter((c): c is string => typeof c === 'string').join('');
  const spoken = SPOKEN.flatMap((name) => node.attributes.get(name) ?? []);
  const below = node.children.flatMap((c) => (typeof c === 'string' ? [] : textsOf(c, skip)));
  return [...(own.trim() === '' ? [] : [own]), ...spoken, ...below];
}

/** Installs the text-only `document` as a global for as long as the test file runs. */
export function installTextDocument(): void {
  (globalThis as { document?: unknown }).document = {
    createElement: (tag: string) => new TextElement(tag),
  };
}
