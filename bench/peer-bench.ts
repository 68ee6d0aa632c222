// Ours against a peer: the same whoServes and coverage questions answered by an API that @neo4j/graphql generates
// over the same database (nested filters and a @cypher field), and by the raw driver running our own query. The
// answers are checked equal on the fully covered subset first (any difference fails the run), then each is loaded
// with autocannon from a child process on loopback (bench/load/) for a bounded time. Numbers are reported, not
// asserted; bench/README.md, "Peer comparison", says what each variant does.
//
//   npx tsx bench/peer-bench.ts [--duration S] [--dataset seed|synthetic] [--seed N] [--pairs N] [--check N] [--sample N] [--timeout S] [--port N]
import { parseArgs } from 'node:util';
import { loadRegionCatalog, loadVocabulary } from '../server/repos/catalog.ts';
import { startBenchApp } from './lib/bench-app.ts';
import { describeLoad, intOption, loadAverage } from './lib/cli-options.ts';
import { resolverRunner } from './lib/resolver-runner.ts';
import { writeResults } from './lib/results.ts';
import { LOAD_OPTIONS, loadOptions } from './load/options.ts';
import { drawPairs } from './load/pairs.ts';
import { runLoadCase, type LoadCaseResult } from './load/run-case.ts';
import { describeCase, toLoadTable } from './load/table.ts';
import {
  buildPeerCases,
  containmentDepth,
  entrepreneurGroups,
  inRounds,
  type PeerLoadCase,
  type Target,
} from './peer/cases.ts';
import { checkAnswers, type AnswerCheck } from './peer/check-answers.ts';
import { startPeerServer } from './peer/peer-server.ts';
import { startRawEndpoint } from './peer/raw-endpoint.ts';
import { peerRatios, toRatioTable } from './peer/ratios.ts';
import { prepareDataset } from './synthetic/prepare.ts';

const USAGE = `usage: npx tsx bench/peer-bench.ts [options]
  --duration S   seconds of load per case (default 15, at most 600)
  --dataset D    seed (default; .neo4j/bench-seed, port 7690) or synthetic (.neo4j/bench, port 7689)
  --seed N       PRNG seed of the whoServes pairs (default 1)
  --pairs N      distinct region × target group pairs to cycle through (default 1000)
  --check N      of those, how many are asked of ours and the peer and compared first (default 300)
  --sample N     parse the first and every N-th response fully and check its data (default 50)
  --timeout S    seconds after which a request counts as timed out (default 10)
  --rounds R     run every case R times, each round starting with the next case; ratios from the medians (default 1)
  --port N       Bolt port of the bench Neo4j, when another run holds the dataset's own`;

const WARMUP = 10;
const COVERAGE_LEVEL = 'MUNICIPALITY';
const MAX_MISMATCHES_SHOWN = 20;

/** Unmeasured requests one at a time (plans cached, a failing case stops here), exactly as the load sends them. */
async function warmUp(url: string, c: PeerLoadCase): Promise<void> {
  for (const body of c.bodies.slice(0, WARMUP)) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors":')) {
      throw new Error(`${c.name}: warm-up answered ${res.status}: ${text.slice(0, 300)}`);
    }
  }
}

function printCheck(check: AnswerCheck): void {
  console.log(
    `answers: ${check.questions} whoServes questions (${check.nonEmpty} with a non-empty subset, ` +
      `${check.organisations} organisations; ${check.outsideSubset} more of ours outside it), ` +
      `${check.coverageCells} coverage cells ` +
      `(${check.coverageCellsExact} also against our whoServes subset): ${check.mismatches.length} mismatches`,
  );
  for (const m of check.mismatches.slice(0, MAX_MISMATCHES_SHOWN)) {
    console.log(`  MISMATCH ${m.question} (${m.variant}): only ours [${m.onlyOurs}], only peer [${m.onlyPeer}]`);
  }
  if (check.mismatches.length > MAX_MISMATCHES_SHOWN) {
    console.log(`  … and ${check.mismatches.length - MAX_MISMATCHES_SHOWN} more (all in the results file)`);
  }
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { ...LOAD_OPTIONS, check: { type: 'string' }, rounds: { type: 'string' }, port: { type: 'string' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const opts = loadOptions(values, 15, USAGE);
  const { durationSec, seed, sampleEvery, timeoutSec, dataset } = opts;
  const pairCount = opts.pairs;
  const checkCount = intOption('check', values.check, 300, 0, 100_000, USAGE);
  const rounds = intOption('rounds', values.rounds, 1, 1, 20, USAGE);
  const port = values.port === undefined ? undefined : intOption('port', values.port, 0, 1024, 65_535, USAGE);
  const loadAtStart = loadAverage();
  const log = (m: string) => console.log(`  ${m}`);

  console.log(`${dataset}: starting the bench Neo4j`);
  const bench = await prepareDataset(dataset, { log, database: port === undefined ? {} : { boltPort: port } });
  const results: (LoadCaseResult & { target: Target; question: PeerLoadCase['question']; round: number })[] = [];
  let check: AnswerCheck;
  let depth: number;
  // Ours answers for the current year when none is asked; the peer is told the same year.
  const year = new Date().getUTCFullYear();
  try {
    const [catalog, vocabulary] = await Promise.all([loadRegionCatalog(bench.db), loadVocabulary(bench.db)]);
    depth = containmentDepth(catalog);
    const groups = entrepreneurGroups(vocabulary);
    const pairs = drawPairs(catalog.all, groups, { count: pairCount, seed });
    const cases = buildPeerCases(catalog, vocabulary, pairs, {
      year,
      depth,
      whoServesConnections: 50,
      coverageConnections: 10,
      coverageLevel: COVERAGE_LEVEL,
    });
    const app = await startBenchApp(bench.db);
    const peer = await startPeerServer(bench.driver, bench.db.database);
    const run = await resolverRunner(bench.db);
    const raw = await startRawEndpoint(run);
    const urls: Record<Target, string> = {
      ours: app.url,
      'peer-nested': peer.url,
      'peer-cypher': peer.url,
      raw: raw.url,
    };
    try {
      console.log(`checking answers on ${Math.min(checkCount, pairs.length)} pairs (containment depth ${depth})`);
      check = await checkAnswers(app.graphql, peer.graphql, catalog, pairs.slice(0, checkCount), {
        year,
        depth,
        coverageLevel: COVERAGE_LEVEL,
        groups,
      });
      printCheck(check);
      for (const { case: c, round } of inRounds(cases, rounds)) {
        await warmUp(urls[c.target], c);
        const name = rounds > 1 ? `${c.name} #${round}` : c.name;
        console.log(`${name}, ${c.connections} connections, ${durationSec} s …`);
        const r = await runLoadCase(
          { ...c, name },
          {
            url: urls[c.target],
            durationSec,
            neo4jPid: bench.local.pid,
            sampleEvery,
            timeoutSec,
          },
        );
        results.push({ ...r, target: c.target, question: c.question, round });
        console.log(`  ${describeCase(r)}`);
      }
    } finally {
      await Promise.all([app.stop(), peer.stop(), raw.stop(), run.stop()]);
    }
  } finally {
    await bench.close();
  }

  // The ratios name each case without its round.
  const ratios = peerRatios(results.map((r) => ({ ...r, name: r.name.replace(/ #\d+$/, '') })));
  const loadAtEnd = loadAverage();
  console.log(`\n${toLoadTable(results)}\n\n${toRatioTable(ratios)}\n`);
  printCheck(check);
  console.log(describeLoad(loadAtStart, loadAtEnd));
  const file = await writeResults('peer', [], {
    meta: {
      command: `npx tsx bench/peer-bench.ts ${argv.join(' ')}`.trim(),
      dataset,
      durationSecPerCase: durationSec,
      rounds,
      seed,
      pairs: pairCount,
      year,
      containmentDepth: depth,
      sampleEvery,
      warmupPerCase: WARMUP,
      requestTimeoutSec: timeoutSec,
      how: 'ours, the peer (@neo4j/graphql) and our resolver without the API in this process on 127.0.0.1, autocannon in a child process; memory in MiB',
      loadAverage: { atStart: loadAtStart, atEnd: loadAtEnd },
      answers: check,
      ratios,
      cases: results,
    },
  });
  console.log(`written ${file}`);
  const failed = results.some((r) => r.errors + r.status.non2xx + r.graphqlErrors + r.shapeProblems > 0);
  return failed || check.mismatches.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
