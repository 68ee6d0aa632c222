import path from 'node:path';
import { ROOT_DIR } from '../../server/config.ts';
import { openBenchDatabase } from '../lib/bench-database.ts';
import { startBenchApp } from '../lib/bench-app.ts';
import { COVERAGE, GRAPH, REFERRAL_GAPS, WHO_SERVES } from '../lib/operations.ts';
const seed = process.argv.includes('--seed');
const bench = await openBenchDatabase({
  dir: path.join(ROOT_DIR, '.neo4j', seed ? 'bench-seed' : 'bench'),
  boltPort: 7696,
});
const app = await startBenchApp(bench.db);
const OVERLAPS = `query($region: ID!) { overlaps(region: $region) { organisations { id name } sharedHelp score explanation targetGroup { id } } }`;
const CONF = `query($region: ID) { conformance(region: $region) { organisation { id name } rule expected actual severity } }`;
const cases: [string, string, Record<string, unknown>][] = [
  ['whoServes PV23', WHO_SERVES, { targetGroup: 'breed-mkb', region: 'PV23' }],
  ['whoServes GM0193', WHO_SERVES, { targetGroup: 'breed-mkb', region: 'GM0193' }],
  ['coverage MUNICIPALITY', COVERAGE, { level: 'MUNICIPALITY' }],
  ['referralGaps PV30', REFERRAL_GAPS, { region: 'PV30' }],
  ['overlaps PV30', OVERLAPS, { region: 'PV30' }],
  ['conformance PV30', CONF, { region: 'PV30' }],
  ['graph 2000', GRAPH, { filter: { limit: 2000 } }],
];
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
let t = performance.now();
await app.graphql('{ dataVersion { token } }');
console.log('first build', Math.round(performance.now() - t));
for (const [name, q, v] of cases) {
  if (only && !name.includes(only)) continue;
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < 8; i++) {
    t = performance.now();
    const d = await app.graphql(q, v);
    times.push(performance.now() - t);
    size = JSON.stringify(d).length;
  }
  times.sort((a, b) => a - b);
  console.log(name.padEnd(24), 'p50', times[4]!.toFixed(1), 'min', times[0]!.toFixed(1), 'kB', Math.round(size / 1024));
}
await app.stop();
await bench.close();
