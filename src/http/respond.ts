/**
 * What the HTTP front and its pages share: the server's dependencies, the error a handler throws
 * to answer with a status, reading a request body and sending a response. The pages import this
 * file, never server.ts (which imports them).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Logger } from 'pino';
import type { BatchedRateLimiter } from '../auth/rate-limit.js';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import type { Db } from '../db/create-db.js';
import type { MailboxReader } from '../mail/local-mailbox.js';
import type { Metrics } from '../observability/metrics.js';

export interface HttpDeps {
  readonly config: Config;
  readonly db: Db;
  readonly apollo: ApolloServer<Context>;
  readonly log: Logger;
  /** Present when mail goes to the local mailbox (SMTP_URL unset). */
  readonly mailbox?: MailboxReader | undefined;
  readonly secretKey: Buffer;
  /** Prometheus metrics; `/metrics` is served when present. */
  readonly metrics?: Metrics | undefined;
  /** The /graphql request limit; createHttpServer makes one (stopped when the server closes). */
  readonly apiRateLimiter?: BatchedRateLimiter | undefined;
}

const MAX_BODY_BYTES = 1024 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      throw new HttpError(413, 'リクエストの本文が大きすぎます（上限は 1 MiB です）。');
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
