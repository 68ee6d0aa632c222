// Command line for full exports and imports:
//   export <file>                       the whole map as JSON, GraphML or GEXF (by the file's extension)
//   import <file> --source "…"          a full JSON export into an empty database, recorded in the audit trail
//   clear --yes                         empty the database (map and audit trail) without loading the seed
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { openDatabase, StartupError } from '../bootstrap.ts';
import { ConfigError, loadConfig } from '../config.ts';
import type { Db } from '../db/run.ts';
import { isAppError } from '../errors.ts';
import { createLogger } from '../logger.ts';
import { LocalNeo4jError } from '../neo4j-local/index.ts';
import { resetDatabase } from '../repos/content.ts';
import { writeChunks } from './chunks.ts';
import { graphJsonChunks } from './export-json.ts';
import { gexfChunks } from './gexf.ts';
import { graphmlChunks } from './graphml.ts';
import { importGraphText } from './import-json.ts';
import { readGraph } from './read-graph.ts';

const USAGE = `usage:
  npm run db:export -- <file.json|file.graphml|file.gexf>
  npm run db:import -- <file.json> --source "<citation or reason>" [--comment "…"] [--user <name>]
  npm run db:clear -- --yes
The embedded Neo4j serves one process at a time: stop the server first (or set NEO4J_URI).`;

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

/** The value after `--name`, or null. */
function option(args: readonly string[], name: string): string | null {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1]! : null;
}

function positional(args: readonly string[]): string[] {
  const withValue = new Set(['--source', '--comment', '--user']);
  return args.filter((a, i) => !a.startsWith('--') && !withValue.has(args[i - 1] ?? ''));
}

async function withDatabase(work: (db: Db) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const open = await openDatabase(config, createLogger(config.logLevel));
  try {
    await work(open.db);
  } finally {
    await open.close();
  }
}

async function exportTo(file: string): Promise<void> {
  const extension = path.extname(file).toLowerCase();
  const chunks = { '.json': graphJsonChunks, '.graphml': graphmlChunks, '.gexf': gexfChunks }[extension];
  if (!chunks) throw new UsageError(`${file}: the extension must be .json, .graphml or .gexf`);
  await withDatabase(async (db) => {
    const graph = await readGraph(db);
    await writeChunks(chunks(graph, new Date()), createWriteStream(file));
    out(`wrote ${graph.counts.nodes} nodes and ${graph.counts.relationships} relationships to ${file}`);
    out(`content hash ${graph.contentHash}`);
  });
}

async function importFrom(file: string, args: readonly string[]): Promise<void> {
  const source = option(args, 'source');
  if (!source?.trim()) throw new UsageError('an import needs --source "<citation or reason>"');
  const text = await readFile(file, 'utf8');
  await withDatabase(async (db) => {
    const result = await importGraphText(db, text, {
      user: option(args, 'user') ?? `cli:${userInfo().username}`,
      role: 'ADMIN',
      source,
      comment: option(args, 'comment'),
    });
    out(
      `imported ${result.counts.nodes} nodes and ${result.counts.relationships} relationships in ${Math.round(result.durationMs)} ms`,
    );
    out(`content hash ${result.contentHash}`);
    if (result.matchesFile === false) err(`warning: the file says content hash ${result.fileContentHash}`);
    out(`recorded as change ${result.changeId}`);
  });
}

class UsageError extends Error {}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const [file] = positional(rest);
  switch (command) {
    case 'export':
      if (!file) throw new UsageError('export needs a file name');
      await exportTo(file);
      return 0;
    case 'import':
      if (!file) throw new UsageError('import needs a file name');
      await importFrom(file, rest);
      return 0;
    case 'clear':
      if (!rest.includes('--yes')) {
        err(
          'clear deletes the whole map and its audit trail and does not load the seed. Run it with --yes to confirm.',
        );
        return 2;
      }
      await withDatabase(async (db) => {
        const { deleted } = await resetDatabase(db);
        out(`deleted ${deleted} nodes; the database is empty (a server with SEED_ON_EMPTY=true seeds it on start)`);
      });
      return 0;
    default:
      err(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof UsageError) {
      err(`${e.message}\n${USAGE}`);
      process.exit(2);
    }
    const known =
      isAppError(e) || e instanceof StartupError || e instanceof ConfigError || e instanceof LocalNeo4jError;
    err(known ? (e as Error).message : String((e as Error)?.stack ?? e));
    const problems = isAppError(e) ? e.details.problems : undefined;
    if (Array.isArray(problems) && problems.length > 5) {
      for (const p of problems as { path: string; message: string }[]) err(`  ${p.path}: ${p.message}`);
    }
    process.exit(1);
  },
);
