// The load generator, in a child process of its own so that it does not share the app's event loop (the
// app under test runs in the parent): receives one FireRequest, runs autocannon, answers with a FireReport.
import autocannon from 'autocannon';
import type { FireReport, FireRequest } from './protocol.ts';
import { hasGraphQLErrors, shapeProblem } from './response-check.ts';

const LOOPBACK = '127.0.0.1';

async function fire(req: FireRequest): Promise<FireReport> {
  // The benchmark loads only its own app on this machine, never another host.
  const target = new URL(req.url);
  if (target.hostname !== LOOPBACK) throw new Error(`refusing to load ${target.host}: only ${LOOPBACK} is allowed`);
  if (req.bodies.length === 0) throw new Error('no request bodies');
  let sent = 0;
  let received = 0;
  let sampled = 0;
  let shapeProblems = 0;
  let firstProblem: string | null = null;
  const result = await autocannon({
    url: req.url,
    connections: req.connections,
    duration: req.durationSec,
    timeout: req.timeoutSec,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        setupRequest: (r) => ({ ...r, body: req.bodies[sent++ % req.bodies.length]! }),
        onResponse: (status, body) => {
          received++;
          // The first response always, so that a slow case with few responses is checked too.
          if (status !== 200 || (received !== 1 && received % req.sampleEvery !== 0)) return;
          sampled++;
          const problem = shapeProblem(String(body), req.field, req.list);
          if (problem !== null) {
            shapeProblems++;
            firstProblem ??= problem;
          }
        },
      },
    ],
    // autocannon counts a body this rejects as a mismatch: here, a GraphQL error in a 200.
    verifyBody: (body) => !hasGraphQLErrors(String(body)),
  });
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    durationSec: round(result.duration),
    requests: result.requests.total,
    reqPerSec: round(result.requests.mean),
    latency: {
      mean: round(result.latency.mean),
      p50: round(result.latency.p50),
      p90: round(result.latency.p90),
      p99: round(result.latency.p99),
      max: round(result.latency.max),
    },
    status: { '2xx': result['2xx'], '4xx': result['4xx'], '5xx': result['5xx'], non2xx: result.non2xx },
    errors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors: result.mismatches,
    sampled,
    shapeProblems,
    firstProblem,
    bytesPerSec: Math.round(result.throughput.mean),
  };
}

process.once('message', (req: FireRequest) => {
  fire(req).then(
    (report) => process.send!({ report }, () => process.exit(0)),
    (e: unknown) =>
      process.send!({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) }, () => process.exit(1)),
  );
});
