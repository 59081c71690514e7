/**
 * The columns of the member CSV, in Japanese and English. Export writes the Japanese headers;
 * import reads either (any mix, in any order, matched after NFKC and without spaces or case), so
 * a spreadsheet the secretariat already keeps only needs its header row renamed.
 */

export const ORGANIZATION_COLUMN_KEYS = [
  'id',
  'name',
  'nameKana',
  'category',
  'status',
  'organizationType',
  'prefecture',
  'designatedCityCode',
  'scope',
  'fieldsOfActivity',
  'website',
  'description',
  'publishedFields',
  'joinedOn',
  'workingGroups',
  'membershipHistory',
] as const;
export type OrganizationColumnKey = (typeof ORGANIZATION_COLUMN_KEYS)[number];

export const CONTACT_FIELD_KEYS = [
  'name',
  'nameKana',
  'email',
  'phone',
  'roles',
  'optedOut',
] as const;
export type ContactFieldKey = (typeof CONTACT_FIELD_KEYS)[number];

export interface ColumnSpec {
  readonly ja: string;
  readonly en: string;
  /** Other headers accepted on import. */
  readonly aliases?: readonly string[];
  /** What goes in the column (docs/cli.md and `import members --help`). */
  readonly help: string;
}

export const ORGANIZATION_COLUMNS: Readonly<Record<OrganizationColumnKey, ColumnSpec>> = {
  id: {
    ja: '団体ID',
    en: 'id',
    help: 'UUID written by export (or the organisation’s global ID from the API). Identifies the organisation on re-import; empty or absent: matched by name.',
  },
  name: { ja: '団体名', en: 'name', aliases: ['名称'], help: 'Organisation name (required).' },
  nameKana: {
    ja: '団体名かな',
    en: 'nameKana',
    aliases: ['団体名カナ', '団体名ふりがな', 'ふりがな', 'フリガナ'],
    help: 'Reading in hiragana, for 五十音順 sorting and search (required).',
  },
  category: {
    ja: '会員区分',
    en: 'category',
    help: '正会員 | 賛助会員 | 協力会員 (or REGULAR | SUPPORTING | COOPERATING) (required).',
  },
  status: {
    ja: '状態',
    en: 'status',
    help: '会員 | 資格停止 | 退会 | 申請中 (or ACTIVE | SUSPENDED | WITHDRAWN | APPLIED); empty: 会員.',
  },
  organizationType: {
    ja: '団体種別',
    en: 'organizationType',
    help: 'NPO法人, 一般社団法人, 社会福祉法人, 株式会社, 経済団体, 都道府県, 政令指定都市, 市区町村, … (required).',
  },
  prefecture: {
    ja: '都道府県',
    en: 'prefecture',
    help: 'Name (東京都) or JIS X 0401 code (13; Excel may drop the leading zero: 1 = 01).',
  },
  designatedCityCode: {
    ja: '政令指定都市コード',
    en: 'designatedCityCode',
    aliases: ['政令指定都市'],
    help: 'Code of a designated city (141003) or its name (横浜市); empty for none.',
  },
  scope: { ja: '活動範囲', en: 'scope', help: '全国 | 地域 (or NATIONAL | REGIONAL) (required).' },
  fieldsOfActivity: {
    ja: '活動分野',
    en: 'fieldsOfActivity',
    help: 'Labels or codes separated by ; or ・ (こども・若者;相談支援 or CHILDREN;CONSULTATION).',
  },
  website: {
    ja: 'ウェブサイト',
    en: 'website',
    aliases: ['ホームページ', 'URL'],
    help: 'http(s) URL.',
  },
  description: { ja: '団体紹介', en: 'description', help: 'Free text; line breaks allowed.' },
  publishedFields: {
    ja: '公開項目',
    en: 'publishedFields',
    help: 'What the public directory may show: column names (団体名;ウェブサイト), field names (name;website) or すべて.',
  },
  joinedOn: {
    ja: '入会日',
    en: 'joinedOn',
    help: '2025-05-01, 2025/5/1 or 令和7年5月1日. Required for a new active member without 会員履歴.',
  },
  workingGroups: {
    ja: '分科会',
    en: 'workingGroups',
    help: 'Current working groups separated by ; — a number, optionally a role (座長 | 副座長) and the date joined: 1;3 or 1 座長 2022-04-15; 3 2022-05-09.',
  },
  membershipHistory: {
    ja: '会員履歴',
    en: 'membershipHistory',
    help: 'Dated membership events, one per line (or separated by ;): date, 入会 | 区分変更 | 資格停止 | 再開 | 退会, category, optional note.',
  },
};

export const CONTACT_FIELDS: Readonly<
  Record<ContactFieldKey, { readonly ja: string; readonly en: string; readonly help: string }>
> = {
  name: { ja: '名', en: 'Name', help: 'Name (required with the e-mail address).' },
  nameKana: { ja: 'かな', en: 'NameKana', help: 'Reading of the name, in hiragana.' },
  email: { ja: 'メール', en: 'Email', help: 'E-mail address; identifies the contact.' },
  phone: { ja: '電話', en: 'Phone', help: 'Phone number.' },
  roles: {
    ja: '役割',
    en: 'Roles',
    help: 'Roles separated by ; or ・ (代表, 事務担当, 総会代議員, 幹事, 分科会担当, 孤独・孤立対策担当).',
  },
  optedOut: {
    ja: '配信停止',
    en: 'OptedOut',
    help: 'Optional mail the contact does not want: メールマガジン;事務局訪問記 (NEWSLETTER;VISIT_REPORT).',
  },
};

/** The header of a contact column: position 1 is the primary contact (主担当者…/contact…). */
export function contactHeader(position: number, field: ContactFieldKey, language: 'ja' | 'en') {
  const spec = CONTACT_FIELDS[field];
  if (language === 'ja') return `${position === 1 ? '主担当者' : `担当者${position}`}${spec.ja}`;
  return `${position === 1 ? 'contact' : `contact${position}`}${spec.en}`;
}

export type ColumnRef =
  | { readonly kind: 'organization'; readonly key: OrganizationColumnKey }
  | { readonly kind: 'contact'; readonly position: number; readonly field: ContactFieldKey };

/** Header text → the comparable form: NFKC, no white space, lower case. */
function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
}

const ORGANIZATION_HEADERS = new Map<string, OrganizationColumnKey>();
for (const key of ORGANIZATION_COLUMN_KEYS) {
  const spec = ORGANIZATION_COLUMNS[key];
  for (const header of [spec.ja, spec.en, ...(spec.aliases ?? [])]) {
    ORGANIZATION_HEADERS.set(normalizeHeader(header), key);
  }
}

const JA_CONTACT_FIELD = new Map<string, ContactFieldKey>([
  ['名', 'name'],
  ['氏名', 'name'],
  ['かな', 'nameKana'],
  ['カナ', 'nameKana'],
  ['ふりがな', 'nameKana'],
  ['メール', 'email'],
  ['メールアドレス', 'email'],
  ['電話', 'phone'],
  ['電話番号', 'phone'],
  ['役割', 'roles'],
  ['配信停止', 'optedOut'],
]);
const EN_CONTACT_FIELD = new Map<string, ContactFieldKey>(
  CONTACT_FIELD_KEYS.map((key) => [CONTACT_FIELDS[key].en.toLowerCase(), key]),
);

/** Which column a header names, or undefined for a column import does not read. */
export function resolveHeader(header: string): ColumnRef | undefined {
  const normalized = normalizeHeader(header);
  const key = ORGANIZATION_HEADERS.get(normalized);
  if (key) return { kind: 'organization', key };
  // 主担当者名 and 担当者名 are the primary contact; 担当者2名 the second, and so on.
  const ja = /^主?担当者(\d*)(.+)$/.exec(normalized);
  if (ja) {
    const field = JA_CONTACT_FIELD.get(ja[2] as string);
    const position = ja[1] === '' ? 1 : Number(ja[1]);
    if (field && position >= 1) return { kind: 'contact', position, field };
  }
  const en = /^contact(\d*)([a-z]+)$/.exec(normalized);
  if (en) {
    const field = EN_CONTACT_FIELD.get(en[2] as string);
    const position = en[1] === '' ? 1 : Number(en[1]);
    if (field && position >= 1) return { kind: 'contact', position, field };
  }
  return undefined;
}

/** The Japanese header of a column, for messages about a column the file does not have. */
export function japaneseHeader(ref: ColumnRef): string {
  return ref.kind === 'organization'
    ? ORGANIZATION_COLUMNS[ref.key].ja
    : contactHeader(ref.position, ref.field, 'ja');
}
