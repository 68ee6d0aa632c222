import { spawn } from 'node:child_process';
import path from 'node:path';
import { LocalNeo4jError, NEO4J_URI_HINT } from './errors.ts';

/** Neo4j 5.26 runs on Java 17 and 21; anything older cannot load its classes. */
export const MIN_JAVA_MAJOR = 17;
const SUPPORTED = 'Java 17 or 21';

/** Extracts the major version from `java -version` output (handles 1.8.0_292, 17.0.15, 21, 25-ea). */
export function parseJavaMajorVersion(output: string): number | undefined {
  // The first quoted version string; lines like "Picked up JAVA_TOOL_OPTIONS" may come before it.
  const match = /version "([^"]+)"/.exec(output);
  if (!match?.[1]) return undefined;
  const parts = match[1].split(/[.\-_+]/);
  const first = Number.parseInt(parts[0] ?? '', 10);
  if (Number.isNaN(first)) return undefined;
  // Before Java 9 the scheme was 1.<major>.
  if (first === 1) {
    const second = Number.parseInt(parts[1] ?? '', 10);
    return Number.isNaN(second) ? undefined : second;
  }
  return first;
}

/** The java executable to use: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  const home = env['JAVA_HOME']?.trim();
  return home ? path.join(home, 'bin', 'java') : 'java';
}

/** What `java -version` told us; the full text identifies the exact JVM build (for the CDS archive). */
export interface JavaInfo {
  major: number;
  versionText: string;
}

/** Runs `java -version` and returns its major version, or throws JAVA_MISSING / JAVA_TOO_OLD. */
export async function checkJava(javaCmd: string): Promise<JavaInfo> {
  const { output, missing } = await runVersion(javaCmd);
  if (missing) {
    throw new LocalNeo4jError(
      'JAVA_MISSING',
      `No Java found (tried "${javaCmd}"). The local Neo4j needs ${SUPPORTED}: ` +
        `install a JDK (e.g. apt-get install openjdk-17-jdk-headless) or point JAVA_HOME at one, ${NEO4J_URI_HINT}.`,
    );
  }
  const major = parseJavaMajorVersion(output);
  if (major === undefined || major < MIN_JAVA_MAJOR) {
    const found = major === undefined ? 'an unrecognised version' : `Java ${major}`;
    throw new LocalNeo4jError(
      'JAVA_TOO_OLD',
      `"${javaCmd}" is ${found}, but the local Neo4j needs ${SUPPORTED}: ` +
        `install one and put it first on PATH or set JAVA_HOME, ${NEO4J_URI_HINT}.`,
    );
  }
  return { major, versionText: output.trim() };
}

function runVersion(javaCmd: string): Promise<{ output: string; missing: boolean }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(javaCmd, ['-version'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // ENOENT (not on PATH) and EACCES (a JAVA_HOME that is not a JDK) both mean: no usable java.
    child.on('error', () => resolve({ output, missing: true }));
    child.on('close', () => resolve({ output, missing: false }));
  });
}
