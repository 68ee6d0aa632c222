import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { helpErrors } from './check-help.ts';
import { toSeedRows } from './rows.ts';
import type { SeedData } from './schema.ts';
import { SEED_DATA_DIR, validateSeedDir } from './validate.ts';

let data: SeedData;
beforeAll(async () => {
  const v = await validateSeedDir();
  if (!v.ok) throw new Error('the project seed data must be valid');
  data = v.data;
});
const copy = (): SeedData => structuredClone(data);
const org = (d: SeedData, id: string) => d.organisations.find((o) => o.id === id)!;

describe('kinds of help in the seed', () => {
  it('records the kinds of help, or why none are recorded, for every organisation the report describes', () => {
    const without = data.organisations.filter((o) => o.help === undefined).map((o) => o.id);
    expect(without).toEqual([]);
    for (const o of data.organisations) {
      if (o.help!.length > 0) expect(o.helpSources, o.id).toBeDefined();
      else expect(o.helpNote, o.id).toBeDefined();
    }
  });

  it('gives every served statement of a regional provider in the five provinces studied a kind of help', () => {
    const rows = toSeedRows(data).serves;
    const missing = rows
      .filter(
        (r) => r.props.role !== 'not-served' && !org(data, r.org).generic && org(data, r.org).scale !== 'national',
      )
      .filter((r) => (r.props.help as string[]).length === 0)
      .map((r) => `${r.org} → ${r.targetGroup}`);
    // Braventure is only a name in the Brabant canvas: its help is unknown, and unknown is never an overlap.
    expect(missing).toEqual(['braventure → startup']);
  });

  it('says FOM finances, YnBusiness advises and KVK informs, as the Frisian factsheet does', () => {
    const help = (id: string, tg: string) =>
      toSeedRows(data).serves.find((r) => r.org === id && r.targetGroup === tg)?.props.help;
    expect(help('fom', 'breed-mkb')).toEqual(['financiering']);
    expect(help('ynbusiness', 'breed-mkb')).toEqual(['advies-begeleiding']);
    expect(help('kvk', 'breed-mkb')).toEqual(['informeren-wegwijzen']);
  });

  it('marks kinds of help taken from the organisation as inferred on the statement when they are inferred', () => {
    const novelT = toSeedRows(data).serves.find((r) => r.org === 'novel-t' && r.targetGroup === 'innovatief-mkb');
    expect(novelT?.props.inferredFields).toContain('help');
    expect(novelT?.props.helpSources).toEqual(org(data, 'novel-t').helpSources);
  });

  it('refuses an unknown kind of help on an organisation and on a serves entry, naming the field', () => {
    const d = copy();
    org(d, 'fom').help = ['geld'];
    org(d, 'kvk').serves[0]!.help = ['koffie'];
    expect(helpErrors(d)).toEqual([
      {
        file: 'organisations.yaml',
        record: 'kvk',
        field: 'serves[0].help[0]',
        message: 'unknown kind of help "koffie"',
      },
      { file: 'organisations.yaml', record: 'fom', field: 'help[0]', message: 'unknown kind of help "geld"' },
    ]);
  });

  it('refuses kinds of help without sources, and an empty list without a note', () => {
    const d = copy();
    delete org(d, 'fom').helpSources;
    delete org(d, 'ezk').helpNote;
    expect(helpErrors(d).map((e) => `${e.record} ${e.field}`)).toEqual(['ezk helpNote', 'fom helpSources']);
  });
});

describe('validateSeedDir with kinds of help', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('refuses a seed whose organisation names an unknown kind of help', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'seed-help-'));
    dirs.push(dir);
    await cp(SEED_DATA_DIR, dir, { recursive: true });
    const file = path.join(dir, 'organisations.yaml');
    const doc = parse(await readFile(file, 'utf8')) as { organisations: Record<string, unknown>[] };
    doc.organisations.find((o) => o.id === 'ynbusiness')!.help = ['coaching'];
    await writeFile(file, stringify(doc));
    const v = await validateSeedDir(dir);
    expect(v.ok).toBe(false);
    if (!v.ok)
      expect(v.errors).toContainEqual({
        file: 'organisations.yaml',
        record: 'ynbusiness',
        field: 'help[0]',
        message: 'unknown kind of help "coaching"',
      });
  });
});
