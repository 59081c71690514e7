/**
 * Demo drafts of the kinds of mail — a メールマガジン issue, a 事務局訪問記 and a 事務連絡 asking
 * for a reply, written after the source documents — so that someone trying the service can
 * preview, test-send, approve and send each to the local mailbox. Created once, as drafts by the
 * demo secretariat staff member; nothing is sent by itself.
 */
import type { Config } from '../../config.js';
import { sampleNewsletter, sampleNotice, sampleVisitReport } from '../../mail/render/samples.js';
import { createMailing } from '../../modules/mailings/mailing.service.js';
import type { Db } from '../create-db.js';
import { DEMO_STAFF_EMAIL } from './demo-accounts.js';

export const DEMO_MAILINGS_SEED_NAME = 'demo-mailings';

/** Creates the demo drafts once (after the demo accounts); returns how many were created. */
export async function loadDemoMailings(
  db: Db,
  config: Pick<Config, 'publicUrl' | 'mailFrom' | 'mail'>,
): Promise<number> {
  const staff = await db
    .selectFrom('accounts')
    .select('id')
    .where('email', '=', DEMO_STAFF_EMAIL)
    .executeTakeFirst();
  if (!staff) return 0;
  const claimed = await db
    .insertInto('seed_runs')
    .values({ name: DEMO_MAILINGS_SEED_NAME })
    .onConflict((oc) => oc.column('name').doNothing())
    .returning('name')
    .executeTakeFirst();
  if (!claimed) return 0;
  const ctx = {
    db,
    viewer: {
      kind: 'SECRETARIAT',
      accountId: staff.id,
      sessionId: 'demo-seed',
      role: 'SECRETARIAT_STAFF',
    } as const,
    requestId: 'demo-seed',
    config,
  };
  const everyone = { contacts: { selection: 'ALL' } };
  const drafts = [
    { kind: 'NEWSLETTER', content: sampleNewsletter, requiresApproval: false },
    { kind: 'VISIT_REPORT', content: sampleVisitReport, requiresApproval: false },
    // A circular waits for an admin's approval, as the secretariat would run it.
    { kind: 'NOTICE', content: sampleNotice, requiresApproval: true },
  ] as const;
  for (const draft of drafts) {
    await createMailing(ctx, {
      kind: draft.kind,
      contentJson: JSON.stringify(draft.content),
      audience: everyone,
      requiresApproval: draft.requiresApproval,
    });
  }
  return drafts.length;
}
