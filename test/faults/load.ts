import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

/** One HTTP request of the load: when it ran, how it ended. */
export interface Sample {
  kind: 'read' | 'create';
  start: number;
  end: number;
  status: number;
  /** extensions.code of the first error, 'OK' without errors, 'HUNG' when the hang guard fired. */
  code: string;
  outcome?: unknown;
}

/** A create as the client saw it: acknowledged (with the organisation's id) or not, after how many tries. */
export interface CreateResult {
  key: string;
  name: string;
  acknowledgedId: string | null;
  tries: number;
  lastCode: string;
}

/** Pause before the next request after a refusal: keeps the number of requests in an outage bounded. */
const PAUSE_AFTER_FAILURE_MS = 500;

/** Longest a single request may take before it counts as hung (a guard, not a timing assertion). */
export const HANG_GUARD_MS = 5_000;

const CREATE = `mutation($input: NewOrganisationInput!, $change: ChangeInput!) {
  createOrganisation(input: $input, change: $change) { organisation { id } }
}`;
/** Reads one organisation: the load's read. */
export const READ = 'query($id: ID!) { organisation(id: $id) { id name } }';

interface Answer {
  data?: { createOrganisation?: { organisation: { id: string } | null } };
  errors?: { extensions?: { code?: string; outcome?: unknown } }[];
}

/** Posts one GraphQL request, recording it; never throws. */
export async function post(
  baseUrl: string,
  kind: Sample['kind'],
  body: unknown,
  samples: Sample[],
  token?: string,
  guardMs = HANG_GUARD_MS,
): Promise<{ sample: Sample; answer: Answer | null }> {
  const start = Date.now();
  let status = 0;
  let answer: Answer | null = null;
  let code: string;
  try {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(guardMs),
    });
    status = res.status;
    answer = (await res.json()) as Answer;
    code = answer.errors?.[0]?.extensions?.code ?? 'OK';
  } catch (e) {
    code = e instanceof Error && e.name === 'TimeoutError' ? 'HUNG' : `FETCH_FAILED: ${String(e)}`;
  }
  const sample: Sample = {
    kind,
    start,
    end: Date.now(),
    status,
    code,
    outcome: answer?.errors?.[0]?.extensions?.outcome,
  };
  samples.push(sample);
  return { sample, answer };
}

/**
 * Creates one organisation the way a careful client does: a key of its own, the same request repeated while
 * the answer is DB_UNAVAILABLE (the key makes a repeat of a create that did commit return the first result).
 */
export async function createWithRetries(
  baseUrl: string,
  token: string,
  samples: Sample[],
  giveUpAt: number,
  guardMs = HANG_GUARD_MS,
): Promise<CreateResult> {
  const key = randomUUID();
  const name = `Fault ${key}`;
  const body = {
    query: CREATE,
    variables: { input: { name, type: 'rom' }, change: { source: 'Fault suite', idempotencyKey: key } },
  };
  let tries = 0;
  for (;;) {
    tries++;
    const { sample, answer } = await post(baseUrl, 'create', body, samples, token, guardMs);
    const id = answer?.data?.createOrganisation?.organisation?.id;
    if (sample.code === 'OK' && id) return { key, name, acknowledgedId: id, tries, lastCode: 'OK' };
    if (sample.code !== 'DB_UNAVAILABLE' || Date.now() > giveUpAt) {
      return { key, name, acknowledgedId: null, tries, lastCode: sample.code };
    }
    await sleep(PAUSE_AFTER_FAILURE_MS);
  }
}

/** Reads and creates from `workers` loops until stop() is called; bounded by a pause between requests. */
export function startLoad(opts: {
  baseUrl: string;
  token: string;
  readIds: string[];
  workers: number;
  guardMs: number;
}) {
  const samples: Sample[] = [];
  const creates: CreateResult[] = [];
  let running = true;
  let n = 0;
  const worker = async (w: number): Promise<void> => {
    while (running) {
      n++;
      if ((n + w) % 3 === 0) {
        // The retries of a create go on after stop() until it is answered: no acknowledged work is dropped.
        creates.push(await createWithRetries(opts.baseUrl, opts.token, samples, Date.now() + 90_000, opts.guardMs));
        await sleep(20);
      } else {
        const id = opts.readIds[n % opts.readIds.length];
        const { sample } = await post(
          opts.baseUrl,
          'read',
          { query: READ, variables: { id } },
          samples,
          undefined,
          opts.guardMs,
        );
        await sleep(sample.code === 'OK' ? 20 : PAUSE_AFTER_FAILURE_MS);
      }
    }
  };
  const done = Promise.all(Array.from({ length: opts.workers }, (_, w) => worker(w)));
  return {
    samples,
    creates,
    async stop(): Promise<void> {
      running = false;
      await done;
    },
  };
}
