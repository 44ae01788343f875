/** A tiny element builder: text goes through `textContent`, never through HTML. */
export type Child = Node | string | number | null | undefined | false;

export type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

export function h(
  tag: string,
  attributes: Attributes = {},
  ...children: (Child | readonly Child[])[]
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'object' ? child : String(child));
  }
  return element;
}
