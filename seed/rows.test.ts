import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../server/db/queries.ts';
import { searchKeyOf } from '../server/domain/search-key.ts';
import { toSeedRows, type SeedRows } from './rows.ts';
import { RELATION_TYPES } from './schema.ts';
import { validateSeedDir } from './validate.ts';

let rows: SeedRows;
beforeAll(async () => {
  const v = await validateSeedDir();
  if (!v.ok) throw new Error('seed data invalid');
  rows = toSeedRows(v.data);
});

describe('searchKeyOf', () => {
  it('lowercases, strips diacritics and bars each name', () => {
    expect(searchKeyOf('Fryslân', ['Friesland', 'fryslan'])).toBe('|fryslan|friesland|');
  });
});

describe('toSeedRows', () => {
  it('writes only relationship types of the allow-list, as the value merge-relations.cypher takes its type from', () => {
    const cypher = readFileSync(path.join(CYPHER_DIR, 'seed/merge-relations.cypher'), 'utf8');
    expect(cypher).toContain('MERGE (a)-[r:$(row.type) {relId: row.relId}]->(b)');
    expect(new Set(rows.relations.map((r) => r.type)).size).toBeGreaterThan(15);
    for (const r of rows.relations) expect(RELATION_TYPES).toContain(r.type);
  });

  it('gives every SERVES edge a unique key, so the readings of an ambiguity stay separate edges', () => {
    const keys = rows.serves.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    const novelT = rows.serves
      .filter((s) => s.org === 'novel-t' && s.targetGroup === 'startup')
      .map((s) => s.props.reading);
    expect(novelT.sort()).toEqual(['canvas-literal', 'prose']);
  });

  it('puts provenance and sources on every row it writes', () => {
    const all: { props: Record<string, unknown> }[] = [
      ...rows.regions,
      ...rows.regionParts,
      ...rows.organisations,
      ...rows.serves,
      ...rows.covers,
      ...rows.activities,
      ...rows.activityLineage,
      ...rows.relations,
      ...rows.roleRules,
      ...rows.gaps,
      ...rows.figures,
      ...rows.timelineEvents,
      ...rows.factsheets,
    ];
    const missing = all.filter(
      (r) => !r.props.provenance || !Array.isArray(r.props.sources) || (r.props.sources as unknown[]).length === 0,
    );
    expect(missing).toEqual([]);
  });

  it('never sends an undefined property to Neo4j', () => {
    const undefinedProps = rows.organisations.flatMap((o) =>
      Object.entries(o.props)
        .filter(([, v]) => v === undefined)
        .map(([k]) => `${o.id}.${k}`),
    );
    expect(undefinedProps).toEqual([]);
  });

  it('lets a served group inherit the organisation phases, marked inferred when those are', () => {
    const kvkStarter = rows.serves.find((s) => s.key === 'kvk|starter|sole|all')!;
    expect(kvkStarter.props.phases).toEqual(['weten', 'willen']);
    expect(kvkStarter.props.inferredFields).toContain('phases');
    const kvkStartup = rows.serves.find((s) => s.key === 'kvk|startup|sole|all')!;
    expect(kvkStartup.props.phases).toEqual([]);
  });

  it('ends KVK running EEN in 2021 while EEN itself goes on under the ROMs', () => {
    const een = rows.activities.find((a) => a.id === 'act-een')!;
    expect(een.ownerProps.validTo).toBe(2021);
    expect(een.props.validTo).toBeUndefined();
  });

  it('builds the municipality → COROP → province → KVK region → NL chain from the CSVs', () => {
    const parent = new Map(
      rows.regionParts
        .filter((p) => !p.parent.startsWith('AREA-') && !p.child.startsWith('AREA-'))
        .map((p) => [p.child, p.parent]),
    );
    const chain = ['GM0758'];
    while (parent.has(chain.at(-1)!)) chain.push(parent.get(chain.at(-1)!)!);
    expect(chain).toEqual(['GM0758', 'CR33', 'PV30', 'KVK-ZUID', 'NL']);
  });
});
