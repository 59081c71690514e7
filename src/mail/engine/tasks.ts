/** The task handlers of the mail engine (merged into the worker's task list, src/jobs/worker.ts). */
import type { Task, TaskList } from 'graphile-worker';
import { sql } from 'kysely';
import { MailEngine } from './engine.js';
import {
  ensureWatchdog,
  type MailingJobPayloads,
  SEND_TASK,
  START_TASK,
  WATCHDOG_TASK,
} from './jobs.js';
import { type EngineDeps, type MailEngineDeps, resolveEngineOptions } from './options.js';

/** What the engine's tasks need: the worker's dependencies satisfy it. */
export type MailTaskDeps = EngineDeps & MailEngineDeps;

const engines = new WeakMap<object, MailEngine>();

/**
 * The engine of a worker: one per set of deps (one per worker process in production), so its
 * concurrency and rate limits cover every mail job the process runs.
 */
export function mailEngineFor(deps: MailTaskDeps): MailEngine {
  let engine = engines.get(deps);
  if (!engine) {
    engine = new MailEngine(deps, resolveEngineOptions(deps));
    engines.set(deps, engine);
  }
  return engine;
}

/**
 * Stops the mail engine of these deps from claiming more deliveries: running send jobs finish
 * the messages already on the wire, record them and end. Call before stopping the worker.
 */
export function stopMailEngine(deps: MailTaskDeps): void {
  engines.get(deps)?.stop();
}

export function mailingTasks(deps: MailTaskDeps): TaskList {
  const log = deps.log.child({ component: 'mail-engine' });
  const start: Task = async (payload) => {
    const { mailingId } = payload as MailingJobPayloads['mailing_start'];
    await mailEngineFor(deps).startMailing(mailingId, log);
  };
  const send: Task = async (payload, helpers) => {
    const { mailingId, slot } = payload as MailingJobPayloads['mailing_send'];
    await mailEngineFor(deps).runSendJob(mailingId, slot, helpers, log);
  };
  const watchdog: Task = async () => {
    await mailEngineFor(deps).watchdog(log);
  };
  // A worker that starts while a mailing is sending (e.g. after a crash) makes sure recovery
  // runs soon, even if the watchdog job was held by the worker that died.
  void sql<{ busy: boolean }>`SELECT EXISTS (SELECT 1 FROM mailings WHERE status = 'SENDING')
      OR EXISTS (SELECT 1 FROM deliveries WHERE status = 'SENDING') AS busy`
    .execute(deps.db)
    .then(async ({ rows }) => {
      if (rows[0]?.busy) await ensureWatchdog(deps.db, 0);
    })
    .catch((error: unknown) => log.warn({ err: error }, 'could not check for mailings in flight'));
  return { [START_TASK]: start, [SEND_TASK]: send, [WATCHDOG_TASK]: watchdog };
}
