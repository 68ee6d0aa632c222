import type { ApiDeps, ApiRoute } from './api.ts';

/** The /api/export endpoints. */
export function exportRoutes(deps: ApiDeps): ApiRoute[] {
  void deps;
  return [];
}
