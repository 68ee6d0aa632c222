import type { User } from '../auth/users.ts';
import { inTransaction } from '../db/in-transaction.ts';
import type { TxRunner } from '../db/run.ts';
import { toRole } from '../domain/roles.ts';
import { enumValue, REFERRAL_KIND_VALUES, SERVICE_STATUS_VALUES } from '../domain/rules.ts';
import { AppError, isAppError } from '../errors.ts';
import type * as G from '../graphql/generated/resolvers.ts';
import { changeSummary, organisationsOf, type ScenarioChange } from '../repos/projection/scenarios.ts';
import * as adoption from '../repos/scenario-adoption-writes.ts';
import * as coverage from './coverage.ts';
import * as organisation from './organisation.ts';
import * as referral from './referral.ts';
import { adoptionConflicts, earliestChange, effectiveChanges, idsOf } from './scenario-adoption-plan.ts';
import { assertChangesHold } from './scenario-changes.ts';
import { DraftState } from './scenario-draft.ts';
import { changeChecks, type ScenarioEnv } from './scenarios.ts';
import * as serves from './serves.ts';
import * as service from './service.ts';
import { definedOnly } from './validate.ts';
import { changeMeta, editor, type ChangeInfo, type EditEnv, type MutationResult } from './write-kit.ts';

// Adopting a scenario: its changes made to the live map as ONE change of the audit trail, revertible like any other.
// Each change runs the edit an editor would make by hand (serves.ts, coverage.ts, referral.ts, organisation.ts,
// service.ts: their
// checks, their province scope, their query and record) inside one transaction (db/in-transaction.ts); their
// records are then folded into the adoption's change (cypher/scenarios/fold-adoption.cypher). Nothing is adopted
// when the live map changed underneath: a change made on the live map since a scenario change was added, touching a
// fact that change is about, refuses the adoption with the conflicts listed.

/** One edit of the adoption, run with the transaction's environment; answers the edit's change. */
type Step = (env: EditEnv, user: User, info: ChangeInfo) => Promise<MutationResult>;

/** The edits that make one scenario change on the live map as it stands in the transaction. */
async function stepsOf(tx: TxRunner, c: ScenarioChange): Promise<Step[]> {
  switch (c.kind) {
    case 'SET_SERVES':
    case 'REMOVE_SERVES': {
      // As if: the organisation's own statements for the group and scope are replaced (or removed), whatever their
      // reading (server/repos/projection/as-if.ts); adopted, the same.
      const facts = await adoption.findAdoptionFacts(tx, {
        org: c.organisation,
        targetGroup: c.targetGroup,
        scope: c.scope,
      });
      const removals: Step[] = facts.statements.map(
        (s) => (env, user, info) =>
          serves.removeServes(env, user, { key: s.key, expectedVersion: s.version, change: info }, info),
      );
      if (c.kind === 'REMOVE_SERVES') return removals;
      const input = { targetGroup: c.targetGroup, role: toRole(c.role), scope: c.scope };
      return [
        ...removals,
        (env, user, info) => serves.addServes(env, user, { organisation: c.organisation, input, change: info }, info),
      ];
    }
    case 'ADD_COVERAGE':
      return [
        (env, user, info) =>
          coverage.setCoverage(
            env,
            user,
            {
              organisation: c.organisation,
              region: c.region,
              expectedVersion: null,
              input: { partial: c.partial },
              change: info,
            },
            info,
          ),
      ];
    case 'REMOVE_COVERAGE': {
      const facts = await adoption.findAdoptionFacts(tx, { org: c.organisation, region: c.region });
      return [
        (env, user, info) =>
          coverage.removeCoverage(
            env,
            user,
            {
              organisation: c.organisation,
              region: c.region,
              expectedVersion: facts.coverageVersion ?? 0,
              change: info,
            },
            info,
          ),
      ];
    }
    case 'ADD_REFERRAL': {
      const input: G.NewReferralInput = {
        from: c.from,
        to: c.to,
        kind: enumValue(REFERRAL_KIND_VALUES, c.referralKind) ?? 'REFERRAL',
        status: 'ACTIVE',
        targetGroups: c.targetGroups,
      };
      return [(env, user, info) => referral.createReferral(env, user, { input, change: info }, info)];
    }
    case 'REMOVE_REFERRAL': {
      const facts = await adoption.findAdoptionFacts(tx, { from: c.from, to: c.to });
      return facts.referrals.map(
        (r) => (env, user, info) =>
          referral.deleteReferral(env, user, { id: r.id, expectedVersion: r.version, change: info }, info),
      );
    }
    case 'ADD_ORGANISATION': {
      const input: G.NewOrganisationInput = {
        id: c.organisation,
        name: c.name,
        type: c.type,
        scale: c.scale,
        coverage: c.region ? [c.region] : [],
      };
      return [(env, user, info) => organisation.createOrganisation(env, user, { input, change: info }, info)];
    }
    case 'REMOVE_ORGANISATION': {
      const facts = await adoption.findAdoptionFacts(tx, { org: c.organisation });
      const args = {
        id: c.organisation,
        expectedVersion: facts.organisationVersion ?? 0,
        onReferences: 'REMOVE_RELATIONSHIPS' as const,
      };
      return [(env, user, info) => organisation.deleteOrganisation(env, user, { ...args, change: info }, info)];
    }
    case 'UPDATE_ORGANISATION': {
      const facts = await adoption.findAdoptionFacts(tx, { org: c.organisation });
      const patch: G.OrganisationPatch = definedOnly({
        name: c.name ?? undefined,
        type: c.type ?? undefined,
        scale: c.scale ?? undefined,
      });
      const args = { id: c.organisation, expectedVersion: facts.organisationVersion ?? 0, patch };
      return [(env, user, info) => organisation.updateOrganisation(env, user, { ...args, change: info }, info)];
    }
    case 'ADD_SERVICE': {
      const input: G.NewServiceInput = {
        id: c.service,
        name: c.name,
        status: enumValue(SERVICE_STATUS_VALUES, c.status) ?? 'ACTIVE',
        targetGroups: c.targetGroups,
        regions: c.regions,
        validFrom: c.validFrom,
        validTo: c.validTo,
      };
      const args = { organisation: c.organisation, input };
      return [(env, user, info) => service.createService(env, user, { ...args, change: info }, info)];
    }
    case 'UPDATE_SERVICE': {
      const facts = await adoption.findAdoptionFacts(tx, { service: c.service });
      // With a status, the last year the service then has goes along, so the edit checks the lifecycle as it will be.
      const status = c.status === null ? undefined : (enumValue(SERVICE_STATUS_VALUES, c.status) ?? undefined);
      const patch: G.ServicePatch = definedOnly({
        name: c.name ?? undefined,
        status,
        targetGroups: c.targetGroups ?? undefined,
        regions: c.regions ?? undefined,
        validFrom: c.validFrom ?? undefined,
        validTo: c.validTo ?? (status === undefined ? undefined : facts.serviceValidTo),
      });
      const args = { id: c.service, expectedVersion: facts.serviceVersion ?? 0, patch };
      return [(env, user, info) => service.updateService(env, user, { ...args, change: info }, info)];
    }
    case 'REMOVE_SERVICE': {
      const facts = await adoption.findAdoptionFacts(tx, { service: c.service });
      const args = { id: c.service, expectedVersion: facts.serviceVersion ?? 0 };
      return [(env, user, info) => service.deleteService(env, user, { ...args, change: info }, info)];
    }
  }
}

/** An edit's refusal, said of the scenario change it makes. */
function ofChange(c: ScenarioChange, e: unknown): unknown {
  if (!isAppError(e)) return e;
  return new AppError(e.code, `Change ${c.id} (${changeSummary(c)}) cannot be adopted: ${e.message}`, {
    ...e.details,
    change: c.id,
  });
}

/**
 * Adopts a scenario: ADMIN any, an EDITOR one whose every change lies in their provinces. Refused (CONFLICT) when the
 * scenario's version moved, when a change no longer holds on the live map, or when the live map changed a fact a
 * change is about since that change was added (`extensions.conflicts`). The scenario leaves the drafts.
 */
export async function adoptScenario(
  env: ScenarioEnv,
  who: User | null,
  args: { id: string; expectedVersion: number },
  info: ChangeInfo,
): Promise<MutationResult> {
  const user = editor(who);
  const p = await env.model.current();
  const scenario = p.scenarios.get(args.id);
  if (!scenario) throw new AppError('NOT_FOUND', `No scenario with id "${args.id}".`, { argument: 'id' });
  if (scenario.changes.length === 0) {
    throw new AppError('BAD_USER_INPUT', `Scenario ${scenario.id} has no changes to adopt.`, { field: 'id' });
  }
  // Every change still holds on the map and lies in the adopter's provinces, before anything is written.
  assertChangesHold(await changeChecks(env, user), new DraftState(p.rows, []), scenario.changes);
  const changes = effectiveChanges(scenario.changes);
  const organisations = [...new Set(scenario.changes.flatMap(organisationsOf))];
  const meta = changeMeta(
    user,
    info,
    'ADOPT_SCENARIO',
    `adopted scenario ${scenario.id} (${scenario.title}): ${scenario.changes.length} change(s)`,
    organisations,
  );
  const folded = await env.db.writeTx('scenarios/adopt-scenario', async (tx) => {
    await adoption.takeScenario(tx, scenario.id, args.expectedVersion);
    const live = await adoption.findChangesSince(tx, earliestChange(scenario.changes, scenario.createdAt), [
      ...new Set(scenario.changes.flatMap(idsOf)),
    ]);
    const conflicts = adoptionConflicts(scenario.changes, scenario.createdAt, live);
    if (conflicts.length > 0) {
      throw new AppError(
        'CONFLICT',
        `Scenario ${scenario.id} cannot be adopted: the live map changed since ${conflicts.length === 1 ? 'a change was' : 'changes were'} added (${conflicts
          .map((x) => `${x.change} "${x.summary}": change ${x.liveChange} by ${x.user} at ${x.at}, ${x.liveSummary}`)
          .join('; ')}). Check the scenario's impact again, then remove those changes and add them anew.`,
        { conflicts },
      );
    }
    const stepEnv: EditEnv = { db: inTransaction(tx, env.db), reference: env.reference };
    const parts: string[] = [];
    for (const c of changes) {
      const stepInfo: ChangeInfo = { source: c.source, comment: c.note };
      try {
        for (const step of await stepsOf(tx, c)) parts.push((await step(stepEnv, user, stepInfo)).changeId);
      } catch (e) {
        throw ofChange(c, e);
      }
    }
    return adoption.foldAdoption(tx, meta, parts);
  });
  return { changeId: folded.id, organisationId: null };
}
