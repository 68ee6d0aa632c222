import { readFile } from 'node:fs/promises';

/** Resident memory of a process in MiB: now and its peak (Linux /proc only). */
export interface ProcessMemory {
  readonly rssMb: number;
  readonly peakRssMb: number;
}

/**
 * Reads VmRSS and VmHWM of a process from /proc/<pid>/status; null where there is no /proc.
 * @example await processMemory(bench.local.pid) // { rssMb: 1210, peakRssMb: 1305 }
 */
export async function processMemory(pid: number): Promise<ProcessMemory | null> {
  let status: string;
  try {
    status = await readFile(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakRssMb: Math.round(kb('VmHWM') / 1024) };
}
