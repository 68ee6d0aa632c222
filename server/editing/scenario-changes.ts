import { assertInScope, unchangedCoverage, type ScopeFacts } from '../auth/scope.ts';
import type { User } from '../auth/users.ts';
import type { RegionCatalog } from '../domain/region-catalog.ts';
import { resolveRegion } from '../domain/region-index.ts';
import { AppError } from '../errors.ts';
import {
  REFERRAL_KIND_VALUES,
  SCENARIO_CHANGE_KIND_VALUES,
  SERVE_ROLE_VALUES,
  SERVICE_STATUS_VALUES,
  storedValue,
} from '../domain/rules.ts';
import type { ScenarioChangeInput } from '../graphql/generated/resolvers.ts';
import type { Vocabulary } from '../repos/catalog.ts';
import type { ScenarioChange } from '../repos/projection/scenarios.ts';
import { allowedValuesOf } from './allowed.ts';
import type { DraftState } from './scenario-draft.ts';
import { checkLifecycle } from './service.ts';
import { badInput, oneOf, optionalText, slug, slugify, text, year, yearRange } from './validate.ts';

// A scenario's changes are checked as edits are: known ids, one of the allowed values, a source for each, and inside
// the editor's provinces (auth/scope.ts, the one rule every write path asks). They are checked in order against the
// map as the changes before them leave it, so a change that removes what is not there, or adds what is, is refused
// by name. Nothing here writes.

/** At most this many changes in one scenario: each is applied to the projection for every answer asked of it. */
export const MAX_SCENARIO_CHANGES = 500;

/** What the checks read besides the map: regions, vocabulary and who asks. */
export interface ChangeCheck {
  readonly user: User;
  readonly catalog: RegionCatalog;
  readonly vocabulary: Vocabulary;
}

/** Why the stored changes no longer hold in order on the map (the first that fails, by its id), or null. */
export function staleChange(state: DraftState, changes: readonly ScenarioChange[]): string | null {
  for (const c of changes) {
    const problem = state.problem(c);
    if (problem) return `${c.id}: ${problem.field} ${problem.value} ${problem.message}`;
    state.apply(c);
  }
  return null;
}

/**
 * The stored changes checked in order against the state (which they then change) as the user would make them now:
 * each still holds on the map (else CONFLICT naming the first that does not) and lies in the user's provinces.
 */
export function assertChangesHold(env: ChangeCheck, state: DraftState, changes: readonly ScenarioChange[]): void {
  for (const c of changes) {
    const problem = state.problem(c);
    if (problem) {
      throw new AppError(
        'CONFLICT',
        `The scenario no longer holds on the live map (${c.id}: ${problem.field} ${problem.value} ${problem.message}); remove that change first.`,
        { change: c.id },
      );
    }
    assertInScope(env.user, env.catalog, scopeFactsOf(state, c));
    state.apply(c);
  }
}

/**
 * The changes given, checked in order against the state (which they then change) and numbered after `first`
 * (`c<first+1>`, …). `field` names the list in error messages (`input.changes`, `changes`).
 */
export function checkedChanges(
  env: ChangeCheck,
  state: DraftState,
  inputs: readonly ScenarioChangeInput[],
  first: number,
  field: string,
): ScenarioChange[] {
  if (inputs.length > MAX_SCENARIO_CHANGES) {
    throw badInput(
      field,
      inputs.length,
      `gives ${inputs.length} changes; a scenario holds at most ${MAX_SCENARIO_CHANGES}`,
    );
  }
  if (first + inputs.length > MAX_SCENARIO_CHANGES) {
    throw badInput(
      field,
      inputs.length,
      `would make ${first + inputs.length} changes; a scenario holds at most ${MAX_SCENARIO_CHANGES}`,
    );
  }
  return inputs.map((input, i) => {
    const at = `${field}[${i}]`;
    const change = checkedChange(env, state, input, `c${first + i + 1}`, at);
    const problem = state.problem(change);
    if (problem) throw badInput(`${at}.${problem.field}`, problem.value, problem.message);
    assertInScope(env.user, env.catalog, scopeFactsOf(state, change));
    state.apply(change);
    return change;
  });
}

function checkedChange(
  env: ChangeCheck,
  state: DraftState,
  input: ScenarioChangeInput,
  id: string,
  at: string,
): ScenarioChange {
  const base = {
    id,
    source: text(input.source, `${at}.source`, 500),
    note: optionalText(input.note, `${at}.note`, 2000) ?? null,
  };
  const required = (key: keyof ScenarioChangeInput): string => {
    const value = input[key];
    if (typeof value !== 'string' || value.trim() === '')
      throw badInput(`${at}.${key}`, value ?? null, `is required for ${input.kind}`);
    return value.trim();
  };
  const organisation = (key: 'organisation' | 'from' | 'to' = 'organisation') => {
    const org = required(key);
    if (!state.has(org))
      throw badInput(`${at}.${key}`, org, 'is no organisation on the map (as the changes before it leave it)');
    return org;
  };
  const group = () =>
    oneOf(
      required('targetGroup'),
      env.vocabulary.targetGroups.map((t) => t.id),
      `${at}.targetGroup`,
    );
  const region = (key: 'region' | 'scope') => {
    const value = required(key);
    return env.catalog.get(value)?.id ?? resolveRegion(env.catalog.index, value, `${at}.${key}`).id;
  };
  const scope = () => (input.scope ? region('scope') : null);
  const groupIds = () => env.vocabulary.targetGroups.map((t) => t.id);
  const groupsOf = (ids: readonly string[]) => [
    ...new Set(ids.map((g, j) => oneOf(g, groupIds(), `${at}.targetGroups[${j}]`))),
  ];
  const regionsOf = (values: readonly string[]) => {
    if (values.length > 500) throw badInput(`${at}.regions`, values.length, 'gives more than 500 regions');
    return [
      ...new Set(
        values.map((v, j) => env.catalog.get(v)?.id ?? resolveRegion(env.catalog.index, v, `${at}.regions[${j}]`).id),
      ),
    ];
  };
  /** The service named, and the organisation running it (its owner, else the first by id). */
  const knownService = (): [string, string] => {
    const service = required('service');
    const x = state.service(service);
    if (!x) throw badInput(`${at}.service`, service, 'is no service on the map (as the changes before it leave it)');
    const runner = x.organisations[0];
    if (!runner) throw badInput(`${at}.service`, service, 'is run by no organisation, so no editor answers for it');
    return [service, runner];
  };
  switch (input.kind) {
    case 'SET_SERVES': {
      const org = organisation();
      if (state.has(org) && state.isCollective(org)) {
        throw badInput(
          `${at}.organisation`,
          org,
          "is a collective: what it serves passes to its members on the live map; change a member's statement",
        );
      }
      if (!input.role) throw badInput(`${at}.role`, null, 'is required for SET_SERVES');
      return {
        ...base,
        kind: 'SET_SERVES',
        organisation: org,
        targetGroup: group(),
        role: storedValue(oneOf(input.role, SERVE_ROLE_VALUES, `${at}.role`)),
        scope: scope(),
      };
    }
    case 'REMOVE_SERVES': {
      const org = organisation();
      const targetGroup = group();
      const s = scope();
      if (!state.hasStatement(org, targetGroup, s)) {
        throw badInput(
          `${at}.targetGroup`,
          targetGroup,
          `${org} has no statement of its own for it${s ? ` limited to ${s}` : ''}`,
        );
      }
      return { ...base, kind: 'REMOVE_SERVES', organisation: org, targetGroup, scope: s };
    }
    case 'ADD_COVERAGE': {
      const org = organisation();
      const r = region('region');
      if (state.regionsOf(org).has(r)) throw badInput(`${at}.region`, r, `${org} covers it already`);
      return { ...base, kind: 'ADD_COVERAGE', organisation: org, region: r, partial: input.partial === true };
    }
    case 'REMOVE_COVERAGE': {
      const org = organisation();
      const r = region('region');
      if (!state.regionsOf(org).has(r)) throw badInput(`${at}.region`, r, `${org} does not cover it`);
      return { ...base, kind: 'REMOVE_COVERAGE', organisation: org, region: r };
    }
    case 'ADD_REFERRAL': {
      const from = organisation('from');
      const to = organisation('to');
      if (from === to) throw badInput(`${at}.to`, to, 'must differ from from');
      const targetGroups = groupsOf(input.targetGroups ?? []);
      const referralKind = storedValue(
        oneOf(input.referralKind ?? 'REFERRAL', REFERRAL_KIND_VALUES, `${at}.referralKind`),
      );
      return { ...base, kind: 'ADD_REFERRAL', from, to, referralKind, targetGroups };
    }
    case 'REMOVE_REFERRAL':
      return { ...base, kind: 'REMOVE_REFERRAL', from: organisation('from'), to: organisation('to') };
    case 'ADD_ORGANISATION': {
      const name = text(required('name'), `${at}.name`);
      const org = input.organisation ? slug(input.organisation, `${at}.organisation`) : slugify(name) || 'organisatie';
      const allowed = allowedValuesOf(env.vocabulary);
      const type = oneOf(required('organisationType'), allowed.orgTypes, `${at}.organisationType`);
      const scale = input.scale ? oneOf(input.scale, allowed.scales, `${at}.scale`) : null;
      const first = input.region ? region('region') : null;
      return { ...base, kind: 'ADD_ORGANISATION', organisation: org, name, type, scale, region: first };
    }
    case 'REMOVE_ORGANISATION':
      return { ...base, kind: 'REMOVE_ORGANISATION', organisation: organisation() };
    case 'UPDATE_ORGANISATION': {
      const org = organisation();
      const allowed = allowedValuesOf(env.vocabulary);
      const name = input.name ? text(input.name, `${at}.name`) : null;
      const type = input.organisationType
        ? oneOf(input.organisationType, allowed.orgTypes, `${at}.organisationType`)
        : null;
      const scale = input.scale ? oneOf(input.scale, allowed.scales, `${at}.scale`) : null;
      if (name === null && type === null && scale === null) {
        throw badInput(
          `${at}.name`,
          null,
          'UPDATE_ORGANISATION needs at least one of name, organisationType and scale',
        );
      }
      return { ...base, kind: 'UPDATE_ORGANISATION', organisation: org, name, type, scale };
    }
    case 'ADD_SERVICE': {
      const org = organisation();
      const name = text(required('name'), `${at}.name`);
      const service = input.service
        ? slug(input.service, `${at}.service`, 'act-')
        : slug(`act-${slugify(name)}`, `${at}.name`, 'act-');
      if (state.service(service)) throw badInput(`${at}.service`, service, 'is a service on the map already');
      const status = storedValue(oneOf(input.serviceStatus ?? 'ACTIVE', SERVICE_STATUS_VALUES, `${at}.serviceStatus`));
      const lifecycle = serviceYears(input, at, status, { validFrom: null, validTo: null });
      return {
        ...base,
        kind: 'ADD_SERVICE',
        organisation: org,
        service,
        name,
        status,
        targetGroups: groupsOf(input.targetGroups ?? []),
        regions: regionsOf(input.regions ?? []),
        ...lifecycle,
      };
    }
    case 'UPDATE_SERVICE': {
      const [service, runner] = knownService();
      const current = state.service(service)!;
      const status = input.serviceStatus
        ? storedValue(oneOf(input.serviceStatus, SERVICE_STATUS_VALUES, `${at}.serviceStatus`))
        : null;
      const lifecycle = serviceYears(input, at, status ?? current.status, current);
      const change = {
        ...base,
        kind: 'UPDATE_SERVICE' as const,
        organisation: runner,
        service,
        name: input.name ? text(input.name, `${at}.name`) : null,
        status,
        targetGroups: input.targetGroups ? groupsOf(input.targetGroups) : null,
        regions: input.regions ? regionsOf(input.regions) : null,
        validFrom: typeof input.validFrom === 'number' ? lifecycle.validFrom : null,
        validTo: typeof input.validTo === 'number' ? lifecycle.validTo : null,
      };
      const { name, targetGroups, regions, validFrom, validTo } = change;
      if ([name, status, targetGroups, regions, validFrom, validTo].every((v) => v === null)) {
        throw badInput(
          `${at}.service`,
          service,
          'UPDATE_SERVICE needs at least one of name, serviceStatus, targetGroups, regions, validFrom and validTo',
        );
      }
      return change;
    }
    case 'REMOVE_SERVICE': {
      const [service, runner] = knownService();
      return { ...base, kind: 'REMOVE_SERVICE', organisation: runner, service };
    }
    default:
      // The API's enum rules this out; a change read from a file (seed/scenarios.ts) may name anything.
      throw badInput(`${at}.kind`, input.kind, 'is no kind of scenario change', SCENARIO_CHANGE_KIND_VALUES);
  }
}

/**
 * A service's years as a change gives them (the others as they are), checked as the live edit checks them: valid
 * years, the last not before the first, a last year for a stopped service and none for a planned one.
 */
function serviceYears(
  input: ScenarioChangeInput,
  at: string,
  status: string | null,
  current: { validFrom: number | null; validTo: number | null },
): { validFrom: number | null; validTo: number | null } {
  const validFrom = year(input.validFrom, `${at}.validFrom`) ?? current.validFrom;
  const validTo = year(input.validTo, `${at}.validTo`) ?? current.validTo;
  yearRange(validFrom, validTo, [`${at}.validFrom`, `${at}.validTo`]);
  checkLifecycle(status ?? undefined, validTo, at);
  return { validFrom, validTo };
}

/** What a change is about to change, as the province scope sees it (coverage before and after). */
function scopeFactsOf(state: DraftState, c: ScenarioChange): ScopeFacts {
  const coverage = (id: string) => [...state.regionsOf(id)];
  const unchanged = (id: string) => unchangedCoverage(id, coverage(id));
  switch (c.kind) {
    case 'SET_SERVES':
    case 'REMOVE_SERVES':
      return { organisations: [unchanged(c.organisation)] };
    case 'ADD_COVERAGE':
      return {
        organisations: [
          { id: c.organisation, before: coverage(c.organisation), after: [...coverage(c.organisation), c.region] },
        ],
      };
    case 'REMOVE_COVERAGE': {
      const before = coverage(c.organisation);
      return { organisations: [{ id: c.organisation, before, after: before.filter((r) => r !== c.region) }] };
    }
    case 'ADD_REFERRAL':
    case 'REMOVE_REFERRAL':
      return { referrals: [{ from: unchanged(c.from), to: unchanged(c.to) }] };
    case 'UPDATE_ORGANISATION':
    case 'ADD_SERVICE':
    case 'UPDATE_SERVICE':
    case 'REMOVE_SERVICE':
      return { organisations: [unchanged(c.organisation)] };
    case 'ADD_ORGANISATION':
      return { organisations: [{ id: c.organisation, before: null, after: c.region ? [c.region] : [] }] };
    case 'REMOVE_ORGANISATION':
      return { organisations: [{ id: c.organisation, before: coverage(c.organisation), after: null }] };
  }
}
