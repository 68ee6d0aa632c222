// Command line for the seed: `validate` checks seed/data; `seed` loads it into an empty database;
// `reset --yes` empties the database (all but migration bookkeeping) and loads it again.
import { openDatabase, StartupError } from '../server/bootstrap.ts';
import { ConfigError, loadConfig } from '../server/config.ts';
import { createLogger } from '../server/logger.ts';
import { LocalNeo4jError } from '../server/neo4j-local/index.ts';
import { contentHash, isDatabaseEmpty, resetDatabase, seedDatabase, SeedValidationError } from './load.ts';
import { formatSeedErrors, SEED_DATA_DIR, validateSeedDir } from './validate.ts';

const USAGE = `usage: tsx seed/cli.ts <command>
  validate        check every file in seed/data and list every error
  seed            load the seed into the database if it holds no map yet
  reset --yes     delete the whole map (migrations are kept) and load the seed again`;

async function withDatabase(
  work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<void>,
): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const open = await openDatabase(config, log);
  try {
    await work(open.db);
  } finally {
    await open.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'validate': {
      const result = await validateSeedDir(SEED_DATA_DIR);
      if (result.ok) {
        console.log(`seed/data is valid`);
        return 0;
      }
      console.error(`seed/data has ${result.errors.length} error(s):\n${formatSeedErrors(result.errors)}`);
      return 1;
    }
    case 'seed':
      await withDatabase(async (db) => {
        if (!(await isDatabaseEmpty(db))) {
          console.log(
            'The database already holds a map; nothing loaded. Use `npm run db:reset -- --yes` to start over.',
          );
          return;
        }
        await seedDatabase(db, { log: (m) => console.log(m) });
        console.log(`content hash ${await contentHash(db)}`);
      });
      return 0;
    case 'reset':
      if (!rest.includes('--yes')) {
        console.error(
          'reset deletes the whole map, including changes made by users. Run it again with --yes to confirm.',
        );
        return 2;
      }
      await withDatabase(async (db) => {
        const { deleted } = await resetDatabase(db);
        console.log(`deleted ${deleted} nodes`);
        await seedDatabase(db, { log: (m) => console.log(m) });
        console.log(`content hash ${await contentHash(db)}`);
      });
      return 0;
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    const known =
      e instanceof SeedValidationError ||
      e instanceof StartupError ||
      e instanceof ConfigError ||
      e instanceof LocalNeo4jError;
    console.error(known ? (e as Error).message : e);
    process.exit(1);
  },
);
