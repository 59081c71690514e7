/**
 * Prometheus metrics (`/metrics`). Counters and histograms are updated where things happen;
 * gauges that describe the database (queue depth, deliveries by status) are read at scrape time,
 * so every process reports the same shared state.
 */
import { sql } from 'kysely';
import {
  AggregatorRegistry,
  Counter,
  collectDefaultMetrics,
  Gauge,
  Histogram,
  type MetricObjectWithValues,
  type MetricValue,
  Registry,
} from 'prom-client';
import type { Db } from '../db/create-db.js';
import type { MailTransport } from '../mail/transport.js';

/**
 * Every label value comes from a fixed set, so no request can add series: a Prometheus series
 * lives as long as the process, and one per distinct value grows memory and /metrics without
 * bound.
 */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'OPTIONS', 'PUT', 'PATCH', 'DELETE']);
const STATUSES = new Set([
  200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 405, 409, 410, 413, 415, 422, 429, 500, 502,
  503,
]);
const OPERATION_TYPES = new Set(['query', 'mutation', 'subscription']);
const ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'VALIDATION_FAILED',
  'INVALID_TOKEN',
  'APPROVAL_REQUIRED',
  'INTERNAL_SERVER_ERROR',
]);
/**
 * Operations counted by their name: those of the service's own IDE and published examples
 * (examples/partner), plus METRICS_OPERATIONS. Any other name counts as `other`.
 */
export const KNOWN_OPERATIONS: readonly string[] = [
  'Overview',
  'MembersOfPrefecture',
  'MeasuresOfMinistry',
];

/** Metrics of another process (the worker process), as prom-client's JSON; undefined if unavailable. */
export type MetricsSource = () => Promise<
  MetricObjectWithValues<MetricValue<string>>[] | undefined
>;

export interface Metrics {
  readonly registry: Registry;
  /** The Prometheus text of `/metrics`: this process's metrics and those of its sources. */
  exposition(): Promise<string>;
  /** Adds another process's metrics to {@link exposition} (its series carry their own labels). */
  addSource(source: MetricsSource): void;
  /** Counts one HTTP request; `route` is a pattern from src/http/paths.ts. */
  countRequest(method: string | undefined, route: string, status: number, seconds: number): void;
  /** Counts one GraphQL operation, by name only if it is a known operation. */
  countOperation(name: string | null | undefined, type: string | undefined): void;
  /** Counts one GraphQL error by its code. */
  countError(code: unknown): void;
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'route'>;
  readonly graphqlOperations: Counter<'operation' | 'type'>;
  readonly graphqlErrors: Counter<'code'>;
  /** Queries answered from the response cache (src/graphql/response-cache.ts). */
  readonly graphqlCacheHits: Counter;
  readonly rateLimited: Counter<'kind'>;
  readonly smtpSendDuration: Histogram<'outcome'>;
}

export function createMetrics(
  db: Db,
  options: { operationNames?: readonly string[] } = {},
): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'tsunagari_' });
  const operations = new Set([...KNOWN_OPERATIONS, ...(options.operationNames ?? [])]);
  const sources: MetricsSource[] = [];
  const metrics: Metrics = {
    registry,
    async exposition() {
      if (sources.length === 0) return registry.metrics();
      const parts = [await registry.getMetricsAsJSON()];
      for (const source of sources) {
        const part = await source();
        if (part) parts.push(part);
      }
      // Series of the same metric from two processes differ by their labels (process="worker"),
      // so the aggregation's sum keeps each one as it is.
      return AggregatorRegistry.aggregate(parts).metrics();
    },
    addSource(source) {
      sources.push(source);
    },
    countRequest(method, route, status, seconds) {
      const m = method && METHODS.has(method) ? method : 'other';
      const s = STATUSES.has(status) ? String(status) : `${String(status).charAt(0)}xx`;
      metrics.httpRequests.inc({ method: m, route, status: s });
      metrics.httpDuration.observe({ method: m, route }, seconds);
    },
    countOperation(name, type) {
      metrics.graphqlOperations.inc({
        operation: !name ? '(anonymous)' : operations.has(name) ? name : 'other',
        type: type && OPERATION_TYPES.has(type) ? type : 'unknown',
      });
    },
    countError(code) {
      metrics.graphqlErrors.inc({
        code: typeof code === 'string' && ERROR_CODES.has(code) ? code : 'other',
      });
    },
    httpRequests: new Counter({
      name: 'tsunagari_http_requests_total',
      help: 'HTTP requests by method, route and status.',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'tsunagari_http_request_duration_seconds',
      help: 'HTTP request latency.',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    graphqlOperations: new Counter({
      name: 'tsunagari_graphql_operations_total',
      help: 'GraphQL operations by operation name and type.',
      labelNames: ['operation', 'type'],
      registers: [registry],
    }),
    graphqlErrors: new Counter({
      name: 'tsunagari_graphql_errors_total',
      help: 'GraphQL errors by code.',
      labelNames: ['code'],
      registers: [registry],
    }),
    graphqlCacheHits: new Counter({
      name: 'tsunagari_graphql_response_cache_hits_total',
      help: 'GraphQL queries answered from the response cache of public answers.',
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: 'tsunagari_rate_limit_rejections_total',
      help: 'Requests refused by a rate limit.',
      labelNames: ['kind'],
      registers: [registry],
    }),
    smtpSendDuration: smtpSendDuration(registry),
  };

  new Gauge({
    name: 'tsunagari_queue_jobs',
    help: 'Jobs in the graphile-worker queue by state (ready, scheduled, locked, failed).',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const { rows } = await sql<{ state: string; n: number }>`
        SELECT CASE
                 WHEN locked_at IS NOT NULL THEN 'locked'
                 WHEN attempts >= max_attempts THEN 'failed'
                 WHEN run_at > now() THEN 'scheduled'
                 ELSE 'ready'
               END AS state, count(*)::int AS n
        FROM graphile_worker._private_jobs GROUP BY 1`.execute(db);
      this.reset();
      for (const state of ['ready', 'scheduled', 'locked', 'failed']) {
        this.set({ state }, rows.find((r) => r.state === state)?.n ?? 0);
      }
    },
  });

  // Deliveries are read per mailing in progress and, across all mailings, only those waiting
  // for a person: a count of the whole table by status would scan every delivery ever written
  // at every scrape.
  new Gauge({
    name: 'tsunagari_deliveries_in_progress',
    help: 'Deliveries of the mailings being sent or paused, by status.',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      this.reset();
      if (!(await hasDeliveries(db))) return;
      const { rows } = await sql<{ status: string; n: number }>`
        SELECT status, count(*)::int AS n FROM deliveries
        WHERE mailing_id IN (SELECT id FROM mailings WHERE status IN ('SENDING', 'PAUSED'))
        GROUP BY status`.execute(db);
      for (const row of rows) this.set({ status: row.status }, row.n);
    },
  });

  new Gauge({
    name: 'tsunagari_deliveries_unknown',
    help: 'Deliveries in UNKNOWN across all mailings: they may have arrived, and wait for the secretariat to resend them or leave them.',
    registers: [registry],
    async collect() {
      this.reset();
      if (!(await hasDeliveries(db))) return;
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM deliveries WHERE status = 'UNKNOWN'`.execute(db);
      this.set(rows[0]?.n ?? 0);
    },
  });

  new Gauge({
    name: 'tsunagari_outbound_emails',
    help: 'Transactional e-mails by status.',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const { rows } = await sql<{ status: string; n: number }>`
        SELECT status, count(*)::int AS n FROM outbound_emails GROUP BY status`.execute(db);
      this.reset();
      for (const row of rows) this.set({ status: row.status }, row.n);
    },
  });

  return metrics;
}

function smtpSendDuration(registry: Registry): Histogram<'outcome'> {
  return new Histogram({
    name: 'tsunagari_smtp_send_duration_seconds',
    help: 'Time to hand one message to the SMTP server, by outcome.',
    labelNames: ['outcome'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [registry],
  });
}

/** What a process with the worker role alone measures: its SMTP hand-offs and its runtime. */
export interface WorkerMetrics {
  readonly registry: Registry;
  readonly smtpSendDuration: Histogram<'outcome'>;
}

/**
 * The worker process's metrics under `npm start` (WORKER_PROCESS=child): labelled
 * `process="worker"`, they are merged into the API process's `/metrics` (over the IPC channel,
 * src/jobs/worker-process.ts), beside the API process's own series of the same names.
 */
export function createWorkerMetrics(): WorkerMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ process: 'worker' });
  collectDefaultMetrics({ register: registry, prefix: 'tsunagari_' });
  return { registry, smtpSendDuration: smtpSendDuration(registry) };
}

/** False before the mail engine's migration has run (a process may start against an older schema). */
async function hasDeliveries(db: Db): Promise<boolean> {
  const { rows } = await sql<{ t: string | null }>`
    SELECT to_regclass('public.deliveries')::text AS t`.execute(db);
  return Boolean(rows[0]?.t);
}

/** Wraps a transport so every send is timed into `tsunagari_smtp_send_duration_seconds`. */
export function instrumentTransport(
  transport: MailTransport,
  metrics: Pick<Metrics, 'smtpSendDuration'>,
): MailTransport {
  return new Proxy(transport, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || !String(property).startsWith('send')) {
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return async (...args: unknown[]) => {
        const end = metrics.smtpSendDuration.startTimer();
        try {
          const result = await value.apply(target, args);
          end({ outcome: 'accepted' });
          return result;
        } catch (error) {
          end({ outcome: 'error' });
          throw error;
        }
      };
    },
  });
}
