import type { Driver } from 'neo4j-driver';
import type { CypherFile } from '../../server/db/cypher.ts';

/** One operator of a Neo4j plan, as the driver gives it. */
interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** What a plan reads: its operators in order, and the scans and Cartesian products in it, named by what they read. */
export interface PlanSummary {
  /** Operator names without the runtime suffix (`NodeUniqueIndexSeek(Locking)@neo4j` → `NodeUniqueIndexSeek`). */
  readonly operators: readonly string[];
  /** `Operator Label(property)` for every index seek, e.g. `NodeUniqueIndexSeek Organisation(id)`. */
  readonly seeks: readonly string[];
  /** `Operator Label` (or `Operator TYPE`, or the bare operator for whole-store scans) for every store scan, sorted, unique. */
  readonly scans: readonly string[];
  /** Cartesian products one of whose sides scans (a product of single-row seeks is harmless). */
  readonly scanningProducts: number;
}

const operatorName = (p: PlanNode): string => p.operatorType.replace(/@.*$/, '').replace(/\(Locking\)$/, '');
const details = (p: PlanNode): string => String(p.arguments['Details'] ?? '');
// A scan of the store or of a whole label or relationship type. Index scans are left out: they read an index, and
// the planner picks one over a seek on a small index depending on the statistics of the moment.
const isScan = (p: PlanNode): boolean => operatorName(p).endsWith('Scan') && !operatorName(p).endsWith('IndexScan');

function walk(p: PlanNode, visit: (p: PlanNode) => void): void {
  visit(p);
  for (const c of p.children) walk(c, visit);
}

function scanName(p: PlanNode): string {
  const op = operatorName(p);
  // `t:TargetGroup` for a label scan, `(a)-[r:REFERS_TO]->(b)` for a relationship type scan; the variable names
  // are the query's own and would make the table brittle.
  const what = /:(\w+)/.exec(details(p))?.[1];
  return what ? `${op} ${what}` : op;
}

function summarise(plan: PlanNode): PlanSummary {
  const operators: string[] = [];
  const seeks: string[] = [];
  const scans = new Set<string>();
  let scanningProducts = 0;
  walk(plan, (p) => {
    const op = operatorName(p);
    operators.push(op);
    if (op.endsWith('IndexSeek')) seeks.push(`${op} ${/:(\w+\(\w+\))/.exec(details(p))?.[1] ?? '?'}`);
    if (isScan(p)) scans.add(scanName(p));
    if (op === 'CartesianProduct') {
      let scanning = false;
      walk(p, (q) => (scanning ||= q !== p && isScan(q)));
      if (scanning) scanningProducts += 1;
    }
  });
  return { operators, seeks, scans: [...scans].sort(), scanningProducts };
}

/** EXPLAINs a query file on the real Neo4j (nothing runs: parameters only need names) and summarises its plan. */
export async function explainFile(driver: Driver, file: CypherFile): Promise<PlanSummary> {
  const session = driver.session({ database: 'neo4j' });
  try {
    const params = Object.fromEntries(file.params.map((p) => [p, null]));
    const result = await session.run(`EXPLAIN ${file.text.replace(/^\s*\/\/.*$/gm, '').trim()}`, params);
    if (result.summary.plan === false) throw new Error(`${file.name}: Neo4j returned no plan`);
    return summarise(result.summary.plan as unknown as PlanNode);
  } finally {
    await session.close();
  }
}

/**
 * The labels a query starts a MATCH or MERGE from by id, read from its text: `MATCH (o:Organisation {id: $org})`,
 * `MERGE (r:Region {id: row.id})`. Each of these should be an index seek, not a scan followed by a filter. (Nodes
 * further along a pattern are often better reached by expanding from its start, so only the start is checked.)
 */
export function labelsLookedUpById(text: string): string[] {
  const found = new Set<string>();
  const code = text.replace(/^\s*\/\/.*$/gm, '');
  for (const m of code.matchAll(/\b(?:MATCH|MERGE)\s+\(\w*:(\w+)\s*\{\s*id:\s*[^}]+\}\)/g)) found.add(m[1]!);
  return [...found].sort();
}
