import type { Db } from '../db/run.ts';
import type { RelationType } from '../domain/rules.ts';

export interface GraphNodeRow {
  id: string;
  label: string;
  type: string | null;
  scale: string | null;
  generic: boolean;
  lines: string[];
  phases: string[];
  serves: { targetGroup: string; role: string }[];
}

export interface GraphEdgeRow {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  kind: string | null;
  status: string | null;
}

export interface GraphSliceRow {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
  total: number;
}

export interface GraphQuery {
  limit: number;
  regionIds: readonly string[] | null;
  targetGroups: readonly string[] | null;
  roles: readonly string[] | null;
  phases: readonly string[] | null;
  themes: readonly string[] | null;
  types: readonly string[] | null;
  relationTypes: readonly string[] | null;
  statuses: readonly string[] | null;
  asOf: number | null;
  excludeGeneric: boolean;
  allPublicBodies: boolean;
}

/** A graph query that filters on nothing but what is given (the benchmark and the tests start from it). */
export function graphQuery(given: Partial<GraphQuery> & { limit: number }): GraphQuery {
  return {
    regionIds: null,
    targetGroups: null,
    roles: null,
    phases: null,
    themes: null,
    types: null,
    relationTypes: null,
    statuses: null,
    asOf: null,
    excludeGeneric: false,
    allPublicBodies: false,
    ...given,
  };
}

/** Reads organisations matching the filter and the relations among them in one round trip. */
export async function findGraphSlice(db: Db, q: GraphQuery): Promise<GraphSliceRow> {
  const [row] = await db.read<GraphSliceRow & Record<string, unknown>>('graph/find-graph-slice', { ...q });
  return row ?? { nodes: [], edges: [], total: 0 };
}
