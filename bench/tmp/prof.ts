import path from 'node:path';
import { ROOT_DIR } from '../../server/config.ts';
import { openBenchDatabase } from '../lib/bench-database.ts';
import { createContext, createReferenceData } from '../../server/graphql/context.ts';
import { createReadModel } from '../../server/repos/projection/store.ts';
import { resolvers } from '../../server/graphql/resolvers/index.ts';
import { createLogger } from '../../server/logger.ts';
import { parseUsers } from '../../server/auth/users.ts';
const seed = process.argv.includes('--seed');
const bench = await openBenchDatabase({
  dir: path.join(ROOT_DIR, '.neo4j', seed ? 'bench-seed' : 'bench'),
  boltPort: 7696,
});
const model = createReadModel(bench.db);
const reference = createReferenceData(bench.db);
const ctx = createContext(
  bench.db,
  createLogger('warn', false),
  { reference, model },
  { users: parseUsers({ users: [] }, 'x'), readRequiresToken: false, proxyUserHeader: null },
  null,
);
let t = performance.now();
await model.current();
await reference.catalog();
await reference.vocabulary();
console.log('build', Math.round(performance.now() - t));
const Q = resolvers.Query as any;
const cases: [string, () => Promise<unknown>][] = [
  ['whoServes PV23', () => Q.whoServes({}, { targetGroup: 'breed-mkb', region: 'PV23' }, ctx, {})],
  ['whoServes GM0193', () => Q.whoServes({}, { targetGroup: 'breed-mkb', region: 'GM0193' }, ctx, {})],
  ['coverage MUNICIPALITY', () => Q.coverage({}, { level: 'MUNICIPALITY' }, ctx, {})],
  ['referralGaps PV30', () => Q.referralGaps({}, { region: 'PV30' }, ctx, {})],
  ['overlaps PV30', () => Q.overlaps({}, { region: 'PV30' }, ctx, {})],
  ['conformance PV30', () => Q.conformance({}, { region: 'PV30' }, ctx, {})],
];
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const n = Number(process.argv.find((a) => a.startsWith('--n='))?.slice(4) ?? 5);
for (const [name, f] of cases) {
  if (only && !name.includes(only)) continue;
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(name.padEnd(24), 'p50', times[Math.floor(n / 2)]!.toFixed(1), 'min', times[0]!.toFixed(1));
}
await model.stop();
await bench.close();
