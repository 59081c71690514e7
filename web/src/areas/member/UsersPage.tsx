/**
 * 利用者 (/member/users): who can sign in for the organisation. Organisation admins invite users
 * (they receive an e-mail on how to sign in) and remove them; they cannot remove themselves here.
 */
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { Notification } from '../../components/Notification';
import { Loading, Page } from '../../components/Page';
import { graphql } from '../../gql';
import type { MemberUsersQuery } from '../../gql/graphql';
import { formatWarekiDateTime } from '../../lib/format';
import { request } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';
import { inputErrors } from './labels';
import { MEMBER_HOME, useMember } from './MemberHome';

const MemberUsers = graphql(`
  query MemberUsers {
    viewer {
      organization {
        id
        users {
          id
          displayName
          email
          isOrganizationAdmin
          lastSignInAt
          disabled
        }
      }
    }
  }
`);

const Invite = graphql(`
  mutation MemberInviteUser($input: InviteOrganizationUserInput!) {
    inviteOrganizationUser(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const Remove = graphql(`
  mutation MemberRemoveUser($input: RemoveOrganizationUserInput!) {
    removeOrganizationUser(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

type User = NonNullable<MemberUsersQuery['viewer']['organization']>['users'][number];

export function UsersPage() {
  const member = useMember();
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<ReactNode>(null);
  return (
    <Page title="利用者" breadcrumbs={[MEMBER_HOME, { label: '利用者' }]}>
      {!member.isOrganizationAdmin ? (
        <Notification type="warning" title="この画面は団体の管理者のみ利用できます" />
      ) : (
        <>
          <p className="text-std-16N-170">
            会員ページにサインインできる、{member.organizationName} の利用者です。
          </p>
          {notice}
          <Loader
            key={reload}
            selfId={member.accountId}
            onChanged={(message) => {
              setNotice(<Notification type="success" title={message} />);
              setReload((n) => n + 1);
            }}
          />
        </>
      )}
    </Page>
  );
}

function Loader({ selfId, onChanged }: { selfId: string; onChanged: (m: string) => void }) {
  const state = useQuery(MemberUsers);
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
  return (
    <>
      <ul aria-label="利用者の一覧" className="flex flex-col gap-4">
        {org.users.map((user) => (
          <UserCard key={user.id} user={user} self={user.id === selfId} onChanged={onChanged} />
        ))}
      </ul>
      <InviteForm organizationId={org.id} onChanged={onChanged} />
    </>
  );
}

function UserCard({
  user,
  self,
  onChanged,
}: {
  user: User;
  self: boolean;
  onChanged: (m: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      const answer = (await request(Remove, { input: { accountId: user.id } }))
        .removeOrganizationUser;
      if (answer.__typename === 'RemoveOrganizationUserPayload') {
        onChanged(`${user.displayName} さんを利用者から削除しました`);
        return;
      }
      setError(answer.message);
    } catch (e) {
      setError(e instanceof Error ? e.message : '削除できませんでした。');
    } finally {
      setBusy(false);
    }
  }

  return (
    <li
      aria-label={user.displayName}
      className="flex flex-col gap-2 rounded-12 border border-solid-gray-420 p-4 sm:p-6"
    >
      <h2 className="text-std-20B-150">
        {user.displayName}
        {self && <span className="ml-2 text-std-16N-170">（あなた）</span>}
      </h2>
      <p className="break-all text-std-16N-170">{user.email}</p>
      <p className="text-std-16N-170">
        {user.isOrganizationAdmin ? '団体の管理者' : '利用者'}
        {user.disabled ? '・停止中' : ''}・最終サインイン：
        {user.lastSignInAt ? formatWarekiDateTime(user.lastSignInAt) : 'まだありません'}
      </p>
      {error && (
        <Notification type="error" title="削除できませんでした">
          {error}
        </Notification>
      )}
      {!self && !confirming && (
        <div>
          <Button variant="tertiary" onClick={() => setConfirming(true)}>
            {user.displayName} さんを削除
          </Button>
        </div>
      )}
      {confirming && (
        <div className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
          <p className="text-std-16N-170">
            {user.displayName} さんは会員ページにサインインできなくなります。削除しますか。
          </p>
          <div className="flex flex-wrap gap-3">
            <Button disabled={busy} onClick={remove}>
              削除する
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              やめる
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}

function InviteForm({
  organizationId,
  onChanged,
}: {
  organizationId: string;
  onChanged: (m: string) => void;
}) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [admin, setAdmin] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!name.trim()) missing.displayName = '氏名を入力してください。';
    if (!email.trim()) missing.email = 'メールアドレスを入力してください。';
    setErrors(missing);
    setFormError(null);
    if (Object.keys(missing).length > 0) {
      setFormError('入力内容を確認してください。');
      return;
    }
    setBusy(true);
    try {
      const answer = (
        await request(Invite, {
          input: {
            organizationId,
            displayName: name.trim(),
            email: email.trim(),
            isOrganizationAdmin: admin,
          },
        })
      ).inviteOrganizationUser;
      if (answer.__typename === 'AccountPayload') {
        onChanged(`${name.trim()} さんを招待しました。サインイン方法をメールでお知らせしました`);
        return;
      }
      if (answer.__typename === 'ConflictError') setErrors({ email: answer.message });
      setFormError(answer.message);
    } catch (e) {
      const refused = inputErrors(e);
      if (refused) setErrors(refused);
      setFormError(
        refused
          ? '入力内容を確認してください。'
          : e instanceof Error
            ? e.message
            : '招待できませんでした。',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="利用者を招待する"
      className="flex flex-col gap-5 rounded-12 border border-solid-gray-420 p-4 sm:p-6"
    >
      <h2 className="text-std-24B-150">利用者を招待する</h2>
      {formError && (
        <Notification type="error" title="招待できませんでした">
          {formError}
        </Notification>
      )}
      <TextField
        label="氏名"
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.displayName}
        autoComplete="off"
      />
      <TextField
        label="メールアドレス"
        required
        type="email"
        supportText="このアドレスにサインイン方法をお送りします。"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.email}
        autoComplete="off"
      />
      <label className="flex min-h-11 items-center gap-3 text-std-16N-170">
        <input
          type="checkbox"
          className="size-6 accent-key-900"
          checked={admin}
          onChange={(e) => setAdmin(e.target.checked)}
        />
        団体の管理者にする（担当者・利用者を管理できます）
      </label>
      <div>
        <Button type="submit" disabled={busy}>
          招待する
        </Button>
      </div>
    </form>
  );
}
