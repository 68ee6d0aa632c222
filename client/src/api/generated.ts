/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Filter for a graph slice. */
export type GraphFilter = {
  /** Maximum number of organisations in the slice: 1 to 5000. Default 500. */
  limit?: number | null | undefined;
  /** Keep only organisations of these types (e.g. `rom`, `kvk`, `regional-executor`); all types when omitted. */
  types?: Array<string> | null | undefined;
};

export type GraphSliceQueryVariables = Exact<{
  filter: GraphFilter;
}>;


export type GraphSliceQuery = { graph: { total: number, truncated: boolean, nodes: Array<{ id: string, label: string, type: string | null, scale: string | null, generic: boolean }>, edges: Array<{ id: string, source: string, target: string, type: string, status: string | null }> } };

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { health: { ok: boolean, database: string, migrations: number } };
