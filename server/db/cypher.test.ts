import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCypherFiles, paramsOf, splitStatements } from './cypher.ts';
import { loadQueries, QUERY_NAMES } from './queries.ts';

describe('paramsOf', () => {
  it('lists each parameter once, ignoring comments', () => {
    expect(paramsOf('// uses $ignored\nMATCH (n {id: $id}) WHERE n.x IN $list OR n.id = $id RETURN n')).toEqual([
      'id',
      'list',
    ]);
  });
});

describe('splitStatements', () => {
  it('splits on semicolons at line ends and drops comment lines', () => {
    expect(splitStatements('// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nCREATE INDEX b;\n')).toEqual(
      ['CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)', 'CREATE INDEX b'],
    );
  });
});

describe('loadCypherFiles', () => {
  it('keys files by their path below the folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cy-'));
    await mkdir(path.join(dir, 'feature'));
    await writeFile(path.join(dir, 'feature', 'find-thing.cypher'), '// finds a thing\nMATCH (t {id: $id}) RETURN t');
    const files = loadCypherFiles(dir);
    expect([...files.keys()]).toEqual(['feature/find-thing']);
    expect(files.get('feature/find-thing')?.params).toEqual(['id']);
  });

  it('refuses a file without a header comment', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cy-'));
    await writeFile(path.join(dir, 'bare.cypher'), 'RETURN 1');
    expect(() => loadCypherFiles(dir)).toThrow(/bare.cypher: must start with \/\/ comment lines/);
  });
});

describe('loadQueries', () => {
  it('loads every listed query of the project', () => {
    expect([...loadQueries().keys()]).toEqual([...QUERY_NAMES]);
  });

  it('stops when a listed file is missing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cy-'));
    expect(() => loadQueries(dir)).toThrow(/missing query file cypher\/health\/ping.cypher/);
  });
});
