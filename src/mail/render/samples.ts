/**
 * Sample content of every kind: for template galleries and previews, for the render tests
 * (which assert on these texts) and for benchmarks ({@link largeSampleNewsletter}).
 */
import type { EmailContentInput } from './content.js';

export const sampleNewsletter = {
  kind: 'NEWSLETTER',
  issueNumber: 12,
  issueDate: '2025-06-01',
  title: '孤独・孤立対策強化月間を振り返って',
  intro: ['会員の皆様、いつもプラットフォームの活動に御協力いただきありがとうございます。'],
  sections: [
    {
      heading: '会員の活動紹介',
      items: [
        {
          title: '地域の居場所づくり ― NPO法人 つながるまち',
          body: [
            '毎週土曜日に、商店街の空き店舗で「だれでも食堂」を開いています。\n予約は不要です。',
          ],
          links: [{ label: '団体のウェブサイト', url: 'https://example.org/tsunagaru' }],
        },
      ],
    },
    {
      heading: '支援情報',
      items: [
        {
          title: '相談窓口の御案内',
          body: ['24時間対応の相談窓口の一覧を更新しました。'],
          links: [
            { label: '相談窓口一覧', url: 'https://example.go.jp/soudan?a=1&b=2' },
            { label: 'チラシ（PDF）', url: 'https://example.go.jp/flyer.pdf' },
          ],
        },
      ],
    },
  ],
  closing: ['次号は7月上旬の発行を予定しています。'],
} satisfies EmailContentInput;

export const sampleVisitReport = {
  kind: 'VISIT_REPORT',
  title: '子ども食堂から広がる地域のつながり',
  organization: 'NPO法人 つながるまち',
  organizationUrl: 'https://example.org/tsunagaru',
  visitDate: '2025-04-18',
  staff: ['佐藤', '鈴木'],
  lead: '商店街の一角で、毎週土曜日に開かれる食堂を訪ねました。',
  paragraphs: [
    '代表の田中さんにお話を伺いました。',
    '「ここに来れば誰かがいる」という場所を目指しています。',
  ],
  photos: [
    {
      url: 'https://example.org/photos/1.jpg',
      alt: '食堂で配膳をするボランティアの皆さん',
      caption: '配膳の様子',
    },
  ],
} satisfies EmailContentInput;

export const sampleNotice = {
  kind: 'NOTICE',
  date: '2025-05-27',
  issuers: ['内閣府孤独・孤立対策推進室', '厚生労働省', '環境省'],
  addressee: '孤独・孤立対策官民連携プラットフォーム会員団体 各位',
  subject: '熱中症予防に関する御協力のお願い',
  paragraphs: [
    '日頃より孤独・孤立対策の推進に御理解・御協力を賜り、厚く御礼申し上げます。',
    '別添の事務連絡のとおり、熱中症対策への御理解・御協力をお願いします。',
  ],
  attachments: [
    { label: '別添 関係府省庁連名事務連絡', url: 'https://example.go.jp/notice.pdf', note: 'PDF' },
  ],
  reply: { deadline: '2025-06-10' },
  contact: ['内閣府 孤独・孤立対策推進室', '電話：03-0000-0000（代表）'],
} satisfies EmailContentInput;

export const sampleMeetingNotice = {
  kind: 'MEETING_NOTICE',
  bodyName: '孤独・孤立対策官民連携プラットフォーム 幹事会',
  title: '令和7年度第1回幹事会の開催について（通知）',
  date: '2025-06-20',
  startTime: '14:00',
  endTime: '16:00',
  venue: { name: '中央合同庁舎第8号館 講堂', mapUrl: 'https://example.go.jp/map' },
  online: { url: 'https://meet.example.jp/abc', note: '開始10分前から入室できます。' },
  paragraphs: ['下記のとおり幹事会を開催しますので、御出席くださいますようお願いします。'],
  agenda: [
    { title: '令和7年度事業計画について' },
    { title: '分科会の活動報告', note: '各分科会から' },
  ],
  replyDeadline: '2025-06-13',
  contact: ['事務局 担当：佐藤'],
} satisfies EmailContentInput;

export const sampleTransactional = {
  kind: 'TRANSACTIONAL',
  subject: 'ログイン用リンクのお知らせ',
  title: 'ログイン用リンク',
  paragraphs: ['下のボタンから、15分以内にログインしてください。'],
  action: { label: 'ログインする', url: 'https://tsunagari.example.jp/login?token=abc' },
  footnote: 'このメールにお心当たりのない場合は、破棄してください。',
} satisfies EmailContentInput;

/**
 * A large newsletter (about 37 KB of content as UTF-8 JSON with the defaults): `sections`
 * sections of `items` items, each with two Japanese paragraphs and two links.
 */
export function largeSampleNewsletter(sections = 8, items = 6): EmailContentInput {
  const paragraph = (s: number, i: number, n: number) =>
    `第${s + 1}章の記事${i + 1}、段落${n + 1}です。地域の居場所づくりや相談支援の現場から、` +
    '孤独・孤立に悩む方を支える取組を御紹介します。\n詳しくは各団体のウェブサイトを御覧ください（参加申込受付中）。';
  return {
    kind: 'NEWSLETTER',
    issueNumber: 34,
    issueDate: '2025-06-01',
    title: '特集：つながりサポーター養成講座',
    intro: ['いつもプラットフォームの活動に御協力いただきありがとうございます。'],
    sections: Array.from({ length: sections }, (_, s) => ({
      heading: `会員の活動紹介（${s + 1}）`,
      items: Array.from({ length: items }, (_, i) => ({
        title: `NPO法人 つながり${s + 1}-${i + 1} の取組`,
        body: [paragraph(s, i, 0), paragraph(s, i, 1)],
        links: [
          { label: '団体のウェブサイト', url: `https://example.org/members/${s}-${i}` },
          { label: '活動報告（PDF）', url: `https://example.org/members/${s}-${i}/report.pdf` },
        ],
      })),
    })),
    closing: ['次号は7月上旬の発行を予定しています。'],
  };
}
