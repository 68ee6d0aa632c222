/** JVM flags for the launcher; mirrors what Neo4j's own start script passes, minus server-only bits. */
export function jvmArgs(opts: { heap: string; javaMajor: number }): string[] {
  const args = [
    // Equal initial and max heap, as Neo4j recommends (it warns otherwise).
    `-Xms${opts.heap}`,
    `-Xmx${opts.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    // The JVM's own warnings (e.g. about the CDS archive) default to stdout; keep stdout for the
    // launcher's READY/ERROR line only.
    '-Xlog:disable',
    '-Xlog:all=warning:stderr',
    // Without these the page cache and transaction logs fall back to slower code paths
    // (and fill debug.log with warnings about it).
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  ];
  // Newer JDKs warn loudly about native access without this flag (it does not exist before 17).
  if (opts.javaMajor >= 22) args.push('--enable-native-access=ALL-UNNAMED');
  return args;
}
