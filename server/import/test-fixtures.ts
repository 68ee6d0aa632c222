// A small map for the import's unit tests: a few regions, the vocabulary, users. Not used by the server.
import type { User } from '../auth/users.ts';
import { buildRegionCatalog, type RegionCatalog } from '../domain/region-catalog.ts';
import type { CellContext } from './cells.ts';
import { REFERRAL_KINDS, REFERRAL_STATUSES, SERVE_ROLES, SERVICE_STATUSES } from './columns.ts';
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
