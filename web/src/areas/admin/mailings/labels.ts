/** Japanese words for the mailings area: kinds, states, delivery outcomes, API messages. */

export const KIND_LABELS: Record<string, string> = {
  NEWSLETTER: 'メールマガジン',
  VISIT_REPORT: '事務局訪問記',
  NOTICE: '事務連絡',
  MEETING_NOTICE: '会議開催通知',
};

export const STATUS_LABELS: Record<string, string> = {
  DRAFT: '下書き',
  SCHEDULED: '予約済み',
  SENDING: '送信中',
  PAUSED: '一時停止中',
  SENT: '送信済み',
  CANCELLED: '中止',
};

export const DELIVERY_STATUS_LABELS: Record<string, string> = {
  QUEUED: '送信待ち',
  SENDING: '送信中',
  RETRY: '再試行待ち',
  SENT: '送信済み（受信サーバーが受理）',
  BOUNCED: '不達（エラー通知あり）',
  FAILED: '送信失敗',
  UNKNOWN: '結果不明',
  SUPPRESSED: '配信停止・対象外',
  CANCELLED: '中止により未送信',
};

export const SUPPRESSION_LABELS: Record<string, string> = {
  HARD_BOUNCE: '不達のため停止中',
  COMPLAINT: '迷惑メール報告のため停止中',
  MANUAL: '事務局が停止',
  UNSUBSCRIBE_ALL: '任意のメールを全て停止',
  OPTED_OUT: 'この種類の受信を停止（オプトアウト）',
  INVALID_ADDRESS: 'アドレスの形式が正しくない',
};

export const ISSUE_LABELS: Record<string, string> = {
  NO_CONTACTS: '連絡先が登録されていない',
  NO_MATCHING_CONTACT: '選んだ連絡先（主担当・役割）に当たる人がいない',
  ALL_SUPPRESSED: '全ての連絡先が配信停止',
};

export const REPLY_STATE_LABELS: Record<string, string> = {
  ACKNOWLEDGED: '回答済み',
  LATE: '期限後に回答',
  NOT_YET: '未回答',
  UNREACHED: '届いていない',
};

/**
 * An API problem message as shown at its field. The API words every message in Japanese
 * (content rules in src/mail/render/content.ts); anything else is shown inside a Japanese lead.
 */
export function japaneseMessage(message: string): string {
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(message)) return message;
  return `入力内容を確認してください（${message}）。`;
}
