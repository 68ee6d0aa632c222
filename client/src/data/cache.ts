import { ApiError, type Api } from '../api/client.ts';
import { requestKey, type RequestSpec } from './requests.ts';

/** The state of one request: loading, loaded, or failed with an error the views explain. */
export type Resource<T> = { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; error: ApiError };

type Op = keyof Api;
type Result<K extends Op> = Awaited<ReturnType<Api[K]>>;

export interface Cache {
  /** The resource of a request, starting it when it is new. */
  get<K extends Op>(spec: RequestSpec<K, Parameters<Api[K]>[0]> | null): Resource<Result<K>> | null;
  /** Forgets failed requests so that the next render asks again. */
  retryFailed(): void;
  /**
   * Forgets every response except those of the operations kept (the map changed, or who is asking did):
   * the next render asks again. Answers still on their way to forgotten requests are dropped.
   */
  invalidate(keep?: readonly Op[]): void;
}

/**
 * Keeps every response by request key, so going back to an earlier view is instant and a late answer to
 * an old question never shows under a new one. `onChange` runs when a response (or error) arrives.
 */
export function createCache(api: Api, onChange: () => void, maxEntries = 200): Cache {
  const entries = new Map<string, Resource<unknown>>();
  return {
    get(spec) {
      if (spec === null) return null;
      const key = requestKey(spec);
      const found = entries.get(key);
      if (found) {
        // Refresh recency for the size limit.
        entries.delete(key);
        entries.set(key, found);
        return found as Resource<never>;
      }
      const loading: Resource<unknown> = { status: 'loading' };
      entries.set(key, loading);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      const call = api[spec.op] as (vars: unknown) => Promise<unknown>;
      // Only the request still waiting under its key may fill it: not one from before an invalidate.
      const current = () => entries.get(key) === loading;
      call(spec.vars).then(
        (data) => {
          if (!current()) return;
          entries.set(key, { status: 'ok', data });
          onChange();
        },
        (error: unknown) => {
          if (!current()) return;
          entries.set(key, {
            status: 'error',
            error: error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL'),
          });
          onChange();
        },
      );
      return loading as Resource<never>;
    },
    retryFailed() {
      for (const [key, r] of entries) if (r.status === 'error') entries.delete(key);
      onChange();
    },
    invalidate(keep = []) {
      for (const key of [...entries.keys()]) if (!keep.some((op) => key.startsWith(`${op}:`))) entries.delete(key);
      onChange();
    },
  };
}
