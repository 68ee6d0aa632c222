import type { ViewState } from './view-state.ts';
import { fromSearch, sameUrl, toSearch } from './url.ts';

/** A transition applied by `dispatch`: pure, from the current state to the next. */
export type Transition = (s: ViewState) => ViewState;

export type Listener = (state: ViewState, previous: ViewState) => void;

/** How a change enters the browser history: a new entry (back returns to it) or in place (a slider drag). */
export type HistoryMode = 'push' | 'replace';

export interface Store {
  get(): ViewState;
  dispatch(transition: Transition, history?: HistoryMode): void;
  subscribe(listener: Listener): () => void;
}

/** The browser's side of the store; tests pass a fake. */
export interface HistoryPort {
  search(): string;
  push(search: string): void;
  replace(search: string): void;
  onPop(handler: () => void): void;
}

/** The real window.history and location. */
export const browserHistory: HistoryPort = {
  search: () => location.search,
  push: (search) => history.pushState(null, '', `${location.pathname}${search}${location.hash}`),
  replace: (search) => history.replaceState(null, '', `${location.pathname}${search}${location.hash}`),
  onPop: (handler) => window.addEventListener('popstate', handler),
};

/**
 * Holds the view state, applies transitions, writes each change to the URL and follows back/forward.
 * @example createStore(fakeHistory).dispatch((s) => setView(s, 'matrix'))
 */
export function createStore(port: HistoryPort): Store {
  let state = fromSearch(port.search());
  const listeners = new Set<Listener>();
  const publish = (next: ViewState) => {
    const previous = state;
    state = next;
    for (const l of listeners) l(state, previous);
  };
  port.onPop(() => publish(fromSearch(port.search())));
  return {
    get: () => state,
    dispatch(transition, mode = 'push') {
      const next = transition(state);
      if (next === state) return;
      if (!sameUrl(next, state)) (mode === 'push' ? port.push : port.replace)(toSearch(next));
      publish(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
