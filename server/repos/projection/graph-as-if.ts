import type { GraphEdgeRow, GraphNodeRow, GraphQuery, GraphSliceRow } from '../graph.ts';
import { validIn, type ProjectedOrganisation, type ProjectedReferral, type Projection } from './projection.ts';
import type { ScenarioChange, StoredScenario } from './scenarios.ts';

// The graph slice as if a scenario's changes were made: the live slice (graph/find-graph-slice, which holds every
// kind of relation, while the projection holds only referrals) with the scenario's organisations and referrals added
// and those it removes taken out, each marked with the changes that do it. An organisation whose statements,
// coverage, name, type, scale or services the scenario changes is marked CHANGED and shows its name, type, scale and
// what it serves as if, and the filter is asked of it as if (here, as graph/find-graph-slice asks it): one the
// filter no longer matches leaves the slice (listed with the removed ones, marked CHANGED), one it now matches joins
// it with its referrals from the projection (its other kinds of relation are the live slice's, which did not read
// it). A new organisation exists only in the scenario, so the filter is applied to it here too.

export type ScenarioMark = 'ADDED' | 'REMOVED' | 'CHANGED';

export interface MarkedNode extends GraphNodeRow {
  scenarioChange: ScenarioMark | null;
  scenarioChanges: string[];
}

export interface MarkedEdge extends GraphEdgeRow {
  scenarioChange: ScenarioMark | null;
  scenarioChanges: string[];
}

export interface MarkedSlice {
  nodes: MarkedNode[];
  edges: MarkedEdge[];
  total: number;
  removedNodes: MarkedNode[];
  removedEdges: MarkedEdge[];
}

const unmarked = <T>(x: T) => ({ ...x, scenarioChange: null, scenarioChanges: [] as string[] });

/** How many more organisations than `limit` to read of the live slice, so the removed ones can be made up for. */
export function removedCount(scenario: StoredScenario): number {
  return scenario.changes.filter((c) => c.kind === 'REMOVE_ORGANISATION').length;
}

/** What an organisation serves as the slice shows it: its own statements, but those that exclude the group. */
function servesOf(p: Projection, id: string): GraphNodeRow['serves'] {
  return (p.statementsByOrganisation.get(id) ?? [])
    .filter((s) => s.collective === null && typeof s.serving['role'] === 'string' && s.serving['role'] !== 'not-served')
    .map((s) => ({ targetGroup: s.targetGroup, role: s.serving['role'] as string }));
}

const some = (values: readonly string[], asked: readonly string[] | null) =>
  asked === null || values.some((v) => asked.includes(v));

/** graph/find-graph-slice's filter, for an organisation only the scenario knows. */
function matches(p: Projection, o: ProjectedOrganisation, q: GraphQuery): boolean {
  if (q.types !== null && !q.types.includes(o.type ?? '')) return false;
  if (q.excludeGeneric && o.generic) return false;
  if (!q.allPublicBodies && q.targetGroups === null && o.generated && !o.serves) return false;
  if (!validIn(o, q.asOf) || !some(o.phases, q.phases) || !some(o.themes, q.themes)) return false;
  if (q.regionIds !== null && !(p.coversByOrganisation.get(o.id) ?? []).some((c) => q.regionIds!.includes(c.region))) {
    return false;
  }
  if (q.targetGroups === null && q.roles === null) return true;
  return (p.statementsByOrganisation.get(o.id) ?? []).some((s) => {
    const role = s.serving['role'];
    return (
      typeof role === 'string' &&
      role !== 'not-served' &&
      (q.targetGroups === null || q.targetGroups.includes(s.targetGroup)) &&
      (q.roles === null || q.roles.includes(role)) &&
      validIn(s.serving, q.asOf)
    );
  });
}

/** An organisation as a node of the slice, from the projection (its name, type, scale and statements as if). */
function nodeOf(p: Projection, o: ProjectedOrganisation): GraphNodeRow {
  return {
    id: o.id,
    label: o.name,
    type: o.type,
    scale: o.scale,
    generic: o.generic,
    lines: [...o.lines],
    phases: [...o.phases],
    serves: servesOf(p, o.id),
  };
}

/**
 * The referrals, as the projection holds them as if, between an organisation that joined the view and one in the
 * slice (both ends in it, one of them joined), with the slice's filter on status and year; the scenario's own are
 * added apart.
 */
function referralsJoining(p: Projection, joined: ReadonlySet<string>, inSlice: ReadonlySet<string>, q: GraphQuery) {
  const out: ProjectedReferral[] = [];
  for (const from of inSlice) {
    for (const r of p.referralsFrom.get(from) ?? []) {
      if (!inSlice.has(r.to) || !(joined.has(r.from) || joined.has(r.to))) continue;
      // A scenario's own referral (`<scenario>:<change>`) is added with its mark below.
      if (r.id === null || r.id.includes(':') || !validIn(r, q.asOf)) continue;
      if (q.statuses !== null && !q.statuses.includes(r.status ?? '')) continue;
      out.push(r);
    }
  }
  return out;
}

/** The ids of the changes about an organisation (not the referrals from or to it). */
const aboutOrganisation = (changes: readonly ScenarioChange[], id: string) =>
  changes.filter((c) => 'organisation' in c && c.organisation === id).map((c) => c.id);

/**
 * The live slice as if the scenario's changes were made. `live` is the live slice read with a limit of
 * `q.limit + removedCount(scenario)`, so that the organisations after the ones removed fill the slice up to its limit.
 */
export function sliceAsIf(
  live: GraphSliceRow,
  q: GraphQuery,
  scenario: StoredScenario,
  before: Projection,
  after: Projection,
): MarkedSlice {
  const changes = scenario.changes;
  const liveIds = new Set(live.nodes.map((n) => n.id));
  const removedNodes: MarkedNode[] = [];
  const kept: MarkedNode[] = [];
  for (const n of live.nodes) {
    const mine = aboutOrganisation(changes, n.id);
    const o = after.organisations.get(n.id);
    if (!o) removedNodes.push({ ...n, scenarioChange: 'REMOVED', scenarioChanges: mine });
    else if (mine.length > 0) {
      const changed = { ...nodeOf(after, o), scenarioChange: 'CHANGED' as const, scenarioChanges: mine };
      // Asked as if, the filter may no longer match it: it leaves this view, though not the map.
      (matches(after, o, q) ? kept : removedNodes).push(changed);
    } else kept.push(unmarked(n));
  }
  const added: MarkedNode[] = [];
  // Live organisations the scenario changes that the filter matches only as if: they join the view.
  const joined = new Set<string>();
  for (const o of after.organisations.values()) {
    if (liveIds.has(o.id) || !matches(after, o, q)) continue;
    const mine = aboutOrganisation(changes, o.id);
    if (before.organisations.has(o.id)) {
      if (mine.length === 0) continue;
      joined.add(o.id);
      added.push({ ...nodeOf(after, o), scenarioChange: 'CHANGED', scenarioChanges: mine });
    } else added.push({ ...nodeOf(after, o), scenarioChange: 'ADDED', scenarioChanges: mine });
  }
  const all = [...kept, ...added].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const nodes = all.slice(0, q.limit);
  const inSlice = new Set(nodes.map((n) => n.id));
  const shown = new Set([...inSlice, ...removedNodes.map((n) => n.id)]);

  const edges: MarkedEdge[] = [];
  const removedEdges: MarkedEdge[] = [];
  for (const e of live.edges) {
    if (!shown.has(e.source) || !shown.has(e.target)) continue;
    const cause = changes.filter(
      (c) =>
        (c.kind === 'REMOVE_ORGANISATION' && (c.organisation === e.source || c.organisation === e.target)) ||
        (c.kind === 'REMOVE_REFERRAL' && e.type === 'REFERS_TO' && c.from === e.source && c.to === e.target),
    );
    if (cause.length > 0)
      removedEdges.push({ ...e, scenarioChange: 'REMOVED', scenarioChanges: cause.map((c) => c.id) });
    else if (inSlice.has(e.source) && inSlice.has(e.target)) edges.push(unmarked(e));
  }
  const referralShown =
    (q.relationTypes === null || q.relationTypes.includes('REFERS_TO')) &&
    (q.statuses === null || q.statuses.includes('active'));
  // The live referrals of an organisation that joined the view, with the others in it (as the projection holds them).
  const referralsAsked = q.relationTypes === null || q.relationTypes.includes('REFERS_TO');
  for (const r of referralsAsked ? referralsJoining(after, joined, inSlice, q) : []) {
    edges.push({
      id: r.id!,
      source: r.from,
      target: r.to,
      type: 'REFERS_TO',
      kind: r.kind,
      status: r.status,
      scenarioChange: null,
      scenarioChanges: [],
    });
  }
  for (const c of changes) {
    if (c.kind !== 'ADD_REFERRAL' || !referralShown || !inSlice.has(c.from) || !inSlice.has(c.to)) continue;
    const id = `${scenario.id}:${c.id}`;
    const r = (after.referralsFrom.get(c.from) ?? []).find((x) => x.id === id);
    if (!r) continue;
    edges.push({
      id,
      source: r.from,
      target: r.to,
      type: 'REFERS_TO',
      kind: r.kind,
      status: r.status,
      scenarioChange: 'ADDED',
      scenarioChanges: [c.id],
    });
  }
  // The removed organisations read with the live slice (and those the filter no longer matches as if); one beyond
  // where it was read (a slice cut by its limit) still counts in the total, which the live query alone can tell
  // matches the filter.
  const removedMatching = live.nodes.length - kept.length;
  return { nodes, edges, total: live.total - removedMatching + added.length, removedNodes, removedEdges };
}
