// The read model's costs (reported, never asserted): how long an API process takes to read the projection, how much
// heap it holds, and how soon a write made elsewhere shows in that process's answers (its poll of the data-version
// token, then a rebuild while it answers from the version before). The write is a token renewal through another
// Db, as a second API process or a seed would make it.
//
//   npx tsx bench/read-model-bench.ts [--dataset seed|synthetic] [--writes N]
import os from 'node:os';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { findDataVersion } from '../server/repos/projection/projection.ts';
import { startBenchApp } from './lib/bench-app.ts';
import { loadAverage } from './lib/cli-options.ts';
import { writeResults } from './lib/results.ts';
import { summarise } from './lib/time-it.ts';
import { prepareDataset } from './synthetic/prepare.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { dataset: { type: 'string', default: 'seed' }, writes: { type: 'string', default: '5' } },
});
const dataset = values.dataset === 'synthetic' ? 'synthetic' : 'seed';
const writes = Math.max(1, Math.min(50, Number(values.writes) || 5));
const VERSION = '{ dataVersion { token } }';

const loadAtStart = loadAverage();
const bench = await prepareDataset(dataset, { log: (m) => console.log(`  ${m}`) });
try {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const app = await startBenchApp(bench.db);
  await app.graphql(VERSION);
  const firstBuildMs = performance.now() - started;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  console.log(
    `first build (app start to first answer): ${Math.round(firstBuildMs)} ms, heap +${Math.round(heapMb)} MiB`,
  );
  const delays: number[] = [];
  try {
    for (let i = 0; i < writes; i++) {
      // Any write renews the token as its transaction's last statement; this one does nothing else.
      await bench.db.write('read-model/stamp-data-version');
      const written = performance.now();
      const token = await findDataVersion(bench.db);
      for (;;) {
        const d = await app.graphql<{ dataVersion: { token: string } }>(VERSION);
        if (d.dataVersion.token === token) break;
        await sleep(5);
      }
      delays.push(performance.now() - written);
      console.log(`write ${i + 1}: seen after ${Math.round(delays.at(-1)!)} ms`);
    }
  } finally {
    await app.stop();
  }
  const stats = summarise(delays);
  const loadAtEnd = loadAverage();
  console.log(
    `${dataset}: a write elsewhere shows after p50 ${Math.round(stats.p50)} ms, max ${Math.round(stats.max)} ms ` +
      `(poll 250 ms + rebuild); load ${loadAtStart.join(', ')} → ${loadAtEnd.join(', ')} on ${os.cpus().length} cores`,
  );
  await writeResults('read-model', [{ name: 'write seen elsewhere', dataset, via: 'api', stats }], {
    meta: { firstBuildMs, heapMb, loadAverage: { atStart: loadAtStart, atEnd: loadAtEnd } },
  });
} finally {
  await bench.close();
}
