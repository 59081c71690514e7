/** 議案: the agenda of a meeting — items in order, adding one, editing and deciding them. */
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { SelectField, TextareaField, TextField } from '../../../components/Field';
import { Notification } from '../../../components/Notification';
import { graphql } from '../../../gql';
import type { AgendaItemStatus, ProposerKind } from '../../../gql/graphql';
import { request } from '../../../lib/graphql';
import { AGENDA_STATUS_LABELS, PROPOSER_LABELS, problemsByField } from './labels';
import type { MeetingData } from './MeetingDetail';
import { Section } from './Section';

const AddAgendaItem = graphql(`
  mutation AdminAddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
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

const UpdateAgendaItem = graphql(`
  mutation AdminUpdateAgendaItem($input: UpdateAgendaItemInput!) {
    updateAgendaItem(input: $input) {
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

type Item = MeetingData['agendaItems'][number];

export function Agenda({ meeting, onChanged }: { meeting: MeetingData; onChanged: () => void }) {
  const editable = meeting.status !== 'CANCELLED';
  return (
    <Section title="議案">
      {meeting.agendaItems.length === 0 ? (
        <p>議案はまだありません。</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {meeting.agendaItems.map((item) => (
            <AgendaItemView key={item.id} item={item} editable={editable} onChanged={onChanged} />
          ))}
        </ol>
      )}
      {editable && (
        <AddItemForm
          meetingId={meeting.id}
          defaultProposer={meeting.body === 'GENERAL_MEETING' ? 'BOARD' : 'SECRETARIAT'}
          onChanged={onChanged}
        />
      )}
    </Section>
  );
}

function AgendaItemView({
  item,
  editable,
  onChanged,
}: {
  item: Item;
  editable: boolean;
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const proposer =
    item.proposer.kind === 'ORGANIZATION'
      ? (item.proposer.organization?.name ?? PROPOSER_LABELS.ORGANIZATION)
      : PROPOSER_LABELS[item.proposer.kind];
  return (
    <li className="rounded-8 border border-solid-gray-420 p-4">
      <h3 className="text-std-18B-160">
        第{item.position}号議案　{item.title}
      </h3>
      <p className="text-std-16N-170 text-solid-gray-700">
        提案者：{proposer}　状態：
        <strong className={item.status === 'APPROVED' ? 'text-success-2' : ''}>
          {AGENDA_STATUS_LABELS[item.status]}
        </strong>
        {item.resultNote ? `（${item.resultNote}）` : ''}
      </p>
      {item.description && <p className="mt-2 whitespace-pre-wrap">{item.description}</p>}
      {editable && !editing && (
        <Button
          variant="tertiary"
          className="mt-2"
          onClick={() => setEditing(true)}
          aria-label={`第${item.position}号議案を編集・決定する`}
        >
          編集・決定
        </Button>
      )}
      {editing && (
        <EditItemForm
          item={item}
          onDone={(changed) => {
            setEditing(false);
            if (changed) onChanged();
          }}
        />
      )}
    </li>
  );
}

function EditItemForm({ item, onDone }: { item: Item; onDone: (changed: boolean) => void }) {
  const decided = item.status !== 'PROPOSED';
  const [title, setTitle] = useState(item.title);
  const [description, setDescription] = useState(item.description ?? '');
  const [status, setStatus] = useState<AgendaItemStatus>(item.status);
  const [resultNote, setResultNote] = useState(item.resultNote ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  async function save(event: FormEvent) {
    event.preventDefault();
    const result = (
      await request(UpdateAgendaItem, {
        input: {
          agendaItemId: item.id,
          ...(decided ? {} : { title, description: description || null }),
          ...(status !== item.status ? { status } : {}),
          resultNote: resultNote || null,
        },
      })
    ).updateAgendaItem;
    if ('message' in result) {
      setError(result.message);
      setErrors('problems' in result ? problemsByField(result.problems) : {});
    } else onDone(true);
  }
  return (
    <form onSubmit={save} className="mt-4 flex flex-col gap-4 rounded-8 bg-solid-gray-50 p-4">
      {error && (
        <Notification type="error" title="保存できませんでした">
          {error}
        </Notification>
      )}
      <TextField
        label="件名"
        required
        value={title}
        disabled={decided}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
      />
      <TextareaField
        label="説明"
        value={description}
        disabled={decided}
        onChange={(e) => setDescription(e.target.value)}
        error={errors.description}
      />
      <SelectField
        label="状態"
        supportText="提案中から承認・否決・取り下げへ一度だけ変えられます。"
        value={status}
        disabled={decided}
        onChange={(e) => setStatus(e.target.value as AgendaItemStatus)}
        error={errors.status}
      >
        {Object.entries(AGENDA_STATUS_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextField
        label="決定の記録"
        supportText="例：賛成12、反対0、棄権1"
        value={resultNote}
        onChange={(e) => setResultNote(e.target.value)}
        error={errors.resultNote}
      />
      <div className="flex flex-wrap gap-4">
        <Button type="submit">保存する</Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          やめる
        </Button>
      </div>
    </form>
  );
}

function AddItemForm({
  meetingId,
  defaultProposer,
  onChanged,
}: {
  meetingId: string;
  defaultProposer: ProposerKind;
  onChanged: () => void;
}) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [proposer, setProposer] = useState<ProposerKind>(defaultProposer);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function add(event: FormEvent) {
    event.preventDefault();
    const result = (
      await request(AddAgendaItem, {
        input: { meetingId, title, description: description || null, proposer: { kind: proposer } },
      })
    ).addAgendaItem;
    if ('message' in result) {
      setMessage({ ok: false, text: result.message });
      setErrors('problems' in result ? problemsByField(result.problems) : {});
    } else {
      setMessage({ ok: true, text: `議案「${title}」を追加しました。` });
      setErrors({});
      setTitle('');
      setDescription('');
      onChanged();
    }
  }
  return (
    <form
      onSubmit={add}
      className="flex max-w-[640px] flex-col gap-4"
      aria-labelledby="add-agenda-heading"
    >
      <h3 id="add-agenda-heading" className="text-std-18B-160">
        議案を追加する
      </h3>
      {message && (
        <Notification
          type={message.ok ? 'success' : 'error'}
          title={message.ok ? message.text : '追加できませんでした'}
        >
          {message.ok ? null : message.text}
        </Notification>
      )}
      <TextField
        label="件名"
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
      />
      <TextareaField
        label="説明"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={errors.description}
      />
      <SelectField
        label="提案者"
        value={proposer}
        onChange={(e) => setProposer(e.target.value as ProposerKind)}
        error={errors.kind ?? errors.proposer}
      >
        <option value="BOARD">幹事会</option>
        <option value="SECRETARIAT">事務局</option>
      </SelectField>
      <div>
        <Button type="submit">議案を追加する</Button>
      </div>
    </form>
  );
}
