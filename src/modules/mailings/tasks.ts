/** Job payloads and task handlers of the mail engine (merged into the worker's task list). */
import type { TaskList } from 'graphile-worker';
import type { WorkerDeps } from '../../jobs/worker.js';

// biome-ignore lint/complexity/noBannedTypes: filled in by the mail engine
export type MailingTaskPayloads = {};

export function mailingTasks(_deps: WorkerDeps): TaskList {
  return {};
}
