/**
 * 入会申請 (/apply): public, no sign-in. One form for the three membership categories with the
 * fields the register needs and the consent text, sent with `applyForMembership`.
 *
 * After sending, the page says only that a confirmation e-mail was sent: the applicant confirms
 * the address through the e-mailed link before the application reaches the secretariat, and the
 * page never tells whether the address or the organisation is already known (a CONFLICT answer
 * shows the same page). A hidden field (`honeypot`) that people never see catches form bots.
 */
import { type FormEvent, useState } from 'react';
import { Button } from '../../components/Button';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { SelectField, TextareaField, TextField } from '../../components/Field';
import { Header } from '../../components/Header';
import { Notification } from '../../components/Notification';
import { Loading, Page } from '../../components/Page';
import { graphql } from '../../gql';
import type {
  ApplyForMembershipInput,
  FieldOfActivity,
  MembershipCategoryCode,
  OrganizationScope,
  PublishableField,
} from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';
import {
  FIELD_OF_ACTIVITY_LABELS,
  fieldErrors,
  inputErrors,
  PUBLISHABLE_FIELDS,
} from '../member/labels';

const ApplyReference = graphql(`
  query ApplyReference {
    membershipCategories {
      code
      nameJa
      descriptionJa
    }
    prefectures {
      code
      name
    }
    designatedCities {
      code
      name
      prefectureCode
    }
  }
`);

const Apply = graphql(`
  mutation ApplyForMembership($input: ApplyForMembershipInput!) {
    applyForMembership(input: $input) {
      __typename
      ... on ValidationFailedError {
        problems {
          path
          message
        }
      }
      ... on RateLimitedError {
        retryAfterSeconds
      }
      ... on Error {
        message
      }
    }
  }
`);

const ORGANIZATION_TYPES = [
  'NPO法人',
  '一般社団法人',
  '公益社団法人',
  '一般財団法人',
  '公益財団法人',
  '社会福祉法人',
  '株式会社',
  '都道府県',
  '市区町村',
  '任意団体',
];

export const CONSENT_TEXT =
  '入力した内容は、孤独・孤立対策官民連携プラットフォームの入会審査、会員名簿の管理および事務局からの連絡に利用します。「公開名簿に載せる項目」で選んだ項目は、入会後に会員名簿として公開されます。申請者の氏名・連絡先は公開されません。';

interface Values {
  category: string;
  organizationName: string;
  organizationNameKana: string;
  organizationType: string;
  prefectureCode: string;
  designatedCityCode: string;
  scope: string;
  fieldsOfActivity: string[];
  website: string;
  description: string;
  publishedFields: string[];
  applicantName: string;
  applicantNameKana: string;
  applicantEmail: string;
  applicantPhone: string;
  message: string;
  consent: boolean;
  honeypot: string;
}

const EMPTY: Values = {
  category: '',
  organizationName: '',
  organizationNameKana: '',
  organizationType: '',
  prefectureCode: '',
  designatedCityCode: '',
  scope: '',
  fieldsOfActivity: [],
  website: '',
  description: '',
  publishedFields: ['name', 'category', 'prefecture'],
  applicantName: '',
  applicantNameKana: '',
  applicantEmail: '',
  applicantPhone: '',
  message: '',
  consent: false,
  honeypot: '',
};

export function ApplyPage() {
  const [sent, setSent] = useState(false);
  return (
    <div className="flex min-h-screen flex-col">
      <Header area="入会申請" home="/apply" />
      <main id="main" className="mx-auto w-full max-w-[960px] flex-1 px-4 py-8 sm:px-8">
        {sent ? (
          <Page title="確認メールを送信しました">
            <Notification type="success" title="確認メールを送信しました">
              <p>
                入力されたメールアドレスに確認のメールをお送りしました。メールに記載のリンクを開くと、申請が事務局に届きます。
              </p>
            </Notification>
            <p className="text-std-16N-170">
              メールが届かない場合は、迷惑メールフォルダを御確認の上、しばらくしてからもう一度お試しください。リンクを開くまで申請は完了しません。
            </p>
          </Page>
        ) : (
          <ApplyForm onSent={() => setSent(true)} />
        )}
      </main>
    </div>
  );
}

function ApplyForm({ onSent }: { onSent: () => void }) {
  const reference = useQuery(ApplyReference);
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  function check(): Record<string, string> {
    const missing: Record<string, string> = {};
    const need = (key: keyof Values, message: string) => {
      if (typeof values[key] === 'string' && (values[key] as string).trim() === '') {
        missing[key] = message;
      }
    };
    need('category', '会員種別を選んでください。');
    need('organizationName', '団体名を入力してください。');
    need('organizationNameKana', '団体名のふりがなを入力してください。');
    need('organizationType', '団体の種類を選んでください。');
    need('prefectureCode', '所在地（都道府県）を選んでください。');
    need('scope', '活動範囲を選んでください。');
    need('applicantName', '申請者の氏名を入力してください。');
    need('applicantEmail', 'メールアドレスを入力してください。');
    if (values.fieldsOfActivity.length === 0) {
      missing.fieldsOfActivity = '活動分野を1つ以上選んでください。';
    }
    if (!values.consent) missing.consent = '内容を確認し、同意してください。';
    return missing;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = check();
    setErrors(missing);
    setFormError(null);
    if (Object.keys(missing).length > 0) {
      setFormError('入力内容を確認してください。');
      return;
    }
    const optional = (s: string) => (s.trim() === '' ? null : s.trim());
    const input: ApplyForMembershipInput = {
      category: values.category as MembershipCategoryCode,
      organizationName: values.organizationName.trim(),
      organizationNameKana: values.organizationNameKana.trim(),
      organizationType: values.organizationType,
      prefectureCode: values.prefectureCode,
      designatedCityCode: optional(values.designatedCityCode),
      scope: values.scope as OrganizationScope,
      fieldsOfActivity: values.fieldsOfActivity as FieldOfActivity[],
      website: optional(values.website),
      description: optional(values.description),
      publishedFields: values.publishedFields as PublishableField[],
      applicantName: values.applicantName.trim(),
      applicantNameKana: optional(values.applicantNameKana),
      applicantEmail: values.applicantEmail.trim(),
      applicantPhone: optional(values.applicantPhone),
      message: optional(values.message),
      ...(values.honeypot ? { honeypot: values.honeypot } : {}),
    };
    setBusy(true);
    try {
      const answer = (await request(Apply, { input })).applyForMembership;
      switch (answer.__typename) {
        case 'ValidationFailedError':
          setErrors(fieldErrors(answer.problems));
          setFormError(answer.message);
          return;
        case 'RateLimitedError':
          setFormError(
            `申請が集中しています。${Math.ceil(answer.retryAfterSeconds / 60)}分ほど待ってから、もう一度送信してください。`,
          );
          return;
        default:
          // Accepted, or refused as a duplicate: the page says the same either way (the
          // e-mail tells the applicant what happens next).
          window.scrollTo(0, 0);
          onSent();
      }
    } catch (error) {
      const refused = inputErrors(error);
      if (refused) setErrors(refused);
      setFormError(
        refused
          ? '入力内容を確認してください。'
          : error instanceof Error
            ? error.message
            : '送信できませんでした。',
      );
    } finally {
      setBusy(false);
    }
  }

  if (reference.status === 'loading') return <Loading />;
  if (reference.status === 'error') {
    return (
      <Notification type="error" title="読み込めませんでした">
        {reference.message}
      </Notification>
    );
  }
  const { membershipCategories, prefectures, designatedCities } = reference.data;
  const citiesOfPrefecture = designatedCities.filter(
    (c) => c.prefectureCode === values.prefectureCode,
  );
  return (
    <Page title="入会申請">
      <p className="text-std-16N-170">
        孤独・孤立対策官民連携プラットフォームへの入会を申し込みます。送信後、入力されたメールアドレスに確認のメールをお送りします。メールのリンクを開くと申請が事務局に届き、審査の結果をメールでお知らせします。
      </p>
      <form onSubmit={submit} noValidate aria-label="入会申請" className="flex flex-col gap-8">
        {formError && (
          <Notification type="error" title="送信できませんでした">
            {formError}
          </Notification>
        )}
        <fieldset
          aria-describedby={errors.category ? 'category-error' : undefined}
          className="flex flex-col gap-3"
        >
          <legend className="mb-2 text-std-17B-170">
            会員種別<span className="ml-2 text-std-16N-170 text-error-1">※必須</span>
          </legend>
          {membershipCategories.map((c) => (
            <label
              key={c.code}
              className="flex items-start gap-3 rounded-8 border border-solid-gray-420 p-4 text-std-16N-170"
            >
              <input
                type="radio"
                name="category"
                className="mt-1 size-6 shrink-0 accent-key-900"
                value={c.code}
                checked={values.category === c.code}
                onChange={() => set('category', c.code)}
              />
              <span>
                <span className="block text-std-17B-170">{c.nameJa}</span>
                {c.descriptionJa}
              </span>
            </label>
          ))}
          {errors.category && (
            <p id="category-error" className="text-std-16N-170 text-error-1">
              ＊{errors.category}
            </p>
          )}
        </fieldset>

        <section aria-labelledby="org-heading" className="flex flex-col gap-5">
          <h2 id="org-heading" className="text-std-24B-150">
            団体について
          </h2>
          <TextField
            label="団体名"
            required
            supportText="法人格を含む正式名称"
            value={values.organizationName}
            onChange={(e) => set('organizationName', e.target.value)}
            error={errors.organizationName}
            autoComplete="organization"
          />
          <TextField
            label="団体名のふりがな"
            required
            supportText="ひらがなで入力してください。"
            value={values.organizationNameKana}
            onChange={(e) => set('organizationNameKana', e.target.value)}
            error={errors.organizationNameKana}
          />
          <SelectField
            label="団体の種類"
            required
            value={values.organizationType}
            onChange={(e) => set('organizationType', e.target.value)}
            error={errors.organizationType}
          >
            <option value="">選択してください</option>
            {ORGANIZATION_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="所在地（都道府県）"
            required
            supportText="主たる事務所の所在地"
            value={values.prefectureCode}
            onChange={(e) =>
              // A designated city lies in one prefecture: another prefecture clears it.
              setValues((v) => ({ ...v, prefectureCode: e.target.value, designatedCityCode: '' }))
            }
            error={errors.prefectureCode}
          >
            <option value="">選択してください</option>
            {prefectures.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </SelectField>
          {citiesOfPrefecture.length > 0 && (
            <SelectField
              label="所在地（政令指定都市）"
              supportText="主たる事務所が政令指定都市にある場合に選んでください。"
              value={values.designatedCityCode}
              onChange={(e) => set('designatedCityCode', e.target.value)}
              error={errors.designatedCityCode}
            >
              <option value="">政令指定都市ではない</option>
              {citiesOfPrefecture.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </SelectField>
          )}
          <fieldset
            aria-describedby={errors.scope ? 'scope-error' : undefined}
            className="flex flex-col gap-1"
          >
            <legend className="mb-2 text-std-17B-170">
              活動範囲<span className="ml-2 text-std-16N-170 text-error-1">※必須</span>
            </legend>
            {[
              { value: 'NATIONAL', label: '全国' },
              { value: 'REGIONAL', label: '地域' },
            ].map((o) => (
              <label key={o.value} className="flex min-h-11 items-center gap-3 text-std-16N-170">
                <input
                  type="radio"
                  name="scope"
                  className="size-6 accent-key-900"
                  value={o.value}
                  checked={values.scope === o.value}
                  onChange={() => set('scope', o.value)}
                />
                {o.label}
              </label>
            ))}
            {errors.scope && (
              <p id="scope-error" className="text-std-16N-170 text-error-1">
                ＊{errors.scope}
              </p>
            )}
          </fieldset>
          <CheckboxGroup
            legend="活動分野（1つ以上）"
            options={Object.entries(FIELD_OF_ACTIVITY_LABELS).map(([value, label]) => ({
              value,
              label,
            }))}
            values={values.fieldsOfActivity}
            onChange={(v) => set('fieldsOfActivity', v)}
            error={errors.fieldsOfActivity}
          />
          <TextField
            label="ウェブサイト"
            type="url"
            inputMode="url"
            supportText="https:// から始まるアドレス（任意）"
            value={values.website}
            onChange={(e) => set('website', e.target.value)}
            error={errors.website}
          />
          <TextareaField
            label="活動の概要"
            supportText="2,000文字以内（任意）"
            value={values.description}
            onChange={(e) => set('description', e.target.value)}
            error={errors.description}
          />
          <CheckboxGroup
            legend="公開名簿に載せる項目"
            supportText="入会後、チェックした項目が会員名簿として公開されます。入会後も会員ページで変更できます。"
            options={PUBLISHABLE_FIELDS.map(({ field, label }) => ({ value: field, label }))}
            values={values.publishedFields}
            onChange={(v) => set('publishedFields', v)}
            error={errors.publishedFields}
          />
        </section>

        <section aria-labelledby="applicant-heading" className="flex flex-col gap-5">
          <h2 id="applicant-heading" className="text-std-24B-150">
            申請者（団体の主担当）
          </h2>
          <TextField
            label="氏名"
            required
            value={values.applicantName}
            onChange={(e) => set('applicantName', e.target.value)}
            error={errors.applicantName}
            autoComplete="name"
          />
          <TextField
            label="氏名のふりがな"
            supportText="ひらがなで入力してください（任意）。"
            value={values.applicantNameKana}
            onChange={(e) => set('applicantNameKana', e.target.value)}
            error={errors.applicantNameKana}
          />
          <TextField
            label="メールアドレス"
            required
            type="email"
            supportText="確認のメールと審査結果をこのアドレスにお送りします。"
            value={values.applicantEmail}
            onChange={(e) => set('applicantEmail', e.target.value)}
            error={errors.applicantEmail}
            autoComplete="email"
          />
          <TextField
            label="電話番号"
            type="tel"
            supportText="例：03-1234-5678（任意）"
            value={values.applicantPhone}
            onChange={(e) => set('applicantPhone', e.target.value)}
            error={errors.applicantPhone}
            autoComplete="tel"
          />
          <TextareaField
            label="事務局へのメッセージ"
            supportText="2,000文字以内（任意）"
            value={values.message}
            onChange={(e) => set('message', e.target.value)}
            error={errors.message}
          />
        </section>

        {/* The honeypot: off screen, hidden from assistive technology, out of the tab order. */}
        <div
          aria-hidden="true"
          className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden"
        >
          <label>
            ホームページ（入力しないでください）
            <input
              type="text"
              name="homepage"
              tabIndex={-1}
              autoComplete="off"
              value={values.honeypot}
              onChange={(e) => set('honeypot', e.target.value)}
            />
          </label>
        </div>

        <section aria-labelledby="consent-heading" className="flex flex-col gap-3">
          <h2 id="consent-heading" className="text-std-24B-150">
            個人情報の取扱いと公開への同意
          </h2>
          <p className="rounded-8 border border-solid-gray-420 p-4 text-std-16N-170">
            {CONSENT_TEXT}
          </p>
          <label className="flex min-h-11 items-center gap-3 text-std-16N-170">
            <input
              type="checkbox"
              className="size-6 accent-key-900"
              checked={values.consent}
              aria-invalid={errors.consent ? true : undefined}
              aria-describedby={errors.consent ? 'consent-error' : undefined}
              onChange={(e) => set('consent', e.target.checked)}
            />
            上記の内容に同意します<span className="text-error-1">※必須</span>
          </label>
          {errors.consent && (
            <p id="consent-error" className="text-std-16N-170 text-error-1">
              ＊{errors.consent}
            </p>
          )}
        </section>
        <div>
          <Button type="submit" disabled={busy}>
            申請内容を送信する
          </Button>
        </div>
      </form>
    </Page>
  );
}
