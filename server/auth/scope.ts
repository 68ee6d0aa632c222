import { AppError } from '../errors.ts';
import type { RegionCatalog } from '../domain/region-catalog.ts';
import type { User } from './users.ts';

/** True when the user is not limited to provinces (ADMIN, or EDITOR without provinces). */
export function isNationwide(user: User): boolean {
  return user.role === 'ADMIN' || user.provinces.length === 0;
}

/** True when the region is one of the user's provinces or lies inside one. */
export function regionInScope(user: User, catalog: RegionCatalog, regionId: string): boolean {
  if (isNationwide(user)) return true;
  if (user.provinces.includes(regionId)) return true;
  return catalog.ancestors(regionId).some((a) => user.provinces.includes(a.id));
}

/**
 * An organisation is inside a limited editor's provinces when it covers at least one region and every region it
 * covers lies inside them: a national or cross-border organisation is for nationwide editors and admins.
 */
export function organisationInScope(user: User, catalog: RegionCatalog, coverage: readonly string[]): boolean {
  if (isNationwide(user)) return true;
  return coverage.length > 0 && coverage.every((r) => regionInScope(user, catalog, r));
}

/** Throws FORBIDDEN naming the organisation and the user's provinces. */
export function forbiddenOutsideScope(user: User, what: string): AppError {
  return new AppError(
    'FORBIDDEN',
    `${what} lies outside the provinces user "${user.name}" may change (${user.provinces.join(', ')}).`,
    { provinces: [...user.provinces] },
  );
}
