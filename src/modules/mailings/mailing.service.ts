/**
 * The mailing service, the one entry its callers import: the rules of a mailing's drafts and
 * lifecycle, its deliveries and test sends. Every change is one transaction: a conditional UPDATE
 * on the state it expects (so two callers cannot both start a mailing — the second gets
 * CONFLICT), the jobs it calls for, and the audit record. A failed call changes nothing.
 *
 * - drafts (create, update, delete): `mailing-drafts.service.ts`, their input checked and
 *   rendered by `mailing-input.ts`;
 * - lifecycle (schedule, send, approve, pause, resume, cancel): `mailing-lifecycle.service.ts`;
 * - single addresses (resend a delivery, suppress or lift): `deliveries.service.ts`;
 * - test sends and the stored compiled e-mail: `mailing-test-send.service.ts`;
 * - the configuration some of them take after `(db, actor, input)`: `mailing-config.ts`.
 */
export { liftSuppression, resendDelivery, suppressAddress } from './deliveries.service.js';
export type { MailingConfig } from './mailing-config.js';
export {
  type CreateMailingInput,
  createMailing,
  deleteMailing,
  type UpdateMailingInput,
  updateMailing,
} from './mailing-drafts.service.js';
export { type ContentSource, defaultIsPublic } from './mailing-input.js';
export {
  approveMailing,
  cancelMailing,
  pauseMailing,
  resumeMailing,
  scheduleMailing,
  sendMailing,
} from './mailing-lifecycle.service.js';
export { compiledOf, sendTestMailing } from './mailing-test-send.service.js';
