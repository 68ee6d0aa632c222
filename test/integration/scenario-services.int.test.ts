import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentHash } from '../../seed/load.ts';
import { auditEntries, resetToSeed, testDb } from '../helpers/db.ts';
import { gql } from '../helpers/graphql.ts';

// Services and an organisation's own fields as scenario changes, on the real Neo4j: checked as the live edits check
// them, seen in the comparison with today (what starts and stops) and in the as-if answers and graph, never on the
// live map; adopted through the very service and organisation edits, revertible, and refused when the live map
// changed the service underneath.

const tokens = inject('tokens');
const CHANGE = { source: 'Test: services in a scenario' };

const CREATE = `mutation($input: NewScenarioInput!) {
  createScenario(input: $input) {
    version
    changes { id kind organisation service name serviceStatus targetGroups regions validFrom validTo summary }
  }
}`;
const ADOPT = `mutation($id: ID!, $v: Int!, $change: ChangeInput!) {
  adoptScenario(id: $id, expectedVersion: $v, change: $change) { change { id action entities { kind key } } }
}`;
const SERVICES = `query($id: ID!) { organisation(id: $id) { name services { id name status validTo } } }`;
const COMPARE = `query($scenario: ID) {
  comparison(before: {}, after: { scenario: $scenario }, level: PROVINCE) {
    started { kind organisation { id } service serviceName explanation }
    stopped { kind organisation { id } service serviceName explanation }
  }
}`;

interface Created {
  createScenario: {
    version: number;
    changes: {
      id: string;
      kind: string;
      organisation: string | null;
      service: string | null;
      name: string | null;
      serviceStatus: string | null;
      targetGroups: string[] | null;
      regions: string[] | null;
      validFrom: number | null;
      validTo: number | null;
      summary: string;
    }[];
  };
}
interface Services {
  organisation: { name: string; services: { id: string; name: string; status: string; validTo: number | null }[] };
}
interface Item {
  kind: string;
  organisation: { id: string };
  service: string | null;
  serviceName: string | null;
  explanation: string;
}

// A new service for YnBusiness, KVK's newsletters stopped, its email series removed, and YnBusiness renamed.
const CHANGES = [
  {
    kind: 'ADD_SERVICE',
    organisation: 'ynbusiness',
    name: 'Test-loket breed mkb',
    targetGroups: ['breed-mkb'],
    regions: ['Fryslân'],
    validFrom: 2024,
    source: 'Test: a service of the regional executor',
  },
  { kind: 'UPDATE_SERVICE', service: 'act-nieuwsbrieven', serviceStatus: 'STOPPED', validTo: 2025, source: 'T' },
  { kind: 'REMOVE_SERVICE', service: 'act-emailseries', source: 'T' },
  { kind: 'UPDATE_ORGANISATION', organisation: 'ynbusiness', name: 'YnBusiness (test)', source: 'T' },
];

const create = (id: string, changes: unknown[], token = tokens.admin) =>
  gql<Created>(CREATE, { input: { id, title: `Test ${id}`, changes } }, { token });

const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.['code'];
// The field refused; a region that is not known is named as the argument it was given in, as everywhere.
const fieldOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.['field'] ?? res.errors?.[0]?.extensions?.['argument'];

async function servicesOf(id: string) {
  const res = await gql<Services>(SERVICES, { id });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.organisation;
}

let seedHash = '';
beforeAll(async () => {
  await resetToSeed();
  seedHash = await contentHash(testDb());
});
afterAll(resetToSeed);

describe('services and organisations in a scenario', () => {
  let version = 0;

  it('keeps each change with its fields, the service changes said of the organisation running the service', async () => {
    const res = await create('diensten', CHANGES);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    version = res.data!.createScenario.version;
    const [added, stopped, removed, renamed] = res.data!.createScenario.changes;
    expect(added).toMatchObject({
      kind: 'ADD_SERVICE',
      organisation: 'ynbusiness',
      service: 'act-test-loket-breed-mkb',
      serviceStatus: 'ACTIVE',
      targetGroups: ['breed-mkb'],
      regions: ['PV21'],
      validFrom: 2024,
      validTo: null,
    });
    expect(stopped).toMatchObject({
      kind: 'UPDATE_SERVICE',
      organisation: 'kvk',
      service: 'act-nieuwsbrieven',
      serviceStatus: 'STOPPED',
      validTo: 2025,
      name: null,
    });
    expect(removed).toMatchObject({ kind: 'REMOVE_SERVICE', organisation: 'kvk', service: 'act-emailseries' });
    expect(renamed).toMatchObject({ kind: 'UPDATE_ORGANISATION', name: 'YnBusiness (test)' });
    expect(renamed!.summary).toBe('ynbusiness changes: name YnBusiness (test)');
    // The live map is untouched.
    expect(await contentHash(testDb())).toBe(seedHash);
    expect((await servicesOf('kvk')).services.find((s) => s.id === 'act-nieuwsbrieven')?.status).toBe('active');
  });

  it('shows in the comparison with today what starts and stops: the new service, the stopped and removed ones', async () => {
    const res = await gql<{ comparison: { started: Item[]; stopped: Item[] } }>(COMPARE, { scenario: 'diensten' });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const services = (items: Item[]) => items.filter((i) => i.kind === 'SERVICE').map((i) => i.service);
    expect(services(res.data!.comparison.started)).toEqual(['act-test-loket-breed-mkb']);
    expect(services(res.data!.comparison.stopped).sort()).toEqual(['act-emailseries', 'act-nieuwsbrieven']);
    const started = res.data!.comparison.started.find((i) => i.kind === 'SERVICE')!;
    expect(started).toMatchObject({ organisation: { id: 'ynbusiness' }, serviceName: 'Test-loket breed mkb' });
    expect(started.explanation).toBe('YnBusiness (test) runs Test-loket breed mkb (active)');
    // Today compared with today: nothing starts or stops.
    const same = await gql<{ comparison: { started: Item[]; stopped: Item[] } }>(COMPARE, {});
    expect(same.data!.comparison).toEqual({ started: [], stopped: [] });
  });

  it('answers and draws the renamed organisation as if, marked as changed', async () => {
    const res = await gql<{
      whoServes: { organisation: { id: string; name: string } }[];
      graph: { nodes: { id: string; label: string; scenarioChange: string | null; scenarioChanges: string[] }[] };
    }>(`{
      whoServes(region: "PV21", targetGroup: "breed-mkb", scenario: "diensten") { organisation { id name } }
      graph(filter: { scenario: "diensten", region: "PV21", limit: 500 }) {
        nodes { id label scenarioChange scenarioChanges }
      }
    }`);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const yn = res.data!.whoServes.find((m) => m.organisation.id === 'ynbusiness');
    expect(yn?.organisation.name).toBe('YnBusiness (test)');
    const node = res.data!.graph.nodes.find((n) => n.id === 'ynbusiness')!;
    expect(node).toMatchObject({ label: 'YnBusiness (test)', scenarioChange: 'CHANGED' });
    expect(node.scenarioChanges).toEqual(['c1', 'c4']);
    const live = await gql<{ whoServes: { organisation: { id: string; name: string } }[] }>(
      `{ whoServes(region: "PV21", targetGroup: "breed-mkb") { organisation { id name } } }`,
    );
    expect(live.data!.whoServes.find((m) => m.organisation.id === 'ynbusiness')?.organisation.name).toBe('YnBusiness');
  });

  it('refuses a change the live edit would refuse, naming the field, and keeps nothing', async () => {
    const refusals: [unknown, string][] = [
      [{ kind: 'UPDATE_SERVICE', service: 'act-kvk-adviesteam', serviceStatus: 'STOPPED', source: 'T' }, 'validTo'],
      [
        { kind: 'UPDATE_SERVICE', service: 'act-kvk-adviesteam', validFrom: 2020, validTo: 2019, source: 'T' },
        'validTo',
      ],
      [
        { kind: 'ADD_SERVICE', organisation: 'kvk', service: 'act-nieuwsbrieven', name: 'Proef', source: 'T' },
        'service',
      ],
      [{ kind: 'ADD_SERVICE', organisation: 'kvk', service: 'nieuwsbrief', name: 'Proef', source: 'T' }, 'service'],
      [
        {
          kind: 'ADD_SERVICE',
          organisation: 'kvk',
          name: 'Proef',
          serviceStatus: 'PLANNED',
          validTo: 2030,
          source: 'T',
        },
        'validTo',
      ],
      [{ kind: 'REMOVE_SERVICE', service: 'act-bestaat-niet', source: 'T' }, 'service'],
      [{ kind: 'UPDATE_SERVICE', service: 'act-kvk-adviesteam', source: 'T' }, 'service'],
      [{ kind: 'UPDATE_ORGANISATION', organisation: 'kvk', source: 'T' }, 'name'],
      [
        { kind: 'UPDATE_ORGANISATION', organisation: 'kvk', organisationType: 'kasteel', source: 'T' },
        'organisationType',
      ],
      [{ kind: 'ADD_SERVICE', organisation: 'kvk', name: 'Proef', regions: ['Atlantis'], source: 'T' }, 'regions[0]'],
    ];
    for (const [change, field] of refusals) {
      const res = await create('geweigerd', [change]);
      expect(codeOf(res), JSON.stringify(change)).toBe('BAD_USER_INPUT');
      expect(String(fieldOf(res)), JSON.stringify(res.errors)).toBe(`input.changes[0].${field}`);
    }
    // A service removed earlier in the scenario cannot be changed later in it.
    const later = await create('geweigerd', [
      { kind: 'REMOVE_SERVICE', service: 'act-kvk-adviesteam', source: 'T' },
      { kind: 'UPDATE_SERVICE', service: 'act-kvk-adviesteam', name: 'Y', source: 'T' },
    ]);
    expect(fieldOf(later)).toBe('input.changes[1].service');
    // An editor changes only the services of organisations inside their provinces.
    const outside = await create(
      'geweigerd',
      [{ kind: 'ADD_SERVICE', organisation: 'ynbusiness', name: 'Proef', source: 'T' }],
      tokens.editorBrabant,
    );
    expect(codeOf(outside)).toBe('FORBIDDEN');
    const none = await gql<{ scenario: unknown }>(`{ scenario(id: "geweigerd") { id } }`);
    expect(none.data!.scenario).toBeNull();
  });

  it('is adopted through the live edits as one change, and reverted as a whole', async () => {
    const entries = await auditEntries();
    const res = await gql<{ adoptScenario: { change: { id: string; entities: { kind: string; key: string }[] } } }>(
      ADOPT,
      { id: 'diensten', v: version, change: CHANGE },
      { token: tokens.admin },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(await auditEntries()).toBe(entries + 1);
    const keys = res.data!.adoptScenario.change.entities.map((e) => `${e.kind}:${e.key}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'service:act-test-loket-breed-mkb',
        'service:act-nieuwsbrieven',
        'service:act-emailseries',
        'organisation:ynbusiness',
      ]),
    );
    const kvk = await servicesOf('kvk');
    expect(kvk.services.find((s) => s.id === 'act-nieuwsbrieven')).toMatchObject({ status: 'stopped', validTo: 2025 });
    expect(kvk.services.some((s) => s.id === 'act-emailseries')).toBe(false);
    const yn = await servicesOf('ynbusiness');
    expect(yn.name).toBe('YnBusiness (test)');
    expect(yn.services.map((s) => s.id)).toContain('act-test-loket-breed-mkb');

    const revert = await gql(
      `mutation($id: ID!) { revertChange(id: $id) { change { id } } }`,
      { id: res.data!.adoptScenario.change.id },
      { token: tokens.admin },
    );
    expect(revert.errors, JSON.stringify(revert.errors)).toBeUndefined();
    expect((await servicesOf('ynbusiness')).name).toBe('YnBusiness');
    expect((await servicesOf('kvk')).services.find((s) => s.id === 'act-nieuwsbrieven')?.status).toBe('active');
    expect((await servicesOf('kvk')).services.some((s) => s.id === 'act-emailseries')).toBe(true);
  });

  it('is refused when the live map changed the service since the change was added', async () => {
    await resetToSeed();
    const made = await create('dienst-verouderd', [
      { kind: 'UPDATE_SERVICE', service: 'act-kvk-adviesteam', name: 'Adviesteam (scenario)', source: 'T' },
    ]);
    expect(made.errors, JSON.stringify(made.errors)).toBeUndefined();
    const current = await gql<{ organisation: { services: { id: string; version: number }[] } }>(
      `{ organisation(id: "kvk") { services { id version } } }`,
    );
    const v = current.data!.organisation.services.find((s) => s.id === 'act-kvk-adviesteam')!.version;
    const live = await gql<{ updateService: { change: { id: string } } }>(
      `mutation($c: ChangeInput!) { updateService(id: "act-kvk-adviesteam", expectedVersion: ${v}, patch: { description: "Live" }, change: $c) { change { id } } }`,
      { c: CHANGE },
      { token: tokens.admin },
    );
    expect(live.errors, JSON.stringify(live.errors)).toBeUndefined();
    const hash = await contentHash(testDb());
    const res = await gql(
      ADOPT,
      { id: 'dienst-verouderd', v: made.data!.createScenario.version, change: CHANGE },
      { token: tokens.admin },
    );
    expect(codeOf(res)).toBe('CONFLICT');
    const conflicts = res.errors![0]!.extensions!['conflicts'] as { change: string; liveChange: string }[];
    expect(conflicts).toEqual([
      expect.objectContaining({ change: 'c1', liveChange: live.data!.updateService.change.id }),
    ]);
    expect(await contentHash(testDb())).toBe(hash);
  });
});
