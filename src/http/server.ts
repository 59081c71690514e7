/**
 * The HTTP front: /graphql (Apollo Server over node:http), the GraphQL IDE, health checks and
 * the small pages a person opens from a browser or an e-mail.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import type { Logger } from 'pino';
import { authenticate, cookieAllowed, InvalidCredentialsError } from '../auth/authenticate.js';
import { type BatchedRateLimiter, createBatchedRateLimiter } from '../auth/rate-limit.js';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import type { Db } from '../db/create-db.js';
import type { LocalMailbox } from '../mail/local-mailbox.js';
import type { Metrics } from '../observability/metrics.js';
import { APPLICATION_CONFIRM_PATH, handleApplicationPage } from './application-pages.js';
import { handleArchivePage } from './archive-pages.js';
import { handleFilePage } from './file-pages.js';
import { graphiqlAssets, graphiqlPage } from './graphiql.js';
import { checkReadiness } from './health.js';
import { handleMailPage } from './mail-pages.js';
import { mailboxListPage, mailboxMessagePage } from './mailbox-pages.js';
import { handleReplyPage } from './reply-pages.js';
import { handleSignInPage } from './sign-in-pages.js';

export interface HttpDeps {
  readonly config: Config;
  readonly db: Db;
  readonly apollo: ApolloServer<Context>;
  readonly log: Logger;
  /** Present when mail goes to the local mailbox (SMTP_URL unset). */
  readonly mailbox?: LocalMailbox | undefined;
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

/** What the request handlers get: the dependencies, with the rate limiter always made. */
type ServerDeps = HttpDeps & { readonly apiRateLimiter: BatchedRateLimiter };

export function createHttpServer(input: HttpDeps): http.Server {
  const apiRateLimiter =
    input.apiRateLimiter ??
    createBatchedRateLimiter(input.db, {
      windowSeconds: 60,
      onError: (error) => input.log.error({ err: error }, 'rate limit flush failed'),
    });
  const deps: ServerDeps = { ...input, apiRateLimiter };
  const server = http.createServer((req, res) => {
    const requestId =
      (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
    res.setHeader('x-request-id', requestId);
    const started = performance.now();
    res.on('finish', () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const seconds = (performance.now() - started) / 1000;
      // The path only: query strings can carry tokens (sign-in links), bodies can carry anything.
      deps.log.info(
        {
          requestId,
          method: req.method,
          path,
          status: res.statusCode,
          ms: Math.round(seconds * 1000),
        },
        'request',
      );
      if (deps.metrics) {
        const route = routeLabel(path);
        deps.metrics.httpRequests.inc({
          method: req.method ?? 'GET',
          route,
          status: String(res.statusCode),
        });
        deps.metrics.httpDuration.observe({ method: req.method ?? 'GET', route }, seconds);
      }
    });
    route(deps, req, res, requestId).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) deps.log.error({ err: error, requestId }, 'request failed');
      if (!res.headersSent) {
        send(
          res,
          status,
          'text/plain; charset=utf-8',
          error instanceof HttpError ? error.message : 'Internal server error',
        );
      } else {
        res.end();
      }
    });
  });
  // Keep-alive connections must not hold shutdown hostage for long.
  server.keepAliveTimeout = 5000;
  server.on('close', () => apiRateLimiter.stop());
  return server;
}

async function route(
  deps: ServerDeps,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const { pathname } = url;

  if (pathname === '/healthz') {
    return send(res, 200, 'application/json', JSON.stringify({ status: 'ok' }));
  }
  if (pathname === '/metrics' && deps.metrics) {
    res.writeHead(200, {
      'content-type': deps.metrics.registry.contentType,
      'cache-control': 'no-store',
    });
    res.end(await deps.metrics.registry.metrics());
    return;
  }
  if (pathname === '/readyz') {
    const readiness = await checkReadiness(deps.db);
    return send(res, readiness.ready ? 200 : 503, 'application/json', JSON.stringify(readiness));
  }
  if (pathname === '/graphql') {
    if (applyCors(deps.config.corsOrigins, req, res)) return;
    if (req.method === 'GET' && !url.searchParams.has('query') && prefersHtml(req)) {
      return send(res, 200, 'text/html; charset=utf-8', graphiqlPage('/graphql'));
    }
    return handleGraphql(deps, req, res, url, requestId);
  }
  const asset = graphiqlAssets.get(pathname);
  if (asset && req.method === 'GET') {
    res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
    createReadStream(asset.file).pipe(res);
    return;
  }
  if (pathname === '/sign-in' || pathname.startsWith('/sign-in/')) {
    return handleSignInPage(deps, req, res, url, await anonymousContext(deps, req, requestId));
  }
  if (pathname === APPLICATION_CONFIRM_PATH) {
    return handleApplicationPage(req, res, url, await anonymousContext(deps, req, requestId));
  }
  if (await handleFilePage(deps, req, res, url)) return;
  if (await handleReplyPage(deps, req, res, url)) return;
  if (await handleArchivePage(deps, req, res, url)) return;
  if (await handleMailPage(deps, req, res, url, await anonymousContext(deps, req, requestId))) {
    return;
  }
  if (pathname === '/mailbox' || pathname.startsWith('/mailbox/')) {
    return handleMailbox(deps, res, pathname);
  }
  if (pathname === '/') {
    res.writeHead(302, { location: '/graphql' });
    res.end();
    return;
  }
  throw new HttpError(404, 'Not found');
}

async function handleGraphql(
  deps: ServerDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  requestId: string,
) {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let context: Context;
  try {
    context = await requestContext(deps, req, requestId);
  } catch (error) {
    if (!(error instanceof InvalidCredentialsError)) throw error;
    // One answer for a wrong, revoked or expired credential.
    res.writeHead(401, {
      'content-type': 'application/graphql-response+json; charset=utf-8',
      'cache-control': 'no-store',
      'www-authenticate': 'Bearer',
    });
    res.end(
      JSON.stringify({
        errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    );
    return;
  }
  const limited = await checkRateLimit(deps, context);
  if (limited) {
    res.writeHead(429, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'retry-after': String(limited.retryAfterSeconds),
    });
    res.end(
      JSON.stringify({
        errors: [
          {
            message: `Too many requests: retry after ${limited.retryAfterSeconds} seconds.`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: limited.retryAfterSeconds },
          },
        ],
      }),
    );
    return;
  }
  const body = req.method === 'POST' ? await readJsonBody(req) : undefined;
  const response = await deps.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () => context,
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    const cacheable =
      req.method === 'GET' &&
      res.statusCode === 200 &&
      /\bpublic\b/.test(String(res.getHeader('cache-control') ?? ''));
    if (cacheable) {
      const etag = `"${createHash('sha256').update(response.body.string).digest('base64url').slice(0, 27)}"`;
      res.setHeader('etag', etag);
      if (req.headers['if-none-match'] === etag) {
        res.statusCode = 304;
        res.end();
        return;
      }
    }
    res.end(response.body.string);
  } else {
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

async function handleMailbox(deps: HttpDeps, res: ServerResponse, pathname: string) {
  const { mailbox } = deps;
  if (!mailbox) throw new HttpError(404, 'The local mailbox is off because SMTP_URL is set.');
  if (pathname === '/mailbox' || pathname === '/mailbox/') {
    return send(res, 200, 'text/html; charset=utf-8', await mailboxListPage(mailbox));
  }
  const [, , id, part] = pathname.split('/');
  if (!id) throw new HttpError(404, 'Not found');
  if (part === 'raw') {
    const raw = await mailbox.raw(id);
    if (!raw) throw new HttpError(404, 'No such message');
    return send(res, 200, 'message/rfc822', raw);
  }
  const pageHtml = part === undefined ? await mailboxMessagePage(mailbox, id) : null;
  if (!pageHtml) throw new HttpError(404, 'No such message');
  return send(res, 200, 'text/html; charset=utf-8', pageHtml);
}

/**
 * Requests per minute, shared by every API process through Postgres (counted in memory and
 * flushed every second, see createBatchedRateLimiter): per API key for partners, per account
 * for signed-in users, per client IP for anonymous callers.
 */
async function checkRateLimit(deps: ServerDeps, context: Context) {
  const { viewer } = context;
  const { anonymousPerMinute, apiKeyPerMinute } = deps.config.rateLimits;
  const [key, limit] =
    viewer.kind === 'PARTNER'
      ? [`api:key:${viewer.apiKeyId}`, apiKeyPerMinute]
      : viewer.kind === 'ANONYMOUS'
        ? [`api:ip:${context.clientIp}`, anonymousPerMinute]
        : [`api:account:${viewer.accountId}`, apiKeyPerMinute];
  const result = await deps.apiRateLimiter.hit(key, limit);
  if (!result.allowed) {
    deps.metrics?.rateLimited.inc({
      kind: viewer.kind === 'ANONYMOUS' ? 'ip' : viewer.kind === 'PARTNER' ? 'api_key' : 'account',
    });
    deps.log.warn(
      { requestId: context.requestId, limitKey: key.replace(/:[^:]+$/, ':…') },
      'rate limited',
    );
    return result;
  }
  return undefined;
}

/** A low-cardinality label for a path: its first segment (ids and tokens never become labels). */
function routeLabel(path: string): string {
  const known = [
    'graphql',
    'graphiql',
    'healthz',
    'readyz',
    'metrics',
    'mailbox',
    'sign-in',
    'unsubscribe',
    'preferences',
    'bounces',
    'mailings',
    'archive',
    'files',
    'attachments',
    'acknowledge',
    'meeting-reply',
    'apply',
  ];
  const first = path.split('/')[1] ?? '';
  return known.includes(first) ? `/${first}` : first === '' ? '/' : 'other';
}

/** Answers a CORS preflight (true) or adds CORS headers for allowed origins (false). */
function applyCors(origins: readonly string[], req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  const allowed = origin && (origins.includes('*') || origins.includes(origin));
  if (allowed) {
    res.setHeader('access-control-allow-origin', origins.includes('*') ? '*' : origin);
    res.setHeader('vary', 'Origin');
    res.setHeader('access-control-expose-headers', 'etag, retry-after, x-request-id');
  }
  if (req.method !== 'OPTIONS') return false;
  if (allowed) {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader(
      'access-control-allow-headers',
      'content-type, authorization, x-api-key, apollo-require-preflight, x-apollo-operation-name',
    );
    res.setHeader('access-control-max-age', '600');
  }
  res.statusCode = 204;
  res.end();
  return true;
}

/** The request's context with its authenticated viewer; throws InvalidCredentialsError. */
export async function requestContext(
  deps: HttpDeps,
  req: IncomingMessage,
  requestId: string,
): Promise<Context> {
  const base = await anonymousContext(deps, req, requestId);
  const viewer = await authenticate(deps.db, req.headers, {
    allowCookie: cookieAllowed(req.method, req.headers),
  });
  return { ...base, viewer };
}

async function anonymousContext(
  deps: HttpDeps,
  req: IncomingMessage,
  requestId: string,
): Promise<Context> {
  return {
    db: deps.db,
    config: deps.config,
    viewer: { kind: 'ANONYMOUS' },
    requestId,
    secretKey: deps.secretKey,
    clientIp: clientIp(req, deps.config.trustProxy),
    userAgent: req.headers['user-agent'],
  };
}

/** The caller's address: the socket peer, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

function prefersHtml(req: IncomingMessage): boolean {
  const accept = req.headers.accept ?? '';
  return accept.includes('text/html');
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body is larger than 1 MiB');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('json')) return text;
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON');
  }
}

export function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
