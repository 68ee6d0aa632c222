import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdsArchiveName, planCds } from './class-data-sharing.ts';

describe('planCds', () => {
  let dir: string;
  const jvm = 'openjdk version "17.0.15" 2025-04-15';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'neo4j-cds-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('names the archive after the JVM build', () => {
    expect(cdsArchiveName(jvm)).toMatch(/^app-cds-[0-9a-f]{12}\.jsa$/);
    expect(cdsArchiveName(jvm)).not.toBe(cdsArchiveName('openjdk version "21.0.2"'));
  });

  it('dumps on the first run and keeps the archive only when asked', async () => {
    const first = await planCds(dir, jvm, true);
    const pending = /^-XX:ArchiveClassesAtExit=(.+)$/.exec(first.args[0] ?? '')?.[1];
    expect(pending).toBeDefined();
    await writeFile(pending!, 'archive');
    await first.keep();
    const archive = path.join(dir, cdsArchiveName(jvm));
    expect(existsSync(archive)).toBe(true);
    expect((await planCds(dir, jvm, true)).args).toEqual([`-XX:SharedArchiveFile=${archive}`]);
  });

  it('drops a discarded dump and does nothing when disabled', async () => {
    const plan = await planCds(dir, jvm, true);
    const pending = plan.args[0]!.split('=')[1]!;
    await writeFile(pending, 'partial');
    await plan.discard();
    expect(existsSync(pending)).toBe(false);
    expect((await planCds(dir, jvm, false)).args).toEqual([]);
  });
});
