import DataLoader from 'dataloader';
import type { Logger } from 'pino';
import type { AuthSettings } from '../auth/authenticate.ts';
import type { User } from '../auth/users.ts';
import type { Db } from '../db/run.ts';
import { findHistories, type ChangeRecord } from '../repos/changes.ts';
import { findBudgets, findFigures, type BudgetRecord, type FigureRecord } from '../repos/figures.ts';
import { findOrganisations, type OrganisationRecord } from '../repos/organisations.ts';
import type { GraphSlices } from '../repos/graph-slices.ts';
import type { ReadModel } from '../repos/projection/store.ts';
import type { ReferenceData } from '../repos/reference-data.ts';

// The reference data's cache lives with the repos that fill it; re-exported for the HTTP layer and tests.
export { createReferenceData, type ReferenceData } from '../repos/reference-data.ts';

/** What every resolver receives. */
export interface GraphQLContext {
  readonly db: Db;
  readonly log: Logger;
  readonly reference: ReferenceData;
  /** The projection whoServes, coverage, overlaps, referral gaps and conformance are answered from, kept current. */
  readonly model: ReadModel;
  /** Graph slices, read from Neo4j and remembered per version of the map. */
  readonly graphSlices: GraphSlices;
  /** The signed-in user, null when anonymous. */
  readonly user: User | null;
  readonly auth: AuthSettings;
  /** Organisation records by id, batched: all the lookups of one request tick become one query. */
  readonly organisations: DataLoader<string, OrganisationRecord | null>;
  /** Organisation histories by `id|limit`, batched like `organisations`: one query for a page of organisations. */
  readonly histories: DataLoader<string, ChangeRecord[]>;
  /** The report's figures by organisation id, batched like `histories`. */
  readonly figures: DataLoader<string, FigureRecord[]>;
  /** Budget rows by organisation id, batched like `histories`. */
  readonly budgets: DataLoader<string, BudgetRecord[]>;
  /**
   * Filled by the answer cache when this request's response may be kept as sent: the version of the map it was worked
   * out for (server/http/kept-responses.ts). A box, so that the copy of the context Apollo hands the plugins shares it.
   */
  readonly keep: { version: Record<string, unknown> | null };
}

/** A fresh context for one request. */
export function createContext(
  db: Db,
  log: Logger,
  { reference, model, graphSlices }: { reference: ReferenceData; model: ReadModel; graphSlices: GraphSlices },
  auth: AuthSettings,
  user: User | null,
): GraphQLContext {
  return {
    db,
    log,
    reference,
    model,
    graphSlices,
    auth,
    user,
    keep: { version: null },
    organisations: new DataLoader(async (ids) => {
      const { page } = await findOrganisations(db, { ids, limit: ids.length });
      const byId = new Map(page.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    histories: new DataLoader(async (keys) => {
      // Keys are `id|limit`; a request normally asks one limit, so this is one query.
      const parsed = keys.map((k) => ({
        id: k.slice(0, k.lastIndexOf('|')),
        limit: Number(k.slice(k.lastIndexOf('|') + 1)),
      }));
      const results = new Map<number, Map<string, ChangeRecord[]>>();
      for (const limit of new Set(parsed.map((p) => p.limit))) {
        results.set(
          limit,
          await findHistories(db, [...new Set(parsed.filter((p) => p.limit === limit).map((p) => p.id))], limit),
        );
      }
      return parsed.map((p) => results.get(p.limit)?.get(p.id) ?? []);
    }),
    figures: new DataLoader(async (ids) => {
      const found = await findFigures(db, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    budgets: new DataLoader(async (ids) => {
      const found = await findBudgets(db, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}
