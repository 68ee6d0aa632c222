import type { ConformanceOrganisation } from '../../domain/conformance.ts';
import type { Props } from '../props.ts';
import type { Projection } from './projection.ts';

// The role rules and the organisations they may apply to, from the projection: what
// conformance/find-conformance-context read, without a round trip.

/** The rules (by id) and the non-generic organisations covering one of the regions (all when null), by name. */
export function conformanceContextIn(
  p: Projection,
  regionIds: readonly string[] | null,
): { rules: readonly Props[]; organisations: ConformanceOrganisation[] } {
  const regions = regionIds ? new Set(regionIds) : null;
  const organisations = p.byName
    .filter((o) => regions === null || (p.coversByOrganisation.get(o.id) ?? []).some((c) => regions.has(c.region)))
    .map((o) => ({
      id: o.id,
      name: o.name,
      type: o.type,
      scale: o.scale,
      generic: false,
      phases: o.phases,
      serves: (p.statementsByOrganisation.get(o.id) ?? [])
        .filter((s) => s.collective === null)
        .map((s) => ({
          targetGroup: s.targetGroup,
          role: s.serving['role'] as string,
          reading: typeof s.serving['reading'] === 'string' ? s.serving['reading'] : null,
          phases: Array.isArray(s.serving['phases']) ? (s.serving['phases'] as string[]) : [],
        })),
    }));
  return { rules: p.rules, organisations };
}
