import type { Core, NodeSingular } from 'cytoscape';

export interface NodeNames {
  /** The organisation the keyboard is on, if any. */
  readonly focused: string | null;
  destroy(): void;
}

/**
 * The organisations in reading order for the keyboard: band by band (top to bottom), then left to right and top to
 * bottom within a column's row, as positioned.
 */
function readingOrder(cy: Core): NodeSingular[] {
  return (cy.nodes().not('.axis').toArray() as NodeSingular[]).sort(
    (a, b) => a.position('y') - b.position('y') || a.position('x') - b.position('x') || (a.id() < b.id() ? -1 : 1),
  );
}

/**
 * Full names over the graph: a tip with the whole name of the organisation under the pointer or the keyboard's
 * focus. The graph takes the keyboard focus (Tab): the arrow keys go through the organisations in reading order,
 * Home and End to the first and last, Enter or Space selects (the details open), Escape leaves. The name is also
 * said through a polite live region.
 */
export function createNodeNames(
  cy: Core,
  container: HTMLElement,
  opts: { onSelect(id: string): void; onFocus?(): void },
): NodeNames {
  const tip = document.createElement('div');
  tip.className = 'graph-tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.id = 'graph-focus-name';
  live.setAttribute('aria-live', 'polite');
  container.append(tip, live);
  container.tabIndex = 0;
  let focused: string | null = null;
  let hovered: string | null = null;

  function show(node: NodeSingular | null): void {
    if (!node || node.removed()) {
      tip.hidden = true;
      return;
    }
    const p = node.renderedPosition();
    tip.textContent = String(node.data('label') ?? node.id());
    tip.dataset['node'] = node.id();
    tip.hidden = false;
    // Above the node, inside the pane.
    const top = p.y - (node.renderedOuterHeight() / 2 + 6);
    tip.style.left = `${Math.max(4, Math.min(container.clientWidth - 4, p.x))}px`;
    tip.style.top = `${Math.max(4, top)}px`;
  }

  const current = () => (hovered ? cy.getElementById(hovered) : focused ? cy.getElementById(focused) : null);

  function focusNode(node: NodeSingular | undefined): void {
    if (!node) return;
    cy.nodes('.kb-focus').removeClass('kb-focus');
    focused = node.id();
    node.addClass('kb-focus');
    // Bring it into view when it is outside.
    const p = node.renderedPosition();
    if (p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height()) cy.center(node);
    live.textContent = String(node.data('label') ?? node.id());
    show(node);
    opts.onFocus?.();
  }

  function leave(): void {
    cy.nodes('.kb-focus').removeClass('kb-focus');
    focused = null;
    live.textContent = '';
    show(current());
    opts.onFocus?.();
  }

  const onKey = (e: KeyboardEvent) => {
    const order = readingOrder(cy);
    if (order.length === 0) return;
    const at = focused ? order.findIndex((n) => n.id() === focused) : -1;
    const step: Record<string, () => NodeSingular | undefined> = {
      ArrowRight: () => order[Math.min(order.length - 1, at + 1)],
      ArrowDown: () => order[Math.min(order.length - 1, at + 1)],
      ArrowLeft: () => order[Math.max(0, at - 1)],
      ArrowUp: () => order[Math.max(0, at - 1)],
      Home: () => order[0],
      End: () => order[order.length - 1],
    };
    if (step[e.key]) {
      e.preventDefault();
      focusNode(step[e.key]!());
    } else if ((e.key === 'Enter' || e.key === ' ') && focused) {
      e.preventDefault();
      opts.onSelect(focused);
    } else if (e.key === 'Escape' && focused) leave();
  };
  container.addEventListener('keydown', onKey);
  container.addEventListener('blur', leave);
  cy.on('mouseover', 'node', (e) => {
    const node = e.target as NodeSingular;
    if (node.hasClass('axis')) return;
    hovered = node.id();
    show(node);
  });
  const unhover = () => {
    hovered = null;
    show(current());
  };
  cy.on('mouseout', 'node', unhover);
  // Leaving the pane fast leaves no mouseout on the node.
  container.addEventListener('mouseleave', unhover);
  // The tip follows its node when the view moves.
  cy.on('viewport', () => show(current()));

  return {
    get focused() {
      return focused;
    },
    destroy() {
      container.removeEventListener('keydown', onKey);
      container.removeEventListener('blur', leave);
      container.removeEventListener('mouseleave', unhover);
      tip.remove();
      live.remove();
    },
  };
}
