/**
 * The embedded Postgres must not outlive the process that started it. Postgres runs as a child
 * process; when its parent dies without stopping it (SIGKILL, the OOM killer), it keeps running
 * and keeps the data directory locked, so the next start would fail on `postmaster.pid`.
 *
 * - {@link startWatchdog}: a tiny shell process that holds one end of a pipe from the parent.
 *   When the parent dies, however it dies, the kernel closes the pipe; the watchdog then stops
 *   the postmaster (fast shutdown: clients disconnected, a checkpoint, the lock file removed).
 * - {@link stopOrphanedPostmaster}: for what the watchdog could not catch (both killed at once,
 *   a kill between Postgres's start and the watchdog's, a cluster left by an older version), a
 *   start that finds a live postmaster of its data directory whose parent is no longer the
 *   process that started it (recorded in `<cluster>.owner`) stops it and carries on. A
 *   postmaster whose owner still runs belongs to another instance: the start stops with a
 *   message instead.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';

const WATCHDOG_NAME = 'tsunagari-postgres-watchdog';

// $1: the postmaster's pid, $2: its postmaster.pid. Signals to the watchdog are ignored: only the
// parent's end (EOF on stdin) or its "stop" (a clean shutdown) counts. The lock file must still
// name the pid, so a pid reused after Postgres ended on its own is never signalled.
const WATCHDOG_SCRIPT = `trap '' INT TERM HUP QUIT
read -r line
[ "$line" = stop ] && exit 0
[ "$(head -n 1 "$2" 2>/dev/null)" = "$1" ] || exit 0
kill -INT "$1"`;

export interface Watchdog {
  /** The postmaster was stopped in order: the watchdog exits without doing anything. */
  disarm(): void;
  readonly pid: number | undefined;
}

/** Starts the watchdog of a running postmaster (no-op on Windows, which has no `sh`). */
export function startWatchdog(postmasterPid: number, clusterDir: string): Watchdog {
  if (process.platform === 'win32') return { disarm() {}, pid: undefined };
  const child: ChildProcess = spawn(
    '/bin/sh',
    ['-c', WATCHDOG_SCRIPT, WATCHDOG_NAME, String(postmasterPid), pidFileOf(clusterDir)],
    // Its own session: a Ctrl-C or a hang-up of the terminal is not its business.
    { stdio: ['pipe', 'ignore', 'ignore'], detached: true },
  );
  child.on('error', () => {}); // no sh: the start-up check below still catches orphans
  const stdin = child.stdin as (Writable & { unref?: () => void }) | null;
  stdin?.on('error', () => {});
  // Neither the watchdog nor its pipe keeps this process alive.
  child.unref();
  stdin?.unref?.();
  return {
    pid: child.pid,
    disarm() {
      if (!stdin || stdin.destroyed) return;
      stdin.end('stop\n');
    },
  };
}

/** Records the process that started the postmaster (its parent), beside the cluster. */
export async function recordOwner(clusterDir: string): Promise<void> {
  await fs.writeFile(ownerFileOf(clusterDir), `${process.pid}\n`, { mode: 0o600 });
}

export class DataDirectoryInUseError extends Error {
  override name = 'DataDirectoryInUseError';
}

/**
 * Before starting: if `postmaster.pid` names a live postmaster of this cluster, stop it when it
 * is an orphan (its parent is not the recorded owner any more), or throw
 * {@link DataDirectoryInUseError} when its owner still runs. A lock file naming a process that
 * is gone, or that is not a postmaster of this cluster, is left to Postgres, which replaces
 * a stale one itself. Returns the pid of the orphan it stopped.
 */
export async function stopOrphanedPostmaster(
  clusterDir: string,
  log: (message: string) => void = () => {},
): Promise<number | undefined> {
  const pid = await lockFilePid(clusterDir);
  if (pid === undefined) return undefined;
  const info = await processInfo(pid);
  if (!info || info.zombie || !isPostmasterOf(info.command, clusterDir)) return undefined;
  const owner = await readOwner(clusterDir);
  if (owner !== undefined && info.ppid === owner) {
    throw new DataDirectoryInUseError(
      `The embedded Postgres in ${clusterDir} is in use by another running Tsunagari (process ${owner}). Stop that one first, or give this one another DATA_DIR.`,
    );
  }
  log(
    `stopping the embedded Postgres (process ${pid}) left running by a process that ended without stopping it`,
  );
  await stopProcess(pid, clusterDir);
  return pid;
}

/** SIGINT (fast shutdown); SIGQUIT (immediate) after 10 s; SIGKILL after 15 s. */
async function stopProcess(pid: number, clusterDir: string): Promise<void> {
  const steps: [NodeJS.Signals, number][] = [
    ['SIGINT', 10_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ];
  for (const [signal, waitMs] of steps) {
    try {
      process.kill(pid, signal);
    } catch {
      return; // already gone
    }
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline) {
      if (await stoppedOrGone(pid, clusterDir)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`The embedded Postgres (process ${pid}) in ${clusterDir} does not stop.`);
}

async function stoppedOrGone(pid: number, clusterDir: string): Promise<boolean> {
  // An orphan's new parent may be slow to reap it (or never, in a container whose first process
  // does not): a zombie counts as gone; so does a lock file that no longer names it.
  const info = await processInfo(pid);
  if (!info || info.zombie) return true;
  return (await lockFilePid(clusterDir)) !== pid;
}

interface ProcessInfo {
  readonly ppid: number;
  readonly zombie: boolean;
  /** The command line, arguments separated by spaces. */
  readonly command: string;
}

/** From /proc where there is one (Linux), else from `ps`; undefined when the process is gone. */
export async function processInfo(pid: number): Promise<ProcessInfo | undefined> {
  try {
    const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
    const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8');
    // "pid (comm) state ppid …"; comm may contain spaces and parentheses.
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      ppid: Number(ppid),
      zombie: state === 'Z',
      command: cmdline.split('\0').join(' ').trim(),
    };
  } catch (error) {
    // With /proc, ENOENT means the process is gone; anything else (no /proc, hidden): ask `ps`.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && (await exists('/proc/self/stat'))) return undefined;
  }
  return new Promise((resolve) => {
    execFile('ps', ['-o', 'ppid=,stat=,command=', '-p', String(pid)], (error, stdout) => {
      const match = /^\s*(\d+)\s+(\S+)\s+(.*)$/.exec(stdout.trim());
      if (error || !match) return resolve(undefined);
      resolve({
        ppid: Number(match[1]),
        zombie: (match[2] ?? '').startsWith('Z'),
        command: match[3] ?? '',
      });
    });
  });
}

function isPostmasterOf(command: string, clusterDir: string): boolean {
  const args = command.split(' ');
  const program = path.basename(args[0] ?? '');
  return (
    (program === 'postgres' || program === 'postmaster') &&
    command.includes(`-D ${path.resolve(clusterDir)}`)
  );
}

async function lockFilePid(clusterDir: string): Promise<number | undefined> {
  try {
    const pid = Number((await fs.readFile(pidFileOf(clusterDir), 'utf8')).split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function readOwner(clusterDir: string): Promise<number | undefined> {
  try {
    const pid = Number((await fs.readFile(ownerFileOf(clusterDir), 'utf8')).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function pidFileOf(clusterDir: string): string {
  return path.join(path.resolve(clusterDir), 'postmaster.pid');
}

function ownerFileOf(clusterDir: string): string {
  return `${path.resolve(clusterDir)}.owner`;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
