import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** How this JVM start uses the AppCDS archive, and what to do with a freshly dumped one. */
export interface CdsPlan {
  args: string[];
  /** Set when this run dumps a new archive; keep() promotes it, discard() drops it. */
  keep(): Promise<void>;
  discard(): Promise<void>;
}

/** Archive file name for one JVM build; an archive made by another build would be rejected anyway. */
export function cdsArchiveName(javaVersionText: string): string {
  const id = createHash('sha256').update(javaVersionText).digest('hex').slice(0, 12);
  return `app-cds-${id}.jsa`;
}

/**
 * Class data sharing halves JVM start-up (Neo4j loads ~20k classes): the first clean run dumps the
 * loaded classes into an archive next to the jars, later runs map it. Only a run that reached READY
 * and stopped cleanly is kept, so a failed start cannot leave a poor archive behind.
 */
export async function planCds(distDir: string, javaVersionText: string, enabled: boolean): Promise<CdsPlan> {
  const noop = async (): Promise<void> => undefined;
  if (!enabled) return { args: [], keep: noop, discard: noop };
  const archive = path.join(distDir, cdsArchiveName(javaVersionText));
  if (existsSync(archive)) return { args: [`-XX:SharedArchiveFile=${archive}`], keep: noop, discard: noop };

  // Leftovers of runs that died before stop(); each is tens of MB.
  const base = path.basename(archive);
  for (const name of await readdir(distDir).catch(() => [] as string[])) {
    if (name.startsWith(`${base}.`) && name.endsWith('.tmp')) await rm(path.join(distDir, name), { force: true });
  }
  // Unique per start: two local Neo4js (even in one process) may be dumping at the same time.
  const pending = `${archive}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  return {
    args: [`-XX:ArchiveClassesAtExit=${pending}`],
    async keep() {
      const size = await stat(pending).then(
        (s) => s.size,
        () => 0,
      );
      if (size > 0) await rename(pending, archive).catch(() => rm(pending, { force: true }));
    },
    async discard() {
      await rm(pending, { force: true });
    },
  };
}
