import type { Db } from '../db/run.ts';
import { str, type RecordRow } from './record-row.ts';

export type Props = Record<string, unknown>;

/**
 * What the database holds of everything a file names (cypher/spreadsheets/find-state.cypher). `props` hold the
 * properties the import compares, and `version`; an absent property is null.
 */
export interface ImportState {
  readonly organisations: readonly { id: string; props: Props; coverage: string[] }[];
  readonly coverage: readonly { org: string; region: string; props: Props }[];
  readonly serves: readonly { org: string; group: string; props: Props }[];
  readonly services: readonly {
    id: string;
    props: Props;
    owners: string[];
    targetGroups: string[];
    regions: string[];
  }[];
  readonly relations: readonly { relId: string; type: string; from: string; to: string; props: Props }[];
  readonly pairReferrals: readonly { from: string; to: string; props: Props }[];
  /** Where a source looked (MAPPED_FOR), for the region × target group pairs the rows name. */
  readonly mappings: readonly { region: string; group: string; props: Props }[];
}

/** The parameters of the state query: every id, pair and edge the rows name, each once. */
export interface StateRequest {
  orgIds: string[];
  coverage: { org: string; region: string }[];
  serves: { org: string; group: string }[];
  serviceIds: string[];
  relIds: string[];
  pairs: { from: string; to: string }[];
  mappings: { region: string; group: string }[];
}

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const i of items) if (!seen.has(key(i))) seen.set(key(i), i);
  return [...seen.values()];
}

/** Collects what the state query must fetch for these rows. */
export function stateRequest(records: readonly RecordRow[]): StateRequest {
  const orgIds: string[] = [];
  const coverage: { org: string; region: string }[] = [];
  const serves: { org: string; group: string }[] = [];
  const serviceIds: string[] = [];
  const relIds: string[] = [];
  const pairs: { from: string; to: string }[] = [];
  const mappings: { region: string; group: string }[] = [];
  for (const r of records) {
    const org = str(r, 'organisation');
    if (org) orgIds.push(org);
    switch (r.entity) {
      case 'organisations': {
        const id = str(r, 'id');
        if (id) orgIds.push(id);
        break;
      }
      case 'coverage': {
        const region = str(r, 'region');
        if (org && region) coverage.push({ org, region });
        break;
      }
      case 'serves': {
        const group = str(r, 'targetGroup');
        if (org && group) serves.push({ org, group });
        break;
      }
      case 'services': {
        const id = str(r, 'id');
        if (id) serviceIds.push(id);
        break;
      }
      case 'referrals': {
        const id = str(r, 'id');
        const from = str(r, 'from');
        const to = str(r, 'to');
        if (id) relIds.push(id);
        if (from) orgIds.push(from);
        if (to) orgIds.push(to);
        // Only a row without id is matched by its ends.
        if (!id && from && to) pairs.push({ from, to });
        break;
      }
      case 'mappings': {
        const region = str(r, 'region');
        const group = str(r, 'targetGroup');
        if (region && group) mappings.push({ region, group });
        break;
      }
    }
  }
  return {
    orgIds: [...new Set(orgIds)],
    coverage: uniqueBy(coverage, (c) => `${c.org}|${c.region}`),
    serves: uniqueBy(serves, (s) => `${s.org}|${s.group}`),
    serviceIds: [...new Set(serviceIds)],
    relIds: [...new Set(relIds)],
    pairs: uniqueBy(pairs, (p) => `${p.from}|${p.to}`),
    mappings: uniqueBy(mappings, (m) => `${m.region}|${m.group}`),
  };
}

interface StateRow {
  kind: 'organisation' | 'coverage' | 'serves' | 'service' | 'relation' | 'pair' | 'mapping';
  id: string | null;
  from: string | null;
  to: string | null;
  type: string | null;
  props: Props;
  coverage: string[] | null;
  owners: string[] | null;
  targetGroups: string[] | null;
  regions: string[] | null;
}

/** Reads the current state of everything the rows name, in one query. */
export async function findImportState(db: Db, request: StateRequest): Promise<ImportState> {
  const rows = await db.read<StateRow & Record<string, unknown>>('spreadsheets/find-state', { ...request });
  const state = {
    organisations: [] as { id: string; props: Props; coverage: string[] }[],
    coverage: [] as { org: string; region: string; props: Props }[],
    serves: [] as { org: string; group: string; props: Props }[],
    services: [] as ImportState['services'][number][],
    relations: [] as ImportState['relations'][number][],
    pairReferrals: [] as { from: string; to: string; props: Props }[],
    mappings: [] as { region: string; group: string; props: Props }[],
  };
  for (const r of rows) {
    switch (r.kind) {
      case 'organisation':
        state.organisations.push({ id: r.id!, props: r.props, coverage: r.coverage ?? [] });
        break;
      case 'coverage':
        state.coverage.push({ org: r.from!, region: r.to!, props: r.props });
        break;
      case 'serves':
        state.serves.push({ org: r.from!, group: r.to!, props: r.props });
        break;
      case 'service':
        state.services.push({
          id: r.id!,
          props: r.props,
          owners: r.owners ?? [],
          targetGroups: r.targetGroups ?? [],
          regions: r.regions ?? [],
        });
        break;
      case 'relation':
        state.relations.push({ relId: r.id!, type: r.type!, from: r.from!, to: r.to!, props: r.props });
        break;
      case 'pair':
        state.pairReferrals.push({ from: r.from!, to: r.to!, props: r.props });
        break;
      case 'mapping':
        state.mappings.push({ region: r.from!, group: r.to!, props: r.props });
        break;
    }
  }
  return state;
}
