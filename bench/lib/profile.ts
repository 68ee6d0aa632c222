import type { Driver, ProfiledPlan } from 'neo4j-driver';

/** One operator of a profiled plan. */
export interface ProfiledOperator {
  readonly operator: string;
  readonly dbHits: number;
  readonly rows: number;
  /** Neo4j's `Details` argument (the predicate, the expression, the index used), shortened. */
  readonly details: string;
}

/** What PROFILE says of one run of a query. */
export interface ProfileSummary {
  /** Wall time of the profiled run (profiling itself slows a query down). */
  readonly ms: number;
  readonly totalDbHits: number;
  readonly rows: number;
  readonly runtime: string;
  /** Peak memory of the query as Neo4j reports it (`GlobalMemory`), when it does. */
  readonly globalMemoryBytes: number | null;
  /** The operators with the most database hits, most first. */
  readonly top: readonly ProfiledOperator[];
}

function walk(plan: ProfiledPlan, out: ProfiledOperator[]): void {
  const details = plan.arguments['Details'];
  out.push({
    operator: plan.operatorType.replace(/@.*$/, ''),
    dbHits: Number(plan.dbHits),
    rows: Number(plan.rows),
    details: (typeof details === 'string' ? details : JSON.stringify(details ?? '')).slice(0, 160),
  });
  for (const child of plan.children) walk(child, out);
}

/**
 * Runs `PROFILE <text>` once in a read transaction and summarises the plan: total db hits and the
 * operators that cost the most. For explaining a slow case, not for timing it.
 * @example const p = await profileQuery(bench.driver, 'neo4j', text, params); console.log(p.top[0]);
 */
export async function profileQuery(
  driver: Driver,
  database: string,
  text: string,
  params: Record<string, unknown>,
  topN = 4,
): Promise<ProfileSummary | null> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const started = process.hrtime.bigint();
    const result = await session.executeRead((tx) => tx.run(`PROFILE\n${text}`, params));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const plan = result.summary.profile;
    if (!plan) return null;
    const operators: ProfiledOperator[] = [];
    walk(plan, operators);
    const memory = Number(plan.arguments['GlobalMemory']);
    return {
      ms,
      totalDbHits: operators.reduce((a, o) => a + o.dbHits, 0),
      rows: Number(plan.rows),
      runtime: String(plan.arguments['runtime'] ?? ''),
      globalMemoryBytes: Number.isFinite(memory) ? memory : null,
      top: [...operators].sort((a, b) => b.dbHits - a.dbHits).slice(0, topN),
    };
  } finally {
    await session.close();
  }
}
