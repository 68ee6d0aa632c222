import { openBenchDatabase } from '../lib/bench-database.ts';
import path from 'node:path';
import { ROOT_DIR } from '../../server/config.ts';
import { loadProjection } from '../../server/repos/projection/projection.ts';
const seed = process.argv.includes('--seed');
const bench = await openBenchDatabase({
  dir: path.join(ROOT_DIR, '.neo4j', seed ? 'bench-seed' : 'bench'),
  boltPort: 7696,
});
for (let i = 0; i < 4; i++) {
  const t = performance.now();
  const p = await loadProjection(bench.db);
  console.log(
    'load',
    Math.round(performance.now() - t),
    'ms',
    JSON.stringify(p.size),
    'heap',
    Math.round(process.memoryUsage().heapUsed / 1e6),
  );
}
await bench.close();
