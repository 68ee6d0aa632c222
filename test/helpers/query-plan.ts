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

/** EXPLAINs a query file on the real Neo4j (nothing runs: parameters need only names, ids their type) and summarises its plan. */
export async function explainFile(driver: Driver, file: CypherFile): Promise<PlanSummary> {
  const session = driver.session({ database: 'neo4j' });
  try {
    // Ids are strings, as the server sends them: with a null id the planner may scan the index instead of seeking.
    const ids = new Set([...file.text.matchAll(/\{\s*id:\s*\$(\w+)(?![\w.])/g)].map((m) => m[1]!));
    const params = Object.fromEntries(file.params.map((p) => [p, ids.has(p) ? '' : null]));
    // Planned afresh for the map as it is (the seed): a plan cached while another test file had emptied the map
    // would otherwise be reused until the statistics drift far enough, and differ from run to run.
    const text = file.text.replace(/^\s*\/\/.*$/gm, '').trim();
    const result = await session.run(`CYPHER replan=force EXPLAIN ${text}`, params);
    if (result.summary.plan === false) throw new Error(`${file.name}: Neo4j returned no plan`);
    return summarise(result.summary.plan as unknown as PlanNode);
  } finally {
    await session.close();
  }
}

/**
 * The id lookups a query starts a MATCH or MERGE with, read from its text: `MATCH (o:Organisation {id: $org})`,
 * `MERGE (r:Region {id: row.id})`. Each should begin at an index seek, not a scan followed by a filter. A pattern that
 * names further nodes by id (`(o:Organisation {id: $org})-[:COVERS]->(r:Region {id: $region})`) may begin at any of
 * them: which end the planner seeks depends on the statistics, and both ends are index-driven. One group of labels
 * per clause, the first one the label the clause starts with.
 */
export function idLookups(text: string): string[][] {
  const groups: string[][] = [];
  const code = text.replace(/^\s*\/\/.*$/gm, '');
  for (const m of code.matchAll(/\b(?:MATCH|MERGE)\s+(\(\w*:(\w+)\s*\{\s*id:\s*[^}]+\}\)[^\n]*)/g)) {
    const further = [...m[1]!.matchAll(/\(\w*:(\w+)\s*\{\s*id:/g)].map((n) => n[1]!);
    groups.push([...new Set([m[2]!, ...further])]);
  }
  return groups;
}
