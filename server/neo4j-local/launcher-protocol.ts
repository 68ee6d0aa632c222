/** What the Java launcher reported on its stdout. */
export type LauncherMessage =
  { kind: 'ready'; uri: string } | { kind: 'error'; code: string | undefined; reason: string };

/** Parses one stdout line of Launcher.java; undefined for anything that is not part of the protocol. */
export function parseLauncherLine(line: string): LauncherMessage | undefined {
  const text = line.trim();
  const ready = /^NEO4J_READY\s+(\S+)$/.exec(text);
  if (ready?.[1]) return { kind: 'ready', uri: ready[1] };
  const error = /^NEO4J_ERROR(?:\s+(.*))?$/.exec(text);
  if (error) {
    const rest = error[1]?.trim() ?? '';
    // The launcher prefixes a machine code ("PORT_IN_USE: ..."); older or odd lines may not.
    const coded = /^([A-Z][A-Z_]*):\s*(.*)$/.exec(rest);
    if (coded?.[1]) return { kind: 'error', code: coded[1], reason: coded[2] || coded[1] };
    return { kind: 'error', code: undefined, reason: rest || 'unknown error' };
  }
  return undefined;
}
