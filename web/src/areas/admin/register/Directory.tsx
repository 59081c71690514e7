/**
 * 会員名簿: the whole register, filtered and paged on the server (50 a page; the filters live in
 * the URL so a search can be bookmarked, and the browser's back button returns to it).
 */
import { type FormEvent, useId } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { Link } from '../../../components/Link';
import { Notification } from '../../../components/Notification';
import { Loading } from '../../../components/Page';
import { Table } from '../../../components/Table';
import { graphql } from '../../../gql';
import type {
  FieldOfActivity,
  MembershipCategoryCode,
  OrganizationStatus,
} from '../../../gql/graphql';
import { formatNumber, formatWareki } from '../../../lib/format';
import { useQuery } from '../../../lib/use-query';
import { CATEGORY_LABELS, FIELD_LABELS, labelOf, STATUS_LABELS } from './labels';
import { afterCursor, Pager } from './Pager';

export const PAGE_SIZE = 50;

const RegisterChoices = graphql(`
  query RegisterChoices {
    regions {
      code
      name
    }
    prefectures {
      code
      name
    }
    workingGroups {
      number
      title
    }
    organizationTypesInUse
  }
`);

const RegisterDirectory = graphql(`
  query RegisterDirectory($first: Int!, $after: String, $filter: OrganizationFilter) {
    organizations(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          name
          nameKana
          category
          status
          organizationType
          joinedOn
          prefecture {
            name
          }
        }
      }
    }
  }
`);

interface Filters {
  readonly text: string;
  readonly categories: MembershipCategoryCode[];
  readonly statuses: OrganizationStatus[];
  readonly prefecture: string;
  readonly region: string;
  readonly organizationType: string;
  readonly field: string;
  readonly workingGroup: string;
  readonly page: number;
}

function readFilters(params: URLSearchParams): Filters {
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    text: params.get('q') ?? '',
    categories: params
      .getAll('category')
      .filter((c) => c in CATEGORY_LABELS) as MembershipCategoryCode[],
    statuses: params.getAll('status').filter((s) => s in STATUS_LABELS) as OrganizationStatus[],
    prefecture: params.get('pref') ?? '',
    region: params.get('region') ?? '',
    organizationType: params.get('type') ?? '',
    field: params.get('field') ?? '',
    workingGroup: params.get('wg') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

function apiFilter(f: Filters) {
  return {
    ...(f.text.trim() ? { text: f.text.trim() } : {}),
    ...(f.categories.length ? { categories: f.categories } : {}),
    ...(f.statuses.length ? { statuses: f.statuses } : {}),
    ...(f.prefecture ? { prefectures: [f.prefecture] } : {}),
    ...(f.region ? { regions: [f.region] } : {}),
    ...(f.organizationType ? { organizationTypes: [f.organizationType] } : {}),
    ...(f.field in FIELD_LABELS ? { fieldsOfActivity: [f.field as FieldOfActivity] } : {}),
    ...(/^[1-9]\d*$/.test(f.workingGroup) ? { workingGroups: [Number(f.workingGroup)] } : {}),
  };
}

export function Directory() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const choices = useQuery(RegisterChoices);
  const list = useQuery(RegisterDirectory, {
    first: PAGE_SIZE,
    after: afterCursor(filters.page, PAGE_SIZE),
    filter: apiFilter(filters),
  });
  const formKey = params.toString();

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const [name, value] of data) {
      if (typeof value === 'string' && value.trim() !== '') next.append(name, value.trim());
    }
    setParams(next);
  }

  function goTo(page: number) {
    const next = new URLSearchParams(params);
    if (page > 1) next.set('page', String(page));
    else next.delete('page');
    setParams(next);
  }

  const c = choices.status === 'done' ? choices.data : undefined;
  return (
    <div className="flex flex-col gap-6">
      <form
        key={`${formKey}-${choices.status}`}
        onSubmit={search}
        aria-label="会員名簿の検索"
        className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 bg-white p-4 sm:p-6"
      >
        <TextField
          label="団体名・ふりがな"
          name="q"
          type="search"
          defaultValue={filters.text}
          supportText="ひらがな・カタカナ・半角カナのどれでも探せます（例：つながり）"
        />
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <CheckboxGroup
            legend="会員区分"
            name="category"
            options={CATEGORY_LABELS}
            checked={filters.categories}
          />
          <CheckboxGroup
            legend="状態"
            name="status"
            options={STATUS_LABELS}
            checked={filters.statuses}
          />
        </div>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
          <SelectField label="地方" name="region" defaultValue={filters.region}>
            <option value="">すべて</option>
            {c?.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </SelectField>
          <SelectField label="都道府県" name="pref" defaultValue={filters.prefecture}>
            <option value="">すべて</option>
            {c?.prefectures.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <SelectField label="法人格・種別" name="type" defaultValue={filters.organizationType}>
            <option value="">すべて</option>
            {c?.organizationTypesInUse.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </SelectField>
          <SelectField label="活動分野" name="field" defaultValue={filters.field}>
            <option value="">すべて</option>
            {Object.entries(FIELD_LABELS).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </SelectField>
          <SelectField label="ワーキンググループ" name="wg" defaultValue={filters.workingGroup}>
            <option value="">すべて</option>
            {c?.workingGroups.map((g) => (
              <option key={g.number} value={String(g.number)}>
                第{g.number}WG {g.title}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="flex flex-wrap gap-4">
          <Button type="submit">検索する</Button>
          <Button variant="tertiary" onClick={() => setParams(new URLSearchParams())}>
            条件をクリア
          </Button>
        </div>
      </form>

      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && (
        <Notification type="error" title="読み込めませんでした">
          {list.message}
        </Notification>
      )}
      {list.status === 'done' && (
        <>
          <p role="status" className="text-std-16B-170">
            {formatNumber(list.data.organizations.totalCount)}団体
          </p>
          <Table
            caption="団体の一覧（五十音順）"
            columns={['団体名', '会員区分', '状態', '所在地', '法人格・種別', '入会日']}
            empty="条件に当てはまる団体はありません。"
            rows={list.data.organizations.edges.map(({ node }) => [
              <span key="name" className="flex min-w-48 flex-col">
                <Link to={`/admin/register/${encodeURIComponent(node.id)}`}>{node.name}</Link>
                <span className="text-std-16N-170 text-solid-gray-700">{node.nameKana}</span>
              </span>,
              <span key="c" className="whitespace-nowrap">
                {labelOf(CATEGORY_LABELS, node.category)}
              </span>,
              <span key="s" className="whitespace-nowrap">
                {labelOf(STATUS_LABELS, node.status)}
              </span>,
              <span key="p" className="whitespace-nowrap">
                {node.prefecture?.name ?? '—'}
              </span>,
              <span key="t" className="whitespace-nowrap">
                {node.organizationType ?? '—'}
              </span>,
              <span key="joined" className="whitespace-nowrap">
                {node.joinedOn ? formatWareki(node.joinedOn) : '—'}
              </span>,
            ])}
          />
          <Pager
            page={filters.page}
            pageSize={PAGE_SIZE}
            total={list.data.organizations.totalCount}
            onPage={goTo}
          />
        </>
      )}
    </div>
  );
}

function CheckboxGroup({
  legend,
  name,
  options,
  checked,
}: {
  legend: string;
  name: string;
  options: Record<string, string>;
  checked: readonly string[];
}) {
  const id = useId();
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-std-17B-170 text-solid-gray-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {Object.entries(options).map(([code, label]) => (
          <div key={code} className="flex items-center gap-2">
            <input
              id={`${id}-${code}`}
              type="checkbox"
              name={name}
              value={code}
              defaultChecked={checked.includes(code)}
              className="size-6 accent-key-900"
            />
            <label htmlFor={`${id}-${code}`} className="text-std-16N-170">
              {label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
