import type { Db } from '../db/run.ts';

export interface GraphNodeRow {
  id: string;
  label: string;
  type: string | null;
  scale: string | null;
  generic: boolean;
}

export interface GraphEdgeRow {
  id: string;
  source: string;
  target: string;
  type: string;
  status: string | null;
}

export interface GraphSliceRow {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
  total: number;
}

/** Reads organisations and the relations among them in one round trip. */
export async function findGraphSlice(
  db: Db,
  args: { limit: number; types: readonly string[] | null },
): Promise<GraphSliceRow> {
  const [row] = await db.read<GraphSliceRow>('graph/find-graph-slice', { limit: args.limit, types: args.types });
  return row ?? { nodes: [], edges: [], total: 0 };
}
