import { describe, expect, it } from 'vitest';
import { createStore, type HistoryPort } from './store.ts';
import { setView, setYear } from './transitions.ts';

function fakeHistory(initial = '') {
  const entries = [initial];
  let index = 0;
  let pop: () => void = () => {};
  const port: HistoryPort = {
    search: () => entries[index]!,
    push: (s) => {
      entries.splice(index + 1, entries.length, s);
      index = entries.length - 1;
    },
    replace: (s) => {
      entries[index] = s;
    },
    onPop: (h) => {
      pop = h;
    },
  };
  const back = () => {
    index -= 1;
    pop();
  };
  return { port, entries, back };
}

describe('createStore', () => {
  it('starts from the URL, pushes each change and follows back', () => {
    const h = fakeHistory('?weergave=tabel');
    const store = createStore(h.port);
    const seen: string[] = [];
    store.subscribe((s) => seen.push(s.view));
    expect(store.get().view).toBe('tabel');
    store.dispatch((s) => setView(s, 'matrix'));
    expect(h.entries).toEqual(['?weergave=tabel', '?weergave=matrix']);
    h.back();
    expect(store.get().view).toBe('tabel');
    expect(seen).toEqual(['matrix', 'tabel']);
  });

  it('replaces the entry when asked, as a slider drag does', () => {
    const h = fakeHistory();
    const store = createStore(h.port);
    store.dispatch((s) => setYear(s, 2018), 'replace');
    store.dispatch((s) => setYear(s, 2017), 'replace');
    expect(h.entries).toEqual(['?jaar=2017']);
  });

  it('does not notify when a transition returns the same state', () => {
    const store = createStore(fakeHistory().port);
    let calls = 0;
    store.subscribe(() => calls++);
    store.dispatch((s) => s);
    expect(calls).toBe(0);
  });
});
