export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * Creates an element: attributes (`on*` become listeners, `false`/`null` are left out) and children.
 * @example h('button', { type: 'button', onclick: () => go() }, 'Ga')
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name === 'className') el.className = String(value);
    // Through the CSSOM: the Content-Security-Policy forbids style attributes, not styles set by our own script.
    else if (name === 'style') el.style.cssText = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Creates an SVG element with attributes. */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | null | undefined> = {},
  ...children: (Node | null)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs))
    if (value !== null && value !== undefined) el.setAttribute(name, String(value));
  for (const c of children) if (c) el.append(c);
  return el;
}

function append(el: Element, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'number' ? String(c) : c);
  }
}

/**
 * Replaces a container's content and puts focus back on the element with the same `data-focus` key,
 * so re-rendering after a keypress (sorting, choosing a cell) never throws keyboard users out.
 */
export function replaceKeepingFocus(container: Element, ...children: (Child | Child[])[]): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && container.contains(active) ? active.dataset['focus'] : undefined;
  container.replaceChildren();
  append(container, children);
  if (key) container.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`)?.focus();
}

/**
 * Re-renders only when the key of what is shown changes: views are called on every state change and
 * most changes concern another part of the page.
 */
export function memo<T>(render: (input: T) => void, keyOf: (input: T) => string): (input: T) => void {
  let last: string | null = null;
  return (input) => {
    const key = keyOf(input);
    if (key === last) return;
    last = key;
    render(input);
  };
}

let idCounter = 0;
/** A document-unique id for ARIA references. */
export const uid = (prefix: string): string => `${prefix}-${++idCounter}`;

const identities = new WeakMap<object, number>();
let identityCounter = 0;
/** A number standing for an object's identity, for memo keys over loaded responses (each response is a new object). */
export function identity(value: object | null | undefined): number {
  if (!value) return 0;
  let id = identities.get(value);
  if (id === undefined) {
    id = ++identityCounter;
    identities.set(value, id);
  }
  return id;
}
