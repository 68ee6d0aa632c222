import type { Props } from '../props.ts';

// Scenarios as the projection holds them: read with the map (load-projection), so every API process answers a
// scenario's questions from memory, for the same version of the map, like the live ones (as-if.ts).

/** One change of a scenario, as stored (validated by server/editing/scenario-changes.ts before it is). */
export type ScenarioChange =
  | (ChangeBase & { kind: 'SET_SERVES'; organisation: string; targetGroup: string; role: string; scope: string | null })
  | (ChangeBase & { kind: 'REMOVE_SERVES'; organisation: string; targetGroup: string; scope: string | null })
  | (ChangeBase & { kind: 'ADD_COVERAGE'; organisation: string; region: string; partial: boolean })
  | (ChangeBase & { kind: 'REMOVE_COVERAGE'; organisation: string; region: string })
  | (ChangeBase & { kind: 'ADD_REFERRAL'; from: string; to: string; referralKind: string; targetGroups: string[] })
  | (ChangeBase & { kind: 'REMOVE_REFERRAL'; from: string; to: string })
  | (ChangeBase & {
      kind: 'ADD_ORGANISATION';
      organisation: string;
      name: string;
      type: string;
      scale: string | null;
      /** The region it covers from the start (a limited editor's new organisation must cover one of theirs). */
      region: string | null;
    })
  | (ChangeBase & { kind: 'REMOVE_ORGANISATION'; organisation: string })
  | (ChangeBase & {
      kind: 'UPDATE_ORGANISATION';
      organisation: string;
      /** What changes; null: as it is. */
      name: string | null;
      type: string | null;
      scale: string | null;
    })
  | (ChangeBase & {
      kind: 'ADD_SERVICE';
      /** The organisation that runs it. */
      organisation: string;
      service: string;
      name: string;
      /** Stored value: `active`, `planned`, `one-off`, `stopped`. */
      status: string;
      targetGroups: string[];
      regions: string[];
      validFrom: number | null;
      validTo: number | null;
    })
  | (ChangeBase & {
      kind: 'UPDATE_SERVICE';
      /** The organisation that runs it (when the change was added). */
      organisation: string;
      service: string;
      /** What changes; null: as it is. */
      name: string | null;
      status: string | null;
      targetGroups: string[] | null;
      regions: string[] | null;
      validFrom: number | null;
      validTo: number | null;
    })
  | (ChangeBase & { kind: 'REMOVE_SERVICE'; organisation: string; service: string });

interface ChangeBase {
  /** Its number in the scenario (`c1`, `c2`, …), by which impact items name the changes that cause them. */
  id: string;
  /** Where the change comes from (a report's line, a decision). */
  source: string;
  note: string | null;
  /** When it was added (ISO 8601); adoption asks what changed on the live map since. Absent: the scenario's creation. */
  at?: string;
}

export type ScenarioChangeKind = ScenarioChange['kind'];

/** A scenario as stored on its :Scenario node, its changes parsed. */
export interface StoredScenario {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** The user who made it. */
  readonly owner: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Raised by every change to the scenario (optimistic concurrency, as for edits). */
  readonly version: number;
  /** The data-version token of the live map when it was made: adoption checks the map has not changed since. */
  readonly baseToken: string | null;
  readonly changes: readonly ScenarioChange[];
}

/** A :Scenario node's properties as load-projection reads them. */
export function parseScenario(row: Props): StoredScenario {
  return {
    id: String(row['id']),
    title: String(row['title'] ?? ''),
    description: String(row['description'] ?? ''),
    owner: String(row['owner'] ?? ''),
    createdAt: String(row['createdAt'] ?? ''),
    updatedAt: String(row['updatedAt'] ?? ''),
    version: Number(row['version'] ?? 1),
    baseToken: typeof row['baseToken'] === 'string' ? row['baseToken'] : null,
    changes: JSON.parse(String(row['changes'] ?? '[]')) as ScenarioChange[],
  };
}

/** A change as stored, under the name the API's generated types use for it. */
export type StoredScenarioChange = ScenarioChange;

/** A change in words, e.g. "kvk serves starter (primary)". */
export function changeSummary(c: ScenarioChange): string {
  switch (c.kind) {
    case 'SET_SERVES':
      return `${c.organisation} serves ${c.targetGroup} (${c.role})${c.scope ? ` in ${c.scope}` : ''}`;
    case 'REMOVE_SERVES':
      return `${c.organisation} no longer states it serves ${c.targetGroup}${c.scope ? ` in ${c.scope}` : ''}`;
    case 'ADD_COVERAGE':
      return `${c.organisation} covers ${c.region}${c.partial ? ' (partly)' : ''}`;
    case 'REMOVE_COVERAGE':
      return `${c.organisation} no longer covers ${c.region}`;
    case 'ADD_REFERRAL':
      return `${c.from} refers to ${c.to}${c.targetGroups.length > 0 ? ` for ${c.targetGroups.join(', ')}` : ''}`;
    case 'REMOVE_REFERRAL':
      return `${c.from} no longer refers to ${c.to}`;
    case 'ADD_ORGANISATION':
      return `new organisation ${c.name} (${c.organisation}, ${c.type})${c.region ? ` covering ${c.region}` : ''}`;
    case 'REMOVE_ORGANISATION':
      return `${c.organisation} is removed`;
    case 'UPDATE_ORGANISATION':
      return `${c.organisation} changes: ${changed({ name: c.name, type: c.type, scale: c.scale })}`;
    case 'ADD_SERVICE':
      return `${c.organisation} runs a new service ${c.name} (${c.service}, ${c.status}${years(c)})`;
    case 'UPDATE_SERVICE':
      return `service ${c.service} of ${c.organisation} changes: ${changed({
        name: c.name,
        status: c.status,
        targetGroups: c.targetGroups?.join(', ') ?? null,
        regions: c.regions?.join(', ') ?? null,
        validFrom: c.validFrom,
        validTo: c.validTo,
      })}`;
    case 'REMOVE_SERVICE':
      return `service ${c.service} of ${c.organisation} is removed`;
  }
}

/** The fields given, in words: `name X, scale regional`. */
function changed(fields: Record<string, string | number | null>): string {
  return Object.entries(fields)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k} ${v === '' ? '(none)' : v}`)
    .join(', ');
}

const years = (c: { validFrom: number | null; validTo: number | null }) =>
  c.validFrom === null && c.validTo === null ? '' : `, ${c.validFrom ?? '…'}–${c.validTo ?? '…'}`;

/** The organisations a change is about. */
export function organisationsOf(c: ScenarioChange): string[] {
  return 'organisation' in c ? [c.organisation] : [c.from, c.to];
}
