import { describe, expect, it } from 'vitest';
import {
  type CompiledEmail,
  compileEmail,
  countRenders,
  EmailContentError,
  type EmailContentInput,
  EmailRenderError,
  PersonalizeError,
  parseCompiledEmail,
  personalize,
  previewEmail,
  type RecipientValues,
  renderWebVersion,
  SAMPLE_RECIPIENT,
  webVersionText,
} from '../../src/mail/render/index.js';
import {
  largeSampleNewsletter as largeNewsletter,
  sampleMeetingNotice as meetingNotice,
  sampleNewsletter as newsletter,
  sampleNotice as notice,
  sampleTransactional as transactional,
  sampleVisitReport as visitReport,
} from '../../src/mail/render/samples.js';

const PUBLIC_URL = 'https://tsunagari.example.jp';

const options = { publicUrl: PUBLIC_URL };

/** Every value a template can ask for; recipient values are deliberately distinctive. */
const recipient: Required<RecipientValues> = {
  ...SAMPLE_RECIPIENT,
  'recipient.name': '佐藤　花子',
  'recipient.organization': '社会福祉法人 こもれび',
  'link.unsubscribe': 'https://tsunagari.example.jp/u/tok-123?m=9&c=7',
  'link.preferences': 'https://tsunagari.example.jp/prefs/tok-123',
  'link.acknowledge': 'https://tsunagari.example.jp/ack/tok-123',
  'link.attend': 'https://tsunagari.example.jp/reply/tok-123/attend',
  'link.absent': 'https://tsunagari.example.jp/reply/tok-123/absent',
  'link.proxy': 'https://tsunagari.example.jp/reply/tok-123/proxy',
};

/** No tags, entities or placeholder markers may be left in a text part. */
function expectCleanText(text: string): void {
  expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
  expect(text).not.toMatch(/&(amp|lt|gt|quot|nbsp|#\d+);/);
  expect(text).not.toMatch(/[\uFDD0\uFDD1]/);
  expect(text).not.toContain('{{');
}

/** The EmailContentError a compile rejects with (fails the test on anything else). */
async function contentError(compiling: Promise<unknown>): Promise<EmailContentError> {
  const error = await compiling.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof EmailContentError) return error;
  throw new Error(`expected an EmailContentError, got ${String(error)}`);
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

const kinds: [string, EmailContentInput, string[], string[]][] = [
  [
    'NEWSLETTER',
    newsletter,
    ['メールマガジン 第12号', '令和7年6月1日発行', '会員の活動紹介', 'だれでも食堂'],
    [
      '■ 目次',
      '■ 1. 会員の活動紹介',
      '◆ 相談窓口の御案内',
      '・相談窓口一覧: https://example.go.jp/soudan?a=1&b=2',
      '・チラシ（PDF）: https://example.go.jp/flyer.pdf',
    ],
  ],
  [
    'VISIT_REPORT',
    visitReport,
    ['事務局訪問記', 'NPO法人 つながるまち', '令和7年4月18日', '佐藤、鈴木'],
    [
      '訪問先：NPO法人 つながるまち: https://example.org/tsunagaru',
      '［写真］食堂で配膳をするボランティアの皆さん',
      '配膳の様子',
    ],
  ],
  [
    'NOTICE',
    notice,
    ['事務連絡', '令和7年5月27日', '厚生労働省', '環境省', '熱中症予防に関する御協力のお願い'],
    [
      '事務連絡\n令和7年5月27日',
      '内閣府孤独・孤立対策推進室\n厚生労働省\n環境省',
      '■ 添付資料',
      '・別添 関係府省庁連名事務連絡（PDF）: https://example.go.jp/notice.pdf',
      '■ 御回答のお願い（期限：令和7年6月10日（火））',
      `受領を報告する: ${recipient['link.acknowledge']}`,
    ],
  ],
  [
    'MEETING_NOTICE',
    meetingNotice,
    ['招集通知', '令和7年度第1回幹事会の開催について（通知）', '令和7年6月20日（金）'],
    [
      '日時：令和7年6月20日（金） 14:00～16:00',
      '場所：中央合同庁舎第8号館 講堂',
      '会場の地図: https://example.go.jp/map',
      'オンライン参加：https://meet.example.jp/abc',
      ' 1. 令和7年度事業計画について',
      `出席する: ${recipient['link.attend']}`,
      `欠席する: ${recipient['link.absent']}`,
      `委任する: ${recipient['link.proxy']}`,
    ],
  ],
  [
    'TRANSACTIONAL',
    transactional,
    ['ログイン用リンク', '15分以内にログインしてください'],
    [
      'ログインする: https://tsunagari.example.jp/login?token=abc',
      'このメールにお心当たりのない場合は、破棄してください。',
    ],
  ],
];

describe('compileEmail + personalize, every kind', () => {
  it.each(kinds)(
    '%s compiles once, reads well as HTML and as text',
    async (_kind, content, inHtml, inText) => {
      const before = countRenders();
      const compiled = await compileEmail(content, options);
      const afterCompile = countRenders();
      expect(afterCompile.mjml - before.mjml).toBe(1);
      expect(afterCompile.htmlToText - before.htmlToText).toBe(1);
      expect(compiled.stats).toMatchObject({ mjmlRenders: 1, textConversions: 1 });

      const mail = personalize(compiled, recipient);
      personalize(compiled, { ...recipient, 'recipient.name': '別の人' });
      expect(countRenders()).toEqual(afterCompile);

      expect(mail.html).toMatch(/^<!doctype html>/i);
      expect(mail.html).toContain('lang="ja"');
      expect(mail.html).toMatch(/charset=UTF-8/i);
      expect(mail.html).toContain(
        "'Hiragino Kaku Gothic ProN','Hiragino Sans','BIZ UDPGothic',Meiryo,'Noto Sans JP',sans-serif",
      );
      expect(mail.html).toContain('line-height:1.8');
      expect(mail.html).toContain('孤独・孤立対策官民連携プラットフォーム');
      expect(mail.html).toContain('内閣府 孤独・孤立対策推進室');
      for (const phrase of inHtml) expect(mail.html).toContain(phrase);
      // Every link a reader can follow is absolute (or an in-page anchor of the table of contents).
      for (const [, href] of mail.html.matchAll(/href="([^"]*)"/g)) {
        expect(href).toMatch(/^(https?:\/\/|#section-)/);
      }

      expectCleanText(mail.text);
      // Starts with the header: the hidden inbox preview line is not part of the text.
      expect(mail.text.startsWith('孤独・孤立対策官民連携プラットフォーム\n')).toBe(true);
      expect(mail.text).toContain('発行：内閣府 孤独・孤立対策推進室');
      // The platform's website by default, never this server (its root is the GraphQL IDE).
      expect(mail.text).toContain('ウェブサイト: https://www.cao.go.jp/kodoku_koritsu/');
      expect(mail.text).not.toContain(`ウェブサイト: ${PUBLIC_URL}`);
      for (const phrase of inText) expect(mail.text).toContain(phrase);
      expect(mail.subject).not.toMatch(/[\r\n]/);
    },
  );

  it('writes the subject per kind', async () => {
    const subjects = await Promise.all(
      [newsletter, visitReport, notice, meetingNotice, transactional].map(
        async (content) => personalize(await compileEmail(content, options), recipient).subject,
      ),
    );
    expect(subjects).toEqual([
      '【孤独・孤立対策官民連携プラットフォーム】メールマガジン 第12号 孤独・孤立対策強化月間を振り返って',
      '【事務局訪問記】子ども食堂から広がる地域のつながり',
      '【事務連絡・要回答】熱中症予防に関する御協力のお願い',
      '【招集通知】令和7年度第1回幹事会の開催について（通知）',
      'ログイン用リンクのお知らせ',
    ]);
  });

  it('puts the table of contents before the sections, in order', async () => {
    const { text } = personalize(await compileEmail(newsletter, options), recipient);
    const toc = text.indexOf('■ 目次');
    const first = text.indexOf('■ 1. 会員の活動紹介');
    const second = text.indexOf('■ 2. 支援情報');
    expect(toc).toBeGreaterThan(-1);
    expect(toc).toBeLessThan(first);
    expect(first).toBeLessThan(second);
    expect(text).toContain(' 1. 会員の活動紹介\n    ・地域の居場所づくり');
  });

  it('marks a joint circular and leaves out the reply block when none is asked', async () => {
    const { reply: _reply, ...withoutReply } = notice;
    const compiled = await compileEmail(
      { ...withoutReply, issuers: ['内閣府孤独・孤立対策推進室'] },
      options,
    );
    const mail = personalize(compiled, recipient);
    expect(compiled.placeholders).not.toContain('link.acknowledge');
    expect(mail.subject).toBe('【事務連絡】熱中症予防に関する御協力のお願い');
    expect(mail.text).not.toContain('御回答のお願い');
    expect(mail.html).not.toContain('関係府省庁連名）');
    const joint = personalize(await compileEmail(notice, options), recipient);
    expect(joint.html).toContain('事務連絡（関係府省庁連名）');
  });

  it('offers only attend/absent when proxies are not allowed', async () => {
    const compiled = await compileEmail({ ...meetingNotice, allowProxy: false }, options);
    expect(compiled.placeholders).toEqual(expect.arrayContaining(['link.attend', 'link.absent']));
    expect(compiled.placeholders).not.toContain('link.proxy');
    expect(personalize(compiled, recipient).text).not.toContain('委任する');
  });
});

describe('footers', () => {
  it('NEWSLETTER has the unsubscribe line, filled per recipient', async () => {
    const compiled = await compileEmail(newsletter, options);
    expect(compiled.placeholders).toEqual(
      expect.arrayContaining(['link.unsubscribe', 'link.preferences', 'recipient.name']),
    );
    const a = personalize(compiled, recipient);
    const b = personalize(compiled, {
      ...recipient,
      'link.unsubscribe': 'https://tsunagari.example.jp/u/other',
    });
    expect(a.html).toContain('href="https://tsunagari.example.jp/u/tok-123?m=9&amp;c=7"');
    expect(a.text).toContain('配信停止: https://tsunagari.example.jp/u/tok-123?m=9&c=7');
    expect(a.text).toContain('配信設定の変更: https://tsunagari.example.jp/prefs/tok-123');
    expect(a.text).toContain('社会福祉法人 こもれび　佐藤　花子 様');
    expect(b.text).toContain('配信停止: https://tsunagari.example.jp/u/other');
    expect(b.text).not.toContain('tok-123?m=9');
  });

  it('VISIT_REPORT has it too; without `unsubscribable` it names the recipient only', async () => {
    expect(personalize(await compileEmail(visitReport, options), recipient).text).toContain(
      '配信停止: ',
    );
    const compiled = await compileEmail(newsletter, { ...options, unsubscribable: false });
    expect(compiled.placeholders).not.toContain('link.unsubscribe');
    const { text } = personalize(compiled, recipient);
    expect(text).not.toContain('配信停止');
    expect(text).toContain('社会福祉法人 こもれび　佐藤　花子 様にお送りしています');
  });

  it('TRANSACTIONAL has no unsubscribe line and needs no recipient values', async () => {
    const compiled = await compileEmail(transactional, options);
    expect(compiled.placeholders).toEqual([]);
    const mail = personalize(compiled, {});
    expect(mail.html).not.toContain('配信停止');
    expect(mail.text).not.toContain('配信停止');
    expect(mail.text).not.toContain('配信設定');
    await expect(compileEmail(transactional, { ...options, unsubscribable: true })).rejects.toThrow(
      /TRANSACTIONAL mail cannot carry an unsubscribe line/,
    );
  });

  it('NOTICE says it is an administrative circular sent whatever the newsletter choice', async () => {
    const mail = personalize(await compileEmail(notice, options), recipient);
    const sentence =
      'このメールは、行政上の事務連絡として、孤独・孤立対策官民連携プラットフォーム会員団体の指定連絡先（社会福祉法人 こもれび　佐藤　花子 様）に、メールマガジン等の配信設定にかかわらずお送りしています。';
    expect(mail.text).toContain(sentence);
    expect(mail.html).toContain(sentence);
    expect(mail.text).not.toContain('配信停止');
    await expect(compileEmail(notice, { ...options, unsubscribable: true })).rejects.toBeInstanceOf(
      EmailRenderError,
    );
  });

  it('links 「ウェブサイト」 in the footer to the configured site, and refuses one that is not a URL', async () => {
    const compiled = await compileEmail(notice, {
      ...options,
      siteUrl: 'https://platform.example.go.jp/kodoku/',
    });
    const mail = personalize(compiled, recipient);
    expect(mail.html).toMatch(
      /<a href="https:\/\/platform\.example\.go\.jp\/kodoku\/"[^>]*>ウェブサイト<\/a>/,
    );
    expect(mail.text).toContain('ウェブサイト: https://platform.example.go.jp/kodoku/');
    expect(mail.html).not.toMatch(/href="https:\/\/tsunagari\.example\.jp\/?"/);
    await expect(
      compileEmail(notice, { ...options, siteUrl: 'platform.example.go.jp' }),
    ).rejects.toBeInstanceOf(EmailRenderError);
  });

  it('adds a "view in browser" line on request', async () => {
    const compiled = await compileEmail(newsletter, { ...options, webVersion: true });
    expect(compiled.placeholders).toContain('link.web');
    const { text } = personalize(compiled, {
      ...recipient,
      'link.web': 'https://tsunagari.example.jp/archive/12',
    });
    expect(text).toContain('ブラウザで表示する: https://tsunagari.example.jp/archive/12');
  });
});

describe('web version', () => {
  /** Lines of the e-mail that belong to the mailbox only: the footer note and the web link. */
  const MAIL_ONLY_LINE =
    /^(このメールは|配信停止: |配信設定の変更: |指定連絡先の確認・変更: |連絡先の確認・変更: |ブラウザで表示する: )/;

  it.each([
    ['NEWSLETTER', newsletter],
    ['VISIT_REPORT', visitReport],
    ['NOTICE', notice],
    ['MEETING_NOTICE', meetingNotice],
  ] as const)(
    '%s: the e-mail without its footer note and 「ブラウザで表示する」, nothing else lost',
    async (_kind, content) => {
      const compiled = await compileEmail(content, { ...options, webVersion: true });
      const mail = personalize(compiled, recipient);
      const web = renderWebVersion(compiled, recipient, 'https://tsunagari.example.jp/sign-in');
      expect(web.subject).toBe(mail.subject);
      expect(web.html).not.toMatch(
        /配信停止|配信設定|確認・変更|ブラウザで表示する|お送りしています/,
      );
      expect(web.html).not.toContain('mail-only.invalid');
      for (const link of ['link.unsubscribe', 'link.preferences', 'link.web'] as const) {
        expect(web.html).not.toContain(recipient[link]);
      }
      expect(web.html).toContain('発行：内閣府 孤独・孤立対策推進室');
      expect(web.html.endsWith('</html>\n') || web.html.trimEnd().endsWith('</html>')).toBe(true);
      // Line for line, the text is the e-mail's text without the mail-only lines.
      const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
      const expected = lines(mail.text).filter((line) => !MAIL_ONLY_LINE.test(line));
      expect(expected.length).toBeLessThan(lines(mail.text).length);
      expect(lines(webVersionText(web))).toEqual(expected);
    },
  );
});

describe('escaping and placeholders', () => {
  const hostile = {
    ...newsletter,
    title: '<script>alert("x")</script>特集 & お知らせ',
    intro: [
      '{{recipient.name}} 様、{{ link.unsubscribe }} と \uFDD0recipient.name\uFDD1 は展開されません。',
    ],
    sections: [
      {
        heading: '見出し <b>太字</b>',
        items: [
          {
            title: 'タイトル "引用" \'単\'',
            body: ['本文 <img src=x onerror=alert(1)>'],
            links: [{ label: 'ラベル <i>', url: 'https://example.org/?q="a"&x=<b>' }],
          },
        ],
      },
    ],
  } satisfies EmailContentInput;

  it('escapes user content in HTML and keeps it literal in text', async () => {
    const mail = personalize(await compileEmail(hostile, options), recipient);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).not.toContain('<b>太字</b>');
    expect(mail.html).not.toContain('<img src=x');
    expect(mail.html).not.toContain('<i>');
    // URLs are normalised: quotes and brackets percent-encoded, `&` escaped in the attribute.
    expect(mail.html).toContain('href="https://example.org/?q=%22a%22&amp;x=%3Cb%3E"');
    expect(mail.text).toContain('・ラベル <i>: https://example.org/?q=%22a%22&x=%3Cb%3E');
    expect(mail.text).toContain('<script>alert("x")</script>特集 & お知らせ');
    expect(mail.text).toContain('■ 1. 見出し <b>太字</b>');
    expect(mail.text).toContain('本文 <img src=x onerror=alert(1)>');
    expect(mail.subject).toContain('<script>alert("x")</script>特集 & お知らせ');
  });

  it('does not expand placeholders typed into user content', async () => {
    const compiled = await compileEmail(hostile, options);
    const mail = personalize(compiled, recipient);
    const baseline = personalize(await compileEmail(newsletter, options), recipient);
    expect(mail.html).toContain('{{recipient.name}} 様');
    expect(mail.text).toContain(
      '{{recipient.name}} 様、{{ link.unsubscribe }} と recipient.name は展開されません。',
    );
    // The name appears only where the templates put it (the footer), as often as without the trap.
    expect(count(mail.text, '佐藤　花子')).toBe(count(baseline.text, '佐藤　花子'));
    expect(count(mail.html, '佐藤　花子')).toBe(count(baseline.html, '佐藤　花子'));
    expect(count(mail.text, 'tok-123?m=9')).toBe(count(baseline.text, 'tok-123?m=9'));
  });

  it('escapes recipient values in HTML (text and attributes) and not in text', async () => {
    const compiled = await compileEmail(notice, options);
    const mail = personalize(compiled, {
      ...recipient,
      'recipient.name': '<b>&"',
      'link.acknowledge': 'https://tsunagari.example.jp/ack?a=1&b="2"',
    });
    expect(mail.html).toContain('&lt;b&gt;&amp;&quot; 様');
    expect(mail.html).not.toContain('<b>&"');
    expect(mail.html).toContain('href="https://tsunagari.example.jp/ack?a=1&amp;b=&quot;2&quot;"');
    expect(mail.text).toContain('<b>&" 様');
    expect(mail.text).toContain('受領を報告する: https://tsunagari.example.jp/ack?a=1&b="2"');
  });

  it('fails clearly when a value is missing or a link is not absolute', async () => {
    const compiled = await compileEmail(newsletter, options);
    const { 'link.unsubscribe': _missing, ...withoutUnsubscribe } = recipient;
    expect(() => personalize(compiled, withoutUnsubscribe)).toThrow(PersonalizeError);
    expect(() => personalize(compiled, withoutUnsubscribe)).toThrow(
      /No value for \{\{link\.unsubscribe\}\}/,
    );
    expect(() => personalize(compiled, { ...recipient, 'link.unsubscribe': '/u/tok' })).toThrow(
      /\{\{link\.unsubscribe\}\} must be an absolute http\(s\) URL/,
    );
    expect(() =>
      personalize(compiled, { ...recipient, 'link.preferences': 'javascript:alert(1)' }),
    ).toThrow(PersonalizeError);
  });
});

describe('content validation', () => {
  it('rejects a relative URL, naming the field and suggesting the absolute one', async () => {
    const bad = {
      ...newsletter,
      sections: [
        {
          heading: '支援情報',
          items: [{ title: '窓口', links: [{ label: '一覧', url: '/soudan/list' }] }],
        },
      ],
    } satisfies EmailContentInput;
    const error = await contentError(compileEmail(bad, options));
    expect(error.issues).toEqual([
      {
        path: 'sections[0].items[0].links[0].url',
        message: expect.stringContaining('http:// か https:// で始まる URL'),
      },
    ]);
    expect(error.message).toMatch(/^メールマガジンの内容に 1 件の問題があります。\n/);
    expect(error.message).toContain('sections[0].items[0].links[0].url');
    expect(error.message).toContain(
      '（指定された値: "/soudan/list"。"https://tsunagari.example.jp/soudan/list" のことではありませんか）',
    );
  });

  it('rejects other relative or non-http links and a bad publicUrl', async () => {
    for (const url of [
      'page.html',
      '//example.org/x',
      'mailto:a@example.jp',
      'javascript:alert(1)',
    ]) {
      await expect(
        compileEmail({ ...transactional, action: { label: 'x', url } }, options),
      ).rejects.toThrow(/action\.url: http:\/\/ か https:\/\/ で始まる URL/);
    }
    await expect(
      compileEmail({ ...visitReport, photos: [{ url: 'img/1.jpg', alt: '写真' }] }, options),
    ).rejects.toThrow(/photos\[0\]\.url/);
    await expect(compileEmail(transactional, { publicUrl: '/app' })).rejects.toThrow(
      /publicUrl must be an absolute http\(s\) URL/,
    );
  });

  it('names every wrong field with what is wrong', async () => {
    const error = await contentError(
      compileEmail(
        { ...notice, subject: '一行目\n二行目', date: '2025-02-30', issuers: [] },
        options,
      ),
    );
    expect(error.code).toBe('INVALID_EMAIL_CONTENT');
    const byPath = Object.fromEntries(error.issues.map((issue) => [issue.path, issue.message]));
    expect(byPath).toMatchObject({
      subject: '改行を入れずに1行で入力してください。',
      date: '実在する日付を YYYY-MM-DD の形で指定してください（例: 2025-05-27）。',
      issuers: '発出者を1件以上指定してください。',
    });
    const deadline = await contentError(
      compileEmail({ ...notice, reply: { deadline: '2025-05-01' } }, options),
    );
    expect(deadline.issues).toEqual([
      { path: 'reply.deadline', message: '回答期限は発出日以降にしてください。' },
    ]);
  });

  it('requires alt text on photos, a venue or online link, and known keys and kinds', async () => {
    await expect(
      compileEmail(
        { ...visitReport, photos: [{ url: 'https://example.org/a.jpg', alt: ' ' }] },
        options,
      ),
    ).rejects.toThrow(/photos\[0\]\.alt: 写真の説明（代替テキスト）を入力してください。/);
    const { venue: _venue, online: _online, ...nowhere } = meetingNotice;
    await expect(compileEmail(nowhere, options)).rejects.toThrow(
      /venue: 会場かオンライン参加の URL（または両方）を指定してください。/,
    );
    await expect(
      compileEmail({ ...newsletter, sectons: [] } as unknown as EmailContentInput, options),
    ).rejects.toThrow(/使えない項目があります: sectons/);
    await expect(
      compileEmail({ kind: 'FLYER' } as unknown as EmailContentInput, options),
    ).rejects.toThrow(
      /kind: kind には NEWSLETTER、VISIT_REPORT、NOTICE、MEETING_NOTICE、TRANSACTIONAL のいずれかを指定してください。/,
    );
  });

  it('words every problem in Japanese, whatever the rule', async () => {
    const broken: unknown[] = [
      { kind: 'FLYER' },
      'not an object',
      { ...newsletter, issueNumber: 1.5, sections: [], intro: ['', 'x'.repeat(10_001)], extra: 1 },
      {
        ...newsletter,
        issueNumber: 0,
        title: 'x'.repeat(121),
        sections: [{ heading: '見出し', items: [{ title: 't', organizationId: 'x' }] }],
      },
      {
        ...visitReport,
        staff: [],
        paragraphs: [],
        visitDate: '2025/05/27',
        photos: [{ alt: '' }, { url: 'https://example.org/a.jpg', fileId: 'abc', alt: 'a' }],
      },
      {
        ...notice,
        issuers: [],
        issuerCodes: ['CAO'],
        relatedMeasures: [{ number: 0, title: '' }],
        addressee: '',
        attachments: [{ label: 'x', url: 'https://example.org/a.pdf', attach: true }],
        reply: { deadline: '2025-05-01', answerRequired: true },
        contact: [],
      },
      {
        ...meetingNotice,
        venue: undefined,
        online: undefined,
        startTime: '9:00',
        endTime: '08:00',
        agenda: [],
        replyDeadline: '2099-01-01',
      },
      { ...transactional, paragraphs: 'x', action: { label: 'x', url: 'javascript:alert(1)' } },
    ];
    const messages: string[] = [];
    for (const content of broken) {
      const error = await contentError(compileEmail(content as EmailContentInput, options));
      expect(error.message).toMatch(/の内容に \d+ 件の問題があります。/);
      messages.push(...error.issues.map((issue) => issue.message));
    }
    expect(messages.length).toBeGreaterThan(30);
    const english = messages.filter(
      (m) => !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(m),
    );
    expect(english).toEqual([]);
    expect(messages).not.toContainEqual(
      expect.stringMatching(/\b(must|needs|give|Invalid|expected)\b/),
    );
  });
});

describe('compiled e-mails as data', () => {
  it('survive a JSON round trip and fill the same', async () => {
    const compiled = await compileEmail(meetingNotice, options);
    const stored: CompiledEmail = parseCompiledEmail(JSON.parse(JSON.stringify(compiled)));
    expect(personalize(stored, recipient)).toEqual(personalize(compiled, recipient));
    expect(() => parseCompiledEmail({ ...compiled, kind: 'FLYER' })).toThrow(EmailRenderError);
  });

  it('previews with the sample recipient', async () => {
    const preview = previewEmail(await compileEmail(newsletter, options));
    expect(preview.text).toContain('NPO法人 サンプル（デモ）　山田　太郎 様');
    expect(preview.html).toContain('NPO法人 サンプル（デモ）　山田　太郎 様');
    expect(preview.text).toContain('配信停止: https://example.jp/sample/unsubscribe');
  });
});

describe('a ~37 KB newsletter', () => {
  it('renders once and personalises quickly, with no further renders', async () => {
    const content = largeNewsletter();
    expect(Buffer.byteLength(JSON.stringify(content))).toBeGreaterThan(36_000);
    const compiled = await compileEmail(content, options);
    const renders = countRenders();
    const started = performance.now();
    const n = 1000;
    for (let i = 0; i < n; i++) {
      personalize(compiled, { ...recipient, 'recipient.name': `会員${i}` });
    }
    const perRecipientMs = (performance.now() - started) / n;
    expect(countRenders()).toEqual(renders);
    // Typically ~0.05 ms; the bound only catches an accidental render per recipient (~100 ms).
    expect(perRecipientMs).toBeLessThan(5);
    const mail = personalize(compiled, recipient);
    expect(mail.text).toContain('■ 8. 会員の活動紹介（8）');
    expectCleanText(mail.text);
  });
});
