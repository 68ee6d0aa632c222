import type { Params, TxRunner } from '../db/run.ts';
import { judgedScenarioWrite, type ScenarioVersionRow } from './scenario-writes.ts';

// A scenario's adoption reads and writes inside ONE transaction (server/editing/scenario-adoption.ts): the scenario
// is taken off the drafts at the version the adopter holds, the audit trail is read for what changed underneath, each
// change's facts are read as the changes before it left them, and the edits' records are folded into one change.

/** A fact a change of the audit trail touched, as cypher/scenarios/find-changes-since.cypher lists it. */
export interface TouchedFact {
  /** The relationship's type (SERVES, COVERS, REFERS_TO, …); null for a node. */
  type: string | null;
  key: string;
  fromId: string | null;
  toId: string | null;
  /** The change made it (no state before). */
  created: boolean;
  /** The change removed it (no state after). */
  deleted: boolean;
}

/** A change of the audit trail since a moment. */
export interface LiveChange {
  id: string;
  at: string;
  user: string;
  action: string;
  summary: string;
  facts: TouchedFact[];
}

/** The changes since `since` (ISO) that touched one of the organisations or services (by id), oldest first. */
export function findChangesSince(tx: TxRunner, since: string, ids: readonly string[]) {
  return tx.run<LiveChange & Params>('scenarios/find-changes-since', { since, ids });
}

/** What one change's facts are on the map now (cypher/scenarios/find-adoption-facts.cypher). */
export interface AdoptionFacts {
  organisationVersion: number | null;
  statements: { key: string; version: number }[];
  coverageVersion: number | null;
  referrals: { id: string; version: number }[];
  /** The service's version and last year (null when there is none). */
  serviceVersion: number | null;
  serviceValidTo: number | null;
}

export interface FactsAsked {
  org?: string | null;
  targetGroup?: string | null;
  scope?: string | null;
  region?: string | null;
  from?: string | null;
  to?: string | null;
  service?: string | null;
}

export async function findAdoptionFacts(tx: TxRunner, asked: FactsAsked): Promise<AdoptionFacts> {
  const params = {
    org: null,
    targetGroup: null,
    scope: null,
    region: null,
    from: null,
    to: null,
    service: null,
    ...asked,
  };
  const [row] = await tx.run<AdoptionFacts & Params>('scenarios/find-adoption-facts', params);
  return row!;
}

/** Takes the scenario off the drafts at the version the adopter holds (NOT_FOUND, CONFLICT otherwise). */
export async function takeScenario(tx: TxRunner, id: string, expectedVersion: number): Promise<void> {
  const [row] = await tx.run<ScenarioVersionRow & Params>('scenarios/delete-scenario', { id, expectedVersion });
  judgedScenarioWrite(row, id, expectedVersion);
}

/** Folds the edits' changes (`parts`, in order) into the adoption's one change; returns the organisations. */
export async function foldAdoption(tx: TxRunner, change: Params, parts: readonly string[]) {
  const [row] = await tx.run<{ id: string; organisations: string[]; facts: number }>('scenarios/fold-adoption', {
    change,
    parts,
  });
  return row!;
}
