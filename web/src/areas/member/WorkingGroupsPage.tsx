/**
 * 分科会 (/member/working-groups): the working groups, the organisation's memberships and roles,
 * a request to join or leave with a reason, and the state of every request.
 */
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button } from '../../components/Button';
import { TextareaField } from '../../components/Field';
import { Notification } from '../../components/Notification';
import { Loading, Page } from '../../components/Page';
import { Table } from '../../components/Table';
import { graphql } from '../../gql';
import type { MemberWorkingGroupsQuery } from '../../gql/graphql';
import { DECISION_LABELS_FOR_MEMBERS } from '../../lib/decision-states';
import { formatWareki, formatWarekiDateTime } from '../../lib/format';
import { request } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';
import { inputErrors } from './labels';
import { MEMBER_HOME } from './MemberHome';

const MemberWorkingGroups = graphql(`
  query MemberWorkingGroups {
    workingGroups {
      number
      title
      theme
    }
    viewer {
      organization {
        id
        workingGroupMemberships {
          role
          joinedOn
          workingGroup {
            number
          }
        }
        workingGroupRequests {
          id
          kind
          decision
          decisionReason
          requestReason
          requestedAt
          workingGroup {
            number
          }
        }
      }
    }
  }
`);

const RequestJoin = graphql(`
  mutation MemberRequestJoin($input: WorkingGroupRequestInput!) {
    requestToJoinWorkingGroup(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const RequestLeave = graphql(`
  mutation MemberRequestLeave($input: WorkingGroupRequestInput!) {
    requestToLeaveWorkingGroup(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const ROLE_LABELS: Record<string, string> = {
  CHAIR: '座長',
  VICE_CHAIR: '副座長',
  MEMBER: '構成員',
};
const KIND_LABELS: Record<string, string> = { JOIN: '参加', LEAVE: '脱退' };

type Data = MemberWorkingGroupsQuery;

export function WorkingGroupsPage() {
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<ReactNode>(null);
  return (
    <Page title="分科会" breadcrumbs={[MEMBER_HOME, { label: '分科会' }]}>
      {notice}
      <Loader
        key={reload}
        onChanged={(message) => {
          setNotice(<Notification type="success" title={message} />);
          setReload((n) => n + 1);
        }}
      />
    </Page>
  );
}

function Loader({ onChanged }: { onChanged: (message: string) => void }) {
  const state = useQuery(MemberWorkingGroups);
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
  const groupTitle = (n: number) => `第${n}分科会`;
  return (
    <>
      <ul aria-label="分科会の一覧" className="flex flex-col gap-4">
        {state.data.workingGroups.map((group) => (
          <GroupCard
            key={group.number}
            group={group}
            organizationId={org.id}
            membership={org.workingGroupMemberships.find(
              (m) => m.workingGroup.number === group.number,
            )}
            pending={org.workingGroupRequests.find(
              (r) => r.workingGroup.number === group.number && r.decision === 'PENDING',
            )}
            onChanged={onChanged}
          />
        ))}
      </ul>
      <section aria-labelledby="history-heading" className="flex flex-col gap-2">
        <h2 id="history-heading" className="text-std-24B-150">
          申出の履歴
        </h2>
        <Table
          caption="参加・脱退の申出"
          columns={['申出日時', '分科会', '申出', '理由', '状態', '事務局から']}
          rows={org.workingGroupRequests.map((r) => [
            <span key="d" className="whitespace-nowrap">
              {formatWarekiDateTime(r.requestedAt)}
            </span>,
            groupTitle(r.workingGroup.number),
            KIND_LABELS[r.kind] ?? r.kind,
            r.requestReason ?? '（なし）',
            DECISION_LABELS_FOR_MEMBERS[r.decision],
            r.decisionReason ?? '',
          ])}
          empty="申出はまだありません。"
        />
      </section>
    </>
  );
}

function GroupCard({
  group,
  organizationId,
  membership,
  pending,
  onChanged,
}: {
  group: Data['workingGroups'][number];
  organizationId: string;
  membership:
    | NonNullable<Data['viewer']['organization']>['workingGroupMemberships'][number]
    | undefined;
  pending: NonNullable<Data['viewer']['organization']>['workingGroupRequests'][number] | undefined;
  onChanged: (message: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const name = `第${group.number}分科会`;
  const action = membership ? '脱退' : '参加';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFieldError(undefined);
    const input = {
      organizationId,
      workingGroup: group.number,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    };
    try {
      const answer = membership
        ? (await request(RequestLeave, { input })).requestToLeaveWorkingGroup
        : (await request(RequestJoin, { input })).requestToJoinWorkingGroup;
      if (answer.__typename === 'WorkingGroupRequestPayload') {
        onChanged(`${name}への${action}を申し出ました。事務局が確認します`);
        return;
      }
      setError('message' in answer ? answer.message : '申し出られませんでした。');
    } catch (e) {
      const refused = inputErrors(e);
      if (refused?.reason) setFieldError(refused.reason);
      setError(
        refused
          ? '入力内容を確認してください。'
          : e instanceof Error
            ? e.message
            : '申し出られませんでした。',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <li
      aria-label={name}
      className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 p-4 sm:p-6"
    >
      <h2 className="text-std-20B-150">
        {name}：{group.title}
      </h2>
      <p className="text-std-16N-170 text-solid-gray-700">{group.theme}</p>
      <p className="text-std-16B-170">
        {membership
          ? `参加中（${ROLE_LABELS[membership.role] ?? membership.role}・${formatWareki(membership.joinedOn)}から）`
          : '参加していません'}
      </p>
      {pending && (
        <Notification
          title={`${KIND_LABELS[pending.kind]}の申出：${DECISION_LABELS_FOR_MEMBERS.PENDING}`}
        >
          {formatWarekiDateTime(pending.requestedAt)}に申し出ました。
        </Notification>
      )}
      {!pending && !open && (
        <div>
          <Button variant="secondary" onClick={() => setOpen(true)}>
            {name}への{action}を申し出る
          </Button>
        </div>
      )}
      {!pending && open && (
        <form
          onSubmit={submit}
          noValidate
          aria-label={`${name}への${action}の申出`}
          className="flex flex-col gap-4 rounded-8 bg-solid-gray-50 p-4"
        >
          {error && (
            <Notification type="error" title="申し出られませんでした">
              {error}
            </Notification>
          )}
          <TextareaField
            label={`${action}の理由`}
            supportText="事務局が確認の参考にします。1,000文字以内（任意）"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={fieldError}
          />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={busy}>
              {action}を申し出る
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              やめる
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}
