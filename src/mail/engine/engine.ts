/**
 * The sending side of the mail engine, one instance per worker process (per set of worker
 * deps): the start, send and watchdog tasks, sharing a concurrency limit, a rate limit and the
 * heartbeats of running send jobs. See docs/mail-engine.md for the lifecycle and recovery.
 */
import { randomUUID } from 'node:crypto';
import type { JobHelpers } from 'graphile-worker';
import type { Logger } from 'pino';
import type { MailingKind } from '../../db/tables/mailings.js';
import {
  type CompiledEmail,
  compileEmail,
  EmailContentError,
  EmailRenderError,
  parseCompiledEmail,
  UNSUBSCRIBABLE_KINDS,
} from '../render/index.js';
import { offersWebVersion } from '../render/web-version.js';
import { MessageWithdrawn } from '../transport.js';
import { loadMessageAttachments } from './attachments.js';
import {
  parseAudience,
  resolveAudience,
  resolveReminderAudience,
  tuneForAudience,
} from './audience.js';
import {
  classifySendError,
  isConnectionFailure,
  retryDelayMs,
  type SendOutcome,
} from './classify.js';
import { Coalescer } from './coalesce.js';
import {
  type ComposeSettings,
  composeMessage,
  type PreparedMailing,
  prepareMailing,
} from './compose.js';
import {
  type ClaimedDelivery,
  claimDeliveries,
  type DeliveryResult,
  finalizeIfDone,
  mailingProgress,
  recordResults,
  recoverOrphans,
  releaseClaimed,
  startAttempts,
  undoStarts,
} from './deliveries.js';
import { Heartbeats, RateLimiter, Semaphore } from './flow-control.js';
import { enqueueSend, enqueueSendSlot, ensureWatchdog } from './jobs.js';
import { loadMailingForSending, type MailingForSending } from './mailing-for-sending.js';
import type { EngineDeps, MailEngineOptions, SendCounts, SendRunReport } from './options.js';
import { runWatchdog } from './watchdog.js';

type StartOutcome =
  | { kind: 'started'; attempts: number }
  | { kind: 'suppressed' | 'stopped' | 'gone' };

/**
 * One database step of a connection slot: record the outcome of the message it sent before
 * and/or start its next one — in one statement when it can ({@link startAttempts}).
 */
interface SlotStep {
  readonly record?: DeliveryResult;
  readonly start?: string;
}

/**
 * How long a slot keeps its connection permit while other send jobs wait for one (it keeps
 * it between messages otherwise, so that each message costs one statement, not two).
 */
const SLOT_SLICE_MS = 250;

/** What the connection slots of one send job run share. */
interface RunState {
  /** The mailing was paused or cancelled: nothing more starts. */
  stopped: boolean;
  /** The SMTP server is unreachable: nothing more starts; the slot waits. */
  connectionDown: boolean;
  /** The first database failure; the run ends with it. */
  error: unknown;
  /** Records outcomes and starts attempts, several slots' steps in one statement. */
  readonly steps: Coalescer<SlotStep, StartOutcome | undefined>;
}

/** The domain of a `Name <local@domain>` address. */
export function domainOfMailbox(mailbox: string): string {
  return /@([^>\s]+)>?\s*$/.exec(mailbox)?.[1]?.toLowerCase() ?? 'localhost';
}

export class MailEngine {
  readonly options: MailEngineOptions;
  private readonly semaphore: Semaphore;
  private readonly limiter: RateLimiter;
  private readonly heartbeats: Heartbeats;
  private readonly prepared = new Map<string, PreparedMailing>();
  private readonly settings: ComposeSettings;
  private stopping = false;

  constructor(
    private readonly deps: EngineDeps,
    options: MailEngineOptions,
  ) {
    this.options = options;
    this.semaphore = new Semaphore(options.concurrency);
    this.limiter = new RateLimiter(options.ratePerSecond);
    this.heartbeats = new Heartbeats(deps.db, options.heartbeatMs, deps.log);
    this.settings = {
      mailFrom: deps.mailFrom,
      publicUrl: deps.publicUrl,
      secretKey: deps.secretKey,
      messageIdDomain: domainOfMailbox(deps.mailFrom),
      returnPathDomain: options.returnPathDomain,
      dkim: options.dkim,
    };
  }

  get messageIdDomain(): string {
    return this.settings.messageIdDomain;
  }

  /** Stop claiming: running send jobs finish their in-flight messages and hand over. */
  stop(): void {
    this.stopping = true;
  }

  // ---- start ---------------------------------------------------------------------------------

  /**
   * Starts a mailing: a due SCHEDULED one becomes SENDING; a SENDING one that is not resolved
   * yet gets its compiled e-mail (rendered once, if not already for this version) and its
   * audience resolved into deliveries; then the send jobs and the watchdog are enqueued — all
   * in one transaction, so a crash leaves either nothing or everything done.
   */
  async startMailing(mailingId: string, log: Logger): Promise<void> {
    const { db } = this.deps;
    try {
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('mailings')
          .selectAll()
          .where('id', '=', mailingId)
          .forUpdate()
          .executeTakeFirst();
        if (!row) return;
        if (row.status === 'SCHEDULED') {
          if (row.scheduled_at && row.scheduled_at.getTime() > Date.now() + 1000) return;
          await trx
            .updateTable('mailings')
            .set({ status: 'SENDING', started_at: new Date(), updated_at: new Date() })
            .where('id', '=', mailingId)
            .execute();
        } else if (row.status !== 'SENDING') {
          return;
        }
        // A public mailing enters the archive when its sending starts.
        if (row.is_public && !row.published_at) {
          await trx
            .updateTable('mailings')
            .set({ published_at: new Date() })
            .where('id', '=', mailingId)
            .execute();
        }
        if (!row.resolved_at) {
          // Rendered when the content was saved (every content change re-renders); only a
          // mailing created without it (e.g. by hand in SQL) is rendered here.
          if (row.compiled_email === null) {
            const compiled = await compileEmail(row.content as never, {
              publicUrl: this.deps.publicUrl,
              siteUrl: this.deps.siteUrl,
              webVersion: offersWebVersion(row.content),
            });
            await trx
              .updateTable('mailings')
              .set({ compiled_email: JSON.stringify(compiled), compiled_version: row.version })
              .where('id', '=', mailingId)
              .execute();
          }
          const parsed = parseAudience(row.audience);
          if (!parsed.ok && !row.reminder_of) {
            throw new EmailRenderError(
              `The stored audience is not valid: ${parsed.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ')}`,
            );
          }
          await tuneForAudience(trx);
          const started = performance.now();
          // A reminder goes to the circular's organisations that have not replied yet.
          const resolved = row.reminder_of
            ? await resolveReminderAudience(
                trx,
                { id: mailingId, reminderOf: row.reminder_of },
                this.settings.messageIdDomain,
              )
            : parsed.ok
              ? await resolveAudience(
                  trx,
                  { id: mailingId, kind: row.kind, audience: parsed.audience },
                  this.settings.messageIdDomain,
                )
              : undefined;
          if (!resolved) throw new EmailRenderError('The stored audience is not valid');
          await trx
            .updateTable('mailings')
            .set({
              resolved_at: new Date(),
              recipient_count: resolved.deliveries,
              organization_count: resolved.organizations,
              issue_count: resolved.issues,
              updated_at: new Date(),
            })
            .where('id', '=', mailingId)
            .execute();
          log.info(
            { mailingId, ...resolved, ms: Math.round(performance.now() - started) },
            'mailing audience resolved',
          );
        }
        await enqueueSend(trx, mailingId, this.options.jobsPerMailing);
        await ensureWatchdog(trx, this.options.watchdogMs);
      });
    } catch (error) {
      if (!(error instanceof EmailContentError || error instanceof EmailRenderError)) throw error;
      // Retrying will not help: back to DRAFT with the reason, for the secretariat to fix.
      log.error({ err: error, mailingId }, 'mailing could not be started');
      await db
        .updateTable('mailings')
        .set({
          status: 'DRAFT',
          last_error: error.message.slice(0, 2000),
          started_at: null,
          updated_at: new Date(),
        })
        .where('id', '=', mailingId)
        .where('status', 'in', ['SENDING', 'SCHEDULED'])
        .where('resolved_at', 'is', null)
        .execute();
    }
  }

  // ---- send ----------------------------------------------------------------------------------

  /**
   * One run of a send job: claims due deliveries in batches and sends them until the time
   * budget is spent, nothing is due, the mailing is paused or cancelled, or the SMTP server
   * is unreachable; then hands over to the next job of its slot (or finishes the mailing).
   */
  async runSendJob(
    mailingId: string,
    slot: number,
    helpers: Pick<JobHelpers, 'abortSignal'>,
    log: Logger,
  ): Promise<SendRunReport> {
    const { db } = this.deps;
    const report: { -readonly [K in keyof SendRunReport]: SendRunReport[K] } = {
      claimed: 0,
      sent: 0,
      retried: 0,
      failed: 0,
      unknown: 0,
      suppressed: 0,
      released: 0,
    };
    const mailing = await loadMailingForSending(this.deps.db, mailingId);
    if (mailing?.status !== 'SENDING' || !mailing.resolvedAt) return report;
    await recoverOrphans(db, this.options.staleAfterMs, mailingId);
    const prepared = await this.preparedMailing(mailing);

    const runId = `${this.options.host}:${process.pid}:${randomUUID()}`;
    await this.heartbeats.add(runId, mailingId, this.options.host);
    const run: RunState = {
      stopped: false,
      connectionDown: false,
      error: undefined,
      steps: new Coalescer((steps: SlotStep[]) => this.runSteps(mailing, runId, steps)),
    };
    const deadline = Date.now() + this.options.jobBudgetMs;
    const queue: ClaimedDelivery[] = [];
    let exhausted = false;
    let claiming: Promise<void> | undefined;
    const mayStart = () =>
      run.error === undefined &&
      !run.stopped &&
      !run.connectionDown &&
      !this.stopping &&
      !helpers.abortSignal?.aborted;
    const keepGoing = () => mayStart() && Date.now() < deadline;
    // Claims the next batch while the slots still have work, so that they never wait for it.
    const claimAhead = (): Promise<void> => {
      claiming ??= claimDeliveries(db, mailing, runId, this.options.batchSize)
        .then((claimed) => {
          report.claimed += claimed.deliveries.length;
          report.suppressed += claimed.suppressed;
          if (claimed.taken < this.options.batchSize) exhausted = true;
          queue.push(...claimed.deliveries);
        })
        .catch((error: unknown) => {
          run.error ??= error;
        })
        .finally(() => {
          claiming = undefined;
        });
      return claiming;
    };
    const nextDelivery = async (): Promise<ClaimedDelivery | undefined> => {
      while (queue.length === 0 && !exhausted && keepGoing()) await claimAhead();
      if (!keepGoing()) return undefined;
      if (queue.length < this.options.groupSize && !exhausted) void claimAhead();
      return queue.shift();
    };
    const slots = Array.from({ length: this.options.concurrency }, () =>
      this.runSlot(prepared, run, nextDelivery, mayStart, report),
    );
    try {
      await Promise.all(slots);
      await claiming;
      if (run.error !== undefined) throw run.error;
    } finally {
      // Messages on the wire finish first; then whatever is still claimed and not started
      // (not reached before the time budget, a stop, a pause or an error) goes back to the queue.
      await Promise.allSettled(slots);
      await claiming;
      try {
        report.released += await releaseClaimed(db, runId);
      } catch (error) {
        log.warn({ err: error }, 'could not release claimed deliveries; recovery will');
      }
      await this.heartbeats.remove(runId).catch(() => {});
    }
    await this.followUp(mailingId, slot, run.connectionDown);
    log.info({ mailingId, slot, ...report }, 'mail send job finished');
    return report;
  }

  /**
   * One connection slot of a send job: holding one of the process's permits (the semaphore,
   * `concurrency` of them), it takes claimed deliveries one after another; each waits for the
   * rate limit, and only then is its attempt marked started — "possibly on the wire" — by the
   * statement that also records the outcome of the slot's previous message. So a slot has at
   * most one delivery started and not recorded at any time, and a crash leaves at most
   * `concurrency` deliveries of a process UNKNOWN after recovery; the rest are merely claimed,
   * provably not sent, and go back to the queue. Never rejects: a failure is kept in
   * `run.error`.
   */
  private async runSlot(
    prepared: PreparedMailing,
    run: RunState,
    nextDelivery: () => Promise<ClaimedDelivery | undefined>,
    mayStart: () => boolean,
    report: SendCounts,
  ): Promise<void> {
    let previous: DeliveryResult | undefined;
    await this.semaphore.acquire();
    let heldSince = Date.now();
    try {
      for (;;) {
        if (this.semaphore.contended && Date.now() - heldSince >= SLOT_SLICE_MS) {
          // Other send jobs wait for a permit: record, let one of them have it, queue again.
          if (previous) await run.steps.submit({ record: previous });
          previous = undefined;
          this.semaphore.release();
          await this.semaphore.acquire();
          heldSince = Date.now();
        }
        const delivery = await nextDelivery();
        if (!delivery) break;
        await this.limiter.take();
        if (!mayStart()) break;
        const start = run.steps.submit({ record: previous, start: delivery.id });
        previous = undefined;
        // The SMTP transaction opens while the start is written; the data waits for it.
        const sending = this.sendOne(
          prepared,
          run,
          delivery,
          start.then((outcome) => {
            if (outcome?.kind !== 'started') return false;
            delivery.attempts = outcome.attempts;
            return true;
          }),
        );
        const [outcome, sent] = await Promise.allSettled([start, sending]);
        if (outcome.status === 'rejected') throw outcome.reason;
        if (outcome.value?.kind === 'stopped') {
          run.stopped = true;
          break;
        }
        if (outcome.value?.kind === 'suppressed') report.suppressed++;
        if (outcome.value?.kind !== 'started' || sent.status === 'rejected') continue;
        previous = sent.value;
        if (previous.status === 'SENT') report.sent++;
        else if (previous.status === 'RETRY') report.retried++;
        else if (previous.status === 'UNKNOWN') report.unknown++;
        else report.failed++;
      }
      if (previous) await run.steps.submit({ record: previous });
    } catch (error) {
      run.error ??= error;
    } finally {
      this.semaphore.release();
    }
  }

  /**
   * Hands one delivery to SMTP, its data held back until `started` says its attempt is marked
   * started. The outcome of a started delivery; rejects only when it was withdrawn (not
   * started: nothing reached the server).
   */
  private async sendOne(
    prepared: PreparedMailing,
    run: RunState,
    delivery: ClaimedDelivery,
    started: Promise<boolean>,
  ): Promise<DeliveryResult> {
    try {
      const message = composeMessage(prepared, delivery);
      const sent = await this.deps.transport.sendRaw({ ...message, ready: started });
      return {
        id: delivery.id,
        address: delivery.address,
        status: 'SENT',
        reply: sent.response,
        error: null,
        retryInMs: 0,
        suppress: false,
        enhancedStatus: null,
      };
    } catch (error) {
      if (error instanceof MessageWithdrawn) throw error;
      if (isConnectionFailure(error)) run.connectionDown = true;
      // The attempt count (for giving up) is the one its start recorded.
      await started.catch(() => false);
      return this.failureResult(delivery, classifySendError(error));
    }
  }

  /**
   * The slots' steps, coalesced: outcomes recorded with the starts in one statement, or on
   * their own when there is nothing to start or an address is to be suppressed (that takes a
   * transaction). Recording is retried through a database blip; a start is not — it may have
   * committed without the answer reaching us, and those messages were not sent, so once the
   * database answers they go back to the queue rather than to UNKNOWN.
   */
  private async runSteps(
    mailing: { id: string; kind: MailingKind },
    runId: string,
    steps: readonly SlotStep[],
  ): Promise<(StartOutcome | undefined)[]> {
    const { db } = this.deps;
    const results = steps.flatMap((step) => (step.record ? [step.record] : []));
    const ids = steps.flatMap((step) => (step.start ? [step.start] : []));
    const together = ids.length > 0 && !results.some((result) => result.suppress);
    const record = () => this.withDatabaseRetry(() => recordResults(db, runId, results));
    if (!together) await record();
    if (ids.length === 0) return steps.map(() => undefined);
    let start: Awaited<ReturnType<typeof startAttempts>>;
    try {
      start = await startAttempts(db, mailing, runId, ids, together ? results : []);
    } catch (error) {
      if (together) await record();
      await this.withDatabaseRetry(async () => {
        await undoStarts(db, runId, ids);
      }).catch(() => {});
      throw error;
    }
    return steps.map((step): StartOutcome | undefined => {
      if (step.start === undefined) return undefined;
      if (start.stopped) return { kind: 'stopped' };
      const attempts = start.started.get(step.start);
      if (attempts !== undefined) return { kind: 'started', attempts };
      return { kind: start.suppressed.has(step.start) ? 'suppressed' : 'gone' };
    });
  }

  private failureResult(delivery: ClaimedDelivery, outcome: SendOutcome): DeliveryResult {
    const base = {
      id: delivery.id,
      address: delivery.address,
      reply: outcome.reply,
      error: outcome.error.slice(0, 2000),
    };
    if (outcome.kind === 'RETRY') {
      if (delivery.attempts >= this.options.maxAttempts) {
        return {
          ...base,
          status: 'FAILED',
          error: `Gave up after ${delivery.attempts} attempts; last: ${base.error}`,
          retryInMs: 0,
          suppress: false,
          enhancedStatus: null,
        };
      }
      return {
        ...base,
        status: 'RETRY',
        retryInMs: retryDelayMs(
          delivery.attempts,
          this.options.retryBaseMs,
          this.options.retryMaxMs,
        ),
        suppress: false,
        enhancedStatus: null,
      };
    }
    if (outcome.kind === 'UNKNOWN') {
      return { ...base, status: 'UNKNOWN', retryInMs: 0, suppress: false, enhancedStatus: null };
    }
    return {
      ...base,
      status: 'FAILED',
      retryInMs: 0,
      suppress: outcome.suppress,
      enhancedStatus: outcome.status,
    };
  }

  /**
   * The results of messages already sent must not be lost to a database blip: retry for up to
   * `recordRetryMs` (half a minute), every second at most so they land soon after the database
   * is back. If it stays away, the job fails and recovery marks them UNKNOWN.
   */
  private async withDatabaseRetry(write: () => Promise<void>): Promise<void> {
    const deadline = Date.now() + this.options.recordRetryMs;
    for (let delay = 200; ; delay = Math.min(delay * 2, 1000)) {
      try {
        await write();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        this.deps.log.warn({ err: error }, 'recording send results failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  /** Decides what comes after a send job run: more now, later, or the end of the mailing. */
  private async followUp(mailingId: string, slot: number, connectionDown: boolean) {
    const { db } = this.deps;
    const progress = await mailingProgress(db, mailingId);
    if (progress?.status !== 'SENDING') return;
    if (connectionDown) {
      // The SMTP server is unreachable: wait before the whole slot tries again.
      const wait = Math.min(this.options.retryBaseMs, 30_000);
      await enqueueSendSlot(db, mailingId, slot, new Date(Date.now() + wait));
    } else if (progress.dueNow > 0) {
      await enqueueSendSlot(db, mailingId, slot);
    } else if (progress.nextDueAt) {
      await enqueueSendSlot(db, mailingId, slot, progress.nextDueAt);
    } else if (progress.sending === 0) {
      await finalizeIfDone(db, mailingId);
    }
    // Deliveries still SENDING belong to other runs, which finish the mailing.
  }

  // ---- watchdog ------------------------------------------------------------------------------

  /** See {@link runWatchdog}. */
  watchdog(log: Logger): Promise<void> {
    return runWatchdog(this.deps.db, this.options, log);
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** The mailing prepared for composing, cached per mailing, compiled version and publication. */
  private async preparedMailing(mailing: MailingForSending): Promise<PreparedMailing> {
    const key = `${mailing.id}:${mailing.compiledVersion}:${mailing.isPublic}`;
    const cached = this.prepared.get(key);
    if (cached) return cached;
    const row = await this.deps.db
      .selectFrom('mailings')
      .select(['compiled_email'])
      .where('id', '=', mailing.id)
      .executeTakeFirstOrThrow();
    const compiled: CompiledEmail = parseCompiledEmail(row.compiled_email);
    const prepared = prepareMailing(
      {
        id: mailing.id,
        kind: mailing.kind,
        unsubscribable: UNSUBSCRIBABLE_KINDS[mailing.kind],
        isPublic: mailing.isPublic,
      },
      compiled,
      this.settings,
      // Small files marked `attach: true` (docs/files.md), encoded once here for every message.
      await loadMessageAttachments(this.deps.db, mailing.id),
    );
    this.prepared.set(key, prepared);
    if (this.prepared.size > 20) {
      const oldest = this.prepared.keys().next().value;
      if (oldest !== undefined) this.prepared.delete(oldest);
    }
    return prepared;
  }
}
