// The regiobeeld's time until it is ready to print (reported, never asserted), in headless Chromium against the
// seed served by the real API on a scratch Neo4j: from navigation start to the page's `regiobeeld-ready` mark (its
// data loaded, every section rendered), the first time for a region after the server started (answers worked out)
// and again (answers remembered per data version), and the time `page.pdf` takes to print it on A4.
//
//   npm run build && npx tsx bench/regiobeeld-bench.ts [--runs 3] [--regions PV21,PV30]
//
// Prints a table and the machine's load (`uptime`).
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { launchBrowser } from '../test/helpers/browser.ts';
import { startExplorerServer } from '../test/helpers/explorer-server.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const runs = Number(arg('runs', '3'));
const regions = arg('regions', 'PV21,PV30').split(',');

const server = await startExplorerServer({ folder: 'bench-regiobeeld' });
const browser = await launchBrowser();
try {
  console.log(`load before: ${execFileSync('uptime').toString().trim()}; ${os.cpus().length} cores`);
  console.log('region | run | ready (ms) | print A4 (ms) | pages');
  for (const region of regions) {
    for (let run = 1; run <= runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.baseUrl}/regiobeeld?regio=${region}`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 300_000 });
      const ready = await page.evaluate(() => performance.getEntriesByName('regiobeeld-ready')[0]?.startTime ?? NaN);
      const t0 = performance.now();
      const pdf = await page.pdf({ format: 'A4' });
      const printMs = performance.now() - t0;
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      console.log(
        `${region} | ${run === 1 ? 'first' : 'again'} | ${ready.toFixed(0)} | ${printMs.toFixed(0)} | ${pages}`,
      );
      await page.close();
    }
  }
  console.log(`load after: ${execFileSync('uptime').toString().trim()}`);
} finally {
  await browser.close();
  await server.stop();
}
