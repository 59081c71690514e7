/**
 * 会員区分・状態の変更: two small forms on the organisation's page. A reason is required (it is
 * kept in the dated membership event); the API refuses moves the rules do not allow.
 */
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { SelectField, TextareaField, TextField } from '../../../components/Field';
import { Notification } from '../../../components/Notification';
import { graphql } from '../../../gql';
import type { MemberStatusChange, MembershipCategoryCode } from '../../../gql/graphql';
import { request } from '../../../lib/graphql';
import {
  CATEGORY_LABELS,
  labelOf,
  STATUS_LABELS,
  STATUS_MOVE_LABELS,
  STATUS_MOVES,
} from './labels';
import { problemsByField, todayInJapan } from './problems';

const ChangeCategory = graphql(`
  mutation RegisterChangeCategory($input: ChangeMembershipCategoryInput!) {
    changeMembershipCategory(input: $input) {
      __typename
      ... on Error {
        code
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

const ChangeStatus = graphql(`
  mutation RegisterChangeStatus($input: ChangeMembershipStatusInput!) {
    changeMembershipStatus(input: $input) {
      __typename
      ... on Error {
        code
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

interface Outcome {
  readonly type: 'success' | 'error';
  readonly title: string;
  readonly text?: string;
}

export function MembershipChanges({
  organizationId,
  version,
  category,
  status,
  onChanged,
}: {
  organizationId: string;
  version: number;
  category: string | null;
  status: string;
  onChanged: () => void;
}) {
  const moves = STATUS_MOVES[status] ?? [];
  const canChangeCategory = status === 'ACTIVE' || status === 'SUSPENDED';
  if (!canChangeCategory && moves.length === 0) return null;
  return (
    <section aria-label="会員区分・状態の変更" className="flex flex-col gap-3">
      <h2 className="text-std-24B-150 text-solid-gray-900">会員区分・状態の変更</h2>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        {canChangeCategory && (
          <ChangeForm
            key={`c-${version}`}
            kind="category"
            title="会員区分を変更する"
            choices={Object.keys(CATEGORY_LABELS)
              .filter((c) => c !== category)
              .map((c) => [c, CATEGORY_LABELS[c] ?? c])}
            current={`現在：${labelOf(CATEGORY_LABELS, category)}`}
            submit={async (choice, effectiveOn, note) => {
              const r = (
                await request(ChangeCategory, {
                  input: {
                    organizationId,
                    expectedVersion: version,
                    category: choice as MembershipCategoryCode,
                    effectiveOn,
                    note,
                  },
                })
              ).changeMembershipCategory;
              return r;
            }}
            onChanged={onChanged}
          />
        )}
        {moves.length > 0 && (
          <ChangeForm
            key={`s-${version}`}
            kind="status"
            title="状態を変更する"
            choices={moves.map((m) => [m, STATUS_MOVE_LABELS[m] ?? m])}
            current={`現在：${labelOf(STATUS_LABELS, status)}`}
            submit={async (choice, effectiveOn, note) =>
              (
                await request(ChangeStatus, {
                  input: {
                    organizationId,
                    expectedVersion: version,
                    status: choice as MemberStatusChange,
                    effectiveOn,
                    note,
                  },
                })
              ).changeMembershipStatus
            }
            onChanged={onChanged}
          />
        )}
      </div>
    </section>
  );
}

type Result = {
  readonly __typename: string;
  readonly message?: string;
  readonly problems?: readonly { readonly path: readonly string[]; readonly message: string }[];
};

function ChangeForm({
  kind,
  title,
  choices,
  current,
  submit,
  onChanged,
}: {
  kind: 'category' | 'status';
  title: string;
  choices: [string, string][];
  current: string;
  submit: (choice: string, effectiveOn: string, note: string) => Promise<Result>;
  onChanged: () => void;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const choice = String(data.get('choice') ?? '');
    const effectiveOn = String(data.get('effectiveOn') ?? '');
    const note = String(data.get('note') ?? '').trim();
    const found: Record<string, string> = {};
    if (!choice) found.choice = '変更後を選んでください。';
    if (!note) found.note = '理由を入力してください。';
    if (!effectiveOn) found.effectiveOn = '日付を入力してください。';
    setErrors(found);
    setOutcome(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const result = await submit(choice, effectiveOn, note);
      if (result.__typename === 'OrganizationPayload') {
        setOutcome({ type: 'success', title: `${title.replace('する', 'しました')}` });
        onChanged();
      } else {
        const byField = problemsByField(result.problems ?? []);
        const { category: c, status: s, ...rest } = byField;
        setErrors({ ...rest, ...(c || s ? { choice: c ?? s ?? '' } : {}) });
        setOutcome({ type: 'error', title: '変更できませんでした', text: result.message });
      }
    } catch (error) {
      setOutcome({
        type: 'error',
        title: '変更できませんでした',
        text: error instanceof Error ? error.message : undefined,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-label={title}
      className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 p-4 sm:p-6"
    >
      <h3 className="text-std-20B-150">{title}</h3>
      <p className="text-std-16N-170">{current}</p>
      {outcome && (
        <Notification type={outcome.type} title={outcome.title}>
          {outcome.text}
        </Notification>
      )}
      <SelectField
        label={kind === 'category' ? '変更後の会員区分' : '変更の内容'}
        name="choice"
        required
        error={errors.choice}
        defaultValue=""
      >
        <option value="">選択してください</option>
        {choices.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextField
        label="効力発生日"
        name="effectiveOn"
        type="date"
        required
        defaultValue={todayInJapan()}
        error={errors.effectiveOn}
      />
      <TextareaField
        label="理由"
        name="note"
        required
        supportText="会員歴に記録されます。"
        error={errors.note}
      />
      <div>
        <Button type="submit" disabled={busy}>
          {kind === 'category' ? '会員区分を変更する' : '状態を変更する'}
        </Button>
      </div>
    </form>
  );
}
