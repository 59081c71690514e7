/**
 * `mailings send|schedule|watch` (`queue status` is in queue.ts, `export deliveries` in
 * deliveries.ts, `export acknowledgements` in acknowledgements.ts).
 * Sending goes through the mail engine's service (src/modules/mailings/mailing.service.ts): the
 * same state machine, jobs and audit as the API. The CLI then watches the deliveries table and
 * draws the progress; the sending itself is done by the workers (the service's, or one started
 * in this process with --worker).
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Actor } from '../auth/actor.js';
import type { Viewer } from '../auth/viewer.js';
import type { Db } from '../db/create-db.js';
import type { DeliveryStatus, MailingStatus } from '../db/tables/mailings.js';
import { globalIdOf, type IdReading, readId } from '../lib/global-id.js';
import { isUuid } from '../lib/uuid.js';
import { findAccountByEmail } from '../modules/accounts/account.repository.js';
import type { Mailing } from '../modules/mailings/mailing.js';
import { findMailing } from '../modules/mailings/mailing.repository.js';
import {
  CliError,
  type CommandContext,
  type CommandSpec,
  EXIT,
  type OutStream,
  UsageError,
} from './command.js';
import { oneLine } from './database.js';
import { formatDuration, ProgressLine, percent, progressBar } from './progress.js';

// The mail engine, the worker and the SMTP pieces load only when a command needs them: they
// take seconds to load (MJML), which every other command and --help should not pay.
const mailingService = () => import('../modules/mailings/mailing.service.js');

/**
 * A mailing id as the CLI accepts it: the mailing's global ID (what the API, the console and
 * this CLI show) or its UUID; otherwise why not, in Japanese (e.g. the ID of an organisation).
 */
export function parseMailingId(value: string): IdReading {
  const reading = readId(['Mailing'], value);
  return reading.ok && !isUuid(reading.id)
    ? {
        ok: false,
        message: `「${value}」はメール（Mailing）の ID ではありません。API が返した id（グローバル ID）か UUID を指定してください。`,
      }
    : reading;
}

export async function mustFindMailing(db: Db, given: string, command: string): Promise<Mailing> {
  const reading = parseMailingId(given);
  if (!reading.ok) {
    throw new UsageError(reading.message, command);
  }
  const mailing = await findMailing(db, reading.id);
  if (!mailing) throw new CliError(`no mailing has the id ${given}`);
  return mailing;
}

/** The secretariat account a send or schedule is done as (approver and audit actor). */
async function secretariatViewer(db: Db, email: unknown, command: string): Promise<Viewer> {
  if (typeof email !== 'string' || email.trim() === '') {
    throw new UsageError(
      'missing --as: the secretariat account that approves the sending (recorded as approver and in the audit trail)',
      command,
    );
  }
  const account = await findAccountByEmail(db, email.trim());
  if (!account) throw new CliError(`no account has the address ${email}`);
  if (account.role === 'MEMBER') {
    throw new CliError(`${email} is a member account; mailings are sent by the secretariat`);
  }
  if (account.disabledAt) throw new CliError(`the account ${email} is disabled`);
  return {
    kind: 'SECRETARIAT',
    accountId: account.id,
    sessionId: `cli-${randomUUID()}`,
    role: account.role,
  };
}

/** graphile-worker's tables, which the service's jobs go into (the worker creates them too). */
async function ensureQueue(url: string): Promise<void> {
  const { runMigrations } = await import('graphile-worker');
  await runMigrations({ connectionString: url, logger: undefined }).catch((error: unknown) => {
    throw new CliError(`cannot prepare the job queue: ${oneLine(error)}`);
  });
}

/** The account given with --as, acting through the operator at the terminal. */
function actorOf(context: CommandContext, viewer: Viewer): Actor {
  return { viewer, requestId: context.actor.requestId, operator: context.actor.operator };
}

/**
 * A worker in this process (--worker), built as the service builds its own
 * (src/jobs/mail-worker.ts): the same transport (DKIM, connections) and engine settings.
 */
async function startCliWorker(
  context: CommandContext,
  db: Db,
  url: string,
): Promise<() => Promise<void>> {
  const config = context.config();
  const [{ createMailWorker }, { startLocalMailbox }, { default: pino }] = await Promise.all([
    import('../jobs/mail-worker.js'),
    import('../mail/local-mailbox.js'),
    import('pino'),
  ]);
  const stops: (() => Promise<unknown>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  };
  try {
    let smtpUrl = config.smtpUrl;
    if (!smtpUrl) {
      const mailbox = await startLocalMailbox({
        dir: path.join(config.dataDir, 'mailbox'),
        port: config.mailboxSmtpPort,
      });
      stops.push(() => mailbox.stop());
      smtpUrl = mailbox.smtpUrl;
    }
    const mail = await createMailWorker(config, db, pino({ level: 'warn' }, pino.destination(2)), {
      databaseUrl: url,
      smtpUrl,
      // The command watches the mailing; scheduled and retried jobs need not wait 2 s.
      pollIntervalMs: 500,
    });
    stops.push(() => mail.stop());
  } catch (error) {
    await stopAll();
    throw error;
  }
  return stopAll;
}

// ---------------------------------------------------------------------------------------------
// Watching a mailing

interface Snapshot {
  readonly status: MailingStatus;
  readonly resolved: boolean;
  readonly scheduledAt: Date | null;
  readonly lastError: string | null;
  readonly counts: Record<DeliveryStatus, number>;
  readonly total: number;
}

async function snapshot(db: Db, mailingId: string): Promise<Snapshot> {
  const mailing = await db
    .selectFrom('mailings')
    .select(['status', 'resolved_at', 'scheduled_at', 'last_error'])
    .where('id', '=', mailingId)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('deliveries')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('mailing_id', '=', mailingId)
    .groupBy('status')
    .execute();
  const counts = {
    QUEUED: 0,
    SENDING: 0,
    SENT: 0,
    RETRY: 0,
    FAILED: 0,
    BOUNCED: 0,
    SUPPRESSED: 0,
    UNKNOWN: 0,
    CANCELLED: 0,
  } satisfies Record<DeliveryStatus, number>;
  for (const row of rows) counts[row.status] = row.n;
  return {
    status: mailing.status,
    resolved: mailing.resolved_at !== null,
    scheduledAt: mailing.scheduled_at,
    lastError: mailing.last_error,
    counts,
    total: rows.reduce((sum, row) => sum + row.n, 0),
  };
}

/** What the progress line and the summary count. */
export function tally(s: Pick<Snapshot, 'counts' | 'total'>) {
  const c = s.counts;
  return {
    sent: c.SENT,
    failed: c.FAILED + c.BOUNCED + c.UNKNOWN,
    skipped: c.SUPPRESSED + c.CANCELLED,
    remaining: c.QUEUED + c.RETRY + c.SENDING,
    total: s.total,
  };
}

export interface WatchOptions {
  readonly pollMs?: number;
  /** Warn when nothing has happened for this long (no worker running?). */
  readonly idleWarningMs?: number;
  readonly live?: boolean;
  readonly now?: () => number;
  /** Resolves when the watch should stop early (Ctrl-C). */
  readonly interrupted?: Promise<void>;
}

/**
 * Draws a mailing's progress on `stream` until it is finished (SENT or CANCELLED), paused, or
 * interrupted; returns the last snapshot. Rate and ETA are measured over the last ten seconds.
 */
export async function watchMailing(
  db: Db,
  mailingId: string,
  stream: OutStream,
  options: WatchOptions = {},
): Promise<{ last: Snapshot; seconds: number; interrupted: boolean }> {
  const now = options.now ?? Date.now;
  const pollMs = options.pollMs ?? 500;
  const line = new ProgressLine(stream, { live: options.live ?? Boolean(stream.isTTY), now });
  const started = now();
  const samples: { at: number; done: number }[] = [];
  let interrupted = false;
  void options.interrupted?.then(() => {
    interrupted = true;
  });
  let lastChange = started;
  let lastDone = -1;
  let warned = false;
  let shownScheduled = false;
  for (;;) {
    const s = await snapshot(db, mailingId);
    const t = tally(s);
    const done = t.sent + t.failed + t.skipped;
    const at = now();
    samples.push({ at, done });
    while (samples.length > 2 && (samples[0] as { at: number }).at < at - 10_000) samples.shift();
    if (done !== lastDone || s.status !== 'SENDING') {
      lastDone = done;
      lastChange = at;
    }
    const first = samples[0] as { at: number; done: number };
    const rate = at > first.at ? ((done - first.done) * 1000) / (at - first.at) : 0;
    const finished = s.status === 'SENT' || s.status === 'CANCELLED' || s.status === 'PAUSED';
    if (s.status === 'SCHEDULED' || s.status === 'DRAFT') {
      if (!shownScheduled) {
        stream.write(
          s.status === 'DRAFT'
            ? 'The mailing is a draft: waiting for it to be sent…\n'
            : `Scheduled for ${formatJst(s.scheduledAt)}; waiting for it to start…\n`,
        );
        shownScheduled = true;
      }
    } else if (!s.resolved) {
      line.update(0, 'Resolving the audience…');
    } else {
      const fraction = t.total === 0 ? 1 : done / t.total;
      const eta = rate > 0 ? formatDuration(t.remaining / rate) : '--:--';
      line.update(
        fraction,
        `${progressBar(fraction)} ${percent(done, t.total)}%  sent ${t.sent} · failed ${t.failed} · remaining ${t.remaining}` +
          `${t.skipped > 0 ? ` · not sent ${t.skipped}` : ''} · ${rate.toFixed(1)}/s · ETA ${eta}`,
        finished,
      );
    }
    if (finished || interrupted) {
      line.end();
      return { last: s, seconds: (now() - started) / 1000, interrupted: interrupted && !finished };
    }
    if (
      !warned &&
      options.idleWarningMs !== undefined &&
      s.status === 'SENDING' &&
      at - lastChange > options.idleWarningMs
    ) {
      warned = true;
      line.end();
      stream.write(
        `warning: nothing has been sent for ${Math.round((at - lastChange) / 1000)} s. Is a worker running (npm start, ROLES=worker)? Or run with --worker.\n`,
      );
    }
    await Promise.race([
      new Promise((resolve) => setTimeout(resolve, pollMs)),
      options.interrupted ?? new Promise(() => {}),
    ]);
  }
}

export function formatJst(date: Date | null): string {
  if (!date) return '-';
  return `${new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Tokyo',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(date)} JST`;
}

const STATUS_WORDS: Record<MailingStatus, string> = {
  DRAFT: 'is a draft',
  SCHEDULED: 'is scheduled',
  SENDING: 'is still sending',
  PAUSED: 'was paused',
  SENT: 'was sent',
  CANCELLED: 'was cancelled',
};

/** The summary after a watch: what happened to every delivery. */
function summary(mailing: Mailing, last: Snapshot, seconds: number): string {
  const t = tally(last);
  const c = last.counts;
  const rows: [string, number][] = [
    ['sent', c.SENT],
    ['failed', c.FAILED],
    ['bounced', c.BOUNCED],
    ['unknown', c.UNKNOWN],
    ['suppressed', c.SUPPRESSED],
    ['cancelled', c.CANCELLED],
    ['remaining', t.remaining],
  ];
  const shown = rows.filter(([label, n]) => n > 0 || label === 'sent' || label === 'failed');
  const width = Math.max(...shown.map(([, n]) => String(n).length), String(t.total).length);
  const rate = seconds > 0 ? ` (${(c.SENT / seconds).toFixed(1)}/s)` : '';
  return [
    `Mailing 「${mailing.subject}」 ${STATUS_WORDS[last.status]}: ${t.total} recipients in ${formatDuration(seconds)}${rate}.`,
    ...shown.map(([label, n]) => `  ${label.padEnd(10)} ${String(n).padStart(width)}`),
    `  ${'total'.padEnd(10)} ${String(t.total).padStart(width)}`,
    ...(last.lastError ? [`  last error: ${last.lastError}`] : []),
  ].join('\n');
}

/** Resolves on the first Ctrl-C (SIGINT) while `work` runs. */
async function withInterrupt<T>(work: (interrupted: Promise<void>) => Promise<T>): Promise<T> {
  let onSignal: (() => void) | undefined;
  const interrupted = new Promise<void>((resolve) => {
    onSignal = () => resolve();
  });
  const handler = () => onSignal?.();
  process.once('SIGINT', handler);
  try {
    return await work(interrupted);
  } finally {
    process.removeListener('SIGINT', handler);
  }
}

async function watchAndSummarise(
  context: CommandContext,
  db: Db,
  mailingId: string,
  options: { worker: boolean; pollMs?: number },
): Promise<number> {
  const result = await withInterrupt((interrupted) =>
    watchMailing(db, mailingId, context.io.stderr, {
      interrupted,
      idleWarningMs: options.worker ? undefined : 15_000,
      ...(options.pollMs ? { pollMs: options.pollMs } : {}),
    }),
  );
  const mailing = (await findMailing(db, mailingId)) as Mailing;
  context.out(summary(mailing, result.last, result.seconds));
  if (result.interrupted) {
    context.err(
      options.worker
        ? `Stopped. The mailing stays ${result.last.status}; a running service's workers continue it. Watch again: tsunagari mailings watch ${mailingId}`
        : `Stopped watching; the workers continue sending. Watch again: tsunagari mailings watch ${mailingId}`,
    );
    return 130;
  }
  if (result.last.status === 'SENT') return EXIT.OK;
  context.err(`error: the mailing ${STATUS_WORDS[result.last.status]} before it was finished.`);
  return EXIT.FAILURE;
}

// ---------------------------------------------------------------------------------------------
// Commands

const workerOption = {
  type: 'boolean',
  description:
    'Also run a mail worker in this process (when no service is running); SMTP_URL or the local mailbox.',
} as const;

export const sendMailingCommand: CommandSpec = {
  path: ['mailings', 'send'],
  summary: 'Start sending a mailing now and show its progress until it is sent.',
  description: `Moves a draft (or scheduled) mailing to SENDING, exactly as the API's sendMailing does,
then shows a live progress bar on stderr (sent / failed / remaining, rate, ETA; a line every 10%
when stderr is not a terminal) and a summary on stdout at the end. The workers send the mail:
those of a running service, or one in this process with --worker. Ctrl-C stops watching; the
mailing goes on. Exit code 0 when the mailing is sent, 1 if it is paused or cancelled meanwhile.`,
  arguments: [
    { name: 'ID', description: 'The mailing: its ID as the API and the CLI show it, or its UUID.' },
  ],
  options: {
    as: {
      type: 'string',
      valueName: 'EMAIL',
      description: 'The secretariat account that approves the sending (required; audited).',
    },
    worker: workerOption,
    detach: { type: 'boolean', description: 'Start the sending and return without watching.' },
  },
  examples: [
    'tsunagari mailings send 0b8f…-… --as sato@example.go.jp',
    'tsunagari mailings send 0b8f…-… --as sato@example.go.jp --worker',
  ],
  async run(context, { values, positionals }) {
    const command = 'mailings send';
    const [given, extra] = positionals;
    if (!given) throw new UsageError('missing the mailing id', command);
    if (extra) throw new UsageError(`unexpected argument "${extra}"`, command);
    if (values.detach && values.worker) {
      throw new UsageError(
        '--detach and --worker do not go together (the worker would stop at once)',
        command,
      );
    }
    const { db, url } = await context.connect();
    const mailing = await mustFindMailing(db, given, command);
    const viewer = await secretariatViewer(db, values.as, command);
    await ensureQueue(url);
    const stopWorker = values.worker ? await startCliWorker(context, db, url) : undefined;
    try {
      const { sendMailing } = await mailingService();
      await sendMailing(db, actorOf(context, viewer), { mailingId: mailing.id });
      const shown = globalIdOf('Mailing', mailing.id);
      context.err(`Sending 「${mailing.subject}」 (${shown}).`);
      if (values.detach) {
        context.out(`Started sending ${shown}. Watch it: tsunagari mailings watch ${shown}`);
        return EXIT.OK;
      }
      return await watchAndSummarise(context, db, mailing.id, { worker: Boolean(values.worker) });
    } finally {
      await stopWorker?.();
    }
  },
};

/** `2026-12-01 09:00` (Japan time) or an ISO timestamp with offset. */
export function parseSendTime(value: string): Date | undefined {
  const local = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})$/.exec(value.trim());
  const date = local
    ? new Date(`${local[1]}T${(local[2] as string).padStart(2, '0')}:${local[3]}:00+09:00`)
    : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export const scheduleMailingCommand: CommandSpec = {
  path: ['mailings', 'schedule'],
  summary: 'Schedule a mailing to start at a given time.',
  description: `Moves a draft (or scheduled) mailing to SCHEDULED at --at, exactly as the API's
scheduleMailing does (between one minute and one year ahead). The workers start it then;
"mailings watch ID" shows its progress. With --watch, waits and shows it here.`,
  arguments: [
    { name: 'ID', description: 'The mailing: its ID as the API and the CLI show it, or its UUID.' },
  ],
  options: {
    at: {
      type: 'string',
      valueName: 'TIME',
      description: 'When: "2026-12-01 09:00" (Japan time) or an ISO timestamp (required).',
    },
    as: {
      type: 'string',
      valueName: 'EMAIL',
      description: 'The secretariat account that approves the sending (required; audited).',
    },
    watch: { type: 'boolean', description: 'Wait for the start and show the progress.' },
    worker: workerOption,
  },
  examples: ['tsunagari mailings schedule 0b8f…-… --at "2026-12-01 09:00" --as sato@example.go.jp'],
  async run(context, { values, positionals }) {
    const command = 'mailings schedule';
    const [given, extra] = positionals;
    if (!given) throw new UsageError('missing the mailing id', command);
    if (extra) throw new UsageError(`unexpected argument "${extra}"`, command);
    if (typeof values.at !== 'string') throw new UsageError('missing --at', command);
    const at = parseSendTime(values.at);
    if (!at)
      throw new UsageError(`--at "${values.at}" is not a time (e.g. "2026-12-01 09:00")`, command);
    const { db, url } = await context.connect();
    const mailing = await mustFindMailing(db, given, command);
    const viewer = await secretariatViewer(db, values.as, command);
    await ensureQueue(url);
    const { scheduleMailing } = await mailingService();
    const scheduled = await scheduleMailing(db, actorOf(context, viewer), {
      mailingId: mailing.id,
      at,
    });
    context.out(
      `Scheduled 「${scheduled.subject}」 (${globalIdOf('Mailing', scheduled.id)}) for ${formatJst(scheduled.scheduledAt)}.`,
    );
    if (!values.watch) return EXIT.OK;
    const stopWorker = values.worker ? await startCliWorker(context, db, url) : undefined;
    try {
      return await watchAndSummarise(context, db, mailing.id, { worker: Boolean(values.worker) });
    } finally {
      await stopWorker?.();
    }
  },
};

export const watchMailingCommand: CommandSpec = {
  path: ['mailings', 'watch'],
  summary: "Show a mailing's progress until it is sent (attach to a running send).",
  arguments: [
    { name: 'ID', description: 'The mailing: its ID as the API and the CLI show it, or its UUID.' },
  ],
  options: { worker: workerOption },
  examples: ['tsunagari mailings watch 0b8f…-…'],
  async run(context, { values, positionals }) {
    const [given, extra] = positionals;
    if (!given) throw new UsageError('missing the mailing id', 'mailings watch');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`, 'mailings watch');
    const { db, url } = await context.connect();
    const mailing = await mustFindMailing(db, given, 'mailings watch');
    const stopWorker = values.worker ? await startCliWorker(context, db, url) : undefined;
    try {
      return await watchAndSummarise(context, db, mailing.id, { worker: Boolean(values.worker) });
    } finally {
      await stopWorker?.();
    }
  },
};
