/**
 * Waits until the browser's processes stop using the CPU, for benchmarks that compare a figure
 * measured right after a bulk write (50,000 imported clips) with one measured on an idle profile.
 * After a large import IndexedDB's LevelDB store compacts in the background for a while; a popup
 * opened then competes with it for the two cores, which is a property of "just after a bulk import",
 * not of the collection's size. The benchmark reports both. Linux only (/proc); elsewhere it returns
 * at once and says so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Clock ticks (user + system) used so far by every process whose executable name has `name`. */
function cpuTicks(name: string): number {
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv0 = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')[0] ?? '';
      if (!argv0.includes(name)) continue;
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return ticks;
}

export interface QuietResult {
  /** Milliseconds waited. */
  waited: number;
  /** True when the processes went quiet; false when `maxMs` ran out (or /proc is missing). */
  quiet: boolean;
}

/**
 * Resolves once the processes named `name` used less than `threshold` of one core over each of
 * `quietSeconds` consecutive seconds, or after `maxMs`.
 */
export async function waitForQuietCpu(
  name = 'chromium',
  { threshold = 0.05, quietSeconds = 3, maxMs = 180_000 } = {},
): Promise<QuietResult> {
  if (!existsSync('/proc/self/stat')) return { waited: 0, quiet: false };
  const started = Date.now();
  let calm = 0;
  let before = cpuTicks(name);
  while (Date.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = cpuTicks(name);
    // /proc counts in USER_HZ, 100 per second on Linux.
    calm = (now - before) / 100 < threshold ? calm + 1 : 0;
    before = now;
    if (calm >= quietSeconds) return { waited: Date.now() - started, quiet: true };
  }
  return { waited: Date.now() - started, quiet: false };
}
