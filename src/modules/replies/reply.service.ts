/**
 * Rules of replies to circulars (事務連絡 with a reply request) and of reminders.
 *
 * - An organisation replies ONCE per circular, by the signed link of any of its deliveries (also
 *   a reminder's), as a member user through the API, or recorded by the secretariat. Replies
 *   through a reminder are recorded against the original circular. A second reply changes
 *   nothing (the link page says when it was answered; the API answers CONFLICT).
 * - A reply after the deadline (the deadline day, Japan time, has passed) is accepted and marked
 *   late, so that the secretariat sees it and nobody's answer is lost.
 * - A reminder is a new NOTICE mailing (`reminder_of` = the circular) with the same content, an
 *   optional short message of the secretariat above it, and a subject prefixed
 *   【再送・回答のお願い】; it follows the circular's approval policy, and its audience is
 *   resolved when it starts (src/mail/engine/audience.ts `resolveReminderAudience`).
 */

import { recordAudit } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/create-db.js';
import type { MailingRow } from '../../db/tables/mailings.js';
import type { AcknowledgementChannel } from '../../db/tables/replies.js';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors.js';
import { enqueueStart } from '../../mail/engine/jobs.js';
import { cleanUserText } from '../../mail/render/content.js';
import {
  type CompiledEmail,
  compileEmail,
  EmailContentError,
  EmailRenderError,
  parseCompiledEmail,
} from '../../mail/render/index.js';
import { offersWebVersion } from '../../mail/render/web-version.js';
import { fileFactsOf } from '../files/file.service.js';
import type { Mailing } from '../mailings/mailing.js';
import { findMailing } from '../mailings/mailing.repository.js';
import { insertMailing } from '../mailings/mailing-changes.repository.js';
import { kindRequiresApproval } from '../members/settings.js';
import { type Acknowledgement, isLate, MAX_ANSWER_LENGTH, replyRequestOf } from './reply.js';
import {
  findAcknowledgement,
  findCircular,
  findDeliveryOfOrganization,
  findMailingRow,
  findPendingReminder,
  insertAcknowledgement,
  wasAddressed,
} from './reply.repository.js';

export const REMINDER_PREFIX = '【再送・回答のお願い】';

function invalid(path: string[], message: string): ValidationFailedError {
  return new ValidationFailedError(message, [{ path: ['input', ...path], message }]);
}

/** Mailing states in which the circular has gone out (its audience is resolved). */
const SENT_STATUSES = new Set(['SENDING', 'PAUSED', 'SENT']);

/**
 * The circular a reply is for: a sent NOTICE with a reply request, not a reminder. Throws
 * NotFoundError otherwise (`notFound` is the message).
 */
async function replyableCircular(db: Db, mailingId: string, notFound: string) {
  const row = await findCircular(db, mailingId);
  const request = row ? replyRequestOf(row.kind, row.content) : null;
  if (!row || !request || row.reminder_of !== null) throw new NotFoundError(notFound);
  if (!SENT_STATUSES.has(row.status) || row.resolved_at === null) {
    throw new NotFoundError(notFound);
  }
  return { row, request };
}

/** The answer as stored: cleaned, null when empty; problems name the field. */
export function checkAnswer(
  answer: string | null | undefined,
  required: boolean,
): { ok: true; answer: string | null } | { ok: false; message: string } {
  const cleaned = answer == null ? '' : cleanUserText(answer);
  if (cleaned === '') {
    return required
      ? { ok: false, message: '回答を入力してください（この事務連絡は回答が必須です）。' }
      : { ok: true, answer: null };
  }
  if (cleaned.length > MAX_ANSWER_LENGTH) {
    return {
      ok: false,
      message: `回答は${MAX_ANSWER_LENGTH}文字以内で入力してください（${cleaned.length}文字あります）。`,
    };
  }
  return { ok: true, answer: cleaned };
}

export interface ReplyInput {
  readonly mailingId: string;
  readonly organizationId: string;
  readonly deliveryId: string | null;
  readonly contactId: string | null;
  readonly answer: string | null;
  readonly channel: AcknowledgementChannel;
  readonly note: string | null;
}

/**
 * Records the organisation's reply once. Returns the reply and whether it was recorded now
 * (false: the organisation had already replied; nothing changed).
 */
export async function recordReply(
  db: Db,
  actor: Actor,
  input: ReplyInput,
  now = new Date(),
): Promise<{ acknowledgement: Acknowledgement; created: boolean }> {
  const { request } = await replyableCircular(
    db,
    input.mailingId,
    'その事務連絡は見つかりません。',
  );
  const checked = checkAnswer(input.answer, request.answerRequired);
  if (!checked.ok) throw invalid(['answer'], checked.message);
  return db.transaction().execute(async (trx) => {
    const inserted = await insertAcknowledgement(trx, {
      mailingId: input.mailingId,
      organizationId: input.organizationId,
      deliveryId: input.deliveryId,
      contactId: input.contactId,
      answer: checked.answer,
      channel: input.channel,
      note: input.note,
      late: isLate(request.deadline, now),
      respondedBy:
        actor.viewer.kind === 'MEMBER' || actor.viewer.kind === 'SECRETARIAT'
          ? actor.viewer.accountId
          : null,
    });
    if (!inserted) {
      const existing = await findAcknowledgement(trx, input.mailingId, input.organizationId);
      if (!existing) throw new Error('acknowledgement vanished');
      return { acknowledgement: existing, created: false };
    }
    await recordAudit(trx, actor, {
      action: 'mailing.acknowledge',
      targetType: 'Mailing',
      targetId: input.mailingId,
      after: {
        organizationId: input.organizationId,
        channel: inserted.channel,
        deliveryId: inserted.deliveryId,
        late: inserted.late,
        answered: inserted.answer !== null,
      },
    });
    return { acknowledgement: inserted, created: true };
  });
}

function alreadyReplied(ack: Acknowledgement): ConflictError {
  return new ConflictError(
    `この団体はこの事務連絡に既に回答しています（${ack.respondedAt.toISOString()}）。回答は団体ごとに1回です。`,
  );
}

/** A member user replies for its own organisation (channel API). */
export async function acknowledgeAsMember(
  db: Db,
  actor: Actor,
  input: { mailingId: string; answer: string | null },
): Promise<Acknowledgement> {
  const { viewer } = actor;
  if (viewer.kind !== 'MEMBER') {
    throw invalid(
      ['mailingId'],
      '会員団体のユーザーだけが回答できます。事務局が代わりに記録するときは recordAcknowledgement を使ってください。',
    );
  }
  const notFound = 'その事務連絡は見つかりません（あなたの団体あてに送られていません）。';
  const delivery = await findDeliveryOfOrganization(db, input.mailingId, viewer.organizationId);
  if (!delivery) throw new NotFoundError(notFound);
  const { acknowledgement, created } = await recordReply(db, actor, {
    mailingId: input.mailingId,
    organizationId: viewer.organizationId,
    deliveryId: delivery.id,
    contactId: null,
    answer: input.answer,
    channel: 'API',
    note: null,
  });
  if (!created) throw alreadyReplied(acknowledgement);
  return acknowledgement;
}

/** The secretariat records a reply it received otherwise (phone, paper): channel SECRETARIAT. */
export async function recordAcknowledgementBySecretariat(
  db: Db,
  actor: Actor,
  input: { mailingId: string; organizationId: string; answer: string | null; note: string | null },
): Promise<Acknowledgement> {
  await replyableCircular(db, input.mailingId, 'その事務連絡は見つかりません。');
  if (!(await wasAddressed(db, input.mailingId, input.organizationId))) {
    throw invalid(['organizationId'], 'この団体はこの事務連絡の宛先ではありません。');
  }
  if (input.note !== null && input.note.length > 500) {
    throw invalid(['note'], 'メモは500文字以内で入力してください。');
  }
  const delivery = await findDeliveryOfOrganization(db, input.mailingId, input.organizationId);
  const { acknowledgement, created } = await recordReply(db, actor, {
    mailingId: input.mailingId,
    organizationId: input.organizationId,
    deliveryId: delivery?.id ?? null,
    contactId: null,
    answer: input.answer,
    channel: 'SECRETARIAT',
    note: input.note,
  });
  if (!created) throw alreadyReplied(acknowledgement);
  return acknowledgement;
}

// ---- reminders -------------------------------------------------------------------------------

/** The longest message the secretariat may add to a reminder (characters, after cleaning). */
export const MAX_REMINDER_MESSAGE_LENGTH = 400;

/** The added message as stored: cleaned, null when empty; problems name the field. */
export function checkReminderMessage(message: string | null | undefined): string | null {
  const cleaned = message == null ? '' : cleanUserText(message);
  if (cleaned === '') return null;
  if (cleaned.length > MAX_REMINDER_MESSAGE_LENGTH) {
    throw invalid(
      ['message'],
      `督促に添える文は${MAX_REMINDER_MESSAGE_LENGTH}文字以内で入力してください（${cleaned.length}文字あります）。`,
    );
  }
  return cleaned;
}

/** What rendering a reminder needs from the configuration. */
export type ReminderConfig = Pick<Config, 'publicUrl' | 'siteUrl'>;

/**
 * Creates a reminder of a sent circular with a reply request: a NOTICE with `reminder_of`, the
 * circular's content (with the secretariat's added message above it, when given) and the
 * subject prefixed 【再送・回答のお願い】. It follows the circular's approval policy: when the
 * circular required approval, or NOTICE is in the setting approvalRequiredKinds, the reminder is
 * a DRAFT that an admin other than its creator approves (approveMailing) before it is sent
 * (sendMailing) — the mailing's own four-eyes machinery; otherwise it starts at once. Refused
 * for other mailings, for a circular not sent yet, and while an earlier reminder of it waits for
 * approval or has not been resolved yet (double click).
 */
export async function sendReminder(
  db: Db,
  actor: Actor,
  input: { mailingId: string; expectedVersion: number | null; message?: string | null },
  config: ReminderConfig,
): Promise<Mailing> {
  const creator = actor.viewer.kind === 'SECRETARIAT' ? actor.viewer.accountId : null;
  const message = checkReminderMessage(input.message);
  const circular = await findMailingRow(db, input.mailingId);
  if (!circular) throw new NotFoundError('そのメールは見つかりません。');
  refuseReminder(circular, input.expectedVersion);
  // Rendered before the transaction (MJML is slow); a sent circular's content no longer changes.
  const compiled = message
    ? await compileWithMessage(db, circular.content, message, config)
    : parseCompiledEmail(circular.compiled_email);
  const id = await db.transaction().execute(async (trx) => {
    const original = await findMailingRow(trx, input.mailingId, { forUpdate: true });
    if (!original) throw new NotFoundError('そのメールは見つかりません。');
    refuseReminder(original, input.expectedVersion);
    const pending = await findPendingReminder(trx, original.id);
    if (pending) {
      throw new ConflictError(
        pending.status === 'DRAFT'
          ? 'この事務連絡には承認待ちの督促があります。その督促を承認して送信するか、下書きを削除してから作り直してください。'
          : 'この事務連絡の再送はすでに配信準備中です。宛先が確定してから、もう一度お試しください。',
      );
    }
    const approvalRequired =
      original.approval_required || (await kindRequiresApproval(trx, original.kind));
    const [first = '', ...rest] = compiled.subject.literals;
    const reminderCompiled = {
      ...compiled,
      subject: { ...compiled.subject, literals: [`${REMINDER_PREFIX}${first}`, ...rest] },
    };
    const subject = `${REMINDER_PREFIX}${original.subject}`;
    const now = new Date();
    const id = await insertMailing(trx, {
      kind: 'NOTICE',
      subject,
      content: JSON.stringify(original.content),
      // Kept for the record; the audience is resolved from the circular (see audience.ts).
      audience: JSON.stringify(original.audience),
      compiled_email: JSON.stringify(reminderCompiled),
      compiled_version: 1,
      reminder_of: original.id,
      created_by: creator,
      // Its creator wrote it: four eyes means they may not approve it.
      edited_by: creator ? [creator] : [],
      approval_required: approvalRequired,
      ...(approvalRequired
        ? { status: 'DRAFT' as const }
        : { status: 'SENDING' as const, started_at: now, started_by: creator }),
    });
    if (!approvalRequired) await enqueueStart(trx, id);
    await recordAudit(trx, actor, {
      action: approvalRequired ? 'mailing.createReminder' : 'mailing.sendReminder',
      targetType: 'Mailing',
      targetId: id,
      after: { reminderOf: original.id, subject, message, approvalRequired },
    });
    return id;
  });
  const created = await findMailing(db, id);
  if (!created) throw new Error('reminder vanished');
  return created;
}

/** The circular's content rendered again with the added message above it. */
async function compileWithMessage(
  db: Db,
  content: unknown,
  message: string,
  config: ReminderConfig,
): Promise<CompiledEmail> {
  try {
    return await compileEmail(content as never, {
      publicUrl: config.publicUrl,
      siteUrl: config.siteUrl,
      webVersion: offersWebVersion(content),
      files: await fileFactsOf(db, content),
      preface: message,
    });
  } catch (error) {
    if (!(error instanceof EmailContentError || error instanceof EmailRenderError)) throw error;
    // The circular was valid when it was sent; rules tightened since do not make it sendable.
    throw invalid(
      ['message'],
      'この事務連絡は現在の形式で組み立て直せないため、文を添えられません。文を添えずに督促してください。',
    );
  }
}

function refuseReminder(original: MailingRow, expectedVersion: number | null): void {
  if (original.reminder_of !== null) {
    throw invalid(['mailingId'], '再送メールの再送はできません。元の事務連絡を指定してください。');
  }
  if (!replyRequestOf(original.kind, original.content)) {
    throw invalid(
      ['mailingId'],
      '回答を求めていないメールには再送（回答のお願い）を送れません。回答期限のある事務連絡を指定してください。',
    );
  }
  // Only once every message has a final state: a copy still queued is not a non-respondent's.
  if (original.status !== 'SENT') {
    throw invalid(
      ['mailingId'],
      'この事務連絡はまだ配信が終わっていません。配信が完了してから再送してください。',
    );
  }
  if (expectedVersion !== null && expectedVersion !== original.version) {
    throw new ConflictError(
      '他の人が先にこのメールを更新しました。最新の内容を読み込んでから、もう一度操作してください。',
    );
  }
}
