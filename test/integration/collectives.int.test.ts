import { afterAll, describe, expect, inject, it } from 'vitest';
import { resetToSeed } from '../helpers/db.ts';
import { gql } from '../helpers/graphql.ts';
import { seedCounts } from '../helpers/seed-counts.ts';

// Collectives and their members through the API: every municipality and province is an organisation, what the
// report says of a collective reaches each member (marked as derived, with the collective's source), and no
// collective is ever counted as a provider.

interface Statement {
  role: string;
  coveredVia: { id: string };
  provenance: { sources: { citation: string; lineFrom: number | null }[] };
  derivedFrom: { collective: { id: string }; sources: { lineFrom: number | null }[] } | null;
}
interface Match {
  organisation: { id: string; name: string; type: string };
  role: string;
  regional: boolean;
  derivedFrom: { collective: { id: string }; sources: { citation: string }[]; membership: { kind: string } } | null;
  memberGroup: { id: string; collective: { id: string }; memberType: string; size: number } | null;
  statements: Statement[];
}

const WHO_SERVES = `query($tg: ID!, $region: ID!) {
  whoServes(targetGroup: $tg, region: $region) {
    organisation { id name type } role regional
    derivedFrom { collective { id } sources { citation } membership { kind } }
    memberGroup { id collective { id } memberType size }
    statements {
      role coveredVia { id }
      provenance { sources { citation lineFrom } }
      derivedFrom { collective { id } sources { lineFrom } }
    }
  }
}`;

async function whoServes(tg: string, region: string): Promise<Match[]> {
  const res = await gql<{ whoServes: Match[] }>(WHO_SERVES, { tg, region });
  expect(res.errors).toBeUndefined();
  return res.data!.whoServes;
}

async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gql<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** Every organisation id with `generic` set, paging through the list. */
async function collectiveIds(): Promise<string[]> {
  const data = await ask<{ organisations: { edges: { node: { id: string } }[] } }>(
    '{ organisations(filter: { generic: true }, first: 100) { edges { node { id } } } }',
  );
  return data.organisations.edges.map((e) => e.node.id);
}

// `various` is the report's "alle doelgroepen" (Utrecht canvas): group-gemeenten serves it, scoped to Utrecht.
describe('statements of a collective applied to its members', () => {
  it('names Gemeente Amersfoort in Amersfoort, derived from group-gemeenten with the Utrecht canvas as source', async () => {
    const matches = await whoServes('various', 'Amersfoort');
    const amersfoort = matches.find((m) => m.organisation.id === 'gemeente-amersfoort');
    expect(amersfoort).toBeDefined();
    expect(amersfoort!.role).toBe('PRIMARY');
    expect(amersfoort!.regional).toBe(true);
    expect(amersfoort!.derivedFrom?.collective.id).toBe('group-gemeenten');
    expect(amersfoort!.derivedFrom?.sources.map((s) => s.citation).join(' ')).toContain('Factsheet Utrecht [L1553]');
    expect(amersfoort!.derivedFrom?.membership.kind).toBe('PUBLIC');
    expect(amersfoort!.statements[0]!.coveredVia.id).toBe('GM0307');
    expect(amersfoort!.memberGroup).toBeNull();
    // Only its own municipality, and never the collective itself.
    expect(matches.filter((m) => m.organisation.type === 'municipality').map((m) => m.organisation.id)).toEqual([
      'gemeente-amersfoort',
    ]);
    expect(matches.some((m) => m.organisation.id.startsWith('group-'))).toBe(false);
  });

  it('gives a municipality outside Utrecht nothing from the statement scoped to Utrecht', async () => {
    const matches = await whoServes('various', 'Leeuwarden');
    expect(matches.some((m) => m.organisation.type === 'municipality')).toBe(false);
    expect(matches.some((m) => m.derivedFrom?.collective.id === 'group-gemeenten')).toBe(false);
  });

  it('summarises the 26 municipalities of Utrecht province as one group', async () => {
    const matches = await whoServes('various', 'PV26');
    const municipalities = matches.filter((m) => m.organisation.type === 'municipality');
    expect(municipalities).toHaveLength(26);
    const groups = new Set(municipalities.map((m) => m.memberGroup?.id));
    expect([...groups]).toEqual(['group-gemeenten|various']);
    expect(municipalities.every((m) => m.memberGroup?.size === 26 && m.memberGroup.memberType === 'municipality')).toBe(
      true,
    );
    // The group's rows stand together.
    const first = matches.findIndex((m) => m.memberGroup);
    expect(matches.slice(first, first + 26).every((m) => m.memberGroup?.collective.id === 'group-gemeenten')).toBe(
      true,
    );
  });

  it('summarises the municipalities of a COROP region (Utrecht, CR17) as one group', async () => {
    const matches = await whoServes('various', 'CR17');
    const grouped = matches.filter((m) => m.memberGroup);
    expect(grouped.length).toBeGreaterThan(1);
    expect(grouped.every((m) => m.memberGroup!.size === grouped.length)).toBe(true);
  });

  it('applies what the report says of the ROMs to each of the nine, in its own provinces', async () => {
    const matches = await whoServes('startup', 'Limburg');
    const liof = matches.find((m) => m.organisation.id === 'liof');
    expect(liof?.derivedFrom?.collective.id).toBe('group-roms');
    expect(liof?.regional).toBe(true);
    expect(liof?.statements.every((s) => s.derivedFrom?.collective.id === 'group-roms')).toBe(true);
    expect(matches.some((m) => m.organisation.id === 'group-roms')).toBe(false);
    // Oost NL's own statement comes first; the derived one is listed with it, in one row.
    const oost = (await whoServes('startup', 'Overijssel')).filter((m) => m.organisation.id === 'oost-nl');
    expect(oost).toHaveLength(1);
    expect(oost[0]!.statements.some((s) => s.derivedFrom === null)).toBe(true);
    expect(oost[0]!.statements.some((s) => s.derivedFrom?.collective.id === 'group-roms')).toBe(true);
  });
});

describe('collectives and members in the map', () => {
  it('makes the nine ROMs members of group-roms', async () => {
    const data = await ask<{ organisation: { relations: { type: string; fromId: string; toId: string }[] } }>(
      '{ organisation(id: "group-roms") { relations { type fromId toId } } }',
    );
    const members = data.organisation.relations
      .filter((r) => r.type === 'MEMBER_OF' && r.toId === 'group-roms')
      .map((r) => r.fromId)
      .sort();
    expect(members).toEqual([
      'bom',
      'horizon-flevoland',
      'impuls-zeeland',
      'innovationquarter',
      'liof',
      'nom',
      'oost-nl',
      'rom-inwest',
      'rom-utrecht-region',
    ]);
  });

  it('holds an organisation for every municipality and province', async () => {
    const count = async (type: string) => {
      let n = 0;
      let after: string | null = null;
      for (;;) {
        const page: { organisations: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
          await ask(
            `query($t: [String!], $after: String) { organisations(filter: { types: $t, generic: false }, first: 100, after: $after) {
              edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
            { t: [type], after },
          );
        n += page.organisations.edges.length;
        if (!page.organisations.pageInfo.hasNextPage) return n;
        after = page.organisations.pageInfo.endCursor;
      }
    };
    const seed = await seedCounts();
    expect(await count('municipality')).toBe(seed.municipalities);
    expect(await count('province')).toBe(seed.provinces);
  });

  it('counts no collective as a provider in any province, COROP or municipality cell of any business group', async () => {
    const collectives = await collectiveIds();
    expect(collectives).toContain('group-gemeenten');
    for (const level of ['PROVINCE', 'COROP', 'MUNICIPALITY']) {
      const data = await ask<{ coverage: { columns: { id: string }[]; cells: { providerIds: string[] }[] } }>(
        'query($l: RegionLevel!) { coverage(level: $l) { columns { id } cells { providerIds } } }',
        { l: level },
      );
      expect(data.coverage.columns.map((c) => c.id)).toContain('breed-mkb');
      const counted = data.coverage.cells.flatMap((c) => c.providerIds.filter((id) => collectives.includes(id)));
      expect(counted, level).toEqual([]);
    }
  }, 120_000);

  it('leaves the statement-less municipalities out of the graph unless asked', async () => {
    const q = `query($all: Boolean) { graph(filter: { limit: 5000, allPublicBodies: $all }) {
      nodes { id type } edges { type source target } total } }`;
    const plain = await ask<{ graph: { nodes: { id: string; type: string }[]; total: number } }>(q, { all: false });
    const all = await ask<{
      graph: { nodes: { id: string; type: string }[]; edges: { type: string; target: string }[]; total: number };
    }>(q, { all: true });
    expect(plain.graph.nodes.some((n) => n.id === 'gemeente-leeuwarden')).toBe(false);
    expect(plain.graph.nodes.some((n) => n.id === 'gemeente-amersfoort')).toBe(true);
    const seed = await seedCounts();
    expect(all.graph.total).toBe(seed.organisations);
    expect(all.graph.nodes).toHaveLength(seed.organisations);
    expect(all.graph.edges.filter((e) => e.type === 'MEMBER_OF' && e.target === 'group-gemeenten')).toHaveLength(
      seed.municipalities,
    );

    // Asked for a group a collective serves, the graph draws its members, never the collective alone.
    const various = await ask<{ graph: { nodes: { id: string; type: string }[] } }>(
      '{ graph(filter: { region: "PV26", targetGroups: ["various"] }) { nodes { id type } } }',
    );
    expect(various.graph.nodes.filter((n) => n.type === 'municipality')).toHaveLength(26);
  });
});

describe('an edit to a collective', () => {
  afterAll(async () => {
    await resetToSeed();
  }, 120_000);

  it('reaches every member at once: no copy of the statement is kept on the members', async () => {
    const res = await gql<{ updateServes: { change: { id: string } } }>(
      `mutation($key: ID!, $patch: ServesPatch!, $change: ChangeInput!) {
        updateServes(key: $key, expectedVersion: 0, patch: $patch, change: $change) { change { id } } }`,
      {
        key: 'group-gemeenten|various|sole|PV26',
        patch: { role: 'SECONDARY' },
        change: { source: 'Bijlage 7 – Factsheet Utrecht [L1553]', comment: 'test of the derivation' },
      },
      { token: inject('tokens').admin },
    );
    expect(res.errors).toBeUndefined();
    const amersfoort = (await whoServes('various', 'Amersfoort')).find(
      (m) => m.organisation.id === 'gemeente-amersfoort',
    );
    expect(amersfoort?.role).toBe('SECONDARY');
    const utrecht = (await whoServes('various', 'PV26')).filter((m) => m.memberGroup);
    expect(utrecht).toHaveLength(26);
    expect(utrecht.every((m) => m.role === 'SECONDARY')).toBe(true);
  });
});
