import type { CoverRef } from '../../domain/organisation-summary.ts';
import type { MappingRow } from '../../domain/mapping.ts';
import type { ProviderRow } from '../../domain/providers.ts';
import { validIn, type ProjectedOrganisation, type ProjectedStatement, type Projection } from './projection.ts';

// Who serves the asked groups, and where sources looked at them, from the projection: the answer
// serves/find-providers gave, row for row (its rules are the comments below), without a round trip.

export interface ProviderQuery {
  targetGroups: readonly string[] | null;
  regionIds: readonly string[] | null;
  theme: string | null;
  phase: string | null;
  asOf: number | null;
}

/** Who serves the asked groups, and where sources have looked at them. */
export interface ProviderEvidence {
  providers: ProviderRow[];
  mappings: MappingRow[];
}

const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

// Covers lists by content, per projection: organisations covering the same regions share one list, so how a list
// reaches a region (domain/providers.ts `reach`) is worked out once per projection and list, not per organisation
// and question. Bounded: a projection meets few distinct lists, and the table starts afresh if it ever grows large.
const coverLists = new WeakMap<Projection, Map<string, readonly CoverRef[]>>();
const COVER_LISTS_MAX = 100_000;

function sharedCovers(p: Projection, covers: CoverRef[]): readonly CoverRef[] {
  let table = coverLists.get(p);
  if (!table || table.size >= COVER_LISTS_MAX) coverLists.set(p, (table = new Map()));
  const key = covers.map((c) => (c.partial ? `${c.region}~` : c.region)).join(' ');
  const hit = table.get(key);
  if (hit) return hit;
  table.set(key, covers);
  return covers;
}

/**
 * Whether a statement speaks in the question: an exclusion ("not-served") only as one reading of an ambiguous fact;
 * with a theme or phase asked, only statements naming it; in a year, only what holds that year (the statement, the
 * organisation and, for a collective's statement, the membership).
 */
function speaks(s: ProjectedStatement, o: ProjectedOrganisation, q: ProviderQuery): boolean {
  const role = s.serving['role'];
  // Cypher's `role <> 'not-served' OR ambiguity IS NOT NULL`: a missing role is unknown, so only an ambiguity passes.
  const notExcluded = typeof role === 'string' && role !== 'not-served';
  if (!notExcluded && s.serving['ambiguity'] == null) return false;
  if (q.theme !== null && !list(s.serving['themes']).includes(q.theme)) return false;
  if (q.phase !== null && !list(s.serving['phases']).includes(q.phase)) return false;
  return validIn(s.serving, q.asOf) && validIn(o, q.asOf) && (s.membership === null || validIn(s.membership, q.asOf));
}

const summary = (o: ProjectedOrganisation) => ({
  id: o.id,
  name: o.name,
  type: o.type,
  scale: o.scale,
});

// An organisation as its rows show it: one object per projected organisation, shared by every answer that shows it.
const shownOrganisations = new WeakMap<ProjectedOrganisation, ProviderRow['organisation']>();

function shownOrganisation(o: ProjectedOrganisation): ProviderRow['organisation'] {
  let shown = shownOrganisations.get(o);
  if (!shown) {
    shown = {
      id: o.id,
      name: o.name,
      type: o.type,
      scale: o.scale,
      generic: o.generic,
      lines: o.lines,
      phases: o.phases,
      themes: o.themes,
    };
    shownOrganisations.set(o, shown);
  }
  return shown;
}

/** Finds who serves the target groups, with their coverage among the given regions (all when null), and the mappings. */
export function providersIn(p: Projection, q: ProviderQuery): ProviderEvidence {
  const groups = q.targetGroups ?? [...p.statementsByGroup.keys()];
  const regions = q.regionIds ? new Set(q.regionIds) : null;
  // Asked about regions, only the organisations covering one of them can answer: their statements alone are read.
  const inRegions =
    regions === null
      ? null
      : new Set([...regions].flatMap((r) => (p.coversByRegion.get(r) ?? []).map((c) => c.organisation)));
  const found: ProviderRow[] = [];
  const coversOf = new Map<string, readonly CoverRef[]>();
  // In answer order: one group's list is in it; several groups interleave by organisation first, as the projection's
  // list of all statements is ordered.
  const asked = new Set(groups);
  const statements =
    asked.size === 1
      ? (p.statementsByGroup.get(groups[0]!) ?? [])
      : p.statements.filter((s) => asked.has(s.targetGroup));
  for (const s of statements) {
    if (inRegions !== null && !inRegions.has(s.organisation)) continue;
    const o = p.organisations.get(s.organisation);
    // A collective never provides itself; its statements reach its members.
    if (!o || o.genericGroup || !speaks(s, o, q)) continue;
    // One list per organisation, shared by its rows: domain/providers.ts remembers how a list reaches a region.
    let covers = coversOf.get(o.id);
    if (!covers) {
      const own = (p.coversByOrganisation.get(o.id) ?? [])
        .filter((c) => (regions === null || regions.has(c.region)) && validIn(c, q.asOf))
        .map((c) => ({ region: c.region, partial: c.partial }));
      covers = sharedCovers(p, own);
      coversOf.set(o.id, covers);
    }
    if (covers.length === 0) continue;
    const g = s.collective === null ? null : p.organisations.get(s.collective);
    found.push({
      organisation: shownOrganisation(o),
      targetGroup: s.targetGroup,
      serving: s.serving,
      covers,
      derivedFrom: g ? { collective: { ...summary(g), generic: true }, membership: s.membership ?? {} } : null,
    });
  }
  return {
    providers: found,
    mappings: p.mappings.filter((m) => q.targetGroups === null || asked.has(m.targetGroup)),
  };
}
