/**
 * Every error a client of /graphql meets is in Japanese and carries a stable code: top-level
 * errors in `extensions.code` (syntax, validation, variables, paging, IDs, permissions, limits,
 * credentials, the request itself) and typed errors of a result in `code`, with each problem of
 * a rejected input worded in Japanese too. GraphQL's "Did you mean …?" hints are dropped whole
 * (they used to leave `[Suggestion hidden]?` behind).
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { isJapanese } from '../../src/lib/zod-japanese.js';
import { createApiKey } from '../../src/modules/accounts/api-keys.js';
import { createUser, type TestUser } from '../helpers/accounts.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
let secretariat: TestUser;
let member: TestUser;
/** An active organisation with its primary contact. */
let active: { id: string; version: number; category: string; primaryContactId: string };
/** A suspended organisation. */
let suspended: { id: string };

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  server = await startTestServer({
    db: database.db,
    env: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000', RATE_LIMIT_API_KEY_PER_MINUTE: '100000' },
  });
  const [first, second] = await database.db
    .selectFrom('organizations')
    .select(['id', 'version', 'category_code'])
    .where('status', '=', 'ACTIVE')
    .orderBy('name_kana')
    .limit(2)
    .execute();
  if (!first || !second) throw new Error('the demo register has fewer than two active members');
  const contact = await database.db
    .selectFrom('contacts')
    .select('id')
    .where('organization_id', '=', first.id)
    .where('is_primary', '=', true)
    .executeTakeFirstOrThrow();
  active = {
    id: first.id,
    version: first.version,
    category: first.category_code ?? '',
    primaryContactId: contact.id,
  };
  await database.db
    .updateTable('organizations')
    .set({ status: 'SUSPENDED' })
    .where('id', '=', second.id)
    .execute();
  suspended = { id: second.id };
  secretariat = await createUser(database.db, { role: 'SECRETARIAT_ADMIN' });
  member = await createUser(database.db, { role: 'MEMBER', organizationId: first.id });
});

interface ErrorBody {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string; problems?: unknown } }[];
}

/** POSTs to /graphql as the service's clients do. */
async function post(
  target: TestServer,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: ErrorBody }> {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as ErrorBody };
}

const A_UUID = '0196f6a0-3c1e-7c3a-9f1e-2b7c4d5e6f70';

interface TopLevelCase {
  readonly name: string;
  readonly query?: string;
  readonly variables?: Record<string, unknown>;
  /** The raw request body, instead of `query` and `variables`. */
  readonly body?: string;
  readonly as?: 'member' | 'forged credentials';
  readonly status?: number;
  readonly code: string;
  readonly message: string;
  /** `extensions.problems`: each refused field, for clients to show at the field. */
  readonly problems?: readonly { path: string[]; message: string }[];
}

const TOP_LEVEL: readonly TopLevelCase[] = [
  {
    name: 'a field the type does not have (no "[Suggestion hidden]?")',
    query: '{ prefecturez { code } }',
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: '型「Query」にフィールド「prefecturez」はありません。',
  },
  {
    name: 'an object field without a selection (no "[Suggestion hidden]?")',
    query: '{ prefectures }',
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message:
      'フィールド「prefectures」（型「[Prefecture!]!」）には、取得するフィールドを { } で指定してください。',
  },
  {
    name: 'an argument the field does not have',
    query: '{ organizations(first: 1, bogus: 2) { totalCount } }',
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'フィールド「Query.organizations」に引数「bogus」はありません。',
  },
  {
    name: 'a query cut short',
    query: '{ prefectures { code ',
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: 'クエリの構文が正しくありません: 「Name」が必要なところでクエリが終わっています。',
  },
  {
    name: 'a required variable not given',
    query: 'query($n: Int!) { organizations(first: $n) { totalCount } }',
    variables: {},
    code: 'BAD_USER_INPUT',
    message: '変数「$n」（型「Int!」）の値を指定してください。',
  },
  {
    name: 'a date that does not exist',
    query: 'query($d: Date!) { membershipStats(asOf: $d) { total } }',
    variables: { d: '2025-02-30' },
    code: 'BAD_USER_INPUT',
    message:
      '変数「$d」の値 "2025-02-30" が正しくありません: 「2025-02-30」は日付として正しくありません。YYYY-MM-DD 形式の実在する日付を指定してください（例: 2025-05-01）。',
    problems: [
      {
        path: ['d'],
        message:
          '「2025-02-30」は日付として正しくありません。YYYY-MM-DD 形式の実在する日付を指定してください（例: 2025-05-01）。',
      },
    ],
  },
  {
    name: 'a number where a list of strings belongs, inside an input object',
    query: 'query($f: OrganizationFilter) { organizations(first: 1, filter: $f) { totalCount } }',
    variables: { f: { prefectures: [13] } },
    code: 'BAD_USER_INPUT',
    message:
      '変数「$f」の「f.prefectures[0]」の値 13 が正しくありません: String には文字列を指定してください（指定された値: 13）。',
    problems: [
      {
        path: ['f', 'prefectures', '0'],
        message: 'String には文字列を指定してください（指定された値: 13）。',
      },
    ],
  },
  {
    name: 'a value outside an enum',
    query: '{ organizations(first: 1, filter: { categories: [BOGUS] }) { totalCount } }',
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: '「BOGUS」は列挙型「MembershipCategoryCode」の値ではありません。',
  },
  {
    name: 'a page larger than 100',
    query: '{ organizations(first: 101) { totalCount } }',
    code: 'BAD_USER_INPUT',
    message: 'first は 1 から 100 の範囲で指定してください（101 が指定されました）。',
  },
  {
    name: 'a required field missing inside an input variable',
    query: 'query($a: AudienceInput!) { audiencePreview(audience: $a) { __typename } }',
    variables: { a: { prefectures: ['13'] } },
    code: 'BAD_USER_INPUT',
    message:
      '変数「$a」の値 { prefectures: ["13"] } が正しくありません: 必須の項目「contacts」（型「AudienceContactsInput!」）を指定してください。',
    problems: [
      {
        path: ['a'],
        message: '必須の項目「contacts」（型「AudienceContactsInput!」）を指定してください。',
      },
    ],
  },
  {
    name: 'paging backwards (connections have no `last` / `before`)',
    query: '{ organizations(first: 1, last: 1) { totalCount } }',
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'フィールド「Query.organizations」に引数「last」はありません。',
  },
  {
    name: '`first: null` (leave it out for the default page)',
    query: '{ organizations(first: null) { totalCount } }',
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: '型「Int!」の値が必要なところに null が指定されています。',
  },
  {
    name: '`first` given as a null variable',
    query: 'query($n: Int) { organizations(first: $n) { totalCount } }',
    variables: { n: null },
    code: 'BAD_USER_INPUT',
    message: '引数「first」（型「Int!」）に null は指定できません。',
  },
  {
    name: 'a cursor that is not one',
    query: '{ organizations(first: 1, after: "bogus") { totalCount } }',
    code: 'BAD_USER_INPUT',
    message:
      'カーソルが正しくありません。pageInfo.endCursor の値をそのまま after に指定してください。',
  },
  {
    name: 'a raw UUID where the type is not known (node)',
    query: `{ node(id: "${A_UUID}") { id } }`,
    code: 'BAD_USER_INPUT',
    message: `「${A_UUID}」は UUID で、何の ID か分かりません。node・nodes には API が返した id（グローバル ID）を指定してください。UUID は mailing(id:) のような種類の決まった引数で使えます。`,
    problems: [
      {
        path: ['id'],
        message: `「${A_UUID}」は UUID で、何の ID か分かりません。node・nodes には API が返した id（グローバル ID）を指定してください。UUID は mailing(id:) のような種類の決まった引数で使えます。`,
      },
    ],
  },
  {
    name: 'a global ID of the wrong type',
    query: `{ mailing(id: "${encodeGlobalID('Organization', A_UUID)}") { id } }`,
    code: 'BAD_USER_INPUT',
    message: `「${encodeGlobalID('Organization', A_UUID)}」は団体（Organization）の ID です。ここにはメール（Mailing）の ID を指定してください。`,
    problems: [
      {
        path: ['id'],
        message: `「${encodeGlobalID('Organization', A_UUID)}」は団体（Organization）の ID です。ここにはメール（Mailing）の ID を指定してください。`,
      },
    ],
  },
  {
    name: 'a global ID of a type the API does not have',
    query: `{ node(id: "${encodeGlobalID('Bogus', A_UUID)}") { id } }`,
    code: 'BAD_USER_INPUT',
    message: `「${encodeGlobalID('Bogus', A_UUID)}」はこの API の ID ではありません。API が返した id（グローバル ID）をそのまま指定してください。`,
  },
  {
    name: 'more than 100 ids for nodes',
    query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
    variables: {
      ids: Array.from({ length: 101 }, (_, i) =>
        encodeGlobalID('Organization', `0196f6a0-3c1e-7c3a-9f1e-${String(i).padStart(12, '0')}`),
      ),
    },
    code: 'BAD_USER_INPUT',
    message: 'nodes に指定できる ID は 100 件までです（101 件指定されました）。',
  },
  {
    name: 'search text over its limit (argument validation)',
    query: 'query($t: String) { organizations(first: 1, filter: { text: $t }) { totalCount } }',
    variables: { t: 'あ'.repeat(201) },
    code: 'BAD_USER_INPUT',
    message: '入力が正しくありません。filter.text: 200文字以内で入力してください。',
    problems: [{ path: ['filter', 'text'], message: '200文字以内で入力してください。' }],
  },
  {
    name: 'a monthly series over ten years',
    query: '{ membershipSeries(from: "2010-01-01", to: "2025-06-30") { asOf } }',
    code: 'BAD_USER_INPUT',
    message: '入力が正しくありません。一度に取得できるのは 120 か月分までです。',
  },
  {
    name: 'secretariat data without signing in',
    query: '{ mailings(first: 1) { totalCount } }',
    code: 'UNAUTHENTICATED',
    message: 'この操作にはサインインが必要です。',
  },
  {
    name: 'secretariat data as a member',
    query: '{ mailings(first: 1) { totalCount } }',
    as: 'member',
    code: 'FORBIDDEN',
    message: 'この操作を行う権限がありません。',
  },
  {
    name: 'a subscription',
    query: 'subscription { prefectures { code } }',
    status: 400,
    code: 'BAD_REQUEST',
    message: 'subscription には対応していません。query か mutation を送ってください。',
  },
  {
    name: 'a NUL character in text',
    query: 'query($t: String) { organizations(first: 1, filter: { text: $t }) { totalCount } }',
    variables: { t: 'こども\u0000食堂' },
    status: 400,
    code: 'BAD_USER_INPUT',
    message: '文字列に NUL 文字（U+0000）は使えません。',
  },
  {
    name: 'too many aliases (query limit)',
    query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: prefectures { code }`).join(' ')} }`,
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: '別名（alias）が多すぎます（16 個、上限 15 個）。',
  },
  {
    name: 'two operations and no operationName',
    query: 'query A { prefectures { code } } query B { regions { code } }',
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: 'クエリに操作が複数あります。実行する操作の名前を operationName で指定してください。',
  },
  {
    name: 'no query at all',
    body: JSON.stringify({ variables: {} }),
    status: 400,
    code: 'BAD_REQUEST',
    message: 'query（または persistedQuery 拡張）を指定してください。',
  },
  {
    name: 'a body that is not JSON',
    body: '{not json',
    status: 400,
    code: 'BAD_REQUEST',
    message: 'リクエストの本文が JSON として正しくありません。',
  },
  {
    name: 'a forged credential',
    query: '{ prefectures { code } }',
    as: 'forged credentials',
    status: 401,
    code: 'UNAUTHENTICATED',
    message:
      '送られた認証情報（API キーまたはセッション）は使えません。誤っているか、失効または期限切れです。',
  },
];

/** Nothing of GraphQL's English hints may be left in a message. */
function expectNoHint(message: string | undefined) {
  expect(message).not.toMatch(/Did you mean|Suggestion hidden/);
}

describe('top-level errors', () => {
  it.each(TOP_LEVEL)('$name: Japanese, with $code', async (c) => {
    const headers =
      c.as === 'member'
        ? member.headers
        : c.as === 'forged credentials'
          ? { authorization: 'Bearer tsu_sess_forged' }
          : {};
    const { status, body } = await post(
      server,
      c.body ?? JSON.stringify({ query: c.query, variables: c.variables }),
      headers,
    );
    if (c.status !== undefined) expect(status).toBe(c.status);
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions?.code).toBe(c.code);
    expect(body.errors?.[0]?.message).toBe(c.message);
    expectNoHint(body.errors?.[0]?.message);
    if (c.problems) expect(body.errors?.[0]?.extensions?.problems).toEqual(c.problems);
  });

  it('says in Japanese when to retry past the rate limit (RATE_LIMITED)', async () => {
    const limited = await startTestServer({
      db: database.db,
      env: { RATE_LIMIT_API_KEY_PER_MINUTE: '1' },
    });
    const { key } = await createApiKey(database.db, {
      name: 'messages',
      expiresAt: null,
      createdBy: null,
    });
    const query = JSON.stringify({ query: '{ prefectures { code } }' });
    expect((await post(limited, query, { 'x-api-key': key })).status).toBe(200);
    const { status, body } = await post(limited, query, { 'x-api-key': key });
    expect(status).toBe(429);
    expect(body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(body.errors?.[0]?.message).toMatch(
      /^リクエストが多すぎます。\d+ 秒後にもう一度お試しください。$/,
    );
  });
});

interface TypedCase {
  readonly name: string;
  readonly query: string;
  readonly variables: () => Record<string, unknown>;
  readonly code: string;
  readonly message: string | RegExp;
  readonly problems: readonly { path: string[]; message: string | RegExp }[];
}

const ERROR_FIELDS = `__typename ... on Error { code message }
  ... on ValidationFailedError { problems { path message } }`;
const AUDIENCE_PREVIEW = `query($audience: AudienceInput!) {
  audiencePreview(audience: $audience) { ${ERROR_FIELDS} } }`;
const CHANGE_STATUS = `mutation($input: ChangeMembershipStatusInput!) {
  changeMembershipStatus(input: $input) { ${ERROR_FIELDS} } }`;
const organization = (id: string) => encodeGlobalID('Organization', id);

const TYPED: readonly TypedCase[] = [
  {
    name: 'an audience naming a prefecture that does not exist',
    query: AUDIENCE_PREVIEW,
    variables: () => ({ audience: { prefectures: ['99'], contacts: { selection: 'ALL' } } }),
    code: 'VALIDATION_FAILED',
    message: 'audience が正しくありません。',
    problems: [
      {
        path: ['audience', 'prefectures', '0'],
        message: '都道府県コード「99」は登録されていません。',
      },
    ],
  },
  {
    name: 'an audience naming a working group that does not exist',
    query: AUDIENCE_PREVIEW,
    variables: () => ({ audience: { workingGroups: [4], contacts: { selection: 'ALL' } } }),
    code: 'VALIDATION_FAILED',
    message: 'audience が正しくありません。',
    problems: [
      {
        path: ['audience', 'workingGroups', '0'],
        message: '分科会の番号「4」は登録されていません。',
      },
    ],
  },
  {
    name: 'an audience selecting contacts by role without a role',
    query: AUDIENCE_PREVIEW,
    variables: () => ({ audience: { contacts: { selection: 'BY_ROLE' } } }),
    code: 'VALIDATION_FAILED',
    message: 'audience が正しくありません。',
    problems: [
      {
        path: ['audience', 'contacts', 'roles'],
        message: '担当者を役割で選ぶ（BY_ROLE）ときは、役割を一つ以上指定してください。',
      },
    ],
  },
  {
    name: 'an audience with a malformed prefecture code (zod rule)',
    query: AUDIENCE_PREVIEW,
    variables: () => ({ audience: { prefectures: ['東京'], contacts: { selection: 'ALL' } } }),
    code: 'VALIDATION_FAILED',
    message: 'audience が正しくありません。',
    problems: [
      {
        path: ['audience', 'prefectures', '0'],
        message: '都道府県コード（JIS、例: "13"）で指定してください。',
      },
    ],
  },
  {
    name: 'a status change to the status the organisation has',
    query: CHANGE_STATUS,
    variables: () => ({
      input: {
        organizationId: organization(active.id),
        expectedVersion: active.version,
        status: 'ACTIVE',
      },
    }),
    code: 'VALIDATION_FAILED',
    message: '「会員」から「会員」へは変更できません。',
    problems: [{ path: ['input', 'status'], message: '「会員」からは「会員」にできません。' }],
  },
  {
    name: 'a status change dated before the last one',
    query: CHANGE_STATUS,
    variables: () => ({
      input: {
        organizationId: organization(active.id),
        expectedVersion: active.version,
        status: 'SUSPENDED',
        effectiveOn: '1990-04-01',
      },
    }),
    code: 'VALIDATION_FAILED',
    message: /^発効日は直近の履歴（\d{4}-\d{2}-\d{2}）以降にしてください。$/,
    problems: [
      { path: ['input', 'effectiveOn'], message: /^\d{4}-\d{2}-\d{2} 以降の日付にしてください。$/ },
    ],
  },
  {
    name: 'a category change to the category the organisation has',
    query: `mutation($input: ChangeMembershipCategoryInput!) {
      changeMembershipCategory(input: $input) { ${ERROR_FIELDS} } }`,
    variables: () => ({
      input: {
        organizationId: organization(active.id),
        expectedVersion: active.version,
        category: active.category,
      },
    }),
    code: 'VALIDATION_FAILED',
    message: '会員区分は既にその区分です。',
    problems: [{ path: ['input', 'category'], message: '今の会員区分と同じです。' }],
  },
  {
    name: 'removing the primary contact',
    query: `mutation($input: RemoveContactInput!) { removeContact(input: $input) { ${ERROR_FIELDS} } }`,
    variables: () => ({ input: { contactId: encodeGlobalID('Contact', active.primaryContactId) } }),
    code: 'VALIDATION_FAILED',
    message: '主担当は削除できません。先に別の担当者を主担当にしてください。',
    problems: [{ path: ['input', 'contactId'], message: '主担当の担当者です。' }],
  },
  {
    name: 'a suspended organisation put into a working group',
    query: `mutation($input: SetWorkingGroupMembershipInput!) {
      setWorkingGroupMembership(input: $input) { ${ERROR_FIELDS} } }`,
    variables: () => ({
      input: { organizationId: organization(suspended.id), workingGroup: 1, role: 'MEMBER' },
    }),
    code: 'VALIDATION_FAILED',
    message: '分科会に参加できるのは会員（有効）の団体だけです。',
    problems: [{ path: ['input', 'organizationId'], message: '「資格停止」の団体です。' }],
  },
];

const expected = (message: string | RegExp) =>
  typeof message === 'string' ? message : expect.stringMatching(message);

describe('typed errors of a result', () => {
  it.each(TYPED)('$name: Japanese, with $code', async (c) => {
    const { body } = await post(
      server,
      JSON.stringify({ query: c.query, variables: c.variables() }),
      secretariat.headers,
    );
    expect(body.errors).toBeUndefined();
    const result = Object.values(body.data as Record<string, unknown>)[0] as {
      code: string;
      message: string;
      problems: { path: string[]; message: string }[];
    };
    expect(result.code).toBe(c.code);
    expect(result.message).toEqual(expected(c.message));
    expect(result.problems).toEqual(
      c.problems.map((p) => ({ path: p.path, message: expected(p.message) })),
    );
    for (const text of [result.message, ...result.problems.map((p) => p.message)]) {
      expect(isJapanese(text)).toBe(true);
    }
  });
});
