import { toRole } from '../domain/roles.ts';
import { enumValue, REFERRAL_KIND_VALUES, SERVICE_STATUS_VALUES } from '../domain/rules.ts';
import { servesKeyParts } from '../domain/serves-key.ts';
import type { ScenarioChangeInput } from '../graphql/generated/resolvers.ts';
import type { PlannedWrite } from './planned-write.ts';
import type { ImportError, RowReport } from './report.ts';

// A spreadsheet imported into a scenario instead of the map itself: its planned writes (plan.ts, the same checks as
// a live import) said as scenario changes. A scenario holds who serves whom, who covers where, who refers to whom,
// which organisations there are with their name, type and scale, and the services they run with their lifecycle
// (server/repos/projection/scenarios.ts); a row that changes anything else — an organisation's other fields, a
// coverage's details, a statement's phases, a service's description, a mapping — is an error naming its row, so
// nothing of the file is silently left out.

/** Bookkeeping every write carries, which a scenario change does not need to say. */
const BOOKKEEPING = [
  'id',
  'key',
  'relId',
  'sources',
  'provenance',
  'inferredFields',
  'version',
  'searchKey',
  'generic',
  'aliases',
];

/** What a scenario change says of each kind of fact, besides the bookkeeping. */
const SAID: Record<string, ReadonlySet<string>> = {
  organisation: new Set([...BOOKKEEPING, 'name', 'type', 'scale']),
  coverage: new Set([...BOOKKEEPING, 'partial']),
  serves: new Set([...BOOKKEEPING, 'role', 'scope']),
  referral: new Set([...BOOKKEEPING, 'kind', 'status', 'targetGroups']),
  service: new Set([...BOOKKEEPING, 'kind', 'name', 'status', 'validFrom', 'validTo', 'targetGroups', 'regions']),
};

/** The fields of an update a scenario change can set but not clear. */
const CLEARABLE_NOT: Record<string, readonly string[]> = {
  organisation: ['name', 'type', 'scale'],
  service: ['name', 'status', 'validFrom', 'validTo'],
};

const empty = (v: unknown) =>
  v === null || v === undefined || v === '' || v === false || (Array.isArray(v) && v.length === 0);

/** The fields a write gives a value that no scenario change can say. */
const unsaid = (w: PlannedWrite): string[] =>
  Object.keys(w.set).filter((k) => !(SAID[w.kind]?.has(k) ?? false) && !empty(w.set[k]));

/** The scenario changes of a plan's writes, in the plan's order, and the rows no scenario change can say. */
export function scenarioChangesOf(
  writes: readonly PlannedWrite[],
  rows: readonly RowReport[],
  source: string,
): { changes: ScenarioChangeInput[]; errors: ImportError[] } {
  const changes: ScenarioChangeInput[] = [];
  const errors: ImportError[] = [];
  const rowOf = (w: PlannedWrite) => rows.find((r) => r.key === w.key) ?? null;
  const refuse = (w: PlannedWrite, column: string | null, message: string) => {
    const row = rowOf(w);
    errors.push({ sheet: row?.sheet ?? null, row: row?.row ?? null, column, value: w.key, message });
  };
  // A new organisation's first coverage goes with it (a limited editor's new organisation must cover a region).
  const firstCoverage = new Map<string, PlannedWrite>();
  for (const w of writes) {
    if (w.kind === 'coverage' && w.op === 'create' && w.from && !firstCoverage.has(w.from))
      firstCoverage.set(w.from, w);
  }
  const taken = new Set<PlannedWrite>();
  for (const w of writes) {
    if (taken.has(w)) continue;
    const text = (k: string) => (typeof w.set[k] === 'string' ? (w.set[k] as string) : null);
    const list = (k: string) => (Array.isArray(w.set[k]) ? (w.set[k] as string[]) : null);
    const num = (k: string) => (typeof w.set[k] === 'number' ? (w.set[k] as number) : null);
    const said = w.op === 'create' || ['serves', 'service', 'organisation'].includes(w.kind);
    const extra = w.kind in SAID && said ? unsaid(w) : [];
    if (extra.length > 0) {
      refuse(
        w,
        extra[0]!,
        `a scenario cannot say a ${w.kind}'s ${extra.join(', ')}: leave ${extra.length > 1 ? 'them' : 'it'} empty, or import into the map itself`,
      );
      continue;
    }
    const cleared = w.op === 'update' ? (CLEARABLE_NOT[w.kind] ?? []).filter((k) => w.set[k] === null) : [];
    if (cleared.length > 0) {
      refuse(
        w,
        cleared[0]!,
        `a scenario cannot clear a ${w.kind}'s ${cleared.join(', ')}: import it into the map itself`,
      );
      continue;
    }
    const serviceStatus = () => enumValue(SERVICE_STATUS_VALUES, text('status'));
    switch (`${w.kind}:${w.op}`) {
      case 'organisation:create': {
        const first = firstCoverage.get(w.key);
        if (first) taken.add(first);
        changes.push({
          kind: 'ADD_ORGANISATION',
          organisation: w.key,
          name: text('name'),
          organisationType: text('type'),
          scale: text('scale'),
          region: first?.to ?? null,
          source,
        });
        break;
      }
      case 'coverage:create':
        changes.push({
          kind: 'ADD_COVERAGE',
          organisation: w.from,
          region: w.to,
          partial: w.set['partial'] === true,
          source,
        });
        break;
      case 'serves:create':
      case 'serves:update': {
        const role = text('role');
        if (!role) refuse(w, 'role', 'a scenario changes a statement by its role: this row changes no role');
        else {
          const parts = servesKeyParts(w.key);
          changes.push({
            kind: 'SET_SERVES',
            organisation: parts.organisation,
            targetGroup: parts.targetGroup,
            role: toRole(role),
            scope: parts.scope || null,
            source,
          });
        }
        break;
      }
      case 'referral:create': {
        const status = text('status');
        if (status !== null && status !== 'active') {
          refuse(w, 'status', `a scenario's referral is active; this row's is ${status}`);
          break;
        }
        changes.push({
          kind: 'ADD_REFERRAL',
          from: w.from,
          to: w.to,
          referralKind: enumValue(REFERRAL_KIND_VALUES, text('kind')) ?? 'REFERRAL',
          targetGroups: Array.isArray(w.set['targetGroups']) ? (w.set['targetGroups'] as string[]) : [],
          source,
        });
        break;
      }
      case 'organisation:update':
        changes.push({
          kind: 'UPDATE_ORGANISATION',
          organisation: w.key,
          name: text('name'),
          organisationType: text('type'),
          scale: text('scale'),
          source,
        });
        break;
      case 'service:create':
        changes.push({
          kind: 'ADD_SERVICE',
          organisation: w.from,
          service: w.key,
          name: text('name'),
          serviceStatus: serviceStatus() ?? 'ACTIVE',
          targetGroups: list('targetGroups') ?? [],
          regions: list('regions') ?? [],
          validFrom: num('validFrom'),
          validTo: num('validTo'),
          source,
        });
        break;
      case 'service:update':
        changes.push({
          kind: 'UPDATE_SERVICE',
          service: w.key,
          name: text('name'),
          serviceStatus: serviceStatus(),
          targetGroups: list('targetGroups'),
          regions: list('regions'),
          validFrom: num('validFrom'),
          validTo: num('validTo'),
          source,
        });
        break;
      default:
        refuse(
          w,
          null,
          `a scenario holds who serves, covers and refers to whom, which organisations there are and the services they run: it cannot ${w.op} this ${w.kind} (import it into the map itself)`,
        );
    }
  }
  return { changes, errors };
}
