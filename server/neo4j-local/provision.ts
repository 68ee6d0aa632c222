import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LocalNeo4jError, NEO4J_URI_HINT } from './errors.ts';
import { checkJava, javaCommand } from './java.ts';

/** Neo4j Community 5.26 LTS; keep in sync with the default in launcher/pom.xml. */
export const NEO4J_VERSION = '5.26.30';

/** A runnable Neo4j: how to start the JVM and with which classpath. */
export interface ProvisionedNeo4j {
  javaCmd: string;
  classpath: string;
  version: string;
  javaMajor: number;
  /** Full `java -version` output, to tell JVM builds apart. */
  javaVersionText: string;
  /** .neo4j/dist/<version>: the lib/ folder plus files derived from it. */
  distDir: string;
}

const MARKER = '.complete';
const MAVEN_HOST = 'repo.maven.apache.org';

/** Checks Java, then reuses .neo4j/dist/<version> or builds it once with Maven (the only network use). */
export async function provisionNeo4j(opts: { rootDir: string; log: (msg: string) => void }): Promise<ProvisionedNeo4j> {
  const javaCmd = javaCommand();
  const { major: javaMajor, versionText: javaVersionText } = await checkJava(javaCmd);
  if (javaMajor > 21) {
    opts.log(`Java ${javaMajor} is newer than Neo4j ${NEO4J_VERSION} supports (17 and 21); trying anyway.`);
  }
  const version = NEO4J_VERSION;
  const localDir = path.join(opts.rootDir, '.neo4j');
  const distDir = path.join(localDir, 'dist', version);
  const launcherDir = path.join(opts.rootDir, 'server', 'neo4j-local', 'launcher');
  const result = { javaCmd, classpath: path.join(distDir, 'lib', '*'), version, javaMajor, javaVersionText, distDir };

  // The marker is written last and records the launcher sources, so an interrupted build or an
  // edited Launcher.java is rebuilt instead of silently reused.
  const sourceHash = await hashSources(launcherDir);
  if ((await readMarker(distDir))?.sourceHash === sourceHash) return result;

  opts.log(`Provisioning Neo4j Community ${version} from Maven Central (first run only)…`);
  const started = Date.now();
  // Build into a staging folder and swap it in at the end, so a Neo4j that is running from the
  // old build (another checkout's `npm start`) never sees a half-written lib/ folder.
  const staging = path.join(localDir, 'dist', `.staging-${version}-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(path.dirname(staging), { recursive: true });
  const output = await runMaven(
    [
      '-B',
      '-q',
      '-Dstyle.color=never',
      '-f',
      path.join(launcherDir, 'pom.xml'),
      `-Dneo4j.version=${version}`,
      `-Dneo4j.local.dir=${localDir}`,
      `-Dneo4j.dist.dir=${staging}`,
      'package',
    ],
    path.join(localDir, `maven-${version}.log`),
    opts.log,
  ).catch(async (err: unknown) => {
    await rm(staging, { recursive: true, force: true });
    throw err;
  });
  const jars = await readdir(path.join(staging, 'lib')).catch(() => [] as string[]);
  if (
    !jars.some((j) => j.startsWith('ecosysteemkaart-neo4j-launcher')) ||
    !jars.some((j) => j.startsWith('neo4j-kernel'))
  ) {
    await rm(staging, { recursive: true, force: true });
    throw new LocalNeo4jError('MAVEN_FAILED', `Maven finished but produced no complete lib/ folder.\n${tail(output)}`);
  }
  // The marker is written last: its presence means "complete".
  await writeFile(
    path.join(staging, MARKER),
    JSON.stringify({ version, sourceHash, builtAt: new Date().toISOString() }, null, 2) + '\n',
  );
  await rm(distDir, { recursive: true, force: true });
  await rename(staging, distDir);
  opts.log(`Neo4j ${version} provisioned in ${Math.round((Date.now() - started) / 1000)} s (${jars.length} jars).`);
  return result;
}

async function readMarker(distDir: string): Promise<{ sourceHash?: string } | undefined> {
  try {
    return JSON.parse(await readFile(path.join(distDir, MARKER), 'utf8')) as { sourceHash?: string };
  } catch {
    return undefined;
  }
}

async function hashSources(launcherDir: string): Promise<string> {
  const hash = createHash('sha256');
  const files = [path.join(launcherDir, 'pom.xml')];
  const srcDir = path.join(launcherDir, 'src');
  for (const entry of await readdir(srcDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.push(path.join(entry.parentPath, entry.name));
  }
  for (const file of files.sort()) {
    hash
      .update(path.relative(launcherDir, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  }
  return hash.digest('hex');
}

/** Runs mvn, keeping its full output in logFile; resolves with the output or throws a LocalNeo4jError. */
function runMaven(args: string[], logFile: string, log: (msg: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const started = Date.now();
    // Maven can be silent for minutes while it downloads ~120 MB; show that we are alive.
    const progress = setInterval(() => {
      log(`Still downloading Neo4j from Maven Central… ${Math.round((Date.now() - started) / 1000)} s`);
    }, 15_000);
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer): void => {
      // Bounded: only the tail matters for error messages.
      output = (output + chunk.toString()).slice(-200_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearInterval(progress);
      reject(
        err.code === 'ENOENT'
          ? new LocalNeo4jError(
              'MAVEN_MISSING',
              `Maven (mvn) is needed once to download Neo4j Community ${NEO4J_VERSION} from Maven Central: ` +
                `install Maven (e.g. apt-get install maven), ${NEO4J_URI_HINT}.`,
            )
          : err,
      );
    });
    child.on('close', (code) => {
      clearInterval(progress);
      const clean = stripAnsi(output);
      void writeFile(logFile, clean).catch(() => undefined);
      if (code === 0) return resolve(clean);
      reject(classifyMavenFailure(clean, logFile));
    });
  });
}

/** Tells "cannot reach Maven Central" apart from other Maven failures, from Maven's output. */
export function classifyMavenFailure(output: string, logFile: string): LocalNeo4jError {
  const unreachable =
    /UnknownHostException|Unknown host|Temporary failure in name resolution|Connection refused|Connect(ion)? timed out|Read timed out|Network is unreachable|No route to host|transfer failed|Could not transfer artifact/i.test(
      output,
    );
  if (unreachable) {
    return new LocalNeo4jError(
      'MAVEN_UNREACHABLE',
      `Could not download Neo4j ${NEO4J_VERSION}: the first run needs access to Maven Central (${MAVEN_HOST}), ` +
        `${NEO4J_URI_HINT}. Maven said (full log: ${logFile}):\n${tail(output)}`,
    );
  }
  return new LocalNeo4jError(
    'MAVEN_FAILED',
    `Building the local Neo4j ${NEO4J_VERSION} with Maven failed (full log: ${logFile}):\n${tail(output)}`,
  );
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/** The last meaningful lines of Maven's output, without its generic "re-run with -e" advice. */
function tail(text: string, lines = 15): string {
  const boilerplate =
    /^\[ERROR\]\s*$|re-run Maven|-[eX] switch|For more information about the errors|\[Help \d+\] http/i;
  return text
    .split('\n')
    .filter((l) => l.trim() !== '' && !boilerplate.test(l))
    .slice(-lines)
    .join('\n');
}
