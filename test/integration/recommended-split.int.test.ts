import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/graphql.ts';

// The report's recommended role split as the seed's ready scenario (seed/data/scenarios.yaml), and its impact on
// Fryslân and Noord-Brabant checked against what the report says (§7.3.2, KplusV 2023):
// [L1112] "KVK heeft een focus op starters en mkb tot tien medewerkers. Leg dit vast als doelgroep."
// [L1113] "ROM's voor startups, scale-ups en Innovatie"
// [L1115] "Regionale uitvoeringsorganisaties voor brede mkb" — YnBusiness in Fryslân already; Noord-Brabant's breed
// mkb (BOM, developing) and Utrecht's missing first line are choices the report leaves open.

const ID = 'aanbevolen-rolverdeling-2023';

interface Impact {
  cells: { region: { id: string }; targetGroup: { id: string }; before: string; after: string }[];
  gapsClosed: {
    gap: { kind: string; organisation: { id: string } | null; targetGroup: { id: string } | null };
    changes: string[];
  }[];
  gapsOpened: {
    gap: { kind: string; organisation: { id: string } | null; targetGroup: { id: string } | null };
    changes: string[];
  }[];
  deviationsResolved: {
    deviation: { organisation: { id: string }; rule: string; actual: string };
    changes: string[];
  }[];
  deviationsAdded: { deviation: { organisation: { id: string } } }[];
}

async function impact(region: string): Promise<Impact> {
  const res = await gql<{ scenarioImpact: Impact }>(
    `query($region: ID!) { scenarioImpact(scenario: "${ID}", region: $region) {
      cells { region { id } targetGroup { id } before after }
      gapsClosed { gap { kind organisation { id } targetGroup { id } } changes }
      gapsOpened { gap { kind organisation { id } targetGroup { id } } changes }
      deviationsResolved { deviation { organisation { id } rule actual } changes }
      deviationsAdded { deviation { organisation { id } } } } }`,
    { region },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.scenarioImpact;
}

const resolvedBy = (i: Impact, org: string) =>
  i.deviationsResolved.filter((d) => d.deviation.organisation.id === org).map((d) => d.deviation.actual);

describe('the recommended role split (KplusV 2023) as a ready scenario', () => {
  it('is there after seeding, every change citing §7.3.2, the open choices in its description', async () => {
    const res = await gql<{ scenario: { title: string; description: string; changes: { source: string }[] } }>(
      `{ scenario(id: "${ID}") { title description changes { source } } }`,
    );
    const s = res.data!.scenario;
    expect(s.title).toBe('Aanbevolen rolverdeling (KplusV 2023)');
    expect(s.changes.length).toBeGreaterThan(10);
    for (const c of s.changes) expect(c.source).toMatch(/^§7\.3\.2 \[L111[2-6]\]$/);
    expect(s.description).toMatch(/Utrecht/);
    expect(s.description).toMatch(/leaves open/);
  });

  it('in Fryslân: limits KVK to its target groups and gives NOM start-ups and scale-ups, adding no deviation', async () => {
    const i = await impact('PV21');
    expect(resolvedBy(i, 'kvk').sort()).toEqual([
      'serves breed-mkb as primary',
      'serves groot-mkb as secondary (reading "kvk-plan-2018")',
      'serves peloton as primary',
    ]);
    expect(resolvedBy(i, 'nom')).toEqual(['does not serve startup, scaleup']);
    expect(i.deviationsResolved.find((d) => d.deviation.organisation.id === 'nom')!.changes).toEqual(['c4', 'c5']);
    expect(i.deviationsAdded).toEqual([]);
    // YnBusiness stays Fryslân's executor for the breed mkb: no breed-mkb cell changes (KVK is national, counted
    // apart from the status).
    expect(i.cells.filter((c) => c.targetGroup.id === 'breed-mkb')).toEqual([]);
    // Start-ups and scale-ups are no longer unreachable from the first line, because NOM now serves them.
    const unreachable = i.gapsClosed
      .filter((g) => g.gap.kind === 'UNREACHABLE_GROUP')
      .map((g) => g.gap.targetGroup!.id);
    expect(unreachable.sort()).toEqual(['scaleup', 'startup']);
    const unreachableBy = (group: string) =>
      i.gapsClosed.find((g) => g.gap.kind === 'UNREACHABLE_GROUP' && g.gap.targetGroup!.id === group)!.changes;
    expect(unreachableBy('startup')).toContain('c4');
    expect(unreachableBy('scaleup')).toContain('c5');
  });

  it('in Noord-Brabant: gives BOM scale-ups, leaves the breed mkb open, and shows nobody yet refers to BOM for scale-ups', async () => {
    const i = await impact('PV30');
    expect(resolvedBy(i, 'bom')).toEqual(['does not serve scaleup']);
    expect(resolvedBy(i, 'kvk')).toHaveLength(3);
    expect(i.deviationsAdded).toEqual([]);
    expect(i.cells.filter((c) => c.targetGroup.id === 'breed-mkb')).toEqual([]);
    // The split names roles, not referrals: BOM as scale-up provider has no referrer yet, a gap the scenario opens.
    expect(i.gapsOpened.map((g) => [g.gap.kind, g.gap.organisation?.id, g.gap.targetGroup?.id])).toEqual([
      ['UNREFERRED_PROVIDER', 'bom', 'scaleup'],
    ]);
    // Every closed or opened gap names at least one change that causes it.
    for (const g of [...i.gapsClosed, ...i.gapsOpened]) expect(g.changes.length).toBeGreaterThan(0);
  });
});
