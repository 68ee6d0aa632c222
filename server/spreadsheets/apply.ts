import { randomUUID } from 'node:crypto';
import type { User } from '../auth/users.ts';
import { beyondTransactionLimits, type Db } from '../db/run.ts';
import { AppError } from '../errors.ts';
import { inSpreadsheetImport, type SpreadsheetWriter, type WriteStamp } from '../repos/spreadsheet-writes.ts';
import type { ImportPlan } from './plan.ts';
import type { EntityKind, PlannedWrite } from './planned-write.ts';
import type { Props } from './state.ts';

/** Rows per UNWIND query: large enough to be fast, small enough to keep each statement's memory modest. */
export const WRITE_BATCH = 2500;

export interface ApplyOptions {
  readonly user: User;
  readonly source: string;
  readonly comment: string | null;
  /** One line for the audit trail. */
  readonly summary: string;
}

export interface ApplyResult {
  readonly changeId: string;
  /** The ids given to new referrals without one: plan key (`new:…`) → `rel-user-<uuid>`. */
  readonly assigned: ReadonlyMap<string, string>;
}

const LABEL: Partial<Record<EntityKind, string>> = { organisation: 'Organisation', service: 'Activity' };
const EDGE: Partial<Record<EntityKind, { type: string; fromLabel: string; toLabel: string; identity: string | null }>> =
  {
    coverage: { type: 'COVERS', fromLabel: 'Organisation', toLabel: 'Region', identity: null },
    serves: { type: 'SERVES', fromLabel: 'Organisation', toLabel: 'TargetGroup', identity: 'key' },
    referral: { type: 'REFERS_TO', fromLabel: 'Organisation', toLabel: 'Organisation', identity: 'relId' },
    // As the editing API records a mapping (editing/entities.ts), so a revert treats both alike.
    mapping: { type: 'MAPPED_FOR', fromLabel: 'Region', toLabel: 'TargetGroup', identity: null },
  };

/** The STATE edge's properties for a fact (cypher/README.md "Editing: versions and the audit trail"). */
export function stateMeta(w: PlannedWrite, key: string): Props {
  const edge = EDGE[w.kind];
  const base = { entity: `${w.kind}:${key}`, kind: w.kind, key };
  if (!edge) return { ...base, label: LABEL[w.kind] };
  return {
    ...base,
    type: edge.type,
    fromId: w.from,
    toId: w.to,
    fromLabel: edge.fromLabel,
    toLabel: edge.toLabel,
    ...(edge.identity ? { identity: edge.identity } : {}),
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const EMPTY_LOCK = {
  organisations: [],
  coverage: [],
  serves: [],
  services: [],
  referrals: [],
  newOrganisations: [],
  newCoverage: [],
  newServes: [],
  newServices: [],
  newReferrals: [],
  newPairs: [],
  mappings: [],
  newMappings: [],
};

type Keyed = PlannedWrite & { realKey: string };

/** The lock query's parameter for one kind of write (an update and a delete lock what is there alike). */
function lockParams(kind: EntityKind, op: PlannedWrite['op'], ws: readonly Keyed[]): Record<string, unknown> {
  if (op !== 'create') {
    const name = {
      organisation: 'organisations',
      coverage: 'coverage',
      serves: 'serves',
      service: 'services',
      referral: 'referrals',
      mapping: 'mappings',
    }[kind];
    return {
      [name]: ws.map((w) => ({
        key: w.realKey,
        meta: stateMeta(w, w.realKey),
        org: w.from,
        // A mapping's edge starts at its region; coverage ends at one.
        region: kind === 'mapping' ? w.from : w.to,
        group: w.to,
        from: w.from,
        to: w.to,
      })),
    };
  }
  switch (kind) {
    case 'organisation':
      return { newOrganisations: ws.map((w) => w.realKey) };
    case 'service':
      return { newServices: ws.map((w) => w.realKey) };
    case 'coverage':
      return { newCoverage: ws.map((w) => ({ org: w.from, region: w.to })) };
    case 'serves':
      return { newServes: ws.map((w) => ({ org: w.from, key: w.realKey })) };
    case 'referral':
      return {
        newReferrals: ws.filter((w) => !w.key.startsWith('new:')).map((w) => ({ from: w.from, relId: w.realKey })),
        newPairs: ws
          .filter((w) => w.key.startsWith('new:'))
          .map((w) => ({ from: w.from, to: w.to, kind: w.set['kind'] })),
      };
    case 'mapping':
      return { newMappings: ws.map((w) => ({ region: w.from, group: w.to })) };
  }
}

/** The write query's row for a planned write. */
function writeRow(w: Keyed): Props {
  const meta = stateMeta(w, w.realKey);
  const set = w.kind === 'referral' && w.op === 'create' ? { ...w.set, relId: w.realKey } : w.set;
  switch (w.kind) {
    case 'organisation':
      return { key: w.realKey, set, mirror: w.mirror, meta };
    case 'service': {
      const run = {
        owner: true,
        provenance: 'user',
        validFrom: w.set['validFrom'] ?? null,
        validTo: w.set['validTo'] ?? null,
      };
      return { key: w.realKey, owner: w.from, create: w.op === 'create', set, run, mirror: w.mirror, meta };
    }
    case 'coverage':
      return { org: w.from, region: w.to, set, meta };
    case 'serves':
      return { org: w.from, group: w.to, key: w.realKey, set, meta };
    case 'referral':
      return { from: w.from, to: w.to, key: w.realKey, set, meta };
    case 'mapping':
      return { region: w.from, group: w.to, set, meta };
  }
}

const KIND_ORDER: readonly EntityKind[] = ['organisation', 'coverage', 'serves', 'service', 'referral', 'mapping'];

async function lockAndCompare(w: SpreadsheetWriter, changeId: string, writes: readonly Keyed[]): Promise<void> {
  const locked = new Map<string, number>();
  const appeared: string[] = [];
  for (const kind of KIND_ORDER) {
    for (const op of ['update', 'delete', 'create'] as const) {
      const group = writes.filter((w) => w.kind === kind && w.op === op);
      for (const batch of chunks(group, WRITE_BATCH)) {
        const row = await w.lockEntities({ ...EMPTY_LOCK, ...lockParams(kind, op, batch), changeId });
        for (const l of row?.locked ?? []) locked.set(`${l.kind}:${l.key}`, l.version);
        appeared.push(...(row?.appeared ?? []));
      }
    }
  }
  const conflicts: { entity: string; reason: string }[] = appeared.map((entity) => ({
    entity,
    reason: 'exists now; the plan would have created it',
  }));
  for (const w of writes.filter((x) => x.op !== 'create')) {
    const entity = `${w.kind}:${w.realKey}`;
    const now = locked.get(entity);
    if (now === undefined) conflicts.push({ entity, reason: 'removed since the plan was made' });
    else if (now !== w.version) {
      conflicts.push({ entity, reason: `changed since the plan was made (version ${w.version} then, ${now} now)` });
    }
  }
  if (conflicts.length > 0) {
    throw new AppError(
      'CONFLICT',
      `The map changed while the import was being applied (${conflicts
        .slice(0, 5)
        .map((c) => `${c.entity}: ${c.reason}`)
        .join(
          '; ',
        )}${conflicts.length > 5 ? `; and ${conflicts.length - 5} more` : ''}); nothing was written. Run the dry run again.`,
      { conflicts },
    );
  }
}

/**
 * Writes a plan in ONE transaction: creates the Change, locks every fact it changes and compares their versions
 * with the plan's (CONFLICT when one moved or a fact to create appeared), records the before states, writes with
 * batched UNWIND queries (organisations first) and records the after states. All or nothing.
 */
export async function applyPlan(db: Db, plan: ImportPlan, opts: ApplyOptions): Promise<ApplyResult> {
  const assigned = new Map<string, string>();
  const writes: Keyed[] = plan.writes.map((w) => {
    if (!w.key.startsWith('new:')) return { ...w, realKey: w.key };
    const id = `rel-user-${randomUUID()}`;
    assigned.set(w.key, id);
    return { ...w, realKey: id };
  });
  const changeId = randomUUID();
  const organisations = [...new Set(writes.flatMap((w) => w.organisations))].sort();
  const change = {
    id: changeId,
    user: opts.user.name,
    role: opts.user.role,
    action: 'IMPORT',
    summary: opts.summary,
    source: opts.source,
    ...(opts.comment ? { comment: opts.comment } : {}),
    organisations,
    importId: plan.planHash,
  };
  try {
    await writeAll(db, writes, changeId, change, opts.user);
  } catch (e) {
    throw beyondTransactionLimits(e) ? tooLargeForOneTransaction(writes.length, e) : e;
  }
  return { changeId, assigned };
}

function tooLargeForOneTransaction(facts: number, e: unknown): AppError {
  return new AppError(
    'BAD_USER_INPUT',
    `Writing the ${facts} facts of this file took more time or memory than one database transaction may have, so nothing was written: split the file into smaller ones (for example one sheet, or a part of the rows, at a time).`,
    { facts },
    { cause: e },
  );
}

async function writeAll(db: Db, writes: readonly Keyed[], changeId: string, change: Props, user: User): Promise<void> {
  await inSpreadsheetImport(db, async (w) => {
    await w.createChange(change);
    await lockAndCompare(w, changeId, writes);
    const stamp = { changeId, now: new Date().toISOString(), by: user.name };
    for (const kind of KIND_ORDER) {
      for (const op of ['write', 'delete'] as const) {
        const group = writes.filter((x) => x.kind === kind && (x.op === 'delete') === (op === 'delete'));
        // Only mappings have deletes: other rows never delete.
        if (group.length > 0 && (op === 'write' || kind === 'mapping')) await writeBatches(w, op, kind, group, stamp);
      }
    }
  });
}

/** Runs the writes or deletes of one kind in batches; every row must have been written. */
async function writeBatches(
  w: SpreadsheetWriter,
  op: 'write' | 'delete',
  kind: EntityKind,
  group: readonly Keyed[],
  stamp: WriteStamp,
): Promise<void> {
  for (const batch of chunks(group, WRITE_BATCH)) {
    const rows = batch.map(writeRow);
    const written = op === 'delete' ? await w.deleteMappings(rows, stamp) : await w.merge(kind, rows, stamp);
    if (written !== batch.length) {
      throw new AppError(
        'CONFLICT',
        `The map changed while the import was being applied: an organisation, region or target group that ${kind} rows refer to no longer exists; nothing was written. Run the dry run again.`,
        { kind },
      );
    }
  }
}
