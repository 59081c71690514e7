/**
 * One GraphQL document style in the tests (README § Tests): each operation is written once, named,
 * as `graphql(\`…\`)` from test/generated/ (typed result and variables) and sent with
 * `server.graphql(document, variables, headers)`. A test that sends a GraphQL string, or posts
 * to /graphql with its own fetch helper, fails here — except test/web and test/browser (their
 * documents belong to the web app) and the files that send malformed or hostile documents on
 * purpose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const testDir = fileURLToPath(new URL('..', import.meta.url));

/** Their documents are the web app's (web/src/gql), or they are not tests. */
const OUTSIDE = ['web', 'browser', 'generated', 'tools'];
/** The one request to /graphql (server.ts), and the browser tests' helper (web.ts). */
const SHARED = ['helpers/server.ts', 'helpers/web.ts'];

/** Files that send documents a client should not: malformed, hostile, over the limits. */
const MALFORMED_ON_PURPOSE = new Set<string>([
  // Bodies that are not GraphQL at all, syntax errors, unknown fields.
  'http/bad-input.test.ts',
  // A value that is no member of its enum.
  'members/workflows.test.ts',
  // Input fields the schema does not have (no mass assignment).
  'auth/permissions.test.ts',
  // An unknown field, counted as a validation error.
  'observability/metrics.test.ts',
]);

/** Files still in the string style; shrink this list, never grow it. */
const NOT_CONVERTED_YET = new Set<string>([
  'api/http-behaviour.test.ts',
  'app/start-and-restart.test.ts',
  'app/worker-process.test.ts',
  'governance/board.test.ts',
  'governance/invitees.test.ts',
  'governance/meetings.test.ts',
  'graphql/error-messages.test.ts',
  'http/health.test.ts',
  'http/security-headers.test.ts',
  'mail/kinds/approval.test.ts',
  'mail/kinds/meeting-notice.test.ts',
  'mail/mail-links.test.ts',
  'observability/metrics-bounds.test.ts',
]);

/** A string literal as the document of a `.graphql(`/`gql(`/`ok(`/`denied(` call. */
const STRING_DOCUMENT = /(?:\.graphql|\bgql|\.ok|\.denied)\s*(?:<(?:[^<>]|<[^<>]*>)*>)?\(\s*[`'"]/;
/** A GraphQL operation in a string that is not a `graphql(` document of test/generated/. */
const OPERATION_STRING = /(?<!\w)([`'"])\s*(?:query|mutation|subscription)\b\s*\w*\s*[({]/g;
/** A hand-made request to the GraphQL endpoint. */
const OWN_FETCH = /fetch\(\s*`[^`]*\/graphql`/;

function offences(source: string): string[] {
  const found: string[] = [];
  if (STRING_DOCUMENT.test(source)) found.push('passes a GraphQL string to a call');
  if (OWN_FETCH.test(source)) found.push('posts to /graphql with its own fetch');
  for (const match of source.matchAll(OPERATION_STRING)) {
    const before = source.slice(Math.max(0, match.index - 8), match.index);
    if (!before.endsWith('graphql(')) {
      found.push('writes an operation outside graphql(`…`)');
      break;
    }
  }
  return found;
}

const files = readdirSync(testDir, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => path.relative(testDir, path.join(entry.parentPath, entry.name)))
  .filter((file) => !OUTSIDE.includes(file.split(path.sep)[0] ?? ''))
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => !SHARED.includes(file))
  .sort();

describe('GraphQL documents in the tests', () => {
  it('are typed codegen documents outside the allow-lists', () => {
    const strays = files
      .filter((file) => !MALFORMED_ON_PURPOSE.has(file) && !NOT_CONVERTED_YET.has(file))
      .filter((file) => !file.endsWith('architecture/graphql-documents.test.ts'))
      .flatMap((file) =>
        offences(readFileSync(path.join(testDir, file), 'utf8')).map((o) => `${file}: ${o}`),
      );
    expect(strays, 'write graphql(`query Name …`) and send it with server.graphql').toEqual([]);
  });

  it('keeps the allow-lists honest: every file listed still sends strings', () => {
    const clean = [...MALFORMED_ON_PURPOSE, ...NOT_CONVERTED_YET].filter(
      (file) => offences(readFileSync(path.join(testDir, file), 'utf8')).length === 0,
    );
    expect(clean, 'take these off the allow-lists').toEqual([]);
  });

  it('recognises the string style it forbids', () => {
    expect(offences('await server.graphql(`{ me { id } }`);')).not.toEqual([]);
    expect(offences("await gql('query ($id: ID!) { mailing(id: $id) { id } }', {});")).not.toEqual(
      [],
    );
    expect(offences('await server.graphql<{ a: 1 }>(\n  `mutation { x }`)')).not.toEqual([]);
    expect(offences('const Q = `query Q { me { id } }`;')).not.toEqual([]);
    const ownFetch = 'await fetch(`$' + '{server.url}/graphql`, { method: "POST" });';
    expect(offences(ownFetch)).not.toEqual([]);
    expect(offences('const Q = graphql(`\n  query Q { me { id } }\n`);')).toEqual([]);
    expect(offences('await server.graphql(Q, { id }, staff.headers);')).toEqual([]);
    expect(offences('/** the anonymous `archive` query (what is listed) */')).toEqual([]);
  });
});
