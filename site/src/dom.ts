/**
 * A few lines of DOM building: elements with attributes and children, no framework.
 */

/** A child of an element: a node, a text, or nothing. */
export type Child = Node | string | null | undefined | false;

/**
 * An element with attributes (`class`, `aria-*`, `data-*` …; `false` and `undefined` leave one
 * out) and children.
 *
 * @param tag - The tag.
 * @param attributes - The attributes.
 * @param children - Nodes or texts.
 * @returns The element.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | number | boolean | undefined>> = {},
  ...children: readonly (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: readonly (Child | readonly Child[])[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(parent, child as readonly Child[]);
    else if (child !== null && child !== undefined && child !== false) {
      parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : (child as Node));
    }
  }
}

/**
 * Replace the children of an element.
 *
 * @param parent - The element.
 * @param children - Its new children.
 */
export function fill(parent: Element, ...children: readonly (Child | readonly Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * The element of an id, which the page's HTML has.
 *
 * @param id - The id.
 * @returns The element.
 */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`the page has no element #${id}`);
  return element as T;
}
