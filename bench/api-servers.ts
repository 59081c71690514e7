/**
 * The two servers the API benchmark compares, run in a child process so the load generator
 * does not share their CPU: `tsunagari` (the real HTTP server: Apollo + Pothos + Kysely, with
 * every plugin, limit, cache hint and the shared rate limit) and `baseline` (bare node:http + pg
 * running the equivalent SQL and writing the same JSON).
 *
 *   node --import tsx bench/api-servers.ts <tsunagari|baseline> <databaseUrl> <port>
 */

import { randomBytes } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../src/config.js';
import { createDb } from '../src/db/create-db.js';
import { createApolloServer } from '../src/graphql/apollo.js';
import { schema } from '../src/graphql/schema.js';
import { createHttpServer } from '../src/http/server.js';

const [mode, databaseUrl, portText] = process.argv.slice(2);
const port = Number(portText);
if (!databaseUrl || !port)
  throw new Error('usage: api-servers.ts <tsunagari|baseline> <databaseUrl> <port>');

if (mode === 'tsunagari') {
  const config = loadConfig({
    NODE_ENV: 'production',
    // Required in production; this API-only server sends no mail.
    SMTP_URL: 'smtp://127.0.0.1:25',
    SECRET_KEY: randomBytes(32).toString('base64'),
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
    LOG_LEVEL: 'silent',
  });
  const log = pino({ level: 'silent' });
  const db = createDb(databaseUrl, { maxConnections: 20 });
  const apollo = createApolloServer(schema, log);
  await apollo.start();
  createHttpServer({ config, db, apollo, log, secretKey: randomBytes(32) }).listen(
    port,
    '127.0.0.1',
  );
} else {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
  const handlers: Record<string, () => Promise<unknown>> = {
    directory: async () => {
      const { rows } = await pool.query(
        `SELECT o.id, o.name, o.category_code, o.published_fields,
                p.code AS pcode, p.name AS pname,
                coalesce((SELECT json_agg(json_build_object('number', w.number, 'title', w.title) ORDER BY w.number)
                          FROM working_group_memberships m JOIN working_groups w ON w.number = m.working_group_number
                          WHERE m.organization_id = o.id AND m.left_on IS NULL), '[]') AS groups,
                (SELECT s.role FROM board_seats s WHERE s.organization_id = o.id AND s.starts_on <= current_date
                   AND (s.ends_on IS NULL OR s.ends_on >= current_date) LIMIT 1) AS seat
         FROM organizations o LEFT JOIN prefectures p ON p.code = o.prefecture_code
         WHERE o.status = 'ACTIVE' ORDER BY o.name_kana, o.id LIMIT 50`,
      );
      const total = await pool.query(
        `SELECT count(*)::int AS n FROM organizations WHERE status = 'ACTIVE'`,
      );
      return {
        data: {
          organizations: {
            totalCount: total.rows[0].n,
            edges: rows.map((r) => ({
              node: {
                id: Buffer.from(`Organization:${r.id}`).toString('base64'),
                name: r.published_fields.includes('name') ? r.name : null,
                category: r.published_fields.includes('category') ? r.category_code : null,
                prefecture:
                  r.published_fields.includes('prefecture') && r.pcode
                    ? { code: r.pcode, name: r.pname }
                    : null,
                workingGroups: r.groups,
                boardSeat: r.seat ? { role: r.seat } : null,
              },
            })),
          },
        },
      };
    },
    catalogue: async () => {
      const { rows } = await pool.query(
        `SELECT m.number, m.title, m.page,
                (SELECT json_agg(json_build_object('code', x.code, 'name', x.name) ORDER BY mm.position)
                 FROM policy_measure_ministries mm JOIN ministries x ON x.code = mm.ministry_code
                 WHERE mm.measure_number = m.number) AS ministries
         FROM policy_measures m ORDER BY m.number LIMIT 50`,
      );
      const total = await pool.query('SELECT count(*)::int AS n FROM policy_measures');
      return {
        data: {
          policyMeasures: { totalCount: total.rows[0].n, edges: rows.map((r) => ({ node: r })) },
        },
      };
    },
    stats: async () => {
      const { rows } = await pool.query(
        `SELECT category_after, count(*)::int AS n FROM (
           SELECT DISTINCT ON (organization_id) status_after, category_after FROM membership_events
           WHERE occurred_on <= '2025-05-01' ORDER BY organization_id, occurred_on DESC, created_at DESC) l
         WHERE status_after = 'ACTIVE' GROUP BY 1`,
      );
      const count = (c: string) => rows.find((r) => r.category_after === c)?.n ?? 0;
      const regular = count('REGULAR');
      const supporting = count('SUPPORTING');
      const cooperating = count('COOPERATING');
      return {
        data: {
          membershipStats: {
            regular,
            supporting,
            cooperating,
            total: regular + supporting + cooperating,
          },
        },
      };
    },
  };
  http
    .createServer((req, res) => {
      const name = new URL(req.url ?? '/', 'http://x').searchParams.get('q') ?? '';
      const handler = handlers[name];
      req.resume();
      req.on('end', () => {
        if (!handler) {
          res.writeHead(404).end();
          return;
        }
        handler().then(
          (body) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify(body));
          },
          (error: unknown) => {
            res.writeHead(500).end(String(error));
          },
        );
      });
    })
    .listen(port, '127.0.0.1');
}
// Exit cleanly on SIGTERM so that `--cpu-prof` (BENCH_CPU_PROF) writes its profile.
process.on('SIGTERM', () => process.exit(0));
// The benchmark asks for the CPU time used so far, before and after each load.
process.on('message', (message) => {
  if (message === 'cpu') process.send?.(process.cpuUsage());
});
process.send?.('ready');
