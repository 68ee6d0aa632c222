import { servesKey } from '../../domain/serves-key.ts';
import type { Props } from '../props.ts';
import {
  blankOrganisation,
  buildProjection,
  type ProjectedOrganisation,
  type ProjectedReferral,
  type ProjectedService,
  type ProjectedStatement,
  type Projection,
  type ProjectionRows,
} from './projection.ts';
import type { ScenarioChange, StoredScenario } from './scenarios.ts';

// A scenario is a named draft of changes the live map does not see. Its answers are the live answers' functions
// applied to the projection as if its changes were made: the rows of the live projection, changed here in order, and
// indexed again. Nothing here reads or writes Neo4j; the live projection is left as it is.

/** The statement a scenario says an organisation makes; marked as the scenario's, with the change's source. */
function statementOf(c: Extract<ScenarioChange, { kind: 'SET_SERVES' }>, scenario: string): ProjectedStatement {
  const serving: Props = {
    key: servesKey(c.organisation, { targetGroup: c.targetGroup, scope: c.scope }),
    role: c.role,
    sources: [c.source],
    provenance: 'scenario',
    scenario,
    scenarioChange: c.id,
  };
  if (c.scope) serving['scope'] = c.scope;
  if (c.note) serving['note'] = c.note;
  return { organisation: c.organisation, targetGroup: c.targetGroup, serving, collective: null, membership: null };
}

const sameStatement = (s: ProjectedStatement, c: { organisation: string; targetGroup: string; scope: string | null }) =>
  s.collective === null &&
  s.organisation === c.organisation &&
  s.targetGroup === c.targetGroup &&
  ((s.serving['scope'] as string | undefined) ?? null) === c.scope;

/** The rows with the changes made in order (new arrays; the rows given are left as they are). */
export function applyChanges(rows: ProjectionRows, scenario: string, changes: readonly ScenarioChange[]) {
  let organisations = [...rows.organisations];
  let statements = [...rows.statements];
  let covers = [...rows.covers];
  let referrals = [...rows.referrals];
  let services = [...rows.services];
  for (const c of changes) {
    switch (c.kind) {
      case 'SET_SERVES':
        statements = statements.filter((s) => !sameStatement(s, c));
        statements.push(statementOf(c, scenario));
        break;
      case 'REMOVE_SERVES':
        statements = statements.filter((s) => !sameStatement(s, c));
        break;
      case 'ADD_COVERAGE':
        covers = covers.filter((x) => !(x.organisation === c.organisation && x.region === c.region));
        covers.push({
          organisation: c.organisation,
          region: c.region,
          partial: c.partial,
          validFrom: null,
          validTo: null,
        });
        break;
      case 'REMOVE_COVERAGE':
        covers = covers.filter((x) => !(x.organisation === c.organisation && x.region === c.region));
        break;
      case 'ADD_REFERRAL':
        referrals.push(referralOf(c, scenario));
        break;
      case 'REMOVE_REFERRAL':
        referrals = referrals.filter((r) => !(r.from === c.from && r.to === c.to));
        break;
      case 'ADD_ORGANISATION':
        organisations.push(newOrganisation(c));
        if (c.region)
          covers.push({
            organisation: c.organisation,
            region: c.region,
            partial: false,
            validFrom: null,
            validTo: null,
          });
        break;
      case 'REMOVE_ORGANISATION': {
        const gone = c.organisation;
        organisations = organisations.filter((o) => o.id !== gone);
        // A member no longer takes over what a removed collective said, nor does a removed member.
        statements = statements.filter((s) => s.organisation !== gone && s.collective !== gone);
        covers = covers.filter((x) => x.organisation !== gone);
        referrals = referrals.filter((r) => r.from !== gone && r.to !== gone);
        // Its services lose it; one nobody else runs goes with it (as deleting it leaves no one running them).
        services = services
          .map((x) =>
            x.organisations.includes(gone) ? { ...x, organisations: x.organisations.filter((o) => o !== gone) } : x,
          )
          .filter((x) => x.organisations.length > 0);
        break;
      }
      case 'UPDATE_ORGANISATION':
        organisations = organisations.map((o) =>
          o.id === c.organisation
            ? { ...o, name: c.name ?? o.name, type: c.type ?? o.type, scale: c.scale ?? o.scale }
            : o,
        );
        break;
      case 'ADD_SERVICE':
        services.push({
          id: c.service,
          name: c.name,
          status: c.status,
          validFrom: c.validFrom,
          validTo: c.validTo,
          organisations: [c.organisation],
          targetGroups: [...c.targetGroups].sort(),
          regions: [...c.regions].sort(),
        });
        break;
      case 'UPDATE_SERVICE':
        services = services.map((x) => (x.id === c.service ? serviceAsIf(x, c) : x));
        break;
      case 'REMOVE_SERVICE':
        services = services.filter((x) => x.id !== c.service);
        break;
    }
  }
  return {
    ...rows,
    organisations: withFlags(organisations, statements, referrals),
    statements,
    covers,
    referrals,
    services,
  };
}

/** A service as an UPDATE_SERVICE change leaves it: the fields it gives, the rest as they were. */
export function serviceAsIf(
  x: ProjectedService,
  c: Extract<ScenarioChange, { kind: 'UPDATE_SERVICE' }>,
): ProjectedService {
  return {
    ...x,
    name: c.name ?? x.name,
    status: c.status ?? x.status,
    validFrom: c.validFrom ?? x.validFrom,
    validTo: c.validTo ?? x.validTo,
    targetGroups: c.targetGroups ? [...c.targetGroups].sort() : x.targetGroups,
    regions: c.regions ? [...c.regions].sort() : x.regions,
  };
}

function referralOf(c: Extract<ScenarioChange, { kind: 'ADD_REFERRAL' }>, scenario: string): ProjectedReferral {
  return {
    id: `${scenario}:${c.id}`,
    from: c.from,
    to: c.to,
    kind: c.referralKind,
    status: 'active',
    targetGroups: c.targetGroups,
    validFrom: null,
    validTo: null,
  };
}

function newOrganisation(c: Extract<ScenarioChange, { kind: 'ADD_ORGANISATION' }>): ProjectedOrganisation {
  return blankOrganisation({ id: c.organisation, name: c.name, type: c.type, scale: c.scale });
}

/** `serves` and `refers` as load-projection reads them, for the changed rows. */
function withFlags(
  organisations: readonly ProjectedOrganisation[],
  statements: readonly ProjectedStatement[],
  referrals: readonly ProjectedReferral[],
): ProjectedOrganisation[] {
  const serving = new Set(statements.filter((s) => s.collective === null).map((s) => s.organisation));
  const referring = new Set(referrals.flatMap((r) => [r.from, r.to]));
  return organisations.map((o) => {
    const serves = serving.has(o.id);
    const refers = referring.has(o.id);
    return serves === o.serves && refers === o.refers ? o : { ...o, serves, refers };
  });
}

/** The live projection as if the scenario's changes were made (same token: it answers for that version of the map). */
export function projectionAsIf(live: Projection, scenario: StoredScenario): Projection {
  return buildProjection(applyChanges(live.rows, scenario.id, scenario.changes), live.readAt, live.scenarios);
}

/**
 * The changes of a scenario that touch one of the organisations, and when `targetGroups` are named, only those of its
 * statements that are about one of them (the group of a cell and the groups that speak for it).
 */
export function changesTouching(
  scenario: StoredScenario,
  q: { organisations?: readonly string[]; targetGroups?: readonly string[] | null },
): ScenarioChange[] {
  const orgs = new Set(q.organisations ?? []);
  const groups = q.targetGroups ? new Set(q.targetGroups) : null;
  return scenario.changes.filter((c) => {
    const touched = 'organisation' in c ? [c.organisation] : [c.from, c.to];
    if (!touched.some((o) => orgs.has(o))) return false;
    if (groups && 'targetGroup' in c) return groups.has(c.targetGroup);
    return true;
  });
}

/** The changes of a scenario about one of the groups: statements of it, and referrals naming it (or naming none). */
export function changesAbout(scenario: StoredScenario, groups: readonly string[]): ScenarioChange[] {
  const asked = new Set(groups);
  return scenario.changes.filter((c) => {
    if ('targetGroup' in c) return asked.has(c.targetGroup);
    if (c.kind === 'ADD_REFERRAL') return c.targetGroups.length === 0 || c.targetGroups.some((g) => asked.has(g));
    return false;
  });
}
