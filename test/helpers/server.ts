/**
 * An HTTP server over a test database, as the service runs it (Apollo over node:http), on a
 * free loopback port. Tests talk to it with real HTTP requests.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import pino, { type Logger } from 'pino';
import { afterAll } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Db } from '../../src/db/create-db.js';
import { createApolloServer } from '../../src/graphql/apollo.js';
import { schema } from '../../src/graphql/schema.js';
import { createHttpServer } from '../../src/http/server.js';
import type { LocalMailbox } from '../../src/mail/local-mailbox.js';
import type { Metrics } from '../../src/observability/metrics.js';

export interface GraphqlResponse<T> {
  readonly status: number;
  readonly headers: Headers;
  readonly data?: T | null;
  readonly errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  readonly url: string;
  graphql<T, V extends Record<string, unknown>>(
    document: TypedDocumentNode<T, V>,
    variables?: V,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse<T>>;
  /** An untyped document: name the result type yourself. */
  graphql<T = Record<string, unknown>>(
    document: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse<T>>;
}

export async function startTestServer(options: {
  db: Db;
  mailbox?: LocalMailbox;
  env?: Record<string, string>;
  secretKey?: Buffer;
  log?: Logger;
  metrics?: Metrics;
}): Promise<TestServer> {
  const config = loadConfig({ NODE_ENV: 'test', RESPONSE_CACHE_SECONDS: '0', ...options.env });
  const log = options.log ?? pino({ level: 'silent' });
  // The response cache is off unless the test sets RESPONSE_CACHE_SECONDS: most tests change the
  // database directly between two reads.
  const apollo = createApolloServer(schema, log, options.metrics, config.responseCacheSeconds);
  await apollo.start();
  const server = createHttpServer({
    config,
    db: options.db,
    apollo,
    log,
    mailbox: options.mailbox,
    secretKey: options.secretKey ?? randomBytes(32),
    metrics: options.metrics,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await apollo.stop();
  });
  return {
    url,
    async graphql(
      document: TypedDocumentNode | string,
      variables?: Record<string, unknown>,
      headers: Record<string, string> = {},
    ) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          query: typeof document === 'string' ? document : print(document),
          variables,
        }),
      });
      const body = (await response.json()) as Omit<GraphqlResponse<never>, 'status' | 'headers'>;
      return { status: response.status, headers: response.headers, ...body } as never;
    },
  };
}
