import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { SEED_DATA_DIR, validateSeedDir, type SeedError } from './validate.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A scratch copy of seed/data that a test may break. */
async function copyOfData(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'seed-data-'));
  dirs.push(dir);
  await cp(SEED_DATA_DIR, dir, { recursive: true });
  return dir;
}

async function editYaml(dir: string, file: string, edit: (doc: Record<string, unknown[]>) => void): Promise<void> {
  const full = path.join(dir, file);
  const doc = parse(await readFile(full, 'utf8')) as Record<string, unknown[]>;
  edit(doc);
  await writeFile(full, stringify(doc));
}

type Rec = Record<string, unknown>;
const byId = (list: unknown[], id: string): Rec => {
  const found = (list as Rec[]).find((x) => x.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
};

async function errorsOf(dir: string): Promise<SeedError[]> {
  const v = await validateSeedDir(dir);
  if (v.ok) throw new Error('expected the data to be refused');
  return v.errors;
}

describe('validateSeedDir', () => {
  it('accepts the project seed data with every organisation, activity, relation and municipality', async () => {
    const v = await validateSeedDir();
    if (!v.ok) throw new Error(v.errors.map((e) => `${e.file} ${e.record} ${e.field}: ${e.message}`).join('\n'));
    expect(v.data.organisations).toHaveLength(100);
    expect(v.data.activities).toHaveLength(67);
    expect(v.data.relations.filter((r) => /^rel-\d{3}$/.test(r.id))).toHaveLength(103);
    expect(v.data.municipalities).toHaveLength(342);
    expect(new Set(v.data.municipalities.map((m) => m.coropCode)).size).toBe(40);
    expect(new Set(v.data.kvkRegionRows.map((m) => m.provinceCode)).size).toBe(12);
  });

  it('accepts an unchanged copy of the data', async () => {
    const v = await validateSeedDir(await copyOfData());
    expect(v.ok).toBe(true);
  });

  it('refuses a field of the wrong type, naming file, record and field', async () => {
    const dir = await copyOfData();
    await editYaml(dir, 'organisations.yaml', (d) => {
      byId(d.organisations!, 'ynbusiness').scale = 42;
    });
    expect(await errorsOf(dir)).toContainEqual(
      expect.objectContaining({ file: 'organisations.yaml', record: 'ynbusiness', field: 'scale' }),
    );
  });

  it('refuses a reference to an unknown target group inside a nested serves entry', async () => {
    const dir = await copyOfData();
    await editYaml(dir, 'organisations.yaml', (d) => {
      const serves = byId(d.organisations!, 'fom').serves as Rec[];
      serves[0]!.targetGroup = 'nobody';
    });
    expect(await errorsOf(dir)).toContainEqual({
      file: 'organisations.yaml',
      record: 'fom',
      field: 'serves[0].targetGroup',
      message: 'unknown target group "nobody"',
    });
  });

  it('refuses a relation whose endpoint does not exist', async () => {
    const dir = await copyOfData();
    await editYaml(dir, 'relations.yaml', (d) => {
      byId(d.relations!, 'rel-053').to = 'no-such-org';
    });
    expect(await errorsOf(dir)).toContainEqual(
      expect.objectContaining({ file: 'relations.yaml', record: 'rel-053', field: 'to' }),
    );
  });

  it('refuses a duplicate organisation id', async () => {
    const dir = await copyOfData();
    await editYaml(dir, 'organisations.yaml', (d) => {
      d.organisations!.push({ ...byId(d.organisations!, 'nom') });
    });
    expect(await errorsOf(dir)).toContainEqual(
      expect.objectContaining({
        file: 'organisations.yaml',
        record: 'nom',
        field: 'id',
        message: 'duplicate id "nom"',
      }),
    );
  });

  it('refuses a record with a missing required field', async () => {
    const dir = await copyOfData();
    await editYaml(dir, 'activities.yaml', (d) => {
      delete byId(d.activities!, 'act-addventured').status;
    });
    expect(await errorsOf(dir)).toContainEqual(
      expect.objectContaining({ file: 'activities.yaml', record: 'act-addventured', field: 'status' }),
    );
  });

  it('refuses a misspelt field instead of ignoring it', async () => {
    const dir = await copyOfData();
    await editYaml(dir, 'gaps.yaml', (d) => {
      byId(d.gaps!, 'gap-01').statment = 'typo';
    });
    expect(await errorsOf(dir)).toContainEqual(
      expect.objectContaining({ file: 'gaps.yaml', record: 'gap-01', message: expect.stringContaining('statment') }),
    );
  });

  it('refuses malformed CSV rows, naming the row and the column', async () => {
    const dir = await copyOfData();
    const file = path.join(dir, 'regions/gemeenten-2025.csv');
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines[1] = lines[1]!.replace('GM0014', 'G14');
    lines[2] = `${lines[2]},extra`;
    lines[3] = '"GM0037,Stadskanaal,PV20,Groningen,CR01,Oost-Groningen';
    await writeFile(file, lines.join('\n'));
    const errors = await errorsOf(dir);
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'regions/gemeenten-2025.csv', record: 'row 2', field: 'gemeente_code' }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'regions/gemeenten-2025.csv',
        record: 'row 3',
        message: 'has 7 fields, expected 6',
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'regions/gemeenten-2025.csv', record: 'row 4', message: 'malformed quoting' }),
    );
  });

  it('refuses a COROP region that crosses a province border', async () => {
    const dir = await copyOfData();
    const file = path.join(dir, 'regions/gemeenten-2025.csv');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(
        'GM0014,Groningen,PV20,Groningen,CR03',
        'GM0014,Groningen,PV20,Groningen,CR12',
      ),
    );
    expect(await errorsOf(dir)).toContainEqual(
      expect.objectContaining({
        file: 'regions/gemeenten-2025.csv',
        field: 'corop_code',
        message: expect.stringContaining('COROP CR12 lies in PV20 and PV23'),
      }),
    );
  });

  it('refuses an inferred record without a note saying why', async () => {
    const dir = await copyOfData();
    await editYaml(dir, 'relations.yaml', (d) => {
      delete byId(d.relations!, 'rel-009').note;
    });
    expect(await errorsOf(dir)).toContainEqual(
      expect.objectContaining({ file: 'relations.yaml', record: 'rel-009', field: 'note' }),
    );
  });

  it('refuses a reading that does not belong to its ambiguity', async () => {
    const dir = await copyOfData();
    await editYaml(dir, 'organisations.yaml', (d) => {
      const serves = byId(d.organisations!, 'novel-t').serves as Rec[];
      serves.find((s) => s.reading === 'prose')!.reading = 'guess';
    });
    expect(await errorsOf(dir)).toContainEqual(
      expect.objectContaining({
        file: 'organisations.yaml',
        record: 'novel-t',
        field: expect.stringMatching(/^serves\[\d+\]\.reading$/),
      }),
    );
  });

  it('refuses two SERVES entries for the same group, reading and scope', async () => {
    const dir = await copyOfData();
    await editYaml(dir, 'organisations.yaml', (d) => {
      const serves = byId(d.organisations!, 'ynbusiness').serves as Rec[];
      serves.push({ ...serves[0]! });
    });
    expect(await errorsOf(dir)).toContainEqual(
      expect.objectContaining({ file: 'organisations.yaml', record: 'ynbusiness', field: 'serves[1]' }),
    );
  });

  it('reports every error of a broken copy at once, not only the first', async () => {
    const dir = await copyOfData();
    await editYaml(dir, 'organisations.yaml', (d) => {
      byId(d.organisations!, 'fom').type = 'bank';
      byId(d.organisations!, 'nom').scale = 'galactic';
    });
    await editYaml(dir, 'activities.yaml', (d) => {
      byId(d.activities!, 'act-een').owner = 'nobody';
    });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => `${e.record}.${e.field}`)).toEqual(
      expect.arrayContaining(['fom.type', 'nom.scale', 'act-een.owner']),
    );
  });

  it('refuses a missing data file', async () => {
    const dir = await copyOfData();
    await rm(path.join(dir, 'timeline.yaml'));
    expect(await errorsOf(dir)).toContainEqual(expect.objectContaining({ file: 'timeline.yaml', record: '(file)' }));
  });
});
