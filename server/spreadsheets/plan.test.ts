import { describe, expect, it } from 'vitest';
import type { User } from '../auth/users.ts';
import { MAX_WRITES_PER_APPLY } from './columns.ts';
import type { ImportPlan } from './plan.ts';
import { readRecords } from './records.ts';
import type { ImportState } from './state.ts';
import { stateRequest } from './state.ts';
import {
  ADMIN,
  EDITOR_OVERIJSSEL,
  EMPTY_STATE as EMPTY,
  fileOf,
  messages,
  planOf,
  TEST_CELLS,
  type Sheets,
} from './test-fixtures.ts';

/** The map the tests compare against: two organisations, one coverage, one statement, one service, one referral. */
const STATE: ImportState = {
  organisations: [
    {
      id: 'kvk',
      props: { id: 'kvk', name: 'KVK', type: 'kvk', sources: ['§1'], lines: ['eerstelijns'], version: 3 },
      coverage: ['NL'],
    },
    {
      id: 'novel-t',
      props: {
        id: 'novel-t',
        name: 'Novel-T',
        type: 'regional-executor',
        phases: ['weten'],
        phasesPartial: ['kunnen'],
      },
      coverage: ['CR12'],
    },
  ],
  coverage: [{ org: 'novel-t', region: 'CR12', props: { partial: false, sources: ['§2'] } }],
  serves: [{ org: 'novel-t', group: 'breed-mkb', props: { key: 'novel-t|breed-mkb|sole|all', role: 'primary' } }],
  services: [
    {
      id: 'act-scan',
      props: { id: 'act-scan', name: 'Scan', status: 'contested' },
      owners: ['novel-t'],
      targetGroups: ['starter'],
      regions: [],
    },
  ],
  relations: [
    {
      relId: 'rel-001',
      type: 'REFERS_TO',
      from: 'kvk',
      to: 'novel-t',
      props: { relId: 'rel-001', kind: 'referral', status: 'active' },
    },
    { relId: 'rel-002', type: 'FUNDS', from: 'kvk', to: 'novel-t', props: { relId: 'rel-002' } },
  ],
  pairReferrals: [{ from: 'kvk', to: 'novel-t', props: { relId: 'rel-001', kind: 'referral', status: 'active' } }],
  mappings: [],
};

const plan = (sheets: Sheets, state: ImportState = STATE, user: User = ADMIN): ImportPlan =>
  planOf(sheets, state, user);

describe('planImport: organisations', () => {
  it('reports new, changed (field by field) and unchanged rows', () => {
    const p = plan({
      organisations: [
        'id,name,type,lines,sources',
        'kvk,KVK,kvk,eerstelijns,§1',
        'novel-t,Novel-T Twente,regional-executor,,',
        'ynbusiness,YnBusiness,regional-executor,eerstelijns,https://ynbusiness.nl',
      ].join('\n'),
    });
    expect(p.errors).toEqual([]);
    expect(p.summary).toEqual({ organisations: { new: 1, changed: 1, unchanged: 1 } });
    expect(p.rows.map((r) => [r.row, r.key, r.status])).toEqual([
      [2, 'kvk', 'unchanged'],
      [3, 'novel-t', 'changed'],
      [4, 'ynbusiness', 'new'],
    ]);
    expect(p.rows[1]!.changes).toEqual([
      { field: 'name', before: 'Novel-T', after: 'Novel-T Twente' },
      { field: 'sources', before: [], after: ['Import test'] },
    ]);
    const update = p.writes.find((w) => w.key === 'novel-t')!;
    expect(update).toMatchObject({ op: 'update', version: 0, mirror: false });
    expect(update.set).toEqual({ name: 'Novel-T Twente', sources: ['Import test'], searchKey: '|novel-t twente|' });
    const created = p.writes.find((w) => w.key === 'ynbusiness')!;
    expect(created.set).toMatchObject({
      id: 'ynbusiness',
      lines: ['eerstelijns'],
      provenance: 'user',
      sources: ['https://ynbusiness.nl', 'Import test'],
      searchKey: '|ynbusiness|',
    });
    expect(p.planHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('leaves absent columns alone, clears fields of empty cells and only adds sources', () => {
    const p = plan({ organisations: 'id,name,type,lines,sources\nkvk,KVK,kvk,,https://kvk.nl' });
    expect(p.rows[0]!.changes).toEqual([
      { field: 'lines', before: ['eerstelijns'], after: [] },
      { field: 'sources', before: ['§1'], after: ['§1', 'https://kvk.nl', 'Import test'] },
    ]);
    expect(p.writes[0]).toMatchObject({ version: 3, mirror: true, set: { lines: [] } });
  });

  it('moves a phase named as main out of the partial list', () => {
    const p = plan({ organisations: 'id,name,type,phases\nnovel-t,Novel-T,regional-executor,weten;kunnen' });
    expect(p.writes[0]!.set).toMatchObject({ phases: ['weten', 'kunnen'], phasesPartial: [] });
  });

  it('refuses duplicate ids, bad new ids, year ranges and wrong types with sheet, row and column', () => {
    const p = plan({
      organisations: [
        'id,name,type,validFrom,validTo',
        'nieuw,Nieuw,rom,2020,2019',
        'Bad_Id,X,rom,,',
        'kvk,KVK,kvk,,',
        'kvk,KVK,kvk,,',
        'ander,Ander,bank,twintig,',
      ].join('\n'),
    });
    expect(messages(p)).toEqual([
      'organisations:2:validTo: validTo (2019) is before validFrom (2020)',
      expect.stringMatching(/^organisations:3:id: a new organisation id must be/),
      'organisations:5:id: duplicate row: row 4 already has organisation "kvk"',
      expect.stringMatching(
        /^organisations:6:type: unknown organisation type "bank"; allowed: regional-executor, rom, kvk/,
      ),
      'organisations:6:validFrom: must be a year: a whole number from 1800 to 2100',
    ]);
    expect(p.planHash).toBeNull();
  });
});

describe('planImport: references between sheets', () => {
  it('accepts an organisation of the file and refuses one that is nowhere', () => {
    const p = plan(
      {
        organisations: 'id,name,type\nnieuw,Nieuw,rom',
        coverage: 'organisation,region\nnieuw,Zwolle\nspook,Zwolle',
      },
      EMPTY,
    );
    expect(messages(p)).toEqual([
      'coverage:3:organisation: unknown organisation "spook": it is neither in the map nor in the organisations sheet',
    ]);
  });

  it('keys coverage by organisation and region id, whatever name the row uses', () => {
    const p = plan({ coverage: 'organisation,region,partial,sources\nnovel-t,twente,nee,§2\nnovel-t,CR12,,' });
    expect(p.rows[0]).toMatchObject({ key: 'novel-t|CR12', status: 'unchanged' });
    expect(messages(p)).toEqual(['coverage:3:region: duplicate row: row 2 already has coverage of CR12 by "novel-t"']);
  });
});

describe('planImport: serves', () => {
  it('matches a statement without reading to the stored `sole` key and creates new ones with it', () => {
    const p = plan({
      serves: 'organisation,targetGroup,role,scope\nnovel-t,breed-mkb,primary,\nnovel-t,starter,secondary,Enschede',
    });
    expect(p.rows.map((r) => [r.key, r.status])).toEqual([
      ['novel-t|breed-mkb|sole|all', 'unchanged'],
      ['novel-t|starter|sole|GM0153', 'new'],
    ]);
    expect(p.writes[0]!.set).toMatchObject({ key: 'novel-t|starter|sole|GM0153', scope: 'GM0153', role: 'secondary' });
  });
});

describe('planImport: services', () => {
  it('keeps a stored status outside the list when unchanged, and refuses another owner', () => {
    const p = plan({
      services:
        'id,organisation,name,status,targetGroups\nact-scan,novel-t,Scan,contested,starter\nact-scan,kvk,Scan,active,',
    });
    expect(p.rows[0]).toMatchObject({ key: 'act-scan', status: 'unchanged' });
    expect(messages(p)).toEqual(['services:3:id: duplicate row: row 2 already has service "act-scan"']);
    const other = plan({ services: 'id,organisation,name,status\nact-scan,kvk,Scan,contested' });
    expect(messages(other)).toEqual([
      'services:2:organisation: service "act-scan" is run by novel-t; an import cannot change who runs a service',
    ]);
  });

  it('refuses a status outside the list when the map does not hold it', () => {
    const p = plan({ services: 'id,organisation,name,status\nact-scan,novel-t,Scan,renamed' });
    expect(messages(p)).toEqual([
      expect.stringMatching(/^services:2:status: unknown status "renamed"; allowed: planned/),
    ]);
  });

  it('needs validTo for a stopped service', () => {
    const p = plan({ services: 'id,organisation,name,status\nact-new,novel-t,Nieuw,stopped' });
    expect(messages(p)).toEqual(['services:2:validTo: a stopped service needs validTo (the last year it ran)']);
  });
});

describe('planImport: referrals', () => {
  it('matches a row without id to the one referral of that kind, and refuses from = to and ids of other relations', () => {
    const p = plan({
      referrals: [
        'id,from,to,kind,status',
        ',kvk,novel-t,referral,pilot',
        ',novel-t,kvk,warm-handover,active',
        ',kvk,kvk,referral,active',
        'rel-002,kvk,novel-t,referral,active',
      ].join('\n'),
    });
    expect(p.rows.map((r) => [r.key, r.status])).toEqual([
      ['rel-001', 'changed'],
      ['new:novel-t|kvk|warm-handover', 'new'],
    ]);
    expect(messages(p)).toEqual([
      'referrals:4:to: a referral must go to another organisation (from and to are the same)',
      'referrals:5:id: "rel-002" is a FUNDS relation, not a referral',
    ]);
  });

  it('refuses until before since', () => {
    const p = plan({ referrals: 'from,to,kind,status,since,until\nkvk,novel-t,referral,active,2022,2021' });
    expect(messages(p)).toEqual(['referrals:2:until: until (2021) is before since (2022)']);
  });
});

describe('planImport: province scope', () => {
  it('refuses changes outside an editor’s provinces, row by row, and lets unchanged rows pass', () => {
    const p = plan(
      {
        organisations:
          'id,name,type\nkvk,KVK,kvk\nkvk-nieuw,KVK Nieuw,kvk\nnovel-t,Novel-T Twente,regional-executor\nnieuw,Nieuw,rom\nbrabants,B,rom',
        coverage: 'organisation,region\nnieuw,Zwolle\nbrabants,Den Bosch',
        referrals: 'from,to,kind,status\nkvk,novel-t,referral,pilot\nkvk,brabants,referral,active',
      },
      STATE,
      EDITOR_OVERIJSSEL,
    );
    expect(p.errors.map((e) => [e.sheet, e.row, e.column, e.code])).toEqual([
      ['organisations', 3, 'id', 'FORBIDDEN'],
      ['organisations', 6, 'id', 'FORBIDDEN'],
      ['coverage', 3, 'organisation', 'FORBIDDEN'],
      ['referrals', 3, 'from', 'FORBIDDEN'],
    ]);
    expect(p.errors[0]!.message).toBe(
      'New organisation kvk-nieuw would cover no region, so it would be national, outside the provinces user "otto" may change (PV23): give its coverage inside them in the same create',
    );
  });

  it('counts the coverage rows of the file: covering a region elsewhere takes an organisation out of scope', () => {
    const p = plan(
      {
        organisations: 'id,name,type\nnovel-t,Novel-T Twente,regional-executor',
        coverage: 'organisation,region\nnovel-t,Brabant',
      },
      STATE,
      EDITOR_OVERIJSSEL,
    );
    expect(p.errors.map((e) => [e.sheet, e.row, e.code])).toEqual([
      ['organisations', 2, 'FORBIDDEN'],
      ['coverage', 2, 'FORBIDDEN'],
    ]);
  });
});

describe('planImport: size', () => {
  it('refuses a file that would write more facts than one apply may, after checking all of it', () => {
    const lines = Array.from({ length: MAX_WRITES_PER_APPLY + 1 }, (_, i) => `org-${i},Organisatie ${i},rom`);
    const p = plan({ organisations: ['id,name,type', ...lines].join('\n') }, EMPTY);
    expect(p.summary.organisations!.new).toBe(MAX_WRITES_PER_APPLY + 1);
    expect(p.errors).toEqual([
      expect.objectContaining({ sheet: null, row: null, message: expect.stringContaining('at most 20000') }),
    ]);
    expect(p.planHash).toBeNull();
  });
});

describe('planHash', () => {
  it('is the same for the same plan and differs when a version it was planned on moved', () => {
    const sheets = { organisations: 'id,name,type\nkvk,KVK Nederland,kvk' };
    const moved: ImportState = {
      ...STATE,
      organisations: STATE.organisations.map((o) => (o.id === 'kvk' ? { ...o, props: { ...o.props, version: 4 } } : o)),
    };
    expect(plan(sheets).planHash).toBe(plan(sheets).planHash);
    expect(plan(sheets, moved).planHash).not.toBe(plan(sheets).planHash);
  });
});

describe('stateRequest', () => {
  it('names every id the rows refer to once, and the ends of referrals without an id', () => {
    const file = fileOf({
      coverage: 'organisation,region\nkvk,NL\nkvk,Nederland',
      referrals: 'id,from,to,kind,status\nrel-9,kvk,novel-t,referral,active\n,novel-t,kvk,referral,active',
    });
    const { records } = readRecords(file, TEST_CELLS);
    expect(stateRequest(records)).toEqual({
      orgIds: ['kvk', 'novel-t'],
      coverage: [{ org: 'kvk', region: 'NL' }],
      serves: [],
      serviceIds: [],
      relIds: ['rel-9'],
      pairs: [{ from: 'novel-t', to: 'kvk' }],
      mappings: [],
    });
  });
});
