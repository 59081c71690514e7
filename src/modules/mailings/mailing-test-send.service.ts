/** Test sends of a mailing, and the stored compiled e-mail they (and the web pages) use. */
import { recordAudit } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/create-db.js';
import { type FieldProblem, NotFoundError } from '../../errors.js';
import { MAILBOX_PATTERN } from '../../mail/engine/headers.js';
import { queueOutboundEmail } from '../../mail/outbound-email.js';
import { type CompiledEmail, parseCompiledEmail, previewEmail } from '../../mail/render/index.js';
import type { Mailing } from './mailing.js';
import { findCompiledEmail, findMailing } from './mailing.repository.js';
import type { MailingConfig } from './mailing-config.js';
import { invalid } from './mailing-input.js';

/**
 * Sends the mailing to the given addresses as a test: the subject marked 【テスト】, filled with
 * the sample recipient, through the transactional outbox — not recorded as deliveries.
 */
export async function sendTestMailing(
  db: Db,
  actor: Actor,
  input: { mailingId: string; addresses: readonly string[] },
  config: Pick<MailingConfig, 'mailFrom'>,
): Promise<{ mailing: Mailing; addresses: string[] }> {
  const addresses = [...new Set(input.addresses.map((a) => a.trim()))];
  const problems: FieldProblem[] = [];
  if (addresses.length === 0 || addresses.length > 10) {
    problems.push({ path: ['input', 'addresses'], message: '宛先は1〜10件で指定してください。' });
  }
  addresses.forEach((address, i) => {
    if (!MAILBOX_PATTERN.test(address)) {
      problems.push({
        path: ['input', 'addresses', String(i)],
        message: 'メールアドレスではありません。',
      });
    }
  });
  if (problems.length > 0) throw invalid(problems);
  return db.transaction().execute(async (trx) => {
    const mailing = await findMailing(trx, input.mailingId);
    if (!mailing) throw new NotFoundError('そのメールは見つかりません。');
    const compiled = await compiledOf(trx, input.mailingId);
    const filled = previewEmail(compiled);
    for (const to of addresses) {
      await queueOutboundEmail(trx, config.mailFrom, {
        purpose: `mailing-test:${input.mailingId}`,
        to,
        subject: `【テスト】${filled.subject}`,
        html: filled.html,
        text: filled.text,
      });
    }
    await recordAudit(trx, actor, {
      action: 'mailing.sendTest',
      targetType: 'Mailing',
      targetId: input.mailingId,
      after: { addresses },
    });
    return { mailing, addresses };
  });
}

/** The stored compiled e-mail of a mailing (rendered once when it was saved). */
export async function compiledOf(db: Db, mailingId: string): Promise<CompiledEmail> {
  const row = await findCompiledEmail(db, mailingId);
  if (!row) throw new NotFoundError('そのメールは見つかりません。');
  return parseCompiledEmail(row.compiledEmail);
}
