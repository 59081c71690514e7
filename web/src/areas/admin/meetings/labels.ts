/** Japanese words and small helpers shared by the 会議 screens. */

export const BODY_LABELS: Record<string, string> = {
  GENERAL_MEETING: '総会',
  BOARD: '幹事会',
  WORKING_GROUP: '分科会',
};

export const STATUS_LABELS: Record<string, string> = {
  SCHEDULED: '開催予定',
  HELD: '開催済み',
  CANCELLED: '中止',
};

export const AGENDA_STATUS_LABELS: Record<string, string> = {
  PROPOSED: '提案中',
  APPROVED: '承認',
  REJECTED: '否決',
  WITHDRAWN: '取り下げ',
};

export const PROPOSER_LABELS: Record<string, string> = {
  BOARD: '幹事会',
  SECRETARIAT: '事務局',
  ORGANIZATION: '会員',
};

export const RESPONSE_LABELS: Record<string, string> = {
  ATTEND: '出席',
  ABSENT: '欠席',
  PROXY: '委任状',
};

export const ROLE_LABELS: Record<string, string> = {
  CHAIR: '議長',
  VICE_CHAIR: '副議長',
  MEMBER: '幹事',
};

/** 総会 / 幹事会 / 第2分科会. */
export function bodyName(body: string, workingGroupNumber?: number | null): string {
  if (body === 'WORKING_GROUP' && workingGroupNumber) return `第${workingGroupNumber}分科会`;
  return BODY_LABELS[body] ?? body;
}

/** The URL of a meeting's page (global ids may hold characters a path cannot). */
export function meetingPath(id: string, rest = ''): string {
  return `/admin/meetings/${encodeURIComponent(id)}${rest}`;
}

/** A DateTime → the value of an <input type="datetime-local"> in Japan time ("2026-12-10T14:00"). */
export function toLocalInput(value: string | null | undefined): string {
  if (!value) return '';
  const jst = new Date(new Date(value).getTime() + 9 * 60 * 60 * 1000);
  return jst.toISOString().slice(0, 16);
}

/** The value of an <input type="datetime-local"> read as Japan time → an ISO DateTime. */
export function fromLocalInput(value: string): string {
  return new Date(`${value}:00+09:00`).toISOString();
}

/** Today in Japan as a GraphQL Date. */
export function todayInJapan(): string {
  return new Date(Date.now() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Field problems of a ValidationFailedError, by the input field's name (the path's last part). */
export function problemsByField(
  problems: readonly { path: readonly string[]; message: string }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) {
    const key = p.path.at(-1) ?? '';
    out[key] = out[key] ? `${out[key]} ${p.message}` : p.message;
  }
  return out;
}
