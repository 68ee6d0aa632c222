import type { Db } from '../db/run.ts';

type Props = Record<string, unknown>;

/** An entry of the audit trail as the API shows it. */
export interface ChangeRecord {
  id: string;
  at: string;
  user: string;
  action: string;
  summary: string;
  source: string;
  comment: string | null;
  organisations: string[];
  revertOf: string | null;
  revertedBy: string | null;
  entities: { kind: string; key: string; before: Props | null; after: Props | null }[];
}

export interface ChangeQuery {
  id?: string | null;
  since?: string | null;
  /** Only changes touching one of these organisations; `limit` then counts per organisation. */
  organisations?: readonly string[] | null;
  user?: string | null;
  limit: number;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Changes matching the filters, newest first, with their before/after states; one round trip. */
export async function findChanges(db: Db, q: ChangeQuery): Promise<ChangeRecord[]> {
  return (await findChangeRows(db, q)).map((r) => r.change);
}

/** The newest changes of each of several organisations (their histories), in one round trip. */
export async function findHistories(
  db: Db,
  organisations: readonly string[],
  limit: number,
): Promise<Map<string, ChangeRecord[]>> {
  const byOrganisation = new Map<string, ChangeRecord[]>(organisations.map((id) => [id, []]));
  for (const row of await findChangeRows(db, { organisations, limit })) {
    if (row.organisation !== null) byOrganisation.get(row.organisation)?.push(row.change);
  }
  return byOrganisation;
}

async function findChangeRows(db: Db, q: ChangeQuery) {
  const rows = await db.read<{ organisation: string | null; change: Props; entities: ChangeRecord['entities'] }>(
    'edit/list-changes',
    {
      id: q.id ?? null,
      since: q.since ?? null,
      organisations: q.organisations ?? null,
      user: q.user ?? null,
      limit: q.limit,
    },
  );
  return rows.map(({ organisation, change: c, entities }) => ({
    organisation,
    change: toChangeRecord(c, entities),
  }));
}

function toChangeRecord(c: Props, entities: ChangeRecord['entities']): ChangeRecord {
  return {
    id: String(c['id']),
    at: String(c['at']),
    user: String(c['user']),
    action: String(c['action']),
    summary: String(c['summary'] ?? ''),
    source: String(c['source'] ?? ''),
    comment: str(c['comment']),
    organisations: Array.isArray(c['organisations']) ? c['organisations'].map(String) : [],
    revertOf: str(c['revertOf']),
    revertedBy: str(c['revertedBy']),
    entities,
  };
}
