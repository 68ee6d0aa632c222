import type { LiveChange, TouchedFact } from '../repos/scenario-adoption-writes.ts';
import { changeSummary, organisationsOf, type ScenarioChange } from '../repos/projection/scenarios.ts';

// What a scenario's adoption works out before it writes, without the database: which changes still have an effect
// once the scenario has run to its end, and which of them the live map has changed underneath since they were made.

/**
 * The changes that still do something at the end: one about an organisation that a later change removes is moot (the
 * removal takes its statements, coverage and referrals with it), and an organisation the scenario adds and removes
 * again leaves nothing. The map as if they were made is the same; the audit trail records each fact once.
 */
export function effectiveChanges(changes: readonly ScenarioChange[]): ScenarioChange[] {
  const removedAfter = new Map<string, number>();
  changes.forEach((c, i) => {
    if (c.kind === 'REMOVE_ORGANISATION') removedAfter.set(c.organisation, i);
  });
  const addedBefore = (org: string, i: number) =>
    changes.slice(0, i).some((c) => c.kind === 'ADD_ORGANISATION' && c.organisation === org);
  return changes.filter((c, i) => {
    // The removal of an organisation the scenario added leaves nothing; that of a live one stays.
    if (c.kind === 'REMOVE_ORGANISATION') return !addedBefore(c.organisation, i);
    return !organisationsOf(c).some((o) => (removedAfter.get(o) ?? -1) > i);
  });
}

/** A fact the live map changed since a scenario change was made, which that change is about. */
export interface AdoptionConflict {
  /** The scenario change (`c2`) and what it does in words. */
  change: string;
  summary: string;
  /** The live change of the audit trail, who made it, when and what it did. */
  liveChange: string;
  user: string;
  at: string;
  liveSummary: string;
}

/** Whether a fact the live change touched is one the scenario change is about. */
function concerns(c: ScenarioChange, f: TouchedFact): boolean {
  const org = (id: string) => f.type === null && f.key === id;
  const appearedOrWent = (id: string) => org(id) && (f.created || f.deleted);
  const edge = (type: string, from: string, to: string) => f.type === type && f.fromId === from && f.toId === to;
  // A service's node, or a relationship of it (its groups, its regions, who runs it).
  const service = (id: string) => (f.type === null && f.key === id) || f.fromId === id || f.toId === id;
  switch (c.kind) {
    case 'SET_SERVES':
    case 'REMOVE_SERVES':
      return appearedOrWent(c.organisation) || edge('SERVES', c.organisation, c.targetGroup);
    case 'ADD_COVERAGE':
    case 'REMOVE_COVERAGE':
      return appearedOrWent(c.organisation) || edge('COVERS', c.organisation, c.region);
    case 'ADD_REFERRAL':
    case 'REMOVE_REFERRAL':
      return appearedOrWent(c.from) || appearedOrWent(c.to) || edge('REFERS_TO', c.from, c.to);
    case 'ADD_ORGANISATION':
      return org(c.organisation);
    case 'REMOVE_ORGANISATION':
      return org(c.organisation) || f.fromId === c.organisation || f.toId === c.organisation;
    case 'UPDATE_ORGANISATION':
      return org(c.organisation);
    case 'ADD_SERVICE':
    case 'UPDATE_SERVICE':
    case 'REMOVE_SERVICE':
      return appearedOrWent(c.organisation) || service(c.service);
  }
}

/** The ids a change is about, as the audit trail keys them: its organisations, and a service's id. */
export function idsOf(c: ScenarioChange): string[] {
  return 'service' in c ? [...organisationsOf(c), c.service] : organisationsOf(c);
}

/**
 * The live changes made after each scenario change (after `createdAt` for one without its own moment) that touched a
 * fact it is about: what the map changed underneath the scenario. Empty: the scenario may be adopted.
 */
export function adoptionConflicts(
  changes: readonly ScenarioChange[],
  createdAt: string,
  live: readonly LiveChange[],
): AdoptionConflict[] {
  const out: AdoptionConflict[] = [];
  for (const c of changes) {
    const since = Date.parse(c.at ?? createdAt);
    for (const l of live) {
      if (Date.parse(l.at) <= since || !l.facts.some((f) => concerns(c, f))) continue;
      out.push({
        change: c.id,
        summary: changeSummary(c),
        liveChange: l.id,
        user: l.user,
        at: l.at,
        liveSummary: l.summary,
      });
    }
  }
  return out;
}

/** The earliest moment any of the changes was made: the audit trail is read from there. */
export function earliestChange(changes: readonly ScenarioChange[], createdAt: string): string {
  return changes.map((c) => c.at ?? createdAt).reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a), createdAt);
}
