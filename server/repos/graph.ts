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

type SliceRow =
  | { kind: 'total'; row: [number] }
  | {
      kind: 'node';
      row: [string, string, string | null, string | null, boolean, string[], string[], [string, string][]];
    }
  | { kind: 'edge'; row: [string, string, string, RelationType, string | null, string | null] };

/** Reads organisations matching the filter and the relations among them in one round trip. */
export async function findGraphSlice(db: Db, q: GraphQuery): Promise<GraphSliceRow> {
  const rows = await db.read<SliceRow>('graph/find-graph-slice', { ...q });
  const slice: GraphSliceRow = { nodes: [], edges: [], total: 0 };
  for (const { kind, row } of rows) {
    if (kind === 'node') {
      const [id, label, type, scale, generic, lines, phases, serves] = row;
      slice.nodes.push({
        id,
        label,
        type,
        scale,
        generic,
        lines,
        phases,
        serves: serves.map(([targetGroup, role]) => ({ targetGroup, role })),
      });
    } else if (kind === 'edge') {
      const [id, source, target, type, relationKind, status] = row;
      slice.edges.push({ id, source, target, type, kind: relationKind, status });
    } else slice.total = row[0];
  }
  return slice;
}
