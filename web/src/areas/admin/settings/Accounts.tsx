/** アカウント: the secretariat's accounts (and member users), create one, disable or re-enable. */
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { Notification } from '../../../components/Notification';
import { Loading } from '../../../components/Page';
import { Table } from '../../../components/Table';
import { graphql } from '../../../gql';
import type { AccountRole } from '../../../gql/graphql';
import { formatNumber, formatWarekiDateTime } from '../../../lib/format';
import { request } from '../../../lib/graphql';
import { useReloadableQuery } from '../../../lib/use-reloadable-query';
import { afterCursor, Pager } from '../register/Pager';
import { AdminOnly } from './AdminOnly';

const PAGE_SIZE = 50;

const AccountsQuery = graphql(`
  query SettingsAccounts($first: Int!, $after: String, $role: AccountRole) {
    accounts(first: $first, after: $after, role: $role) {
      totalCount
      edges {
        node {
          id
          displayName
          email
          role
          disabled
          lastSignInAt
          organization {
            name
          }
        }
      }
    }
  }
`);

const CreateAccount = graphql(`
  mutation SettingsCreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

const SetDisabled = graphql(`
  mutation SettingsSetAccountDisabled($input: SetAccountDisabledInput!) {
    setAccountDisabled(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

export const ROLE_LABELS: Record<string, string> = {
  SECRETARIAT_ADMIN: '事務局（管理者）',
  SECRETARIAT_STAFF: '事務局（職員）',
  MEMBER: '会員団体の利用者',
};

export function Accounts() {
  return (
    <AdminOnly>
      <AccountList />
    </AdminOnly>
  );
}

function AccountList() {
  const [role, setRole] = useState<AccountRole | ''>('');
  const [page, setPage] = useState(1);
  const [state, reload] = useReloadableQuery(AccountsQuery, {
    first: PAGE_SIZE,
    after: afterCursor(page, PAGE_SIZE),
    role: role || null,
  });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const displayName = String(data.get('displayName') ?? '').trim();
    const email = String(data.get('email') ?? '').trim();
    const newRole = String(data.get('role') ?? '') as AccountRole;
    const found: Record<string, string> = {};
    if (!displayName) found.displayName = '氏名を入力してください。';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      found.email = 'メールアドレスを正しく入力してください。';
    setErrors(found);
    setMessage(null);
    if (Object.keys(found).length > 0) return;
    try {
      const r = (await request(CreateAccount, { input: { displayName, email, role: newRole } }))
        .createAccount;
      if (r.__typename === 'AccountPayload') {
        setMessage({
          ok: true,
          text: `${displayName}さんのアカウントを作成しました。サインインのページで ${email} を入力すると、サインイン用のリンクが届きます。`,
        });
        form.reset();
        reload();
      } else if ('message' in r) {
        setErrors(r.code === 'CONFLICT' ? { email: r.message } : {});
        setMessage({ ok: false, text: r.message });
      }
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Error ? e.message : '作成できませんでした。' });
    }
  }

  async function setDisabled(id: string, name: string, disabled: boolean) {
    setMessage(null);
    const r = (await request(SetDisabled, { input: { accountId: id, disabled } }))
      .setAccountDisabled;
    if (r.__typename === 'AccountPayload') {
      setMessage({
        ok: true,
        text: disabled
          ? `${name}さんのアカウントを停止しました（サインイン中のセッションも終了しました）。`
          : `${name}さんのアカウントを再開しました。`,
      });
      reload();
    } else if ('message' in r) {
      setMessage({ ok: false, text: r.message });
    }
  }

  return (
    <div className="flex flex-col gap-6">
      {message && (
        <Notification
          type={message.ok ? 'success' : 'error'}
          title={message.ok ? message.text : '処理できませんでした'}
        >
          {message.ok ? undefined : message.text}
        </Notification>
      )}
      <form
        onSubmit={create}
        noValidate
        aria-label="事務局のアカウントを作成する"
        className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 p-4 sm:p-6"
      >
        <h2 className="text-std-20B-150">事務局のアカウントを作成する</h2>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
          <TextField label="氏名" name="displayName" required error={errors.displayName} />
          <TextField
            label="メールアドレス"
            name="email"
            type="email"
            required
            error={errors.email}
          />
          <SelectField label="役割" name="role" required defaultValue="SECRETARIAT_STAFF">
            <option value="SECRETARIAT_STAFF">事務局（職員）</option>
            <option value="SECRETARIAT_ADMIN">事務局（管理者）</option>
          </SelectField>
        </div>
        <p className="text-solid-gray-700">
          会員団体の利用者は、その団体の管理者が会員ページから招待します。
        </p>
        <div>
          <Button type="submit">作成する</Button>
        </div>
      </form>
      <div className="max-w-xs">
        <SelectField
          label="役割で絞り込む"
          value={role}
          onChange={(e) => {
            setRole(e.target.value as AccountRole | '');
            setPage(1);
          }}
        >
          <option value="">すべて</option>
          {Object.entries(ROLE_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </SelectField>
      </div>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <Notification type="error" title="読み込めませんでした">
          {state.message}
        </Notification>
      )}
      {state.status === 'done' && (
        <>
          <Table
            caption={`アカウント（${formatNumber(state.data.accounts.totalCount)}件）`}
            columns={['氏名', 'メールアドレス', '役割', '最後のサインイン', '状態', '操作']}
            rows={state.data.accounts.edges.map(({ node: a }) => [
              <span key="n" className="flex min-w-32 flex-col">
                {a.displayName}
                {a.organization?.name && (
                  <span className="text-solid-gray-700">{a.organization.name}</span>
                )}
              </span>,
              <span key="e" className="inline-block min-w-48 break-all">
                {a.email}
              </span>,
              <span key="r" className="whitespace-nowrap">
                {ROLE_LABELS[a.role] ?? a.role}
              </span>,
              <span key="l" className="whitespace-nowrap">
                {a.lastSignInAt ? formatWarekiDateTime(a.lastSignInAt) : '—'}
              </span>,
              <span key="s" className="whitespace-nowrap">
                {a.disabled ? <strong>停止中</strong> : '利用中'}
              </span>,
              <Button
                key="b"
                variant="secondary"
                aria-label={`${a.displayName}さんのアカウントを${a.disabled ? '再開' : '停止'}する`}
                onClick={() => setDisabled(a.id, a.displayName, !a.disabled)}
              >
                {a.disabled ? '再開する' : '停止する'}
              </Button>,
            ])}
          />
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={state.data.accounts.totalCount}
            onPage={setPage}
          />
        </>
      )}
    </div>
  );
}
