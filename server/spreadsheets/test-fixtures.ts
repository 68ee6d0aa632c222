// A small map for the import's unit tests: a few regions, the vocabulary, users, and planning CSV text against a
// state. Not used by the server.
import type { User } from '../auth/users.ts';
import { buildRegionCatalog, type RegionCatalog } from '../domain/region-catalog.ts';
import type { CellContext } from './cells.ts';
import {
  ENTITIES,
  REFERRAL_KINDS,
  REFERRAL_STATUSES,
  SERVE_ROLES,
  SERVICE_STATUSES,
  type EntityName,
} from './columns.ts';
import { parseCsvFile, type ParsedFile } from './parse.ts';
import type { PlannedWrite } from './planned-write.ts';
import { planImport, type ImportPlan } from './plan.ts';
import { readRecords } from './records.ts';
import type { ImportState } from './state.ts';
import type { ImportVocabulary } from './vocabulary.ts';

export const TEST_CATALOG: RegionCatalog = buildRegionCatalog([
  { id: 'NL', name: 'Nederland', level: 'COUNTRY', aliases: [], parents: [] },
  { id: 'PV23', name: 'Overijssel', level: 'PROVINCE', aliases: [], parents: ['NL'] },
  { id: 'PV30', name: 'Noord-Brabant', level: 'PROVINCE', aliases: ['Brabant'], parents: ['NL'] },
  { id: 'CR12', name: 'Twente', level: 'COROP', aliases: [], parents: ['PV23'] },
  { id: 'GM0193', name: 'Zwolle', level: 'MUNICIPALITY', aliases: [], parents: ['PV23'] },
  { id: 'GM0153', name: 'Enschede', level: 'MUNICIPALITY', aliases: [], parents: ['CR12'] },
  { id: 'GM0796', name: "'s-Hertogenbosch", level: 'MUNICIPALITY', aliases: ['Den Bosch'], parents: ['PV30'] },
  { id: 'GM9998', name: 'Bergen', level: 'MUNICIPALITY', aliases: [], parents: ['PV30'] },
  { id: 'GM9999', name: 'Bergen', level: 'MUNICIPALITY', aliases: [], parents: ['PV23'] },
]);

export const TEST_VOCABULARY: ImportVocabulary = {
  targetGroup: ['breed-mkb', 'innovatief-mkb', 'starter', 'zzp'],
  phase: ['inspireren', 'weten', 'willen', 'kunnen'],
  theme: ['digitalisering', 'innovatie'],
  line: ['eerstelijns', 'tweedelijns'],
  orgType: ['regional-executor', 'rom', 'kvk'],
  scale: ['local', 'regional', 'provincial', 'national'],
  role: SERVE_ROLES,
  serviceStatus: SERVICE_STATUSES,
  referralKind: REFERRAL_KINDS,
  referralStatus: REFERRAL_STATUSES,
};

export const TEST_CELLS: CellContext = { vocabulary: TEST_VOCABULARY, regions: TEST_CATALOG.index };

export const ADMIN: User = { name: 'anna', role: 'ADMIN', provinces: [] };
export const EDITOR_OVERIJSSEL: User = { name: 'otto', role: 'EDITOR', provinces: ['PV23'] };

/** A map that holds nothing the rows name. */
export const EMPTY_STATE: ImportState = {
  organisations: [],
  coverage: [],
  serves: [],
  services: [],
  relations: [],
  pairReferrals: [],
  mappings: [],
};

/** CSV text per sheet. */
export type Sheets = Partial<Record<EntityName, string>>;

/** The sheets as one parsed file. */
export function fileOf(sheets: Sheets): ParsedFile {
  const parsed = Object.entries(sheets).map(([e, text]) => parseCsvFile(Buffer.from(text), e as EntityName));
  return { format: 'csv', sheets: parsed.flatMap((p) => p.sheets), errors: parsed.flatMap((p) => p.errors) };
}

/** Reads and plans the sheets against a state, as the import does after reading the database. */
export function planOf(sheets: Sheets, state: ImportState, user: User = ADMIN): ImportPlan {
  const file = fileOf(sheets);
  const { records, errors } = readRecords(file, TEST_CELLS);
  return planImport({
    records,
    errors: [...file.errors, ...errors],
    entities: ENTITIES.filter((e) => e in sheets),
    state,
    catalog: TEST_CATALOG,
    user,
    source: 'Import test',
  });
}

/** A plan's errors as `sheet:row:column: message` lines. */
export const messages = (p: ImportPlan) => p.errors.map((e) => `${e.sheet}:${e.row}:${e.column}: ${e.message}`);

/** A planned write with the fields a test does not care about left empty. */
export const plannedWrite = (w: Partial<PlannedWrite> & Pick<PlannedWrite, 'kind' | 'key'>): PlannedWrite => ({
  op: 'create',
  version: null,
  set: {},
  from: null,
  to: null,
  mirror: false,
  organisations: [],
  ...w,
});
