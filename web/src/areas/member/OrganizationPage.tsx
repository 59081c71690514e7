/**
 * 団体情報 (/member/): the organisation's profile as the secretariat holds it and as the public
 * directory shows it; the edit form (reading, website, description, fields of activity) with the
 * publication consents and a live preview of the directory entry. When the secretariat reviews
 * profile changes, a saved change is held: shown as 「確認待ちの変更」 with its diff, withdrawable.
 */
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button } from '../../components/Button';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { TextareaField, TextField } from '../../components/Field';
import { Notification } from '../../components/Notification';
import { Loading, Page } from '../../components/Page';
import { Table } from '../../components/Table';
import { graphql } from '../../gql';
import type {
  FieldOfActivity,
  MemberOrganizationQuery,
  PublishableField,
  UpdateOrganizationProfileInput,
} from '../../gql/graphql';
import { formatWareki, formatWarekiDateTime } from '../../lib/format';
import { request } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';
import {
  CATEGORY_LABELS,
  FIELD_LABELS,
  FIELD_OF_ACTIVITY_LABELS,
  fieldErrors,
  inputErrors,
  PUBLISHABLE_FIELDS,
  type PublishableFieldName,
  readableValue,
  SCOPE_LABELS,
  STATUS_LABELS,
} from './labels';

const MemberOrganization = graphql(`
  query MemberOrganization {
    viewer {
      organization {
        id
        name
        nameKana
        category
        status
        organizationType
        scope
        website
        description
        fieldsOfActivity
        publishedFields
        version
        joinedOn
        prefecture {
          name
        }
        designatedCity {
          name
        }
        pendingProfileChange {
          id
          requestedAt
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`);

const UpdateProfile = graphql(`
  mutation MemberUpdateProfile($input: UpdateOrganizationProfileInput!) {
    updateOrganizationProfile(input: $input) {
      __typename
      ... on UpdateOrganizationProfilePayload {
        pendingChange {
          id
        }
      }
      ... on ValidationFailedError {
        problems {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const WithdrawChange = graphql(`
  mutation MemberWithdrawProfileChange($input: WithdrawProfileChangeInput!) {
    withdrawProfileChange(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

type Org = NonNullable<MemberOrganizationQuery['viewer']['organization']>;

export function OrganizationPage() {
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<ReactNode>(null);
  return (
    <Page title="団体情報" breadcrumbs={[{ label: '会員ページ' }]}>
      {notice}
      <OrganizationLoader
        key={reload}
        onChanged={(message) => {
          setNotice(message);
          setReload((n) => n + 1);
        }}
      />
    </Page>
  );
}

function OrganizationLoader({ onChanged }: { onChanged: (notice: ReactNode) => void }) {
  const state = useQuery(MemberOrganization);
  const org = state.status === 'done' ? state.data.viewer.organization : null;
  return (
    <>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <Notification type="error" title="読み込めませんでした">
          {state.message}
        </Notification>
      )}
      {org && <OrganizationView org={org} onChanged={onChanged} />}
    </>
  );
}

function display(org: Org, field: PublishableFieldName, values: FormValues): string {
  switch (field) {
    case 'name':
      return org.name ?? '';
    case 'nameKana':
      return values.nameKana;
    case 'category':
      return org.category ? (CATEGORY_LABELS[org.category] ?? org.category) : '';
    case 'organizationType':
      return org.organizationType ?? '';
    case 'prefecture':
      return org.prefecture?.name ?? '';
    case 'designatedCity':
      return org.designatedCity?.name ?? '';
    case 'scope':
      return org.scope ? (SCOPE_LABELS[org.scope] ?? org.scope) : '';
    case 'fieldsOfActivity':
      return values.fieldsOfActivity.map((f) => FIELD_OF_ACTIVITY_LABELS[f] ?? f).join('、');
    case 'website':
      return values.website;
    case 'description':
      return values.description;
  }
}

interface FormValues {
  nameKana: string;
  website: string;
  description: string;
  fieldsOfActivity: string[];
  publishedFields: string[];
}

function OrganizationView({
  org,
  onChanged,
}: {
  org: Org;
  onChanged: (notice: ReactNode) => void;
}) {
  const saved: FormValues = {
    nameKana: org.nameKana ?? '',
    website: org.website ?? '',
    description: org.description ?? '',
    fieldsOfActivity: [...(org.fieldsOfActivity ?? [])],
    publishedFields: [...org.publishedFields],
  };
  const [values, setValues] = useState<FormValues>(saved);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      const input: UpdateOrganizationProfileInput = {
        organizationId: org.id,
        expectedVersion: org.version,
      };
      // Only what changed: a held change then lists exactly the fields the user edited.
      if (values.nameKana !== saved.nameKana) input.nameKana = values.nameKana;
      if (values.website.trim() !== saved.website) {
        input.website = values.website.trim() === '' ? null : values.website.trim();
      }
      if (values.description !== saved.description) {
        input.description = values.description.trim() === '' ? null : values.description;
      }
      if (!sameSet(values.fieldsOfActivity, saved.fieldsOfActivity)) {
        input.fieldsOfActivity = values.fieldsOfActivity as FieldOfActivity[];
      }
      if (!sameSet(values.publishedFields, saved.publishedFields)) {
        input.publishedFields = values.publishedFields as PublishableField[];
      }
      if (Object.keys(input).length === 2) {
        setFormError('変更された項目がありません。');
        return;
      }
      const result = await request(UpdateProfile, { input });
      const answer = result.updateOrganizationProfile;
      if (answer.__typename === 'UpdateOrganizationProfilePayload') {
        onChanged(
          answer.pendingChange ? (
            <Notification type="success" title="変更を申請しました">
              <p>事務局が確認した後に反映されます。確認待ちの間は取り下げることができます。</p>
            </Notification>
          ) : (
            <Notification type="success" title="団体情報を保存しました" />
          ),
        );
        return;
      }
      if (answer.__typename === 'ValidationFailedError') setErrors(fieldErrors(answer.problems));
      setFormError(answer.message);
    } catch (error) {
      const refused = inputErrors(error);
      if (refused) setErrors(refused);
      setFormError(
        refused
          ? '入力内容を確認してください。'
          : error instanceof Error
            ? error.message
            : '保存できませんでした。',
      );
    } finally {
      setBusy(false);
    }
  }

  async function withdraw(id: string) {
    setBusy(true);
    try {
      const result = await request(WithdrawChange, { input: { requestId: id } });
      const answer = result.withdrawProfileChange;
      if (answer.__typename === 'DecideProfileChangePayload') {
        onChanged(<Notification type="success" title="変更の申請を取り下げました" />);
      } else {
        setFormError(answer.message);
      }
    } catch (error) {
      setFormError(error instanceof Error ? error.message : '取り下げられませんでした。');
    } finally {
      setBusy(false);
    }
  }

  const pending = org.pendingProfileChange;
  const published = new Set(values.publishedFields);
  return (
    <>
      <p className="text-std-16N-170">
        {org.name}（{org.category ? CATEGORY_LABELS[org.category] : ''}・
        {STATUS_LABELS[org.status] ?? org.status}
        {org.joinedOn ? `・${formatWareki(org.joinedOn)}入会` : ''}）
      </p>

      {pending && (
        <section aria-labelledby="pending-heading" className="flex flex-col gap-4">
          <h2 id="pending-heading" className="text-std-24B-150">
            事務局の確認待ちの変更
          </h2>
          <p className="text-std-16N-170">
            {formatWarekiDateTime(pending.requestedAt)}
            に申請しました。事務局が確認するまで、公開名簿と登録内容は変わりません。
          </p>
          <Table
            caption="申請中の変更内容"
            columns={['項目', '現在の内容', '申請した内容']}
            rows={pending.changes.map((c) => [
              FIELD_LABELS[c.field] ?? c.field,
              readableValue(c.field, c.before),
              readableValue(c.field, c.after),
            ])}
          />
          <div>
            <Button variant="secondary" disabled={busy} onClick={() => withdraw(pending.id)}>
              この申請を取り下げる
            </Button>
          </div>
        </section>
      )}

      <section aria-labelledby="registered-heading" className="flex flex-col gap-4">
        <h2 id="registered-heading" className="text-std-24B-150">
          事務局に登録されている内容
        </h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          {PUBLISHABLE_FIELDS.map(({ field, label }) => (
            <Row key={field} label={label}>
              {display(org, field, saved) || '（未登録）'}
              <span className="ml-2 text-std-16N-170 text-solid-gray-700">
                {saved.publishedFields.includes(field) ? '［公開］' : '［非公開］'}
              </span>
            </Row>
          ))}
        </dl>
        <p className="text-std-16N-170 text-solid-gray-700">
          団体名・会員種別・団体の種類・所在地・活動範囲の変更は事務局にご連絡ください。
        </p>
      </section>

      <form
        onSubmit={save}
        noValidate
        aria-labelledby="edit-heading"
        className="flex flex-col gap-6 rounded-12 border border-solid-gray-420 p-4 sm:p-6"
      >
        <h2 id="edit-heading" className="text-std-24B-150">
          団体情報を変更する
        </h2>
        {formError && (
          <Notification type="error" title="保存できませんでした">
            {formError}
          </Notification>
        )}
        <TextField
          label="ふりがな"
          supportText="ひらがなで入力してください。"
          value={values.nameKana}
          onChange={(e) => set('nameKana', e.target.value)}
          error={errors.nameKana}
          name="nameKana"
        />
        <TextField
          label="ウェブサイト"
          supportText="https:// から始まるアドレス。空欄にすると削除します。"
          type="url"
          inputMode="url"
          value={values.website}
          onChange={(e) => set('website', e.target.value)}
          error={errors.website}
          name="website"
        />
        <TextareaField
          label="活動の概要"
          supportText="2,000文字以内"
          value={values.description}
          onChange={(e) => set('description', e.target.value)}
          error={errors.description}
          name="description"
        />
        <CheckboxGroup
          legend="活動分野"
          options={Object.entries(FIELD_OF_ACTIVITY_LABELS).map(([value, label]) => ({
            value,
            label,
          }))}
          values={values.fieldsOfActivity}
          onChange={(v) => set('fieldsOfActivity', v)}
          error={errors.fieldsOfActivity}
        />
        <CheckboxGroup
          legend="公開名簿に載せる項目（公開への同意）"
          supportText="チェックした項目だけが、どなたでも見られる会員名簿に表示されます。担当者の氏名・連絡先は公開されません。"
          options={PUBLISHABLE_FIELDS.map(({ field, label }) => ({ value: field, label }))}
          values={values.publishedFields}
          onChange={(v) => set('publishedFields', v)}
          error={errors.publishedFields}
        />
        <section
          aria-labelledby="preview-heading"
          className="rounded-8 border-2 border-dashed border-solid-gray-420 bg-solid-gray-50 p-4"
        >
          <h3 id="preview-heading" className="text-std-18B-160">
            公開名簿での表示（プレビュー）
          </h3>
          <p className="mb-2 text-std-16N-170 text-solid-gray-700">
            この画面の入力内容と公開する項目から作った見本です。
          </p>
          {published.size === 0 ? (
            <p className="text-std-16N-170">公開する項目がないため、名簿には表示されません。</p>
          ) : (
            <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
              {PUBLISHABLE_FIELDS.filter(({ field }) => published.has(field)).map(
                ({ field, label }) => (
                  <Row key={field} label={label}>
                    {display(org, field, values) || '（未登録）'}
                  </Row>
                ),
              )}
            </dl>
          )}
        </section>
        <div>
          <Button type="submit" disabled={busy}>
            変更を保存する
          </Button>
        </div>
      </form>
    </>
  );
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-std-16B-170 text-solid-gray-800">{label}</dt>
      <dd className="break-words text-std-16N-170">{children}</dd>
    </>
  );
}
