/**
 * 宛先の選択: membership categories, working groups, the board, regions and prefectures,
 * organisation types, fields of activity and which contacts (all, the primary contact, or by
 * role) — with the live count of organisations and addresses, the addresses that would be
 * skipped, and the organisations no address reaches (AudiencePreview, the engine's own SQL).
 */
import { type ReactNode, useEffect, useState } from 'react';
import { Button } from '../../../components/Button';
import { Notification } from '../../../components/Notification';
import { Table } from '../../../components/Table';
import { graphql } from '../../../gql';
import type { AudienceInput, ContactRole, MailingKind } from '../../../gql/graphql';
import { CONTACT_ROLES } from '../../../lib/contact-roles';
import { FIELD_OF_ACTIVITY_LABELS } from '../../../lib/fields-of-activity';
import { formatNumber } from '../../../lib/format';
import { request } from '../../../lib/graphql';
import { useQuery } from '../../../lib/use-query';
import { ISSUE_LABELS, SUPPRESSION_LABELS } from './labels';

const AudienceCatalogue = graphql(`
  query AudienceCatalogue {
    membershipCategories {
      code
      nameJa
    }
    workingGroups {
      number
      title
    }
    regions {
      code
      name
    }
    prefectures {
      code
      name
      region {
        code
      }
    }
  }
`);

const AudienceCount = graphql(`
  query AudienceCount($audience: AudienceInput!, $kind: MailingKind!) {
    audiencePreview(audience: $audience, kind: $kind) {
      __typename
      ... on AudiencePreview {
        organizationCount
        recipientCount
        unreachedOrganizationCount
        suppressed {
          reason
          count
        }
        unreachedOrganizations {
          organizationName
          reason
        }
      }
      ... on ValidationFailedError {
        message
      }
    }
  }
`);

/** Kinds of organisation the register uses most (the API accepts any text). */
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
];

const FIELDS = FIELD_OF_ACTIVITY_LABELS;

export type AudienceValue = {
  categories: string[];
  workingGroups: number[];
  board: boolean;
  regions: string[];
  prefectures: string[];
  organizationTypes: string[];
  fieldsOfActivity: string[];
  contacts: { selection: 'ALL' | 'PRIMARY' | 'BY_ROLE'; roles: ContactRole[] };
  /** Kept as saved (chosen elsewhere): named organisations and a meeting's invitees. */
  includeOrganizations?: readonly ({ id: string } | null)[];
  excludeOrganizations?: readonly ({ id: string } | null)[];
  meeting?: { id: string } | null;
};

const ids = (list?: readonly ({ id: string } | null)[]) =>
  (list ?? []).flatMap((o) => (o ? [o.id] : []));

export function toAudienceInput(a: AudienceValue): AudienceInput {
  return {
    categories: a.categories as AudienceInput['categories'],
    workingGroups: a.workingGroups,
    board: a.board,
    regions: a.regions,
    prefectures: a.prefectures,
    organizationTypes: a.organizationTypes,
    fieldsOfActivity: a.fieldsOfActivity as AudienceInput['fieldsOfActivity'],
    ...(ids(a.includeOrganizations).length
      ? { includeOrganizations: ids(a.includeOrganizations) }
      : {}),
    ...(ids(a.excludeOrganizations).length
      ? { excludeOrganizations: ids(a.excludeOrganizations) }
      : {}),
    ...(a.meeting ? { meeting: a.meeting.id } : {}),
    contacts:
      a.contacts.selection === 'BY_ROLE'
        ? { selection: 'BY_ROLE', roles: a.contacts.roles }
        : { selection: a.contacts.selection },
  };
}

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

function Checks<T extends string | number>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: readonly { value: T; label: ReactNode }[];
  value: readonly T[];
  onChange: (next: T[]) => void;
}) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="text-std-16B-170">{legend}</legend>
      <div className="flex flex-wrap gap-x-4">
        {options.map((o) => (
          <label key={String(o.value)} className="flex items-center gap-2 py-1 text-std-16N-170">
            <input
              type="checkbox"
              className="size-5"
              checked={value.includes(o.value)}
              onChange={(e) => onChange(toggle(value, o.value, e.target.checked))}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function AudiencePicker({
  initial,
  kind,
  editable,
  onSave,
}: {
  initial: AudienceValue;
  kind: MailingKind;
  editable: boolean;
  onSave: (audience: AudienceInput) => Promise<void>;
}) {
  const catalogue = useQuery(AudienceCatalogue);
  const [value, setValue] = useState<AudienceValue>(initial);
  const [count, setCount] = useState<{
    organizationCount: number;
    recipientCount: number;
    unreachedOrganizationCount: number;
    suppressed: readonly { reason: string; count: number }[];
    unreachedOrganizations: readonly { organizationName: string; reason: string }[];
  } | null>(null);
  const [countError, setCountError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const input = toAudienceInput(value);
  const key = JSON.stringify(input);
  const dirty = key !== JSON.stringify(toAudienceInput(initial));

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `input`.
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      request(AudienceCount, { audience: input, kind }).then(
        ({ audiencePreview: r }) => {
          if (!current) return;
          if (r.__typename === 'AudiencePreview') {
            setCount(r);
            setCountError(null);
          } else setCountError(r.message);
        },
        (e: unknown) =>
          current && setCountError(e instanceof Error ? e.message : '数えられませんでした。'),
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, kind]);

  const set = <K extends keyof AudienceValue>(k: K, v: AudienceValue[K]) =>
    setValue((a) => ({ ...a, [k]: v }));
  const cat = catalogue.status === 'done' ? catalogue.data : undefined;

  return (
    <section aria-labelledby="audience-heading" className="flex flex-col gap-4">
      <h2 id="audience-heading" className="text-std-24B-150">
        宛先
      </h2>
      <p className="text-std-16N-170 text-solid-gray-700">
        何も選ばないときは、全ての会員団体（活動中）に送ります。選んだ条件は全てを満たす団体に、同じ条件の中ではどれかに当てはまる団体に送ります。
      </p>
      <div role="status" aria-live="polite" className="rounded-12 bg-solid-gray-50 p-4">
        {countError ? (
          <span className="text-error-1">{countError}</span>
        ) : count ? (
          <p className="text-std-17B-170">
            <span data-testid="audience-organizations">
              {formatNumber(count.organizationCount)}
            </span>
            団体・
            <span data-testid="audience-recipients">{formatNumber(count.recipientCount)}</span>
            アドレスに届きます
            {count.unreachedOrganizationCount > 0 &&
              `（${formatNumber(count.unreachedOrganizationCount)}団体には届きません）`}
          </p>
        ) : (
          '宛先を数えています…'
        )}
      </div>
      {value.meeting && (
        <p className="text-std-16N-170">会議の招集対象の団体（会議の開催日時点）に送ります。</p>
      )}
      {(ids(value.includeOrganizations).length > 0 ||
        ids(value.excludeOrganizations).length > 0) && (
        <p className="text-std-16N-170">
          個別に指定した団体：追加 {ids(value.includeOrganizations).length}団体、除外{' '}
          {ids(value.excludeOrganizations).length}団体（保存しても変わりません）
        </p>
      )}
      {editable && cat && (
        <div className="flex flex-col gap-4">
          <Checks
            legend="会員種別"
            options={cat.membershipCategories.map((c) => ({
              value: c.code as string,
              label: c.nameJa,
            }))}
            value={value.categories}
            onChange={(v) => set('categories', v)}
          />
          <Checks
            legend="ワーキンググループ（分科会）"
            options={cat.workingGroups.map((g) => ({
              value: g.number,
              label: `第${g.number}分科会 ${g.title}`,
            }))}
            value={value.workingGroups}
            onChange={(v) => set('workingGroups', v)}
          />
          <label className="flex items-center gap-2 text-std-16N-170">
            <input
              type="checkbox"
              className="size-5"
              checked={value.board}
              onChange={(e) => set('board', e.target.checked)}
            />
            幹事会の構成団体だけ
          </label>
          <Checks
            legend="地方"
            options={cat.regions.map((r) => ({ value: r.code, label: r.name }))}
            value={value.regions}
            onChange={(v) => set('regions', v)}
          />
          <details className="rounded-8 border border-solid-gray-420 p-3">
            <summary className="cursor-pointer text-std-16B-170">
              都道府県{value.prefectures.length > 0 && `（${value.prefectures.length}件選択中）`}
            </summary>
            <Checks
              legend="都道府県"
              options={cat.prefectures.map((p) => ({ value: p.code, label: p.name }))}
              value={value.prefectures}
              onChange={(v) => set('prefectures', v)}
            />
          </details>
          <Checks
            legend="団体の種類"
            options={ORGANIZATION_TYPES.map((t) => ({ value: t, label: t }))}
            value={value.organizationTypes}
            onChange={(v) => set('organizationTypes', v)}
          />
          <details className="rounded-8 border border-solid-gray-420 p-3">
            <summary className="cursor-pointer text-std-16B-170">
              活動分野
              {value.fieldsOfActivity.length > 0 && `（${value.fieldsOfActivity.length}件選択中）`}
            </summary>
            <Checks
              legend="活動分野"
              options={Object.entries(FIELDS).map(([v, l]) => ({ value: v, label: l }))}
              value={value.fieldsOfActivity}
              onChange={(v) => set('fieldsOfActivity', v)}
            />
          </details>
          <fieldset className="flex flex-col gap-1">
            <legend className="text-std-16B-170">各団体のどの連絡先に送るか</legend>
            {(
              [
                ['ALL', '全ての連絡先'],
                ['PRIMARY', '主担当だけ'],
                ['BY_ROLE', '役割で選ぶ'],
              ] as const
            ).map(([v, l]) => (
              <label key={v} className="flex items-center gap-2 py-1 text-std-16N-170">
                <input
                  type="radio"
                  name="contacts"
                  className="size-5"
                  checked={value.contacts.selection === v}
                  onChange={() => set('contacts', { ...value.contacts, selection: v })}
                />
                {l}
              </label>
            ))}
            {value.contacts.selection === 'BY_ROLE' && (
              <Checks
                legend="役割"
                options={CONTACT_ROLES}
                value={value.contacts.roles}
                onChange={(v) => set('contacts', { ...value.contacts, roles: v as ContactRole[] })}
              />
            )}
          </fieldset>
          <div className="flex flex-wrap gap-3">
            <Button
              disabled={!dirty || saving}
              onClick={async () => {
                setSaving(true);
                try {
                  await onSave(input);
                } finally {
                  setSaving(false);
                }
              }}
            >
              宛先を保存する
            </Button>
            {dirty && (
              <Button variant="tertiary" onClick={() => setValue(initial)}>
                保存した宛先に戻す
              </Button>
            )}
          </div>
        </div>
      )}
      {count && count.suppressed.length > 0 && (
        <Table
          caption="送らないアドレス（配信停止など）"
          columns={['理由', '件数']}
          rows={count.suppressed.map((s) => [
            SUPPRESSION_LABELS[s.reason] ?? s.reason,
            formatNumber(s.count),
          ])}
        />
      )}
      {count && count.unreachedOrganizations.length > 0 && (
        <Notification
          type="warning"
          title={`届かない団体が${formatNumber(count.unreachedOrganizationCount)}団体あります`}
        >
          <ul className="list-disc pl-6">
            {count.unreachedOrganizations.map((o) => (
              <li key={o.organizationName}>
                {o.organizationName}：{ISSUE_LABELS[o.reason] ?? o.reason}
              </li>
            ))}
          </ul>
          {count.unreachedOrganizationCount > count.unreachedOrganizations.length && (
            <p>
              ほか
              {formatNumber(count.unreachedOrganizationCount - count.unreachedOrganizations.length)}
              団体
            </p>
          )}
        </Notification>
      )}
    </section>
  );
}
