/**
 * `queue status`: graphile-worker's queue (jobs per task, failures) and the mailings in flight.
 */
import { sql } from 'kysely';
import type { MailingStatus } from '../db/tables/mailings.js';
import { globalIdOf } from '../lib/global-id.js';
import { type CommandSpec, EXIT, UsageError } from './command.js';
import { oneLine } from './database.js';
import { formatJst } from './mailings.js';
import { formatTable } from './output.js';

export const queueStatusCommand: CommandSpec = {
  path: ['queue', 'status'],
  summary: 'Show the job queue: jobs per task, failures, and mailings in flight.',
  description: `Reads graphile-worker's queue in the database (shared by every worker process):
jobs ready to run, scheduled for later, running (and by which worker), waiting to retry after an
error, and failed for good; then the mailings that are scheduled, sending or paused.`,
  examples: ['tsunagari queue status'],
  async run(context, { positionals }) {
    if (positionals.length > 0)
      throw new UsageError(`unexpected argument "${positionals[0]}"`, 'queue status');
    const db = await context.database();
    const schema = await sql<{ exists: boolean }>`
      SELECT to_regclass('graphile_worker.jobs') IS NOT NULL AS exists`.execute(db);
    if (!schema.rows[0]?.exists) {
      context.out('The job queue is empty: no worker has run against this database yet.');
      return EXIT.OK;
    }
    const { rows } = await sql<{
      task: string;
      ready: number;
      scheduled: number;
      running: number;
      retrying: number;
      failed: number;
      workers: number;
    }>`SELECT task_identifier AS task,
        count(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts AND run_at <= now() AND attempts = 0)::int AS ready,
        count(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts AND run_at > now() AND attempts = 0)::int AS scheduled,
        count(*) FILTER (WHERE locked_at IS NOT NULL)::int AS running,
        count(*) FILTER (WHERE locked_at IS NULL AND attempts > 0 AND attempts < max_attempts)::int AS retrying,
        count(*) FILTER (WHERE attempts >= max_attempts)::int AS failed,
        count(DISTINCT locked_by)::int AS workers
      FROM graphile_worker.jobs GROUP BY task_identifier ORDER BY task_identifier`.execute(db);
    if (rows.length === 0) {
      context.out('Jobs: none.');
    } else {
      context.out('Jobs:');
      context.io.stdout.write(
        indent(
          formatTable(
            ['TASK', 'READY', 'SCHEDULED', 'RUNNING', 'RETRYING', 'FAILED'],
            rows.map((r) => [
              r.task,
              String(r.ready),
              String(r.scheduled),
              String(r.running),
              String(r.retrying),
              String(r.failed),
            ]),
          ),
        ),
      );
    }
    const errors = await sql<{
      task: string;
      attempts: number;
      max_attempts: number;
      last_error: string;
    }>`
      SELECT task_identifier AS task, attempts, max_attempts, last_error FROM graphile_worker.jobs
      WHERE last_error IS NOT NULL ORDER BY updated_at DESC LIMIT 5`.execute(db);
    if (errors.rows.length > 0) {
      context.out('Recent job errors:');
      for (const e of errors.rows) {
        context.out(
          `  ${e.task} (attempt ${e.attempts}/${e.max_attempts}): ${oneLine(e.last_error).slice(0, 160)}`,
        );
      }
    }
    const senders = await db
      .selectFrom('mail_senders')
      .select(['host', 'pid', 'heartbeat_at'])
      .where('heartbeat_at', '>', sql<Date>`now() - interval '1 minute'`)
      .execute();
    const mailings = await sql<{
      id: string;
      subject: string;
      status: MailingStatus;
      scheduled_at: Date | null;
      total: number;
      sent: number;
      failed: number;
      remaining: number;
    }>`SELECT m.id, m.subject, m.status, m.scheduled_at,
        count(d.id)::int AS total,
        count(d.id) FILTER (WHERE d.status = 'SENT')::int AS sent,
        count(d.id) FILTER (WHERE d.status IN ('FAILED', 'BOUNCED', 'UNKNOWN'))::int AS failed,
        count(d.id) FILTER (WHERE d.status IN ('QUEUED', 'RETRY', 'SENDING'))::int AS remaining
      FROM mailings m LEFT JOIN deliveries d ON d.mailing_id = m.id
      WHERE m.status IN ('SCHEDULED', 'SENDING', 'PAUSED')
      GROUP BY m.id ORDER BY coalesce(m.scheduled_at, m.started_at, m.created_at)`.execute(db);
    if (mailings.rows.length === 0) {
      context.out('Mailings in flight: none.');
    } else {
      context.out('Mailings in flight:');
      context.io.stdout.write(
        indent(
          formatTable(
            ['ID', 'STATUS', 'SENT', 'FAILED', 'REMAINING', 'SCHEDULED', 'SUBJECT'],
            mailings.rows.map((m) => [
              globalIdOf('Mailing', m.id),
              m.status,
              String(m.sent),
              String(m.failed),
              String(m.remaining),
              m.scheduled_at ? formatJst(m.scheduled_at) : '-',
              m.subject,
            ]),
          ),
        ),
      );
    }
    context.out(
      `Mail senders active in the last minute: ${senders.length === 0 ? 'none' : senders.map((s) => `${s.host}:${s.pid}`).join(', ')}.`,
    );
    return EXIT.OK;
  },
};

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
}
