/** Japanese labels of the register's codes (the API speaks in codes). */
import { FIELD_OF_ACTIVITY_LABELS } from '../../../lib/fields-of-activity';

export const CATEGORY_LABELS: Record<string, string> = {
  REGULAR: '正会員',
  SUPPORTING: '賛助会員',
  COOPERATING: '協力会員',
};

export const STATUS_LABELS: Record<string, string> = {
  ACTIVE: '会員',
  APPLIED: '入会申請中',
  REJECTED: '入会不承認',
  SUSPENDED: '資格停止',
  WITHDRAWN: '退会',
};

/** The moves `changeMembershipStatus` allows from each status. */
export const STATUS_MOVES: Record<string, readonly ('ACTIVE' | 'SUSPENDED' | 'WITHDRAWN')[]> = {
  ACTIVE: ['SUSPENDED', 'WITHDRAWN'],
  SUSPENDED: ['ACTIVE', 'WITHDRAWN'],
};

export const STATUS_MOVE_LABELS: Record<string, string> = {
  ACTIVE: '資格を回復する（会員に戻す）',
  SUSPENDED: '資格を停止する',
  WITHDRAWN: '退会とする',
};

export const FIELD_LABELS = FIELD_OF_ACTIVITY_LABELS;

export const EVENT_LABELS: Record<string, string> = {
  JOINED: '入会',
  CATEGORY_CHANGED: '会員区分の変更',
  SUSPENDED: '資格停止',
  REINSTATED: '資格回復',
  WITHDRAWN: '退会',
};

export const SCOPE_LABELS: Record<string, string> = { NATIONAL: '全国', REGIONAL: '地域' };

export const ROLE_LABELS: Record<string, string> = {
  CHAIR: '座長',
  VICE_CHAIR: '副座長',
  MEMBER: '構成員',
};

export const BOARD_ROLE_LABELS: Record<string, string> = {
  CHAIR: '代表幹事',
  VICE_CHAIR: '副代表幹事',
  MEMBER: '幹事',
};

export const CHANNEL_LABELS: Record<string, string> = {
  LINK: 'メールのリンク',
  API: '会員ページ',
  SECRETARIAT: '事務局が記録',
};

/** Profile fields as `ProfileFieldChange.field` and `publishedFields` name them. */
export const PROFILE_FIELD_LABELS: Record<string, string> = {
  name: '団体名',
  nameKana: '団体名（ふりがな）',
  category: '会員区分',
  organizationType: '法人格・種別',
  prefecture: '所在地（都道府県）',
  designatedCity: '所在地（政令指定都市）',
  scope: '活動範囲',
  fieldsOfActivity: '活動分野',
  website: 'ウェブサイト',
  description: '団体の紹介',
  publishedFields: '公開する項目',
};

export const WG_REQUEST_KIND_LABELS: Record<string, string> = { JOIN: '参加', LEAVE: '脱退' };

export function labelOf(labels: Record<string, string>, code: string | null | undefined): string {
  if (code == null) return '—';
  return labels[code] ?? code;
}
