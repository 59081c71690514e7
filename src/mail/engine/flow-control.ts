/**
 * What the send jobs of one worker process share: connection permits, the rate limit, and the
 * heartbeats that tell other workers a send job is alive (src/mail/engine/engine.ts).
 */
import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Db } from '../../db/create-db.js';

/** Permits for SMTP connection slots, shared by all send jobs of the process. */
export class Semaphore {
  private available: number;
  private readonly waiting: (() => void)[] = [];
  constructor(size: number) {
    this.available = size;
  }
  async acquire(): Promise<void> {
    if (this.available > 0) {
      this.available--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  /** Someone waits for a permit. */
  get contended(): boolean {
    return this.waiting.length > 0;
  }
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.available++;
  }
}

/** Spaces messages evenly at `perSecond` (0 = no limit), shared by all jobs of the process. */
export class RateLimiter {
  private next = 0;
  constructor(private readonly perSecond: number) {}
  async take(): Promise<void> {
    if (this.perSecond <= 0) return;
    const now = Date.now();
    const at = Math.max(this.next, now);
    this.next = at + 1000 / this.perSecond;
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  }
}

/** Keeps the heartbeat of every running send job of this process fresh. */
export class Heartbeats {
  private readonly runs = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  constructor(
    private readonly db: Db,
    private readonly periodMs: number,
    private readonly log: Logger,
  ) {}
  async add(runId: string, mailingId: string, host: string): Promise<void> {
    await this.db
      .insertInto('mail_senders')
      .values({ id: runId, mailing_id: mailingId, host, pid: process.pid })
      .execute();
    this.runs.add(runId);
    if (!this.timer) {
      this.timer = setInterval(() => void this.beat(), this.periodMs);
      this.timer.unref();
    }
  }
  async remove(runId: string): Promise<void> {
    this.runs.delete(runId);
    if (this.runs.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
    await this.db.deleteFrom('mail_senders').where('id', '=', runId).execute();
  }
  private async beat(): Promise<void> {
    if (this.runs.size === 0) return;
    try {
      await sql`UPDATE mail_senders SET heartbeat_at = now()
        WHERE id = ANY(${[...this.runs]}::text[])`.execute(this.db);
    } catch (error) {
      this.log.warn({ err: error }, 'mail engine heartbeat failed');
    }
  }
}
