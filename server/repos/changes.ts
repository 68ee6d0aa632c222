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
  organisation?: string | null;
  user?: string | null;
  limit: number;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Changes matching the filters, newest first, with their before/after states; one round trip. */
export async function findChanges(db: Db, q: ChangeQuery): Promise<ChangeRecord[]> {
  const rows = await db.read<{ change: Props; entities: ChangeRecord['entities'] }>('edit/list-changes', {
    id: q.id ?? null,
    since: q.since ?? null,
    organisation: q.organisation ?? null,
    user: q.user ?? null,
    limit: q.limit,
  });
  return rows.map(({ change: c, entities }) => ({
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
  }));
}
