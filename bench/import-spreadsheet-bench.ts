// Times the spreadsheet import (dry run and apply) on two workbooks, in a Neo4j of its own (.neo4j/bench-import-sheets,
// port 7693):
//   (a) the seed's organisations, coverage, target groups, services and referrals, exported as a workbook and imported
//       into a database that holds the regions and the vocabulary but none of those facts;
//   (b) 10,000 synthetic organisations (bench/synthetic) with their coverage, target groups and referrals, imported
//       into a database holding the seed (`--orgs 10000,2500` runs several sizes, 10 edges per organisation).
// A file that writes more than one apply may (MAX_WRITES_PER_APPLY) is checked whole and applied as a user would:
// its sheets one after the other, cut into files of at most that many rows.
// Each apply starts from a freshly loaded database (not timed). Run: npm run bench:import-sheets
import path from 'node:path';
import { resetDatabase, seedDatabase, seedReferenceData } from '../seed/load.ts';
import { toSeedRows } from '../seed/rows.ts';
import { formatSeedErrors, validateSeedDir } from '../seed/validate.ts';
import type { User } from '../server/auth/users.ts';
import { ROOT_DIR } from '../server/config.ts';
import type { Db } from '../server/db/run.ts';
import { createReferenceData } from '../server/repos/reference-data.ts';
import { ENTITIES, MAX_WRITES_PER_APPLY, SERVICE_STATUSES, type EntityName } from '../server/spreadsheets/columns.ts';
import { cellOf, exportAll, type ExportRow } from '../server/spreadsheets/export.ts';
import { importSpreadsheet, type ImportReport } from '../server/spreadsheets/index.ts';
import { workbookOf } from '../server/spreadsheets/templates.ts';
import { loadImportVocabulary, type ImportVocabulary } from '../server/spreadsheets/vocabulary.ts';
import { openBenchDatabase } from './lib/bench-database.ts';
import { toMarkdownTable, writeResults, type BenchResult } from './lib/results.ts';
import { summarise } from './lib/time-it.ts';
import { DEFAULT_SYNTHETIC_OPTIONS, generateSynthetic, type SyntheticGraph } from './synthetic/generate.ts';
import { worldFromSeed } from './synthetic/world.ts';

// `--heap 1g` runs Neo4j with the app's default heap (NEO4J_LOCAL_HEAP); the default 2g is what resetting a database
// holding the synthetic graph and its audit trail in one transaction needs between runs.
const DATABASE = { dir: path.join(ROOT_DIR, '.neo4j', 'bench-import-sheets'), boltPort: 7693 };
const USER: User = { name: 'bench', role: 'ADMIN', provinces: [] };
const SOURCE = 'Benchmark import';
const MAX_BYTES = 500_000_000;
const DRY_RUNS = 3;
const APPLIES = 2;

const log = (m: string) => console.log(`[bench] ${m}`);
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: ms(start), value };
}

/**
 * The seed's services hold statuses outside the import's list (`unknown`, `renamed`, …), which a database without
 * them refuses: they become `stopped` when the service has a last year, else `active`.
 */
function importableStatuses(rows: ExportRow[]): { rows: ExportRow[]; mapped: number } {
  let mapped = 0;
  const out = rows.map((r) => {
    const [id, org, name, description, status, groups, regions, validFrom, validTo, sources] = r;
    if ((SERVICE_STATUSES as readonly string[]).includes(status!)) return r;
    mapped++;
    const next = validTo ? 'stopped' : 'active';
    return [id!, org!, name!, description!, next, groups!, regions!, validFrom!, validTo!, sources!];
  });
  return { rows: out, mapped };
}

/** The synthetic graph as sheets of the import (relations other than referrals are not part of the format). */
function syntheticSheets(graph: SyntheticGraph): Sheets {
  const c = cellOf;
  const keyParts = (key: string) => {
    const [, , reading, scope] = key.split('|');
    return { reading: reading === 'sole' ? '' : (reading ?? ''), scope: scope === 'all' ? '' : (scope ?? '') };
  };
  return {
    organisations: graph.organisations.map((o) => {
      const p = o.props;
      return [
        o.id,
        p['name'],
        p['type'],
        p['aliases'],
        p['scale'],
        p['description'],
        p['lines'],
        p['phases'],
        p['themes'],
        p['validFrom'],
        p['validTo'],
        p['sources'],
        p['note'],
      ].map(c);
    }),
    coverage: graph.covers.map((x) =>
      [x.org, x.region, x.props['partial'] === true, x.props['validFrom'], x.props['validTo'], x.props['sources']].map(
        c,
      ),
    ),
    serves: graph.serves.map((s) => {
      const p = s.props;
      const k = keyParts(s.key);
      return [
        s.org,
        s.targetGroup,
        p['role'],
        p['phases'],
        p['themes'],
        p['lines'],
        k.scope,
        k.reading,
        p['validFrom'],
        p['validTo'],
        p['sources'],
      ].map(c);
    }),
    referrals: graph.relations
      .filter((r) => r.type === 'REFERS_TO')
      .map((r) => {
        const p = r.props;
        return [
          r.relId,
          r.from,
          r.to,
          p['kind'],
          p['status'],
          p['targetGroups'],
          p['subject'],
          p['validFrom'],
          p['validTo'],
          p['sources'],
        ].map(c);
      }),
  };
}

function rowCount(report: ImportReport): string {
  return Object.entries(report.summary)
    .map(([e, s]) => `${e} ${s.new}/${s.changed}/${s.unchanged}`)
    .join(', ');
}

/** Throws unless the report has no errors; `allowSize` lets the one error of a file too large for one apply pass. */
function assertOk(report: ImportReport, what: string, allowSize = false): void {
  const errors = report.errors.filter((e) => !(allowSize && e.row === null && e.message.includes('one import writes')));
  if (errors.length > 0) {
    const first = errors.slice(0, 10).map((e) => `${e.sheet}:${e.row}:${e.column}: ${e.message}`);
    throw new Error(`${what}: ${errors.length} errors\n${first.join('\n')}`);
  }
}

interface CaseResult {
  readonly results: BenchResult[];
  readonly meta: Record<string, unknown>;
}

type Sheets = Partial<Record<EntityName, ExportRow[]>>;

/**
 * The workbooks a user would import one after the other when a file writes more than one apply may: each sheet in
 * its order (organisations first), cut into parts of at most MAX_WRITES_PER_APPLY rows.
 */
async function partsOf(vocabulary: ImportVocabulary, sheets: Sheets): Promise<Buffer[]> {
  const total = Object.values(sheets).reduce((n, rows) => n + (rows?.length ?? 0), 0);
  if (total <= MAX_WRITES_PER_APPLY) return [await workbookOf(vocabulary, sheets)];
  const parts: Buffer[] = [];
  for (const entity of ENTITIES) {
    const rows = sheets[entity] ?? [];
    for (let i = 0; i < rows.length; i += MAX_WRITES_PER_APPLY) {
      parts.push(await workbookOf(vocabulary, { [entity]: rows.slice(i, i + MAX_WRITES_PER_APPLY) }));
    }
  }
  return parts;
}

async function runCase(
  db: Db,
  dataset: string,
  whole: Buffer,
  parts: readonly Buffer[],
  prepare: () => Promise<void>,
): Promise<CaseResult> {
  const run = (mode: 'dry-run' | 'apply', bytes: Buffer) =>
    importSpreadsheet(db, createReferenceData(db), USER, { bytes }, { mode, source: SOURCE, maxBytes: MAX_BYTES });
  await prepare();
  const dry: number[] = [];
  let plan: ImportReport | null = null;
  for (let i = 0; i < DRY_RUNS; i++) {
    const t = await timed(() => run('dry-run', whole));
    assertOk(t.value, `${dataset} dry run`, parts.length > 1);
    dry.push(t.ms);
    plan = t.value;
  }
  log(`${dataset}: dry run ${dry.map((x) => x.toFixed(0)).join(', ')} ms (${rowCount(plan!)}; new/changed/unchanged)`);
  const apply: number[] = [];
  for (let i = 0; i < APPLIES; i++) {
    if (i > 0) await prepare();
    const times: number[] = [];
    for (const part of parts) {
      const t = await timed(() => run('apply', part));
      assertOk(t.value, `${dataset} apply`);
      times.push(t.ms);
    }
    apply.push(times.reduce((x, y) => x + y, 0));
    const split = parts.length > 1 ? `in ${parts.length} files ${times.map((x) => x.toFixed(0)).join(' + ')} = ` : '';
    log(`${dataset}: apply ${split}${apply.at(-1)!.toFixed(0)} ms`);
  }
  const again: number[] = [];
  let after: ImportReport | null = null;
  for (let i = 0; i < DRY_RUNS; i++) {
    const t = await timed(() => run('dry-run', whole));
    assertOk(t.value, `${dataset} dry run after the apply`);
    again.push(t.ms);
    after = t.value;
  }
  log(`${dataset}: dry run after the apply ${again.map((x) => x.toFixed(0)).join(', ')} ms (${rowCount(after!)})`);
  if (!after!.rows.every((r) => r.status === 'unchanged')) {
    throw new Error(`${dataset}: a dry run after the apply still finds changes`);
  }
  const applyName = parts.length > 1 ? `apply (${parts.length} files in turn)` : 'apply';
  return {
    results: [
      { name: 'dry run (all new)', dataset, via: 'library', stats: summarise(dry) },
      { name: applyName, dataset, via: 'library', stats: summarise(apply) },
      { name: 'dry run (all unchanged)', dataset, via: 'library', stats: summarise(again) },
    ],
    meta: { rows: plan!.rows.length, bytes: whole.length, parts: parts.length, summary: plan!.summary },
  };
}

/** `--orgs 10000,2500`: the sizes of the synthetic case (default 10,000). */
function syntheticSizes(argv: readonly string[]): number[] {
  const i = argv.indexOf('--orgs');
  const raw = i >= 0 ? argv[i + 1] : undefined;
  const sizes = (raw ?? '10000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--orgs takes whole numbers, not "${raw}"`);
  return sizes;
}

async function main(): Promise<void> {
  const validation = await validateSeedDir();
  if (!validation.ok) throw new Error(`seed/data is not valid:\n${formatSeedErrors(validation.errors)}`);
  const data = validation.data;
  const heapAt = process.argv.indexOf('--heap');
  const heap = heapAt >= 0 ? process.argv[heapAt + 1] : undefined;
  const bench = await openBenchDatabase({ ...DATABASE, ...(heap ? { heap } : {}), log });
  const { db } = bench;
  try {
    // (a) The seed's own facts, as a workbook export.
    await resetDatabase(db);
    await seedDatabase(db);
    const vocabulary = await loadImportVocabulary(createReferenceData(db));
    const exported = await exportAll(db);
    const services = importableStatuses(exported.services);
    const seedSheets = { ...exported, services: services.rows };
    const seedBook = await workbookOf(vocabulary, seedSheets);
    log(
      `seed workbook: ${seedBook.length} bytes; ${services.mapped} service statuses outside the import's list mapped`,
    );
    const a = await runCase(db, 'seed', seedBook, await partsOf(vocabulary, seedSheets), async () => {
      await resetDatabase(db);
      await seedReferenceData(db, toSeedRows(data));
    });

    // (b) Synthetic organisations (10,000 by default) with their coverage, target groups and referrals.
    const b: CaseResult[] = [];
    for (const orgs of syntheticSizes(process.argv)) {
      const options = { seed: DEFAULT_SYNTHETIC_OPTIONS.seed, orgs, edges: orgs * 10 };
      const graph = generateSynthetic(worldFromSeed(data), options);
      const sheets = syntheticSheets(graph);
      const built = await timed(() => workbookOf(vocabulary, sheets));
      log(
        `synthetic workbook (${orgs} organisations): ${built.value.length} bytes, written in ${built.ms.toFixed(0)} ms`,
      );
      const dataset = `synthetic-${orgs >= 1000 ? `${orgs / 1000}k` : orgs}`;
      const result = await runCase(db, dataset, built.value, await partsOf(vocabulary, sheets), async () => {
        await resetDatabase(db);
        await seedDatabase(db);
      });
      b.push({ results: result.results, meta: { ...result.meta, options } });
    }

    const results = [...a.results, ...b.flatMap((x) => x.results)];
    console.log(toMarkdownTable(results));
    const file = await writeResults('import-sheets', results, {
      meta: {
        seed: { ...a.meta, mappedServiceStatuses: services.mapped },
        synthetic: b.map((x) => x.meta),
        dryRuns: DRY_RUNS,
        applies: APPLIES,
      },
    });
    log(`results: ${file}`);
  } finally {
    await bench.close();
  }
}

await main();
