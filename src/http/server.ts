/**
 * The HTTP front: /graphql (Apollo Server over node:http), the GraphQL IDE, health checks and
 * the small pages a person opens from a browser or an e-mail.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { HeaderMap } from '@apollo/server';
import { type BatchedRateLimiter, createBatchedRateLimiter } from '../auth/rate-limit.js';
import { sha256 } from '../auth/tokens.js';
import { type Config, isLoopbackHost } from '../config.js';
import type { Context } from '../context.js';
import {
  authenticate,
  cookieAllowed,
  InvalidCredentialsError,
} from '../modules/accounts/authenticate.js';
import { APPLICATION_CONFIRM_PATH, handleApplicationPage } from './application-pages.js';
import { handleArchivePage } from './archive-pages.js';
import { clientIp } from './client-ip.js';
import { handleFilePage } from './file-pages.js';
import { checkReadiness } from './health.js';
import { handleMailPage } from './mail-pages.js';
import { mailboxResponse } from './mailbox-pages.js';
import { routePattern } from './paths.js';
import { handleReplyPage } from './reply-pages.js';
import { type HttpDeps, HttpError, readBody, send } from './respond.js';
import { sameOriginForm } from './same-origin.js';
import { pagePolicy, policyFor, setSecurityHeaders } from './security-headers.js';
import { handleSignInPage } from './sign-in-pages.js';
import { handleWebApp, sendGraphiqlPage } from './web-app.js';
import { handleWebVersionPage } from './web-version-pages.js';

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
  const policy = pagePolicy(input.config.publicUrl);
  const server = http.createServer((req, res) => {
    setSecurityHeaders(res, policyFor(req.url, policy));
    const requestId =
      (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
    res.setHeader('x-request-id', requestId);
    const started = performance.now();
    res.on('finish', () => {
      const seconds = (performance.now() - started) / 1000;
      // The route pattern only (`/unsubscribe/:token`): paths and query strings of e-mail links
      // carry tokens, bodies can carry anything.
      const route = routePattern(pathOf(req.url));
      deps.log.info(
        {
          requestId,
          method: req.method,
          route,
          status: res.statusCode,
          ms: Math.round(seconds * 1000),
        },
        'request',
      );
      deps.metrics?.countRequest(req.method, route, res.statusCode, seconds);
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
  const url = requestUrl(req.url);
  const { pathname } = url;

  // Every form post but RFC 8058's one-click unsubscribe, which mail providers make from
  // anywhere with the link's token as the only credential (src/http/mail-pages.ts).
  if (
    req.method === 'POST' &&
    !pathname.startsWith('/unsubscribe/') &&
    !sameOriginForm(req, deps.config.publicUrl)
  ) {
    throw new HttpError(
      403,
      '別のサイトからのフォーム送信は受け付けていません。 / Cross-site form submission refused.',
    );
  }
  if (pathname === '/healthz') {
    return send(res, 200, 'application/json', JSON.stringify({ status: 'ok' }));
  }
  if (pathname === '/metrics' && deps.metrics) {
    if (!metricsAllowed(deps.config, req, res)) return;
    res.writeHead(200, {
      'content-type': deps.metrics.registry.contentType,
      'cache-control': 'no-store',
    });
    res.end(await deps.metrics.exposition());
    return;
  }
  if (pathname === '/readyz') {
    const readiness = await checkReadiness(deps.db);
    return send(res, readiness.ready ? 200 : 503, 'application/json', JSON.stringify(readiness));
  }
  if (pathname === '/graphql') {
    if (applyCors(deps.config.corsOrigins, req, res)) return;
    if (req.method === 'GET' && !url.searchParams.has('query') && prefersHtml(req)) {
      return sendGraphiqlPage(req, res);
    }
    return handleGraphql(deps, req, res, url, requestId);
  }
  if (pathname === '/sign-in' || pathname.startsWith('/sign-in/')) {
    return handleSignInPage(deps, req, res, url, await anonymousContext(deps, req, requestId));
  }
  if (pathname === APPLICATION_CONFIRM_PATH) {
    return handleApplicationPage(req, res, url, await anonymousContext(deps, req, requestId));
  }
  if (await handleFilePage(deps, req, res, url)) return;
  if (await handleReplyPage(deps, req, res, url)) return;
  if (await handleWebVersionPage(deps, req, res, url)) return;
  if (await handleArchivePage(deps, req, res, url)) return;
  if (await handleMailPage(deps, req, res, url, await anonymousContext(deps, req, requestId))) {
    return;
  }
  if (pathname === '/mailbox' || pathname.startsWith('/mailbox/')) {
    return handleMailbox(deps, res, url);
  }
  if (await handleWebApp(req, res, pathname)) return;
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
            message: `リクエストが多すぎます。${limited.retryAfterSeconds} 秒後にもう一度お試しください。`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: limited.retryAfterSeconds },
          },
        ],
      }),
    );
    return;
  }
  let body: unknown;
  try {
    body = req.method === 'POST' ? await readJsonBody(req) : undefined;
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    // A body Apollo never sees still gets a GraphQL answer with a code.
    res.writeHead(error.status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    });
    const code = error.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    res.end(JSON.stringify({ errors: [{ message: error.message, extensions: { code } }] }));
    return;
  }
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

async function handleMailbox(deps: HttpDeps, res: ServerResponse, url: URL) {
  const { mailbox } = deps;
  if (!mailbox) throw new HttpError(404, 'The local mailbox is off because SMTP_URL is set.');
  if (!deps.config.serveMailbox) {
    throw new HttpError(
      404,
      'The local mailbox is not served on a server other hosts can reach (MAILBOX, HOST, TRUST_PROXY).',
    );
  }
  const answer = await mailboxResponse(mailbox, url);
  if (!answer) throw new HttpError(404, 'No such message');
  // A message page frames the message's HTML part, served from /mailbox/<id>/html.
  if (/^\/mailbox\/[^/]+\/?$/.test(url.pathname) && !answer.headers?.['content-security-policy']) {
    res.setHeader(
      'content-security-policy',
      `${pagePolicy(deps.config.publicUrl)}; frame-src 'self'`,
    );
  }
  res.writeHead(answer.status, {
    'content-type': answer.type,
    'cache-control': 'no-store',
    ...answer.headers,
  });
  res.end(answer.body);
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

/**
 * /metrics tells about traffic and the queue: with METRICS_TOKEN it needs that bearer secret;
 * without, it is served only by a server other hosts cannot reach (a loopback HOST, no proxy).
 * Answers the refusal itself and returns false.
 */
function metricsAllowed(config: Config, req: IncomingMessage, res: ServerResponse): boolean {
  const { token } = config.metrics;
  if (token) {
    const given = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (timingSafeEqual(sha256(given), sha256(token))) return true;
    res.setHeader('www-authenticate', 'Bearer');
    send(
      res,
      401,
      'text/plain; charset=utf-8',
      'A valid bearer secret (METRICS_TOKEN) is required.',
    );
    return false;
  }
  if (isLoopbackHost(config.http.host) && config.trustProxy.hops === 0) return true;
  send(
    res,
    404,
    'text/plain; charset=utf-8',
    '/metrics is off on a server other hosts can reach: set METRICS_TOKEN and scrape with it as a bearer secret.',
  );
  return false;
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

function prefersHtml(req: IncomingMessage): boolean {
  const accept = req.headers.accept ?? '';
  return accept.includes('text/html');
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('json')) return text;
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    throw new HttpError(400, 'リクエストの本文が JSON として正しくありません。');
  }
}

/** The request target as a URL; a 400 for one that does not parse (such as `//`). */
function requestUrl(target: string | undefined): URL {
  try {
    return new URL(target ?? '/', 'http://localhost');
  } catch {
    throw new HttpError(400, 'Bad request target');
  }
}

/** The path of a request URL; '' for a URL that does not parse. */
function pathOf(target: string | undefined): string {
  try {
    return requestUrl(target).pathname;
  } catch {
    return '';
  }
}
