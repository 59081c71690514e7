/**
 * HTTP: reply pages reached from a circular or meeting notice. The signed token in the URL (a
 * delivery id, src/mail/engine/links.ts) is the only credential: no sign-in, no cookie.
 *
 *   GET  /acknowledge/<token>                  the circular, the organisation, the deadline, the
 *                                              question (if any) and a button; changes nothing
 *   POST /acknowledge/<token>                  records the organisation's reply once (form field
 *                                              `answer`); later POSTs show when it was answered
 *   GET  /meeting-reply/<token>?answer=attend  the meeting and the three choices, preselected
 *   POST /meeting-reply/<token>                records attend/absent/proxy via governance
 *
 * GETs never change anything: mail scanners and previews open links. A forged or altered token
 * gets a 404 page.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Actor } from '../auth/actor.js';
import type { MeetingResponseKind } from '../db/tables/governance.js';
import { NotFoundError, ValidationFailedError } from '../errors.js';
import { html, page, type SafeHtml } from '../lib/html.js';
import { todayInJapan } from '../lib/japan-date.js';
import { verifyLinkToken } from '../mail/engine/links.js';
import { formatEraDate, formatEraDateWithWeekday } from '../mail/render/dates.js';
import type { Meeting, MeetingResponse } from '../modules/governance/governance.js';
import {
  filterInvited,
  findMeeting,
  findResponses,
} from '../modules/governance/meeting.repository.js';
import { respondToMeeting } from '../modules/governance/meeting.service.js';
import {
  type Acknowledgement,
  isLate,
  MAX_ANSWER_LENGTH,
  noticeSubjectOf,
  type ReplyRequest,
  replyRequestOf,
} from '../modules/replies/reply.js';
import {
  findAcknowledgement,
  findLinkTarget,
  type LinkTarget,
} from '../modules/replies/reply.repository.js';
import { checkAnswer, recordReply } from '../modules/replies/reply.service.js';
import { decodeSegment } from './paths.js';
import { type HttpDeps, HttpError, readBody, send } from './respond.js';

const HTML = 'text/html; charset=utf-8';

/** Serves the request when the path is one of this module's; false otherwise. */
export async function handleReplyPage(
  deps: HttpDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const acknowledge = /^\/acknowledge\/([^/]+)$/.exec(url.pathname);
  const meeting = /^\/meeting-reply\/([^/]+)$/.exec(url.pathname);
  if (!acknowledge && !meeting) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') {
    throw new HttpError(405, 'Method not allowed');
  }
  const actor: Actor = {
    viewer: { kind: 'ANONYMOUS' },
    requestId: String(res.getHeader('x-request-id') ?? ''),
  };
  if (acknowledge) {
    await handleAcknowledge(deps, req, res, decodeSegment(acknowledge[1] ?? ''), actor);
  } else {
    await handleMeetingReply(deps, req, res, url, decodeSegment(meeting?.[1] ?? ''), actor);
  }
  return true;
}

// ---- shared ----------------------------------------------------------------------------------

const FORM_STYLE = html`<style>
  textarea, input[type=text] { width: 100%; max-width: 100%; box-sizing: border-box; font: inherit; padding: .4rem; }
  button { font: inherit; padding: .6rem 1.2rem; margin-top: .8rem; }
  fieldset { border: 1px solid #ccc; margin: 1rem 0; }
  th { white-space: nowrap; }
  .notice { background: #fff6e0; padding: .6rem .8rem; }
  .done { background: #e8f5e9; padding: .6rem .8rem; }
</style>`;

function messagePage(status: number, title: string, body: SafeHtml | string): [number, string] {
  return [
    status,
    page(
      title,
      html`${FORM_STYLE}<main><h1>${title}</h1>${typeof body === 'string' ? html`<p>${body}</p>` : body}</main>`,
    ),
  ];
}

const INVALID_LINK = () =>
  messagePage(
    404,
    'リンクが無効です',
    'このリンクは正しくないか、途中で切れています。メールに記載のリンクをそのまま開いてください。何も記録されていません。',
  );

/** `令和8年11月28日` for the day (Japan time) of `at`. */
function eraDay(at: Date): string {
  return formatEraDate(todayInJapan(at));
}

function reply(res: ServerResponse, [status, body]: [number, string]): void {
  send(res, status, HTML, body);
}

// ---- acknowledgements ------------------------------------------------------------------------

async function handleAcknowledge(
  deps: HttpDeps,
  req: IncomingMessage,
  res: ServerResponse,
  token: string,
  actor: Actor,
): Promise<void> {
  const deliveryId = verifyLinkToken(deps.secretKey, 'acknowledge', token);
  const target = deliveryId ? await findLinkTarget(deps.db, deliveryId) : null;
  const request = target ? replyRequestOf(target.kind, target.content) : null;
  if (!target || !request || !target.organizationId) return reply(res, INVALID_LINK());
  const organizationId = target.organizationId;
  const existing = await findAcknowledgement(deps.db, target.mailingId, organizationId);
  if (existing) return reply(res, answeredPage(target, existing, false));
  if (req.method !== 'POST') return reply(res, [200, acknowledgePage(target, request)]);

  const form = new URLSearchParams(await readBody(req));
  const checked = checkAnswer(form.get('answer'), request.answerRequired);
  if (!checked.ok) {
    return reply(res, [400, acknowledgePage(target, request, checked.message, form.get('answer'))]);
  }
  try {
    const { acknowledgement, created } = await recordReply(deps.db, actor, {
      mailingId: target.mailingId,
      organizationId,
      deliveryId: target.deliveryId,
      contactId: target.contactId,
      answer: checked.answer,
      channel: 'LINK',
      note: null,
    });
    return reply(res, answeredPage(target, acknowledgement, created));
  } catch (error) {
    if (error instanceof NotFoundError) {
      return reply(
        res,
        messagePage(
          404,
          '回答を受け付けていません',
          'この事務連絡は現在、回答を受け付けていません（配信が中止された可能性があります）。事務局までご連絡ください。',
        ),
      );
    }
    if (error instanceof ValidationFailedError) {
      return reply(res, [400, acknowledgePage(target, request, error.message, checked.answer)]);
    }
    throw error;
  }
}

function summaryTable(target: LinkTarget, request: ReplyRequest): SafeHtml {
  return html`<table>
<tr><th>件名</th><td>${noticeSubjectOf(target.content, target.subject)}</td></tr>
<tr><th>団体</th><td>${target.organizationName}</td></tr>
<tr><th>回答期限</th><td>${formatEraDateWithWeekday(request.deadline)}</td></tr>
</table>`;
}

function acknowledgePage(
  target: LinkTarget,
  request: ReplyRequest,
  problem?: string,
  answer?: string | null,
): string {
  const late = isLate(request.deadline);
  return page(
    '事務連絡への回答',
    html`${FORM_STYLE}<main>
<h1>事務連絡への回答</h1>
${summaryTable(target, request)}
${late ? html`<p class="notice">回答期限を過ぎていますが、回答は受け付けます（期限後の回答として記録されます）。</p>` : ''}
${problem ? html`<p class="notice" role="alert"><strong>${problem}</strong></p>` : ''}
<form method="post">
${
  request.question
    ? html`<p><label for="answer">${request.question}${request.answerRequired ? '（必須）' : '（任意）'}</label></p>
<textarea id="answer" name="answer" rows="5" maxlength="${MAX_ANSWER_LENGTH}"${request.answerRequired ? html` required` : ''}>${answer ?? ''}</textarea>`
    : ''
}
<p><button type="submit">${request.buttonLabel}</button></p>
</form>
<p class="muted">回答は団体ごとに1回です。送信すると、${target.organizationName}としての回答が記録されます。</p>
</main>`,
  );
}

function answeredPage(
  target: LinkTarget,
  ack: Acknowledgement,
  justNow: boolean,
): [number, string] {
  const title = justNow ? '回答を受け付けました' : `${eraDay(ack.respondedAt)}に回答済みです`;
  return [
    200,
    page(
      title,
      html`${FORM_STYLE}<main>
<h1>${title}</h1>
<p class="done" role="status">${target.organizationName}の回答は${eraDay(ack.respondedAt)}に記録されています。${justNow ? '' : 'この回答は変更されていません。'}</p>
<table>
<tr><th>件名</th><td>${noticeSubjectOf(target.content, target.subject)}</td></tr>
${ack.answer ? html`<tr><th>回答内容</th><td>${ack.answer}</td></tr>` : ''}
${ack.late ? html`<tr><th>備考</th><td>回答期限後の回答として記録されています。</td></tr>` : ''}
</table>
<p class="muted">回答内容を訂正したいときは、事務局までご連絡ください。</p>
</main>`,
    ),
  ];
}

// ---- meeting replies -------------------------------------------------------------------------

const ANSWERS: Record<string, MeetingResponseKind> = {
  attend: 'ATTEND',
  absent: 'ABSENT',
  proxy: 'PROXY',
};

const RESPONSE_LABELS: Record<MeetingResponseKind, string> = {
  ATTEND: '出席',
  ABSENT: '欠席',
  PROXY: '委任（委任状）',
};

interface MeetingReplyContext {
  readonly target: LinkTarget;
  readonly organizationId: string;
  readonly meeting: Meeting;
  readonly replyDeadline: string | null;
  readonly allowProxy: boolean;
}

async function handleMeetingReply(
  deps: HttpDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  token: string,
  actor: Actor,
): Promise<void> {
  const deliveryId = verifyLinkToken(deps.secretKey, 'meeting-reply', token);
  const target = deliveryId ? await findLinkTarget(deps.db, deliveryId) : null;
  if (target?.kind !== 'MEETING_NOTICE' || !target.organizationId) {
    return reply(res, INVALID_LINK());
  }
  if (!target.meetingId) {
    return reply(
      res,
      messagePage(
        404,
        '出欠の回答',
        'このお知らせには出欠回答の受付がありません。事務局までご連絡ください。',
      ),
    );
  }
  const meeting = await findMeeting(deps.db, target.meetingId);
  if (!meeting) return reply(res, INVALID_LINK());
  const organizationId = target.organizationId;
  if (!(await filterInvited(deps.db, meeting.id, [organizationId])).has(organizationId)) {
    return reply(
      res,
      messagePage(
        403,
        '出欠の回答はできません',
        `${target.organizationName}は会議「${meeting.title}」に招集されていないため、出欠の回答はできません。何も記録されていません。`,
      ),
    );
  }
  const content = target.content as { replyDeadline?: string; allowProxy?: boolean };
  const ctx: MeetingReplyContext = {
    target,
    organizationId,
    meeting,
    replyDeadline: content.replyDeadline ?? null,
    allowProxy: meeting.allowsProxy && content.allowProxy !== false,
  };
  const [current] = await findResponses(deps.db, [{ meetingId: meeting.id, organizationId }]);
  const closed = closedReason(ctx);
  if (closed)
    return reply(res, [req.method === 'POST' ? 409 : 200, closedPage(ctx, closed, current)]);

  if (req.method !== 'POST') {
    const asked = ANSWERS[url.searchParams.get('answer') ?? ''];
    return reply(res, [200, meetingPage(ctx, { response: asked ?? current?.response, current })]);
  }
  const form = new URLSearchParams(await readBody(req));
  const response = ANSWERS[(form.get('response') ?? '').toLowerCase()];
  const toChair = form.get('proxyTo') !== 'NAME';
  const holder = (form.get('proxyHolderName') ?? '').replace(/\s+/g, ' ').trim();
  const again = (problem: string): void =>
    reply(res, [400, meetingPage(ctx, { response, current, problem, holder })]);
  if (!response) return again('出席・欠席・委任のいずれかを選んでください。');
  if (response === 'PROXY' && !ctx.allowProxy) return again('この会議では委任はできません。');
  if (response === 'PROXY' && !toChair && holder === '') {
    return again('委任先のお名前を入力するか、「議長に一任」を選んでください。');
  }
  if (holder.length > 200) return again('委任先のお名前は200文字以内で入力してください。');
  try {
    const { response: recorded } = await respondToMeeting(deps.db, actor, {
      meetingId: meeting.id,
      organizationId,
      response,
      proxyHolderOrganizationId: null,
      proxyHolderName: response === 'PROXY' && !toChair ? holder : null,
      note: null,
    });
    return reply(res, [200, recordedPage(ctx, recorded, current !== undefined)]);
  } catch (error) {
    if (error instanceof ValidationFailedError) {
      return reply(res, messagePage(409, '出欠の回答はできません', error.message));
    }
    if (error instanceof NotFoundError) {
      return reply(res, messagePage(404, '出欠の回答はできません', error.message));
    }
    throw error;
  }
}

/** Why replies through the link are closed, or null: after the reply deadline, or the meeting. */
function closedReason(ctx: MeetingReplyContext, now = new Date()): string | null {
  const { meeting } = ctx;
  if (meeting.status === 'CANCELLED') return `会議「${meeting.title}」は中止されました。`;
  if (meeting.status === 'HELD' || meeting.startsAt <= now) {
    return `会議「${meeting.title}」は既に始まっているため、出欠の回答・変更はできません。`;
  }
  if (ctx.replyDeadline && todayInJapan(now) > ctx.replyDeadline) {
    return `回答期限（${formatEraDateWithWeekday(ctx.replyDeadline)}）を過ぎたため、このページからは回答・変更できません。出欠に変更があるときは事務局までご連絡ください。`;
  }
  return null;
}

function meetingSummary(ctx: MeetingReplyContext): SafeHtml {
  const { meeting } = ctx;
  const startsAt = new Intl.DateTimeFormat('ja-JP', {
    timeZone: 'Asia/Tokyo',
    hour: '2-digit',
    minute: '2-digit',
  }).format(meeting.startsAt);
  return html`<table>
<tr><th>会議</th><td>${meeting.title}</td></tr>
<tr><th>日時</th><td>${formatEraDateWithWeekday(meeting.meetingDate)} ${startsAt}～</td></tr>
${meeting.place ? html`<tr><th>会場</th><td>${meeting.place}</td></tr>` : ''}
<tr><th>団体</th><td>${ctx.target.organizationName}</td></tr>
${ctx.replyDeadline ? html`<tr><th>回答期限</th><td>${formatEraDateWithWeekday(ctx.replyDeadline)}</td></tr>` : ''}
</table>`;
}

function describeResponse(response: MeetingResponse): string {
  if (response.response !== 'PROXY') return RESPONSE_LABELS[response.response];
  return `${RESPONSE_LABELS.PROXY}：${response.proxyHolderName ? `${response.proxyHolderName} 様に委任` : '議長に一任'}`;
}

function meetingPage(
  ctx: MeetingReplyContext,
  state: {
    response: MeetingResponseKind | undefined;
    current: MeetingResponse | undefined;
    problem?: string;
    holder?: string;
  },
): string {
  const choice = (value: MeetingResponseKind, label: string) =>
    html`<p><label><input type="radio" name="response" value="${value}"${state.response === value ? html` checked` : ''}> ${label}</label></p>`;
  const holder = state.holder ?? state.current?.proxyHolderName ?? '';
  return page(
    '出欠の回答',
    html`${FORM_STYLE}<main>
<h1>出欠の回答</h1>
${meetingSummary(ctx)}
${state.current ? html`<p class="done">現在の回答：<strong>${describeResponse(state.current)}</strong>（${eraDay(state.current.respondedAt)}）。会議の開始前（回答期限まで）なら変更できます。</p>` : ''}
${state.problem ? html`<p class="notice" role="alert"><strong>${state.problem}</strong></p>` : ''}
<form method="post">
<fieldset>
<legend>出欠</legend>
${choice('ATTEND', '出席する')}
${choice('ABSENT', '欠席する')}
${ctx.allowProxy ? choice('PROXY', '欠席し、委任する（委任状）') : ''}
</fieldset>
${
  ctx.allowProxy
    ? html`<fieldset>
<legend>委任先（委任するときだけ）</legend>
<p><label><input type="radio" name="proxyTo" value="CHAIR"${holder ? '' : html` checked`}> 議長に一任</label></p>
<p><label><input type="radio" name="proxyTo" value="NAME"${holder ? html` checked` : ''}> 次の方に委任：</label></p>
<p><input type="text" name="proxyHolderName" maxlength="200" value="${holder}" placeholder="委任先の団体名・お名前" aria-label="委任先"></p>
</fieldset>`
    : ''
}
<p><button type="submit">この内容で回答する</button></p>
</form>
</main>`,
  );
}

function recordedPage(
  ctx: MeetingReplyContext,
  recorded: MeetingResponse,
  changed: boolean,
): string {
  return page(
    '出欠の回答を記録しました',
    html`${FORM_STYLE}<main>
<h1>出欠の回答を${changed ? '変更' : '記録'}しました</h1>
<p class="done" role="status">回答：<strong>${describeResponse(recorded)}</strong></p>
${meetingSummary(ctx)}
<p class="muted">会議の開始前（回答期限まで）なら、メールのボタンからもう一度開いて変更できます。</p>
</main>`,
  );
}

function closedPage(
  ctx: MeetingReplyContext,
  reason: string,
  current: MeetingResponse | undefined,
): string {
  return page(
    '出欠の回答',
    html`${FORM_STYLE}<main>
<h1>出欠の回答は締め切りました</h1>
<p class="notice">${reason}</p>
${current ? html`<p>記録されている回答：<strong>${describeResponse(current)}</strong>（${eraDay(current.respondedAt)}）</p>` : html`<p>この団体の回答は記録されていません。</p>`}
${meetingSummary(ctx)}
</main>`,
  );
}
