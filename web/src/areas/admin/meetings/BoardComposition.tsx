/**
 * 幹事会の構成 (/admin/meetings/board): who sits on the board on a day (today by default) with
 * each seat's role and term; ending a term and giving a new seat. A change of role is: end the
 * old seat, then add a new one from the next day (docs/governance.md).
 */
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { Notification } from '../../../components/Notification';
import { Loading, Page } from '../../../components/Page';
import { Table } from '../../../components/Table';
import { graphql } from '../../../gql';
import type { AdminBoardQuery, BoardRole } from '../../../gql/graphql';
import { formatNumber, formatWareki } from '../../../lib/format';
import { request } from '../../../lib/graphql';
import { problemsByField, ROLE_LABELS, todayInJapan } from './labels';
import { useReloadableQuery } from './use-reloadable-query';

const AdminBoard = graphql(`
  query AdminBoard($asOf: Date!) {
    boardComposition(asOf: $asOf) {
      asOf
      size
      seats {
        id
        role
        startsOn
        endsOn
        organization {
          id
          name
        }
      }
    }
  }
`);

const AdminBoardCandidates = graphql(`
  query AdminBoardCandidates($text: String!) {
    organizations(filter: { text: $text, statuses: [ACTIVE] }, first: 20) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const AddBoardSeat = graphql(`
  mutation AdminAddBoardSeat($input: AddBoardSeatInput!) {
    addBoardSeat(input: $input) {
      __typename
      ... on Error {
        message
      }
      ... on ValidationFailedError {
        problems {
          path
          message
        }
      }
    }
  }
`);

const EndBoardSeat = graphql(`
  mutation AdminEndBoardSeat($input: EndBoardSeatInput!) {
    endBoardSeat(input: $input) {
      __typename
      ... on Error {
        message
      }
      ... on ValidationFailedError {
        problems {
          path
          message
        }
      }
    }
  }
`);

type Seat = AdminBoardQuery['boardComposition']['seats'][number];

export function BoardComposition() {
  const [params, setParams] = useSearchParams();
  const asOfParam = params.get('asOf') ?? '';
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(asOfParam) ? asOfParam : todayInJapan();
  const [state, reload] = useReloadableQuery(AdminBoard, { asOf });
  const [dateInput, setDateInput] = useState(asOf);
  const [ending, setEnding] = useState<Seat | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function changed(message: string) {
    setNotice(message);
    setEnding(null);
    reload();
  }

  return (
    <Page
      title="幹事会の構成"
      breadcrumbs={[
        { label: 'ダッシュボード', to: '/admin/' },
        { label: '会議', to: '/admin/meetings' },
        { label: '幹事会の構成' },
      ]}
    >
      <form
        className="flex flex-wrap items-end gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (dateInput) setParams({ asOf: dateInput });
        }}
      >
        <div className="w-64">
          <TextField
            label="基準日"
            type="date"
            value={dateInput}
            onChange={(e) => setDateInput(e.target.value)}
          />
        </div>
        <Button type="submit" variant="secondary">
          この日の構成を表示
        </Button>
      </form>
      {notice && <Notification type="success" title={notice} />}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <Notification type="error" title="読み込めませんでした">
          {state.message}
        </Notification>
      )}
      {state.status === 'done' && (
        <div className="[&_table]:min-w-[640px]">
          <Table
            caption={`${formatWareki(state.data.boardComposition.asOf)}の幹事会（${formatNumber(
              state.data.boardComposition.size,
            )}席）`}
            columns={['役職', '団体', '任期', '操作']}
            empty="この日に在任の幹事はいません。"
            rows={state.data.boardComposition.seats.map((seat) => [
              <span key="r" className="whitespace-nowrap">
                {ROLE_LABELS[seat.role]}
              </span>,
              seat.organization?.name ?? '（名称非公開）',
              `${formatWareki(seat.startsOn)} 〜 ${seat.endsOn ? formatWareki(seat.endsOn) : '（定めなし）'}`,
              <Button
                key="e"
                variant="tertiary"
                onClick={() => setEnding(seat)}
                aria-label={`${seat.organization?.name ?? ''}の任期を終える`}
              >
                任期を終える
              </Button>,
            ])}
          />
        </div>
      )}
      {ending && (
        <EndSeatForm
          key={ending.id}
          seat={ending}
          onCancel={() => setEnding(null)}
          onDone={(endsOn) =>
            changed(
              `${ending.organization?.name ?? ''}の任期を${formatWareki(endsOn)}までとしました。`,
            )
          }
        />
      )}
      <AddSeatForm
        onDone={(name, role) => changed(`${name}を${ROLE_LABELS[role]}に選任しました。`)}
        onFailed={() => setNotice(null)}
      />
    </Page>
  );
}

function EndSeatForm({
  seat,
  onCancel,
  onDone,
}: {
  seat: Seat;
  onCancel: () => void;
  onDone: (endsOn: string) => void;
}) {
  const [endsOn, setEndsOn] = useState(seat.endsOn ?? todayInJapan());
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  async function save(event: FormEvent) {
    event.preventDefault();
    const result = (await request(EndBoardSeat, { input: { seatId: seat.id, endsOn } }))
      .endBoardSeat;
    if ('message' in result) {
      setError(result.message);
      setFieldError('problems' in result ? problemsByField(result.problems).endsOn : undefined);
    } else onDone(endsOn);
  }
  return (
    <form
      onSubmit={save}
      className="flex flex-col gap-4 rounded-8 border-2 border-key-900 p-4"
      aria-label="任期を終える"
    >
      <h2 className="text-std-20B-150">
        {seat.organization?.name ?? '（名称非公開）'}（{ROLE_LABELS[seat.role]}）の任期を終える
      </h2>
      {error && (
        <Notification type="error" title="変更できませんでした">
          {error}
        </Notification>
      )}
      <TextField
        label="任期の最終日"
        type="date"
        required
        supportText="この日まで在任します（この日を含む）。"
        value={endsOn}
        onChange={(e) => setEndsOn(e.target.value)}
        error={fieldError}
        autoFocus
      />
      <div className="flex flex-wrap gap-4">
        <Button type="submit">任期を終える</Button>
        <Button variant="secondary" onClick={onCancel}>
          やめる
        </Button>
      </div>
    </form>
  );
}

function AddSeatForm({
  onDone,
  onFailed,
}: {
  onDone: (name: string, role: BoardRole) => void;
  /** A refusal: the page drops an earlier success message so the two do not conflict. */
  onFailed: () => void;
}) {
  const [text, setText] = useState('');
  const [candidates, setCandidates] = useState<{ id: string; name: string | null }[] | null>(null);
  const [organizationId, setOrganizationId] = useState('');
  const [role, setRole] = useState<BoardRole>('MEMBER');
  const [startsOn, setStartsOn] = useState(todayInJapan());
  const [endsOn, setEndsOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  async function search() {
    if (!text.trim()) {
      setErrors({ search: '団体名の一部を入力してください。' });
      return;
    }
    const found = (
      await request(AdminBoardCandidates, { text: text.trim() })
    ).organizations.edges.map((e) => e.node);
    setCandidates(found);
    setOrganizationId(found[0]?.id ?? '');
    setErrors({});
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!organizationId) {
      setErrors({ organizationId: '団体を検索して選んでください。' });
      return;
    }
    const result = (
      await request(AddBoardSeat, {
        input: { organizationId, role, startsOn, endsOn: endsOn || null },
      })
    ).addBoardSeat;
    if ('message' in result) {
      setError(result.message);
      setErrors('problems' in result ? problemsByField(result.problems) : {});
      onFailed();
      return;
    }
    const name = candidates?.find((c) => c.id === organizationId)?.name ?? '';
    setError(null);
    setErrors({});
    setText('');
    setCandidates(null);
    setOrganizationId('');
    onDone(name, role);
  }

  return (
    <form
      onSubmit={save}
      noValidate
      className="flex max-w-[640px] flex-col gap-4 border-t border-solid-gray-420 pt-6"
      aria-labelledby="add-seat-heading"
    >
      <h2 id="add-seat-heading" className="text-std-24B-150">
        幹事を選任する
      </h2>
      <p className="text-std-16N-170 text-solid-gray-700">
        任期の初日に会員である団体を選べます。役職を変えるときは、今の任期を終えてから翌日から新しい任期を登録します。議長は同じ日に1団体までです。
      </p>
      {error && (
        <Notification type="error" title="選任できませんでした">
          {error}
        </Notification>
      )}
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-0 flex-1">
          <TextField
            label="団体名で検索"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void search();
              }
            }}
            error={errors.search}
          />
        </div>
        <Button variant="secondary" onClick={() => void search()}>
          検索
        </Button>
      </div>
      {candidates && candidates.length === 0 && <p>該当する会員団体はありません。</p>}
      {candidates && candidates.length > 0 && (
        <SelectField
          label="団体"
          required
          value={organizationId}
          onChange={(e) => setOrganizationId(e.target.value)}
          error={errors.organizationId}
        >
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name ?? '（名称非公開）'}
            </option>
          ))}
        </SelectField>
      )}
      {!candidates && errors.organizationId && (
        <p className="text-error-1">＊{errors.organizationId}</p>
      )}
      <SelectField
        label="役職"
        required
        value={role}
        onChange={(e) => setRole(e.target.value as BoardRole)}
        error={errors.role}
      >
        {Object.entries(ROLE_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextField
        label="任期の初日"
        type="date"
        required
        value={startsOn}
        onChange={(e) => setStartsOn(e.target.value)}
        error={errors.startsOn}
      />
      <TextField
        label="任期の最終日"
        type="date"
        supportText="空欄なら定めなし。"
        value={endsOn}
        onChange={(e) => setEndsOn(e.target.value)}
        error={errors.endsOn}
      />
      <div>
        <Button type="submit">選任する</Button>
      </div>
    </form>
  );
}
