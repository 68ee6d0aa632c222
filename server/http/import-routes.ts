import type { ApiDeps, ApiRoute } from './api.ts';

/** The /api/import endpoints. */
export function importRoutes(deps: ApiDeps): ApiRoute[] {
  void deps;
  return [];
}
