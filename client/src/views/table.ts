import type { GraphSlice } from '../graph/elements.ts';
import { degrees } from '../graph/elements.ts';
import type { Language } from '../i18n/index.ts';
import { translate } from '../i18n/index.ts';

/** Renders the organisations of a slice as a table: the keyboard and screen-reader route through the graph. */
export function renderTable(container: HTMLElement, slice: GraphSlice, lang: Language): void {
  const degree = degrees(slice);
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const key of ['colName', 'colType', 'colScale', 'colDegree'] as const) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = translate(lang, key);
    head.append(th);
  }
  const body = table.createTBody();
  for (const n of [...slice.nodes].sort((a, b) => a.label.localeCompare(b.label, 'nl'))) {
    const row = body.insertRow();
    row.dataset['id'] = n.id;
    for (const value of [n.label, n.type ?? '', n.scale ?? '', String(degree.get(n.id) ?? 0)]) {
      row.insertCell().textContent = value;
    }
  }
  container.replaceChildren(table);
}
