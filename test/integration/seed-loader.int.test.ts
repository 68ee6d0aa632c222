import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash, countByLabel, seedDatabase, SeedValidationError } from '../../seed/load.ts';
import { SEED_DATA_DIR } from '../../seed/validate.ts';
import { testDb } from '../helpers/db.ts';
import { seedCounts } from '../helpers/seed-counts.ts';

// The global setup has migrated and seeded the test database; these tests check what the loader wrote.
const db = testDb();
const scratch: string[] = [];
afterAll(async () => {
  await Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true })));
});

async function brokenCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'seed-broken-'));
  scratch.push(dir);
  await cp(SEED_DATA_DIR, dir, { recursive: true });
  // A valid change (a new organisation) next to an invalid one: neither may reach the database.
  const file = path.join(dir, 'organisations.yaml');
  const text = await readFile(file, 'utf8');
  await writeFile(
    file,
    text.replace(
      /^organisations:\n/m,
      'organisations:\n  - {id: seed-test-new-org, name: New, type: other, scale: local, provenance: report, sources: [test], serves: [], covers: []}\n' +
        '  - {id: seed-test-bad-org, name: Bad, type: no-such-type, scale: local, provenance: report, sources: [test], serves: [], covers: []}\n',
    ),
  );
  return dir;
}

describe('the seed loader', () => {
  it('refuses invalid data before writing anything, so the content hash is unchanged', async () => {
    const before = await contentHash(db);
    const error = await seedDatabase(db, { dir: await brokenCopy() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as SeedValidationError).errors).toContainEqual(
      expect.objectContaining({ file: 'organisations.yaml', record: 'seed-test-bad-org', field: 'type' }),
    );
    expect(await contentHash(db)).toBe(before);
    const [row] = await db.readRaw<{ n: number }>(
      'test: new org absent',
      'MATCH (o:Organisation {id: $id}) RETURN count(o) AS n',
      { id: 'seed-test-new-org' },
    );
    expect(row?.n).toBe(0);
  });

  it('gives the same content hash when the same data is seeded again', async () => {
    const before = await contentHash(db);
    await seedDatabase(db);
    expect(await contentHash(db)).toBe(before);
  });

  it('writes every organisation, activity and relation of the facts', async () => {
    const { nodes } = await countByLabel(db);
    const seed = await seedCounts();
    // The facts' organisations + one per municipality and province the facts do not name (from the CBS list).
    expect(nodes.Organisation).toBe(seed.organisations);
    expect(nodes.GenericGroup).toBe(seed.genericGroups);
    expect(nodes.Activity).toBe(seed.activities); // activities + their regional instances
    const [row] = await db.readRaw<{ report: number; pub: number }>(
      'test: relations',
      `MATCH ()-[r]->() WHERE r.relId IS NOT NULL
       RETURN count(CASE WHEN r.relId =~ 'rel-[0-9]{3}' THEN 1 END) AS report, count(CASE WHEN r.relId STARTS WITH 'rel-pub-' THEN 1 END) AS pub,
         count(CASE WHEN r.relId STARTS WITH 'rel-mem-' THEN 1 END) AS members, count(CASE WHEN r.relId STARTS WITH 'rel-gen-' THEN 1 END) AS generated`,
    );
    // 8 public ROM-Nederland memberships + 9 ROMs in group-roms; 16 members of other collectives; every municipality
    // and province a member of group-gemeenten or group-provincies.
    expect(row).toEqual(seed.relations);
    expect(seed.relations.generated).toBe(seed.municipalities + seed.provinces);
  });

  it('puts provenance and sources on every node and relationship', async () => {
    // A ready scenario is a draft, not a fact of the map: each of its changes carries its source instead.
    const rows = await db.readRaw<{ kind: string; name: string; missing: number }>(
      'test: provenance everywhere',
      `CALL () {
         MATCH (n) WHERE NOT n:Migration AND NOT n:SourceDocument AND NOT n:DataVersion AND NOT n:Scenario
           AND (NOT n.provenance IN $provenances OR n.sources IS NULL OR size(n.sources) = 0 OR n.inferredFields IS NULL)
         RETURN 'node' AS kind, labels(n)[0] AS name
         UNION ALL
         MATCH ()-[r]->()
         WHERE NOT r.provenance IN $provenances OR r.sources IS NULL OR size(r.sources) = 0 OR r.inferredFields IS NULL
         RETURN 'rel' AS kind, type(r) AS name
       }
       RETURN kind, name, count(*) AS missing`,
      { provenances: ['report', 'public', 'inferred', 'user'] },
    );
    expect(rows).toEqual([]);
  });

  it('says why on every inferred node and relationship', async () => {
    const [row] = await db.readRaw<{ n: number }>(
      'test: inferred notes',
      `CALL () {
         MATCH (n) WHERE n.provenance = 'inferred' AND n.note IS NULL RETURN 1 AS x
         UNION ALL
         MATCH ()-[r]->() WHERE r.provenance = 'inferred' AND r.note IS NULL RETURN 1 AS x
       }
       RETURN count(x) AS n`,
    );
    expect(row?.n).toBe(0);
  });

  it('keeps generic group actors distinguishable from real organisations', async () => {
    const rows = await db.readRaw<{ id: string; generic: boolean; labelled: boolean }>(
      'test: generic groups',
      `MATCH (o:Organisation) WHERE o.id STARTS WITH 'group-' OR o:GenericGroup OR o.generic
       RETURN o.id AS id, o.generic AS generic, o:GenericGroup AS labelled`,
    );
    expect(rows).toHaveLength((await seedCounts()).genericGroups);
    expect(rows.every((r) => r.id.startsWith('group-') && r.generic && r.labelled)).toBe(true);
  });
});

describe('the region hierarchy', () => {
  it('has one country, 5 KVK regions, 12 provinces, 40 COROP regions and the municipalities of the CBS list', async () => {
    const rows = await db.readRaw<{ level: string; n: number }>(
      'test: levels',
      'MATCH (r:Region) RETURN r.level AS level, count(*) AS n',
    );
    const { regionsByLevel } = await seedCounts();
    expect(Object.fromEntries(rows.map((r) => [r.level, r.n]))).toEqual(regionsByLevel);
    // The shape of the Netherlands the region files must keep, whatever the CBS year: one country, 12 provinces,
    // 5 KVK regions and 40 COROP regions (municipalities merge every year, so their number is the seed's).
    expect(regionsByLevel).toMatchObject({ COUNTRY: 1, KVK_REGION: 5, PROVINCE: 12, COROP: 40 });
  });

  it('gives each municipality exactly one COROP region, one province, one KVK region and the country as ancestors', async () => {
    const rows = await db.readRaw<{ id: string; corop: number; province: number; kvk: number; country: number }>(
      'test: ancestors',
      `MATCH (m:Region {level: 'MUNICIPALITY'})
       OPTIONAL MATCH (m)-[:PART_OF*]->(a:Region)
       WITH m, collect(DISTINCT a) AS ancestors
       RETURN m.id AS id,
              size([a IN ancestors WHERE a.level = 'COROP']) AS corop,
              size([a IN ancestors WHERE a.level = 'PROVINCE']) AS province,
              size([a IN ancestors WHERE a.level = 'KVK_REGION']) AS kvk,
              size([a IN ancestors WHERE a.level = 'COUNTRY']) AS country`,
    );
    expect(rows).toHaveLength((await seedCounts()).municipalities);
    expect(rows.filter((r) => r.corop !== 1 || r.province !== 1 || r.kvk !== 1 || r.country !== 1)).toEqual([]);
  });

  it('places each COROP region in exactly one province and each province in exactly one KVK region', async () => {
    const rows = await db.readRaw<{ level: string; bad: number }>(
      'test: single parents',
      `MATCH (r:Region) WHERE r.level IN ['COROP', 'PROVINCE']
       WITH r, COUNT { (r)-[:PART_OF]->(:Region {level: CASE r.level WHEN 'COROP' THEN 'PROVINCE' ELSE 'KVK_REGION' END}) } AS parents
       RETURN r.level AS level, count(CASE WHEN parents <> 1 THEN 1 END) AS bad`,
    );
    expect(rows.map((r) => r.bad)).toEqual([0, 0]);
  });

  it('finds Fryslân by any of its names, whatever the case or diacritics', async () => {
    for (const name of ['Fryslân', 'fryslan', 'FRIESLAND']) {
      const rows = await db.readRaw<{ id: string }>(
        'test: search key',
        `MATCH (r:Region) WHERE r.searchKey CONTAINS '|' + $key + '|' RETURN r.id AS id`,
        {
          key: name
            .normalize('NFD')
            .replace(/\p{Diacritic}/gu, '')
            .toLowerCase(),
        },
      );
      expect(rows.map((r) => r.id)).toEqual(['PV21']);
    }
  });

  it('maps Twente to the 14 municipalities of its COROP region and Regio Zwolle to 22 municipalities in four provinces', async () => {
    const rows = await db.readRaw<{ id: string; municipalities: number; provinces: number; inferred: boolean }>(
      'test: areas',
      `MATCH (r:Region) WHERE r.searchKey CONTAINS '|sub-twente|' OR r.searchKey CONTAINS '|sub-regio-zwolle|'
       MATCH (m:Region {level: 'MUNICIPALITY'})-[p:PART_OF]->(r)
       MATCH (m)-[:PART_OF*]->(prov:Region {level: 'PROVINCE'})
       RETURN r.id AS id, count(DISTINCT m) AS municipalities, count(DISTINCT prov) AS provinces,
              all(x IN collect(p.provenance) WHERE x = 'inferred') AS inferred
       ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'AREA-REGIO-ZWOLLE', municipalities: 22, provinces: 4, inferred: true },
      { id: 'CR12', municipalities: 14, provinces: 1, inferred: false },
    ]);
  });

  it('links each named province and municipality government to the region it governs', async () => {
    const rows = await db.readRaw<{ org: string; region: string; level: string }>(
      'test: governs',
      `MATCH (o:Organisation)-[:GOVERNS]->(r:Region) RETURN o.id AS org, r.id AS region, r.level AS level ORDER BY org`,
    );
    expect(rows).toContainEqual({ org: 'provincie-fryslan', region: 'PV21', level: 'PROVINCE' });
    expect(rows).toContainEqual({ org: 'gemeente-breda', region: 'GM0758', level: 'MUNICIPALITY' });
    const [orgs] = await db.readRaw<{ n: number }>(
      'test: governments',
      `MATCH (o:Organisation) WHERE o.type IN ['province', 'municipality'] AND NOT o.generic RETURN count(o) AS n`,
    );
    expect(rows).toHaveLength(orgs!.n);
  });
});
