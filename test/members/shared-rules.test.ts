/**
 * The register's value rules (src/modules/members/rules.ts) are one definition behind both doors:
 * a value the GraphQL API refuses, the member CSV import refuses too, with the same message.
 * The CSV import used to take any reading; it now wants hiragana, as the API always did.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { importMembers } from '../../src/modules/members/csv/member-import.js';
import { READING_MESSAGE } from '../../src/modules/members/rules.js';
import type { AddContactInput, ApplyForMembershipInput } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { createUser, type TestUser } from '../helpers/accounts.js';
import { csv, OPERATOR } from '../helpers/cli.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { expectTypename } from '../helpers/graphql.js';
import { type GraphqlResponse, startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
let staff: TestUser;
let organizationId: string;

const HEADER = [
  '団体名',
  '団体名かな',
  '会員区分',
  '団体種別',
  '活動範囲',
  '入会日',
  '主担当者名',
  '主担当者かな',
  '主担当者メール',
  '主担当者電話',
  '団体紹介',
];

/** A valid row; `change` replaces cells by header. */
function row(change: Record<string, string> = {}): string[] {
  const cells: Record<string, string> = {
    団体名: '規則テスト協会',
    団体名かな: 'きそくてすときょうかい',
    会員区分: '正会員',
    団体種別: 'NPO法人',
    活動範囲: '全国',
    入会日: '2024-04-01',
    主担当者名: '規則 太郎',
    主担当者かな: 'きそく たろう',
    主担当者メール: 'taro@rules.example.jp',
    主担当者電話: '03-1234-5678',
    ...change,
  };
  return HEADER.map((h) => cells[h] ?? '');
}

async function csvProblems(change: Record<string, string>) {
  const report = await importMembers(database.db, OPERATOR, {
    bytes: new TextEncoder().encode(csv([HEADER, row(change)])),
    dryRun: true,
  });
  return report.problems;
}

const ADD_CONTACT = graphql(`
  mutation SharedRulesAddContact($input: AddContactInput!) {
    addContact(input: $input) { __typename }
  }
`);
const APPLY = graphql(`
  mutation SharedRulesApplyForMembership($input: ApplyForMembershipInput!) {
    applyForMembership(input: $input) { __typename }
  }
`);

interface Problem {
  path: string[];
  message: string;
}

/** The problems of an input the API refused before running the mutation (BAD_USER_INPUT). */
function graphqlProblems(answer: GraphqlResponse<unknown>): Problem[] {
  expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return answer.errors?.[0]?.extensions?.problems as Problem[];
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer({ db: database.db });
  staff = await createUser(database.db, { role: 'SECRETARIAT_STAFF' });
  const report = await importMembers(database.db, OPERATOR, {
    bytes: new TextEncoder().encode(csv([HEADER, row()])),
  });
  expect(report.problems).toEqual([]);
  const org = await database.db
    .selectFrom('organizations')
    .select('id')
    .where('name', '=', '規則テスト協会')
    .executeTakeFirstOrThrow();
  organizationId = org.id;
});

describe('one rule, both doors', () => {
  const application = (change: Partial<ApplyForMembershipInput>): ApplyForMembershipInput => ({
    organizationName: '別の規則テスト協会',
    organizationNameKana: 'べつのきそくてすときょうかい',
    category: 'REGULAR',
    organizationType: 'NPO法人',
    prefectureCode: '13',
    scope: 'NATIONAL',
    fieldsOfActivity: ['CHILDREN'],
    applicantName: '申請 花子',
    applicantEmail: 'hanako@rules.example.jp',
    ...change,
  });

  it('an organisation reading in katakana: refused by applyForMembership and by the import alike', async () => {
    const api = graphqlProblems(
      await server.graphql(APPLY, { input: application({ organizationNameKana: 'カタカナ' }) }),
    );
    expect(api).toEqual([{ path: ['input', 'organizationNameKana'], message: READING_MESSAGE }]);
    expect(await csvProblems({ 団体名かな: 'カタカナ' })).toEqual([
      { line: 2, column: '団体名かな', reason: READING_MESSAGE },
    ]);
  });

  const contact = (change: Partial<AddContactInput>): AddContactInput => ({
    organizationId: encodeGlobalID('Organization', organizationId),
    name: '規則 次郎',
    email: 'jiro@rules.example.jp',
    ...change,
  });

  it('a contact reading in latin letters: refused by addContact and by the import alike', async () => {
    const api = graphqlProblems(
      await server.graphql(
        ADD_CONTACT,
        { input: contact({ nameKana: 'Kisoku Jiro' }) },
        staff.headers,
      ),
    );
    expect(api).toEqual([{ path: ['input', 'nameKana'], message: READING_MESSAGE }]);
    expect(await csvProblems({ 主担当者かな: 'Kisoku Jiro' })).toEqual([
      { line: 2, column: '主担当者かな', reason: READING_MESSAGE },
    ]);
  });

  it('a phone number that is none gets the same message from both', async () => {
    const message = '電話番号の形式が正しくありません（「12」。例: 03-1234-5678）。';
    const api = graphqlProblems(
      await server.graphql(ADD_CONTACT, { input: contact({ phone: '12' }) }, staff.headers),
    );
    expect(api).toEqual([{ path: ['input', 'phone'], message }]);
    expect(await csvProblems({ 主担当者電話: '12' })).toEqual([
      { line: 2, column: '主担当者電話', reason: message },
    ]);
  });

  it('a description over 2,000 characters gets the same message from both', async () => {
    const long = 'あ'.repeat(2001);
    const message = '2000文字以内にしてください（2001文字）。';
    const api = graphqlProblems(
      await server.graphql(APPLY, { input: application({ description: long }) }),
    );
    expect(api).toEqual([{ path: ['input', 'description'], message }]);
    const problems = await csvProblems({ 団体紹介: long });
    expect(problems).toEqual([{ line: 2, column: '団体紹介', reason: message }]);
  });

  it('a valid hiragana reading passes both', async () => {
    expect(await csvProblems({ 主担当者かな: 'きそく じろう' })).toEqual([]);
    const answer = await server.graphql(
      ADD_CONTACT,
      { input: contact({ nameKana: 'きそく じろう' }) },
      staff.headers,
    );
    expectTypename(answer.data?.addContact, 'ContactPayload');
  });
});
