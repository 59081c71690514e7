/**
 * 担当者 (/member/contacts): the organisation's contact people, its primary contact (the
 * designated contact for 事務連絡) and each contact's mail choices. Organisation admins add,
 * edit and remove contacts; other users of the organisation see the list.
 */
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button } from '../../components/Button';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { TextField } from '../../components/Field';
import { Notification } from '../../components/Notification';
import { Loading, Page } from '../../components/Page';
import { graphql } from '../../gql';
import type { ContactRole, MemberContactsQuery, OptOutMailKind } from '../../gql/graphql';
import { CONTACT_ROLES, contactRoleLabels } from '../../lib/contact-roles';
import { request } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';
import { fieldErrors, inputErrors, OPTIONAL_MAIL_KINDS } from './labels';
import { MEMBER_HOME, useMember } from './MemberHome';

const MemberContacts = graphql(`
  query MemberContacts {
    viewer {
      organization {
        id
        contacts {
          id
          name
          nameKana
          email
          phone
          roles
          isPrimary
          emailStatus
          optedOutKinds
        }
      }
    }
  }
`);

const AddContact = graphql(`
  mutation MemberAddContact($input: AddContactInput!) {
    addContact(input: $input) {
      __typename
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

const UpdateContact = graphql(`
  mutation MemberUpdateContact($input: UpdateContactInput!) {
    updateContact(input: $input) {
      __typename
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

const RemoveContact = graphql(`
  mutation MemberRemoveContact($input: RemoveContactInput!) {
    removeContact(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

type Contact = NonNullable<MemberContactsQuery['viewer']['organization']>['contacts'][number];

export function ContactsPage() {
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<ReactNode>(null);
  return (
    <Page title="担当者" breadcrumbs={[MEMBER_HOME, { label: '担当者' }]}>
      <p className="text-std-16N-170">
        事務局からの連絡を受け取る担当者です。氏名・連絡先は公開されません。
        <strong>主担当</strong>は事務連絡の指定連絡先です。
        事務連絡・会議のお知らせは配信設定にかかわらず届きます。
      </p>
      {notice}
      <ContactsLoader
        key={reload}
        onChanged={(message) => {
          setNotice(<Notification type="success" title={message} />);
          setReload((n) => n + 1);
        }}
      />
    </Page>
  );
}

function ContactsLoader({ onChanged }: { onChanged: (message: string) => void }) {
  const member = useMember();
  const state = useQuery(MemberContacts);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    return (
      <Notification type="error" title="読み込めませんでした">
        {state.message}
      </Notification>
    );
  }
  const org = state.data.viewer.organization;
  if (!org) return null;
  const contacts = [...org.contacts].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));
  return (
    <>
      {!member.isOrganizationAdmin && (
        <Notification title="担当者の追加・変更・削除は団体の管理者が行います" />
      )}
      <ul aria-label="担当者の一覧" className="flex flex-col gap-4">
        {contacts.map((contact) => (
          <ContactCard
            key={contact.id}
            contact={contact}
            canEdit={member.isOrganizationAdmin}
            onChanged={onChanged}
          />
        ))}
      </ul>
      {member.isOrganizationAdmin && <ContactForm organizationId={org.id} onChanged={onChanged} />}
    </>
  );
}

function mailChoices(contact: Contact): string {
  return OPTIONAL_MAIL_KINDS.map(
    ({ kind, label }) =>
      `${label}：${contact.optedOutKinds.includes(kind) ? '受け取らない' : '受け取る'}`,
  ).join('　');
}

function ContactCard({
  contact,
  canEdit,
  onChanged,
}: {
  contact: Contact;
  canEdit: boolean;
  onChanged: (message: string) => void;
}) {
  const [mode, setMode] = useState<'view' | 'edit' | 'remove'>('view');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      const result = await request(RemoveContact, { input: { contactId: contact.id } });
      const answer = result.removeContact;
      if (answer.__typename === 'RemoveContactPayload') {
        onChanged(`${contact.name} さんを担当者から削除しました`);
      } else {
        setError(answer.message);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : '削除できませんでした。');
    } finally {
      setBusy(false);
    }
  }

  return (
    <li
      aria-label={contact.name}
      className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 p-4 sm:p-6"
    >
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h2 className="text-std-20B-150">{contact.name}</h2>
        {contact.nameKana && (
          <span className="text-std-16N-170 text-solid-gray-700">{contact.nameKana}</span>
        )}
        {contact.isPrimary && (
          <span className="rounded-4 bg-key-900 px-2 text-std-16B-170 text-white">
            主担当（事務連絡の指定連絡先）
          </span>
        )}
      </div>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="text-std-16B-170">メールアドレス</dt>
        <dd className="break-all text-std-16N-170">
          {contact.email}
          {contact.emailStatus !== 'OK' && (
            <span className="ml-2 text-error-1">
              （{contact.emailStatus === 'BOUNCED' ? '届きませんでした' : '迷惑メール報告あり'}
              。アドレスを御確認ください）
            </span>
          )}
        </dd>
        <dt className="text-std-16B-170">電話番号</dt>
        <dd className="text-std-16N-170">{contact.phone || '（未登録）'}</dd>
        <dt className="text-std-16B-170">役割</dt>
        <dd className="text-std-16N-170">
          {contact.roles.length > 0 ? contactRoleLabels(contact.roles) : '（なし）'}
        </dd>
        <dt className="text-std-16B-170">配信設定</dt>
        <dd className="text-std-16N-170">{mailChoices(contact)}</dd>
      </dl>
      {error && (
        <Notification type="error" title="処理できませんでした">
          {error}
        </Notification>
      )}
      {canEdit && mode === 'view' && (
        <div className="flex flex-wrap gap-3">
          <Button variant="secondary" onClick={() => setMode('edit')}>
            {contact.name} さんを編集
          </Button>
          {!contact.isPrimary && (
            <Button variant="tertiary" onClick={() => setMode('remove')}>
              {contact.name} さんを削除
            </Button>
          )}
        </div>
      )}
      {mode === 'remove' && (
        <div className="flex flex-col gap-3 rounded-8 bg-solid-gray-50 p-4">
          <p className="text-std-16N-170">
            {contact.name} さんを担当者から削除します。よろしいですか。
          </p>
          <div className="flex flex-wrap gap-3">
            <Button disabled={busy} onClick={remove}>
              削除する
            </Button>
            <Button variant="secondary" onClick={() => setMode('view')}>
              やめる
            </Button>
          </div>
        </div>
      )}
      {mode === 'edit' && (
        <ContactForm contact={contact} onChanged={onChanged} onCancel={() => setMode('view')} />
      )}
    </li>
  );
}

interface ContactValues {
  name: string;
  nameKana: string;
  email: string;
  phone: string;
  roles: ContactRole[];
  receive: string[];
  isPrimary: boolean;
}

/** Adds a contact (no `contact`) or edits one. */
function ContactForm({
  organizationId,
  contact,
  onChanged,
  onCancel,
}: {
  organizationId?: string;
  contact?: Contact;
  onChanged: (message: string) => void;
  onCancel?: () => void;
}) {
  const [values, setValues] = useState<ContactValues>({
    name: contact?.name ?? '',
    nameKana: contact?.nameKana ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    roles: [...(contact?.roles ?? [])],
    receive: OPTIONAL_MAIL_KINDS.map((k) => k.kind).filter(
      (k) => !contact?.optedOutKinds.includes(k),
    ),
    isPrimary: contact?.isPrimary ?? false,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ContactValues>(key: K, value: ContactValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const heading = contact ? `${contact.name} さんの登録内容を変更` : '担当者を追加する';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (values.name.trim() === '') missing.name = '氏名を入力してください。';
    if (values.email.trim() === '') missing.email = 'メールアドレスを入力してください。';
    setErrors(missing);
    setFormError(null);
    if (Object.keys(missing).length > 0) {
      setFormError('入力内容を確認してください。');
      return;
    }
    setBusy(true);
    const common = {
      name: values.name.trim(),
      nameKana: values.nameKana.trim() === '' ? null : values.nameKana.trim(),
      email: values.email.trim(),
      phone: values.phone.trim() === '' ? null : values.phone.trim(),
      roles: values.roles,
    };
    try {
      let answer: { __typename: string; message?: string; problems?: Problem[] };
      if (contact) {
        const optedOutKinds = OPTIONAL_MAIL_KINDS.map((k) => k.kind).filter(
          (k) => !values.receive.includes(k),
        ) as OptOutMailKind[];
        answer = (
          await request(UpdateContact, {
            input: {
              contactId: contact.id,
              ...common,
              optedOutKinds,
              ...(values.isPrimary && !contact.isPrimary ? { isPrimary: true } : {}),
            },
          })
        ).updateContact;
      } else {
        answer = (
          await request(AddContact, {
            input: {
              organizationId: organizationId ?? '',
              ...common,
              ...(values.isPrimary ? { isPrimary: true } : {}),
            },
          })
        ).addContact;
      }
      if (answer.__typename === 'ContactPayload') {
        onChanged(
          contact
            ? `${values.name} さんの登録内容を保存しました`
            : `${values.name} さんを追加しました`,
        );
        return;
      }
      setErrors(fieldErrors(answer.problems));
      setFormError(answer.message ?? '保存できませんでした。');
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

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={heading}
      className="flex flex-col gap-5 rounded-12 border border-solid-gray-420 p-4 sm:p-6"
    >
      {contact ? (
        <h3 className="text-std-18B-160">{heading}</h3>
      ) : (
        <h2 className="text-std-24B-150">{heading}</h2>
      )}
      {formError && (
        <Notification type="error" title="保存できませんでした">
          {formError}
        </Notification>
      )}
      <TextField
        label="氏名"
        required
        value={values.name}
        onChange={(e) => set('name', e.target.value)}
        error={errors.name}
        autoComplete="off"
      />
      <TextField
        label="氏名（ふりがな）"
        supportText="ひらがなで入力してください。"
        value={values.nameKana}
        onChange={(e) => set('nameKana', e.target.value)}
        error={errors.nameKana}
        autoComplete="off"
      />
      <TextField
        label="メールアドレス"
        required
        type="email"
        value={values.email}
        onChange={(e) => set('email', e.target.value)}
        error={errors.email}
        autoComplete="off"
      />
      <TextField
        label="電話番号"
        type="tel"
        supportText="例：03-1234-5678"
        value={values.phone}
        onChange={(e) => set('phone', e.target.value)}
        error={errors.phone}
        autoComplete="off"
      />
      <CheckboxGroup
        legend="役割"
        options={CONTACT_ROLES}
        values={values.roles}
        onChange={(v) => set('roles', v as ContactRole[])}
        error={errors.roles}
      />
      {contact && (
        <CheckboxGroup
          legend="受け取るメール"
          supportText="事務連絡・会議のお知らせは、この設定にかかわらず届きます。"
          options={OPTIONAL_MAIL_KINDS.map(({ kind, label }) => ({ value: kind, label }))}
          values={values.receive}
          onChange={(v) => set('receive', v)}
          error={errors.optedOutKinds}
        />
      )}
      {!contact?.isPrimary && (
        <label className="flex min-h-11 items-center gap-3 text-std-16N-170">
          <input
            type="checkbox"
            className="size-6 accent-key-900"
            checked={values.isPrimary}
            onChange={(e) => set('isPrimary', e.target.checked)}
          />
          主担当（事務連絡の指定連絡先）にする
        </label>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={busy}>
          {contact ? '保存する' : '追加する'}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            やめる
          </Button>
        )}
      </div>
    </form>
  );
}

type Problem = { path: string[]; message: string };
