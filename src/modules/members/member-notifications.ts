/**
 * E-mail a member organisation receives when the secretariat decides something about it: a
 * profile change approved or rejected, a working-group request approved or declined, or a direct
 * change of its working-group membership. Queued in the deciding transaction (a rolled-back
 * decision sends nothing) to the organisation's primary contact and, when it differs, to the
 * member user who made the request. Only register data and the secretariat's reason go into the
 * message; the transactional template escapes them.
 */
import type { Config } from '../../config.js';
import type { Db } from '../../db/create-db.js';
import { cleanUserText } from '../../mail/render/content.js';
import { formatEraDate } from '../../mail/render/dates.js';
import { queueTransactional, type TransactionalMessage } from '../../mail/transactional.js';
import {
  findNotificationAddresses,
  findWorkingGroupTitle,
} from './member-notifications.repository.js';

const SUBJECT_PREFIX = '【孤独・孤立対策官民連携プラットフォーム】';
const CLOSING = 'ご不明な点は事務局までお問い合わせください。';

/** The primary contact's address, then the requesting member user's if different. */
async function recipients(
  db: Db,
  organizationId: string,
  requestedBy: string | null,
): Promise<{ organizationName: string; addresses: string[] }> {
  const found = await findNotificationAddresses(db, organizationId, requestedBy);
  const addresses: string[] = [];
  if (found.primary) addresses.push(found.primary);
  const { requester } = found;
  if (requester && !addresses.some((a) => a.toLowerCase() === requester.toLowerCase())) {
    addresses.push(requester);
  }
  return { organizationName: found.organizationName, addresses };
}

/** Queues one message per recipient, built from the organisation's registered name. */
async function notifyOrganization(
  db: Db,
  config: Pick<Config, 'mailFrom' | 'publicUrl' | 'siteUrl'>,
  input: {
    organizationId: string;
    requestedBy: string | null;
    purpose: string;
    message: (organizationName: string) => TransactionalMessage;
  },
): Promise<void> {
  const { organizationName, addresses } = await recipients(
    db,
    input.organizationId,
    input.requestedBy,
  );
  const message = input.message(organizationName);
  for (const to of addresses) {
    await queueTransactional(db, config, { purpose: input.purpose, to, message });
  }
}

/** The reason as the template will clean it; none when nothing printable is left. */
function reasonLine(reason: string | null | undefined): string[] {
  const cleaned = cleanUserText(reason ?? '');
  return cleaned ? [`理由：${cleaned}`] : [];
}

async function groupName(db: Db, group: number): Promise<string> {
  const title = await findWorkingGroupTitle(db, group);
  return title !== undefined ? `第${group}分科会（${title}）` : `第${group}分科会`;
}

export async function notifyProfileChangeDecided(
  db: Db,
  config: Pick<Config, 'mailFrom' | 'publicUrl' | 'siteUrl'>,
  input: {
    organizationId: string;
    requestedBy: string | null;
    approve: boolean;
    reason: string | null;
  },
): Promise<void> {
  const title = input.approve
    ? '団体プロフィールの変更を承認しました'
    : '団体プロフィールの変更申請の結果について';
  await notifyOrganization(db, config, {
    organizationId: input.organizationId,
    requestedBy: input.requestedBy,
    purpose: input.approve ? 'profile-change-approved' : 'profile-change-rejected',
    message: (name) => ({
      subject: `${SUBJECT_PREFIX}${title}`,
      title,
      paragraphs: [
        `${name} ご担当者様`,
        input.approve
          ? '団体プロフィールの変更申請を事務局が承認し、登録内容に反映しました。'
          : '団体プロフィールの変更申請について、誠に恐れ入りますが、今回は承認を見送らせていただきました。登録内容は変更されていません。',
        ...reasonLine(input.reason),
        CLOSING,
      ],
    }),
  });
}

export async function notifyWorkingGroupRequestDecided(
  db: Db,
  config: Pick<Config, 'mailFrom' | 'publicUrl' | 'siteUrl'>,
  input: {
    organizationId: string;
    requestedBy: string | null;
    group: number;
    kind: 'JOIN' | 'LEAVE';
    approve: boolean;
    on: string;
    reason: string | null;
  },
): Promise<void> {
  const what = input.kind === 'JOIN' ? '参加' : '退会';
  const title = input.approve
    ? `分科会への${what}申請を承認しました`
    : `分科会への${what}申請の結果について`;
  const group = await groupName(db, input.group);
  await notifyOrganization(db, config, {
    organizationId: input.organizationId,
    requestedBy: input.requestedBy,
    purpose: input.approve ? 'working-group-request-approved' : 'working-group-request-declined',
    message: (name) => ({
      subject: `${SUBJECT_PREFIX}${title}`,
      title,
      paragraphs: [
        `${name} ご担当者様`,
        input.approve
          ? `${group}への${what}申請を承認しました（${formatEraDate(input.on)}付）。`
          : `${group}への${what}申請について、誠に恐れ入りますが、今回は承認を見送らせていただきました。`,
        ...reasonLine(input.reason),
        CLOSING,
      ],
    }),
  });
}

export async function notifyWorkingGroupMembershipChanged(
  db: Db,
  config: Pick<Config, 'mailFrom' | 'publicUrl' | 'siteUrl'>,
  input: { organizationId: string; group: number; added: boolean; on: string },
): Promise<void> {
  const title = input.added ? '分科会のメンバーに登録しました' : '分科会のメンバーから外れました';
  const group = await groupName(db, input.group);
  await notifyOrganization(db, config, {
    organizationId: input.organizationId,
    requestedBy: null,
    purpose: input.added ? 'working-group-added' : 'working-group-removed',
    message: (name) => ({
      subject: `${SUBJECT_PREFIX}${title}`,
      title,
      paragraphs: [
        `${name} ご担当者様`,
        input.added
          ? `事務局が貴団体を${group}のメンバーに登録しました（${formatEraDate(input.on)}付）。`
          : `事務局が貴団体を${group}のメンバーから外しました（${formatEraDate(input.on)}付）。`,
        CLOSING,
      ],
    }),
  });
}
