import { describe, expect, it } from 'vitest';
import { blankOrganisation, buildProjection, projectionRows, type ProjectedOrganisation } from './projection.ts';
import { providersIn } from './providers.ts';
import { referralNetworkIn } from './referrals.ts';
import { conformanceContextIn } from './conformance.ts';

const org = (id: string, extra: Partial<ProjectedOrganisation> = {}) => ({
  kind: 'organisation',
  row: {
    ...blankOrganisation({ id, name: id.toUpperCase(), type: 'rom', scale: 'regional' }),
    serves: true,
    ...extra,
  },
});
const statement = (
  organisation: string,
  targetGroup: string,
  serving: Record<string, unknown>,
  collective?: string,
) => ({
  kind: 'statement',
  row: { organisation, targetGroup, serving, collective: collective ?? null, membership: collective ? {} : null },
});
const cover = (organisation: string, region: string, extra: Record<string, unknown> = {}) => ({
  kind: 'cover',
  row: { organisation, region, partial: false, validFrom: null, validTo: null, ...extra },
});

// A small map: b and a serve startups in PV21 (b only from 2020), c is a collective whose statement reaches its
// member m, d's exclusion is no reading of an ambiguity, e covers another province.
const projection = buildProjection(
  projectionRows('t1', [
    org('b', { validFrom: 2020 }),
    org('a'),
    org('c', { generic: true, genericGroup: true }),
    org('m'),
    org('d'),
    org('e'),
    org('g', { generated: true, serves: false }),
    statement('b', 'startup', { role: 'primary', key: 'b1', themes: ['innovatie'] }),
    statement('a', 'startup', { role: 'secondary', key: 'a1', validTo: 2018 }),
    statement('c', 'startup', { role: 'primary', key: 'c1' }),
    statement('m', 'startup', { role: 'primary', key: 'c1' }, 'c'),
    statement('d', 'startup', { role: 'not-served', key: 'd1' }),
    statement('e', 'startup', { role: 'primary', key: 'e1' }),
    cover('b', 'PV21'),
    cover('a', 'PV21', { partial: true }),
    cover('c', 'NL'),
    cover('m', 'PV21'),
    cover('d', 'PV21'),
    cover('e', 'PV22'),
    cover('g', 'PV21'),
    {
      kind: 'referral',
      row: {
        id: 'r1',
        from: 'a',
        to: 'b',
        kind: null,
        status: 'active',
        targetGroups: [],
        validFrom: null,
        validTo: 2019,
      },
    },
    { kind: 'rule', row: { id: 'rule-2' } },
    { kind: 'rule', row: { id: 'rule-1' } },
  ]),
);
const ask = (q: Partial<Parameters<typeof providersIn>[1]>) =>
  providersIn(projection, {
    targetGroups: ['startup'],
    regionIds: ['PV21', 'NL'],
    theme: null,
    phase: null,
    asOf: null,
    ...q,
  }).providers.map((p) => `${p.organisation.id}${p.derivedFrom ? `<${p.derivedFrom.collective.id}` : ''}`);

describe('the read model answers as the queries it replaced', () => {
  it('lists providers by organisation id, a collective only through its members, no plain exclusion', () => {
    expect(ask({})).toEqual(['a', 'b', 'm<c']);
  });

  it('keeps what holds in the year asked: the statement, the organisation and the coverage', () => {
    expect(ask({ asOf: 2017 })).toEqual(['a', 'm<c']);
    expect(ask({ asOf: 2021 })).toEqual(['b', 'm<c']);
  });

  it('keeps only statements naming the theme asked', () => {
    expect(ask({ theme: 'innovatie' })).toEqual(['b']);
  });

  it('reads only the coverage among the regions asked', () => {
    expect(ask({ regionIds: ['PV22'] })).toEqual(['e']);
    expect(ask({ regionIds: null })).toEqual(['a', 'b', 'e', 'm<c']);
  });

  it('leaves a generated municipality out of the referral network until it serves or refers', () => {
    const network = referralNetworkIn(projection, { regionIds: ['PV21'], asOf: null });
    expect(network.organisations.map((o) => o.id).sort()).toEqual(['a', 'b', 'd', 'm']);
    expect(network.referrals.map((r) => r.id)).toEqual(['r1']);
    expect(referralNetworkIn(projection, { regionIds: ['PV21'], asOf: 2020 }).referrals).toEqual([]);
  });

  it('gives conformance the rules by id and the non-generic organisations of the regions by name', () => {
    const context = conformanceContextIn(projection, ['PV22']);
    expect(context.rules.map((r) => r['id'])).toEqual(['rule-1', 'rule-2']);
    expect(context.organisations.map((o) => o.id)).toEqual(['e']);
    expect(projection.token).toBe('t1');
  });
});
