/**
 * CPU time of a process tree, read from /proc (Linux). Wall-clock rates on a shared two-core
 * machine move with whatever else runs; the CPU a process spent per message or per request does
 * not, so the load benchmark reports both.
 */
import { readdir, readFile } from 'node:fs/promises';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux (`getconf CLK_TCK`)

export interface ProcessCpu {
  readonly pid: number;
  readonly ppid: number;
  /** The process's name (`postgres`; Node's main thread is `MainThread`). */
  readonly name: string;
  /** User + system CPU seconds so far. */
  readonly seconds: number;
}

/** Every process on the machine, with its parent and CPU seconds so far. */
async function allProcesses(): Promise<ProcessCpu[]> {
  const found: ProcessCpu[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      // Fields after the name: state ppid … utime (12th) stime (13th).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      found.push({
        pid: Number(entry),
        ppid: Number(fields[1]),
        name,
        seconds: ticks / TICKS_PER_SECOND,
      });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** `root` and every process below it. */
export async function processTree(root: number): Promise<ProcessCpu[]> {
  const all = await allProcesses();
  const below = new Set([root]);
  // Parents come before children in pid order except after pid wrap-around: repeat until stable.
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (!below.has(p.pid) && below.has(p.ppid)) {
        below.add(p.pid);
        grew = true;
      }
    }
  }
  return all.filter((p) => below.has(p.pid));
}

/** CPU seconds per group between two readings (processes that ended meanwhile are not counted). */
export function cpuBetween(
  before: readonly ProcessCpu[],
  after: readonly ProcessCpu[],
  groupOf: (p: ProcessCpu) => string | undefined,
): Map<string, number> {
  const earlier = new Map(before.map((p) => [p.pid, p.seconds]));
  const groups = new Map<string, number>();
  for (const p of after) {
    const group = groupOf(p);
    if (group === undefined) continue;
    groups.set(group, (groups.get(group) ?? 0) + p.seconds - (earlier.get(p.pid) ?? 0));
  }
  return groups;
}
