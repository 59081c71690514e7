/**
 * Rules of meetings: scheduling, agenda items and their decisions, members' replies, minutes and
 * attendance. Each change runs in one transaction with its audit event. `meetingInvitees` lists
 * the organisations invited (the mail engine joins the same rule, src/db/invitees.ts, in SQL).
 */

import { recordAudit } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/create-db.js';
import type {
  AgendaItemStatus,
  GoverningBody,
  MeetingResponseKind,
  ProposerKind,
} from '../../db/tables/governance.js';
import {
  ConflictError,
  type FieldProblem,
  NotFoundError,
  ValidationFailedError,
} from '../../errors.js';
import { findWorkingGroupsByNumbers } from '../working-groups/working-group.repository.js';
import type { AgendaItem, Meeting, MeetingResponse } from './governance.js';
import {
  filterInvited,
  findAgendaItem,
  findInviteeIds,
  findMeeting,
  findOrganizationIds,
  findResponses,
  insertAgendaItem,
  insertMeeting,
  type MeetingPatch,
  updateAgendaItem as patchAgendaItem,
  updateMeeting as patchMeeting,
  upsertAttendance,
  upsertResponse,
} from './meeting.repository.js';

/**
 * The organisations invited to a meeting (ids, sorted), derived from its body on the meeting's
 * day in Japan — see docs/governance.md. Throws NotFoundError for an unknown meeting.
 */
export async function meetingInvitees(db: Db, meetingId: string): Promise<string[]> {
  const meeting = await findMeeting(db, meetingId);
  if (!meeting) throw new NotFoundError('その会議は見つかりません。');
  return (await findInviteeIds(db, meetingId)).sort();
}

const STATUS_LABEL: Record<AgendaItemStatus, string> = {
  PROPOSED: '提案中',
  APPROVED: '承認',
  REJECTED: '否決',
  WITHDRAWN: '取り下げ',
};

function invalid(path: string[], message: string, detail = message): ValidationFailedError {
  return new ValidationFailedError(message, [{ path: ['input', ...path], message: detail }]);
}

function assertNotCancelled(meeting: Meeting): void {
  if (meeting.status === 'CANCELLED') {
    throw invalid(['meetingId'], `会議「${meeting.title}」は中止されたため、変更できません。`);
  }
}

function assertStarted(meeting: Meeting, what: string, now = new Date()): void {
  if (meeting.startsAt > now) {
    throw invalid(
      ['meetingId'],
      `会議「${meeting.title}」はまだ始まっていません（${meeting.startsAt.toISOString()} 開始）。${what}は会議の開始後に記録してください。`,
    );
  }
}

function assertVersion(meeting: Meeting, expectedVersion: number): void {
  if (meeting.version !== expectedVersion) {
    throw new ConflictError(
      `他の人が先にこの会議を更新しました（版 ${expectedVersion} → ${meeting.version}）。最新の内容を読み込んでから、もう一度保存してください。`,
    );
  }
}

function assertTimes(startsAt: Date, endsAt: Date | null): void {
  if (endsAt && endsAt <= startsAt) {
    throw invalid(['endsAt'], '終了時刻は開始時刻より後にしてください。');
  }
}

function assertQuorum(numerator: number, denominator: number): void {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(denominator) || denominator < 1) {
    problems.push({ path: ['input', 'quorum', 'denominator'], message: '1 以上の整数です。' });
  }
  if (!Number.isInteger(numerator) || numerator < 0 || numerator >= denominator) {
    problems.push({
      path: ['input', 'quorum', 'numerator'],
      message: '0 以上で分母より小さい整数です（定足数は「招集団体数 × 分子/分母 を超える」）。',
    });
  }
  if (problems.length > 0) {
    throw new ValidationFailedError('定足数の割合が正しくありません。', problems);
  }
}

async function lockMeeting(db: Db, meetingId: string): Promise<Meeting> {
  const meeting = await findMeeting(db, meetingId, { forUpdate: true });
  if (!meeting) throw new NotFoundError('その会議は見つかりません。');
  return meeting;
}

async function assertWorkingGroup(db: Db, number: number): Promise<void> {
  const [found] = await findWorkingGroupsByNumbers(db, [number]);
  if (!found) throw invalid(['workingGroupNumber'], `分科会 ${number} はありません。`);
}

// ----------------------------------------------------------------------------------------------
// Meetings

export interface NewMeetingInput {
  readonly body: GoverningBody;
  readonly workingGroupNumber: number | null;
  readonly title: string;
  readonly startsAt: Date;
  readonly endsAt: Date | null;
  readonly place: string | null;
  readonly onlineUrl: string | null;
  readonly quorum: { numerator: number; denominator: number } | null;
  readonly allowsProxy: boolean;
}

export async function createMeeting(
  db: Db,
  actor: Actor,
  input: NewMeetingInput,
): Promise<Meeting> {
  if (input.body === 'WORKING_GROUP' && input.workingGroupNumber === null) {
    throw invalid(['workingGroupNumber'], '分科会の会議には分科会の番号が必要です。');
  }
  if (input.body !== 'WORKING_GROUP' && input.workingGroupNumber !== null) {
    throw invalid(
      ['workingGroupNumber'],
      '分科会の番号は分科会の会議（body: WORKING_GROUP）にだけ指定できます。',
    );
  }
  assertTimes(input.startsAt, input.endsAt);
  const quorum = input.quorum ?? { numerator: 1, denominator: 2 };
  assertQuorum(quorum.numerator, quorum.denominator);
  return db.transaction().execute(async (trx) => {
    if (input.workingGroupNumber !== null) await assertWorkingGroup(trx, input.workingGroupNumber);
    const meeting = await insertMeeting(trx, {
      body: input.body,
      workingGroupNumber: input.workingGroupNumber,
      title: input.title,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      place: input.place,
      onlineUrl: input.onlineUrl,
      quorumNumerator: quorum.numerator,
      quorumDenominator: quorum.denominator,
      allowsProxy: input.allowsProxy,
      createdBy: actor.viewer.kind === 'SECRETARIAT' ? actor.viewer.accountId : null,
    });
    await recordAudit(trx, actor, {
      action: 'meeting.create',
      targetType: 'Meeting',
      targetId: meeting.id,
      after: meeting,
    });
    return meeting;
  });
}

export interface MeetingChanges {
  readonly title?: string;
  readonly startsAt?: Date;
  readonly endsAt?: Date | null;
  readonly place?: string | null;
  readonly onlineUrl?: string | null;
  readonly quorum?: { numerator: number; denominator: number };
  readonly allowsProxy?: boolean;
}

/** Changes the details of a meeting that is not cancelled; CONFLICT on a stale version. */
export async function updateMeeting(
  db: Db,
  actor: Actor,
  input: { meetingId: string; expectedVersion: number; changes: MeetingChanges },
): Promise<Meeting> {
  const { meetingId, expectedVersion, changes } = input;
  return db.transaction().execute(async (trx) => {
    const before = await lockMeeting(trx, meetingId);
    assertVersion(before, expectedVersion);
    assertNotCancelled(before);
    const patch: MeetingPatch = {
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.startsAt !== undefined ? { startsAt: changes.startsAt } : {}),
      ...(changes.endsAt !== undefined ? { endsAt: changes.endsAt } : {}),
      ...(changes.place !== undefined ? { place: changes.place } : {}),
      ...(changes.onlineUrl !== undefined ? { onlineUrl: changes.onlineUrl } : {}),
      ...(changes.quorum !== undefined
        ? {
            quorumNumerator: changes.quorum.numerator,
            quorumDenominator: changes.quorum.denominator,
          }
        : {}),
      ...(changes.allowsProxy !== undefined ? { allowsProxy: changes.allowsProxy } : {}),
    };
    assertTimes(
      patch.startsAt ?? before.startsAt,
      patch.endsAt !== undefined ? patch.endsAt : before.endsAt,
    );
    assertQuorum(
      patch.quorumNumerator ?? before.quorumNumerator,
      patch.quorumDenominator ?? before.quorumDenominator,
    );
    // The row is locked and its version checked, so the update cannot miss.
    const updated = (await patchMeeting(trx, meetingId, expectedVersion, patch)) as Meeting;
    await recordAudit(trx, actor, {
      action: 'meeting.update',
      targetType: 'Meeting',
      targetId: meetingId,
      before: pick(before, Object.keys(patch)),
      after: pick(updated, Object.keys(patch)),
    });
    return updated;
  });
}

/** Cancels a scheduled meeting (replies are kept; no further changes). */
export async function cancelMeeting(
  db: Db,
  actor: Actor,
  input: { meetingId: string; reason: string | null },
): Promise<Meeting> {
  const { meetingId, reason } = input;
  return db.transaction().execute(async (trx) => {
    const before = await lockMeeting(trx, meetingId);
    if (before.status === 'CANCELLED') {
      throw new ConflictError(`会議「${before.title}」は既に中止されています。`);
    }
    if (before.status === 'HELD') {
      throw invalid(['meetingId'], `会議「${before.title}」は開催済みのため、中止できません。`);
    }
    const after = (await patchMeeting(trx, meetingId, null, {
      status: 'CANCELLED',
      cancellationReason: reason,
    })) as Meeting;
    await recordAudit(trx, actor, {
      action: 'meeting.cancel',
      targetType: 'Meeting',
      targetId: meetingId,
      before: { status: before.status },
      after: { status: after.status, cancellationReason: reason },
    });
    return after;
  });
}

/** Records (or corrects) the minutes of a meeting that has started; marks it HELD. */
export async function recordMinutes(
  db: Db,
  actor: Actor,
  input: { meetingId: string; expectedVersion: number; minutes: string },
): Promise<Meeting> {
  const { meetingId, expectedVersion, minutes } = input;
  return db.transaction().execute(async (trx) => {
    const before = await lockMeeting(trx, meetingId);
    assertVersion(before, expectedVersion);
    assertNotCancelled(before);
    assertStarted(before, '議事録');
    const after = (await patchMeeting(trx, meetingId, expectedVersion, {
      minutes,
      status: 'HELD',
    })) as Meeting;
    await recordAudit(trx, actor, {
      action: 'meeting.recordMinutes',
      targetType: 'Meeting',
      targetId: meetingId,
      before: { minutes: before.minutes, status: before.status },
      after: { minutes: after.minutes, status: after.status },
    });
    return after;
  });
}

export interface AttendanceEntry {
  readonly organizationId: string;
  readonly attended: boolean;
}

/**
 * Records who attended (invitees only; entries not given stay as they were) and marks the
 * meeting HELD. From then on the quorum counts attendance instead of replies.
 */
export async function recordAttendance(
  db: Db,
  actor: Actor,
  input: { meetingId: string; entries: readonly AttendanceEntry[] },
): Promise<Meeting> {
  const { meetingId, entries } = input;
  const seen = new Set<string>();
  const duplicates: FieldProblem[] = [];
  entries.forEach((entry, index) => {
    if (seen.has(entry.organizationId)) {
      duplicates.push({
        path: ['input', 'entries', String(index), 'organizationId'],
        message: '同じ団体が二度指定されています。',
      });
    }
    seen.add(entry.organizationId);
  });
  if (duplicates.length > 0) {
    throw new ValidationFailedError('出席の記録に同じ団体が重複しています。', duplicates);
  }
  return db.transaction().execute(async (trx) => {
    const before = await lockMeeting(trx, meetingId);
    assertNotCancelled(before);
    assertStarted(before, '出席');
    const invited = await filterInvited(
      trx,
      meetingId,
      entries.map((e) => e.organizationId),
    );
    const strangers: FieldProblem[] = [];
    entries.forEach((entry, index) => {
      if (!invited.has(entry.organizationId)) {
        strangers.push({
          path: ['input', 'entries', String(index), 'organizationId'],
          message: 'この会議に招集されていない団体です。',
        });
      }
    });
    if (strangers.length > 0) {
      throw new ValidationFailedError(
        `招集されていない団体の出席は記録できません（${strangers.length} 件）。`,
        strangers,
      );
    }
    const recordedBy = actor.viewer.kind === 'SECRETARIAT' ? actor.viewer.accountId : null;
    await upsertAttendance(trx, meetingId, entries, recordedBy);
    const after =
      before.status === 'SCHEDULED'
        ? ((await patchMeeting(trx, meetingId, null, { status: 'HELD' })) as Meeting)
        : before;
    await recordAudit(trx, actor, {
      action: 'meeting.recordAttendance',
      targetType: 'Meeting',
      targetId: meetingId,
      before: { status: before.status },
      after: { status: after.status, entries },
    });
    return after;
  });
}

// ----------------------------------------------------------------------------------------------
// Agenda items

export interface NewAgendaItemInput {
  readonly meetingId: string;
  readonly title: string;
  readonly description: string | null;
  /** Omitted: the board for a general-meeting item, otherwise the secretariat. */
  readonly proposer: { kind: ProposerKind; organizationId: string | null } | null;
}

export async function addAgendaItem(
  db: Db,
  actor: Actor,
  input: NewAgendaItemInput,
): Promise<AgendaItem> {
  return db.transaction().execute(async (trx) => {
    const meeting = await lockMeeting(trx, input.meetingId);
    assertNotCancelled(meeting);
    const proposer = input.proposer ?? {
      kind: meeting.body === 'GENERAL_MEETING' ? 'BOARD' : 'SECRETARIAT',
      organizationId: null,
    };
    if (proposer.kind === 'ORGANIZATION') {
      if (!proposer.organizationId) {
        throw invalid(['proposer', 'organizationId'], '提案した団体を指定してください。');
      }
      if ((await findOrganizationIds(trx, [proposer.organizationId])).size === 0) {
        throw new NotFoundError('提案した団体が見つかりません。');
      }
    } else if (proposer.organizationId) {
      throw invalid(
        ['proposer', 'organizationId'],
        '団体は提案者の種類が ORGANIZATION のときだけ指定できます。',
      );
    }
    const item = await insertAgendaItem(trx, {
      meetingId: meeting.id,
      title: input.title,
      description: input.description,
      proposerKind: proposer.kind,
      proposerOrganizationId: proposer.kind === 'ORGANIZATION' ? proposer.organizationId : null,
    });
    await recordAudit(trx, actor, {
      action: 'agendaItem.add',
      targetType: 'AgendaItem',
      targetId: item.id,
      after: item,
    });
    return item;
  });
}

export interface AgendaItemChanges {
  readonly title?: string;
  readonly description?: string | null;
  readonly status?: AgendaItemStatus;
  readonly resultNote?: string | null;
}

/**
 * Edits an agenda item or decides it. Status moves only from PROPOSED to APPROVED, REJECTED or
 * WITHDRAWN; a decided or withdrawn item keeps its status, title and description.
 */
export async function updateAgendaItem(
  db: Db,
  actor: Actor,
  input: { agendaItemId: string; changes: AgendaItemChanges },
): Promise<AgendaItem> {
  const { agendaItemId: itemId, changes } = input;
  return db.transaction().execute(async (trx) => {
    const found = await findAgendaItem(trx, itemId);
    if (!found) throw new NotFoundError('その議案は見つかりません。');
    // Lock order: meeting, then item (as addAgendaItem), so the two cannot deadlock.
    const meeting = await lockMeeting(trx, found.meetingId);
    assertNotCancelled(meeting);
    const before = (await findAgendaItem(trx, itemId, { forUpdate: true })) as AgendaItem;
    const statusChange = changes.status !== undefined && changes.status !== before.status;
    if (before.status !== 'PROPOSED') {
      if (statusChange) {
        throw invalid(
          ['status'],
          `議案「${before.title}」は既に「${STATUS_LABEL[before.status]}」です。議案の状態は「提案中」から「承認」「否決」「取り下げ」へ一度だけ変えられます。`,
          `${before.status} から ${changes.status} へは変えられません。`,
        );
      }
      if (changes.title !== undefined || changes.description !== undefined) {
        throw invalid(
          ['title'],
          `議案「${before.title}」は「${STATUS_LABEL[before.status]}」のため、件名と説明は変更できません。`,
        );
      }
    }
    const after = await patchAgendaItem(trx, itemId, {
      ...changes,
      ...(statusChange ? {} : { status: undefined }),
    });
    if (!after) throw new ConflictError('他の人が先にこの議案の状態を変えました。');
    await recordAudit(trx, actor, {
      action: 'agendaItem.update',
      targetType: 'AgendaItem',
      targetId: itemId,
      before: pick(before, Object.keys(changes)),
      after: pick(after, Object.keys(changes)),
    });
    return after;
  });
}

// ----------------------------------------------------------------------------------------------
// Replies

export interface ResponseInput {
  readonly meetingId: string;
  readonly organizationId: string;
  readonly response: MeetingResponseKind;
  readonly proxyHolderOrganizationId: string | null;
  readonly proxyHolderName: string | null;
  readonly note: string | null;
}

/**
 * An invited organisation's reply (attend, absent, or a proxy), changeable until the meeting
 * starts. Authorisation (own organisation or secretariat) is checked by the caller; a member
 * whose organisation is not invited gets NOT_FOUND, as the meeting is not visible to it.
 */
export async function respondToMeeting(
  db: Db,
  actor: Actor,
  input: ResponseInput,
  now = new Date(),
): Promise<{ response: MeetingResponse; meeting: Meeting }> {
  if (input.response !== 'PROXY' && (input.proxyHolderOrganizationId || input.proxyHolderName)) {
    throw invalid(['proxyHolderOrganizationId'], '委任先は委任（PROXY）の回答にだけ指定できます。');
  }
  if (input.proxyHolderOrganizationId === input.organizationId) {
    throw invalid(['proxyHolderOrganizationId'], '自分の団体には委任できません。');
  }
  return db.transaction().execute(async (trx) => {
    // Shared lock: replies run side by side, but not beside a cancellation or a move.
    const meeting = await findMeeting(trx, input.meetingId, { forShare: true });
    if (!meeting) throw new NotFoundError('その会議は見つかりません。');
    const invited = await filterInvited(
      trx,
      meeting.id,
      [input.organizationId, input.proxyHolderOrganizationId].filter((id) => id !== null),
    );
    if (!invited.has(input.organizationId)) {
      if (actor.viewer.kind !== 'SECRETARIAT')
        throw new NotFoundError('その会議は見つかりません。');
      throw invalid(['organizationId'], 'この団体はこの会議に招集されていません。');
    }
    if (meeting.status !== 'SCHEDULED') {
      throw invalid(
        ['meetingId'],
        `会議「${meeting.title}」は${meeting.status === 'CANCELLED' ? '中止されました' : '開催済みです'}。出欠の回答はできません。`,
      );
    }
    if (meeting.startsAt <= now) {
      throw invalid(
        ['meetingId'],
        `会議「${meeting.title}」は既に始まっています。出欠の回答・変更は開始前までです。`,
      );
    }
    if (input.response === 'PROXY' && !meeting.allowsProxy) {
      throw invalid(['response'], 'この会議では委任状による出席はできません。');
    }
    if (input.proxyHolderOrganizationId && !invited.has(input.proxyHolderOrganizationId)) {
      throw invalid(
        ['proxyHolderOrganizationId'],
        '委任先の団体はこの会議に招集されていません。招集されている団体か、議長（指定なし）に委任してください。',
      );
    }
    const [previous] = await findResponses(trx, [
      { meetingId: meeting.id, organizationId: input.organizationId },
    ]);
    const response = await upsertResponse(trx, {
      ...input,
      respondedBy:
        actor.viewer.kind === 'SECRETARIAT' || actor.viewer.kind === 'MEMBER'
          ? actor.viewer.accountId
          : null,
    });
    await recordAudit(trx, actor, {
      action: 'meeting.respond',
      targetType: 'Meeting',
      targetId: meeting.id,
      before: previous ? replyOf(previous) : null,
      after: replyOf(response),
    });
    return { response, meeting };
  });
}

function replyOf(response: MeetingResponse) {
  return {
    organizationId: response.organizationId,
    response: response.response,
    proxyHolderOrganizationId: response.proxyHolderOrganizationId,
    proxyHolderName: response.proxyHolderName,
    note: response.note,
  };
}

function pick<T extends object>(value: T, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, (value as Record<string, unknown>)[k]]));
}
