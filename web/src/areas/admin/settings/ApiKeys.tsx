/** APIキー: partner sites' read-only keys. A new key is shown once; revoking stops it at once. */
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { TextField } from '../../../components/Field';
import { Notification } from '../../../components/Notification';
import { Loading } from '../../../components/Page';
import { Table } from '../../../components/Table';
import { graphql } from '../../../gql';
import { formatWareki, formatWarekiDateTime } from '../../../lib/format';
import { request } from '../../../lib/graphql';
import { useReloadableQuery } from '../../../lib/use-reloadable-query';
import { AdminOnly } from './AdminOnly';

const ApiKeysQuery = graphql(`
  query SettingsApiKeys {
    apiKeys {
      id
      name
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
    }
  }
`);

const CreateApiKey = graphql(`
  mutation SettingsCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreateApiKeyPayload {
        key
        apiKey {
          id
          name
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

const RevokeApiKey = graphql(`
  mutation SettingsRevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

export function ApiKeys() {
  return (
    <AdminOnly>
      <ApiKeyList />
    </AdminOnly>
  );
}

function ApiKeyList() {
  const [state, reload] = useReloadableQuery(ApiKeysQuery);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [nameError, setNameError] = useState<string | undefined>();
  const [expiresError, setExpiresError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState<string | null>(null);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const expires = String(data.get('expiresOn') ?? '');
    setMessage(null);
    if (!name) {
      setNameError('用途がわかる名前を入力してください。');
      return;
    }
    setNameError(undefined);
    setExpiresError(undefined);
    try {
      const r = (
        await request(CreateApiKey, {
          input: { name, ...(expires ? { expiresAt: `${expires}T23:59:59+09:00` } : {}) },
        })
      ).createApiKey;
      if (r.__typename !== 'CreateApiKeyPayload') {
        // An expiry in the past is refused at its field (ValidationFailedError).
        const atExpiry =
          'problems' in r ? r.problems.find((p) => p.path.at(-1) === 'expiresAt') : undefined;
        if (atExpiry) setExpiresError(atExpiry.message);
        else setMessage({ ok: false, text: 'message' in r ? r.message : '作成できませんでした。' });
        return;
      }
      setCreated({ name: r.apiKey.name, key: r.key });
      form.reset();
      reload();
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Error ? e.message : '作成できませんでした。' });
    }
  }

  async function revoke(id: string, name: string) {
    setConfirming(null);
    const r = (await request(RevokeApiKey, { input: { id } })).revokeApiKey;
    if (r.__typename === 'ApiKeyPayload') {
      setMessage({ ok: true, text: `「${name}」のキーを無効にしました。` });
      reload();
    } else if ('message' in r) {
      setMessage({ ok: false, text: r.message });
    }
  }

  return (
    <div className="flex flex-col gap-6">
      {created && (
        <Notification type="success" title={`「${created.name}」のキーを作成しました`}>
          <p>このキーは今しか表示されません。コピーして相手先に安全な方法で渡してください。</p>
          <p className="mt-2">
            <code className="block break-all rounded-4 bg-solid-gray-50 p-2 font-mono">
              {created.key}
            </code>
          </p>
        </Notification>
      )}
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
        aria-label="APIキーを作成する"
        className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 p-4 sm:p-6"
      >
        <h2 className="text-std-20B-150">APIキーを作成する</h2>
        <p>連携先のサイトが公開情報を読むためのキーです（読み取り専用）。</p>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <TextField
            label="名前"
            name="name"
            required
            supportText="例：○○市ポータルサイト"
            error={nameError}
          />
          <TextField
            label="有効期限"
            name="expiresOn"
            type="date"
            supportText="空欄なら期限なし"
            error={expiresError}
          />
        </div>
        <div>
          <Button type="submit">作成する</Button>
        </div>
      </form>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <Notification type="error" title="読み込めませんでした">
          {state.message}
        </Notification>
      )}
      {state.status === 'done' && (
        <Table
          caption="APIキー（新しい順）"
          columns={['名前', '作成日', '有効期限', '最後の利用', '状態', '操作']}
          empty="APIキーはありません。"
          rows={state.data.apiKeys.map((k) => [
            k.name,
            <span key="c" className="whitespace-nowrap">
              {formatWareki(k.createdAt)}
            </span>,
            <span key="x" className="whitespace-nowrap">
              {k.expiresAt ? formatWareki(k.expiresAt) : 'なし'}
            </span>,
            <span key="u" className="whitespace-nowrap">
              {k.lastUsedAt ? formatWarekiDateTime(k.lastUsedAt) : '未使用'}
            </span>,
            k.revokedAt ? `無効（${formatWareki(k.revokedAt)}）` : '有効',
            k.revokedAt ? (
              ''
            ) : confirming === k.id ? (
              <span key="b" className="flex flex-wrap gap-2">
                <Button onClick={() => revoke(k.id, k.name)}>無効にする</Button>
                <Button variant="tertiary" onClick={() => setConfirming(null)}>
                  やめる
                </Button>
              </span>
            ) : (
              <Button
                key="b"
                variant="secondary"
                aria-label={`「${k.name}」のキーを無効にする`}
                onClick={() => setConfirming(k.id)}
              >
                無効にする…
              </Button>
            ),
          ])}
        />
      )}
    </div>
  );
}
