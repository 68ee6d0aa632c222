import type { ProjectionRows } from '../repos/projection/projection.ts';
import type { ScenarioChange } from '../repos/projection/scenarios.ts';

// The map as a scenario's changes leave it, as far as checking the next change needs: which organisations, coverage,
// statements, referrals and services there are. Built from the live projection's rows and the changes before, then
// kept up to date as each change is applied in turn (scenario-changes.ts checks the changes against it).

/** What the checks need to know of the map, kept up to date as each change is applied in turn. */
export class DraftState {
  private readonly organisations = new Map<string, { genericGroup: boolean }>();
  private readonly coverage = new Map<string, Set<string>>();
  private readonly statements = new Set<string>();
  private readonly referrals = new Set<string>();
  private readonly services = new Map<string, DraftService>();

  constructor(rows: ProjectionRows, changes: readonly ScenarioChange[]) {
    for (const o of rows.organisations) this.organisations.set(o.id, { genericGroup: o.genericGroup });
    for (const x of rows.services) {
      this.services.set(x.id, {
        organisations: [...x.organisations],
        status: x.status,
        validFrom: x.validFrom,
        validTo: x.validTo,
      });
    }
    for (const c of rows.covers) this.regionsOf(c.organisation).add(c.region);
    for (const s of rows.statements) {
      if (s.collective === null) this.statements.add(statementKey(s.organisation, s.targetGroup, scopeOf(s.serving)));
    }
    for (const r of rows.referrals) this.referrals.add(`${r.from}>${r.to}`);
    for (const c of changes) this.apply(c);
  }

  has(id: string): boolean {
    return this.organisations.has(id);
  }

  isCollective(id: string): boolean {
    return this.organisations.get(id)?.genericGroup === true;
  }

  regionsOf(id: string): Set<string> {
    let set = this.coverage.get(id);
    if (!set) this.coverage.set(id, (set = new Set()));
    return set;
  }

  hasStatement(org: string, group: string, scope: string | null): boolean {
    return this.statements.has(statementKey(org, group, scope));
  }

  hasReferral(from: string, to: string): boolean {
    return this.referrals.has(`${from}>${to}`);
  }

  /** The service as the changes so far leave it, or undefined when there is none with this id. */
  service(id: string): DraftService | undefined {
    return this.services.get(id);
  }

  /** Why the change cannot be made to the map as it stands (the field concerned and why), or null. */
  problem(c: ScenarioChange): { field: string; value: string; message: string } | null {
    const missing = (field: string, id: string) =>
      this.has(id)
        ? null
        : { field, value: id, message: 'is no organisation on the map (as the changes before it leave it)' };
    switch (c.kind) {
      case 'SET_SERVES':
        return missing('organisation', c.organisation);
      case 'REMOVE_SERVES':
        return (
          missing('organisation', c.organisation) ??
          (this.hasStatement(c.organisation, c.targetGroup, c.scope)
            ? null
            : {
                field: 'targetGroup',
                value: c.targetGroup,
                message: `${c.organisation} has no statement of its own for it${c.scope ? ` limited to ${c.scope}` : ''}`,
              })
        );
      case 'ADD_COVERAGE':
        return (
          missing('organisation', c.organisation) ??
          (this.regionsOf(c.organisation).has(c.region)
            ? { field: 'region', value: c.region, message: `${c.organisation} covers it already` }
            : null)
        );
      case 'REMOVE_COVERAGE':
        return (
          missing('organisation', c.organisation) ??
          (this.regionsOf(c.organisation).has(c.region)
            ? null
            : { field: 'region', value: c.region, message: `${c.organisation} does not cover it` })
        );
      case 'ADD_REFERRAL':
        return missing('from', c.from) ?? missing('to', c.to);
      case 'REMOVE_REFERRAL':
        return (
          missing('from', c.from) ??
          missing('to', c.to) ??
          (this.hasReferral(c.from, c.to)
            ? null
            : { field: 'to', value: c.to, message: `${c.from} does not refer to it` })
        );
      case 'ADD_ORGANISATION':
        return this.has(c.organisation)
          ? { field: 'organisation', value: c.organisation, message: 'is an organisation on the map already' }
          : null;
      case 'REMOVE_ORGANISATION':
      case 'UPDATE_ORGANISATION':
        return missing('organisation', c.organisation);
      case 'ADD_SERVICE':
        return (
          missing('organisation', c.organisation) ??
          (this.services.has(c.service)
            ? { field: 'service', value: c.service, message: 'is a service on the map already' }
            : null)
        );
      case 'UPDATE_SERVICE':
      case 'REMOVE_SERVICE':
        return this.services.has(c.service)
          ? null
          : {
              field: 'service',
              value: c.service,
              message: 'is no service on the map (as the changes before it leave it)',
            };
    }
  }

  apply(c: ScenarioChange): void {
    switch (c.kind) {
      case 'SET_SERVES':
        this.statements.add(statementKey(c.organisation, c.targetGroup, c.scope));
        break;
      case 'REMOVE_SERVES':
        this.statements.delete(statementKey(c.organisation, c.targetGroup, c.scope));
        break;
      case 'ADD_COVERAGE':
        this.regionsOf(c.organisation).add(c.region);
        break;
      case 'REMOVE_COVERAGE':
        this.regionsOf(c.organisation).delete(c.region);
        break;
      case 'ADD_REFERRAL':
        this.referrals.add(`${c.from}>${c.to}`);
        break;
      case 'REMOVE_REFERRAL':
        this.referrals.delete(`${c.from}>${c.to}`);
        break;
      case 'ADD_ORGANISATION':
        this.organisations.set(c.organisation, { genericGroup: false });
        if (c.region) this.regionsOf(c.organisation).add(c.region);
        break;
      case 'REMOVE_ORGANISATION':
        this.organisations.delete(c.organisation);
        this.coverage.delete(c.organisation);
        for (const k of [...this.statements]) if (k.startsWith(`${c.organisation}|`)) this.statements.delete(k);
        for (const k of [...this.referrals]) {
          const [from, to] = k.split('>');
          if (from === c.organisation || to === c.organisation) this.referrals.delete(k);
        }
        for (const [id, x] of this.services) {
          x.organisations = x.organisations.filter((o) => o !== c.organisation);
          if (x.organisations.length === 0) this.services.delete(id);
        }
        break;
      case 'UPDATE_ORGANISATION':
        break;
      case 'ADD_SERVICE':
        this.services.set(c.service, {
          organisations: [c.organisation],
          status: c.status,
          validFrom: c.validFrom,
          validTo: c.validTo,
        });
        break;
      case 'UPDATE_SERVICE': {
        const x = this.services.get(c.service);
        if (x) {
          x.status = c.status ?? x.status;
          x.validFrom = c.validFrom ?? x.validFrom;
          x.validTo = c.validTo ?? x.validTo;
        }
        break;
      }
      case 'REMOVE_SERVICE':
        this.services.delete(c.service);
        break;
    }
  }
}

/** What the checks keep of a service: who runs it and its lifecycle. */
interface DraftService {
  organisations: string[];
  status: string | null;
  validFrom: number | null;
  validTo: number | null;
}

const statementKey = (org: string, group: string, scope: string | null) => `${org}|${group}|${scope ?? ''}`;
const scopeOf = (serving: Record<string, unknown>) => (typeof serving['scope'] === 'string' ? serving['scope'] : null);
