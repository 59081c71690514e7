/**
 * API benchmark: three public reads against Tsunagari and against a bare node:http + pg baseline
 * that runs the equivalent SQL, side by side in one run, at 10 and 50 connections.
 *
 *   npm run bench:api                      (prints a Markdown table and writes it into docs/benchmarks.md)
 *   npm run bench:api -- --quick           (1 run of 2 s per cell: a smoke test, not a measurement;
 *                                           prints only)
 *   npm run bench:api -- --only=directory  (one query; repeatable: --only=directory,stats)
 *   BENCH_CPU_PROF=/tmp/prof npm run bench:api -- --only=catalogue
 *        (writes a V8 CPU profile of the Tsunagari server; read it with bench/api-profile.ts)
 */
import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createDb } from '../src/db/create-db.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { findFreePort } from '../src/lib/free-port.js';
import { loadDemoRegister } from '../src/seed/demo-register.js';
import { loadReferenceData } from '../src/seed/reference-data.js';
import { benchArgs, benchDatabase, machine, median, spread, writeResults } from './common.js';

const args = benchArgs();
const QUICK = args.has('quick') || process.env.BENCH_QUICK === '1';
const RUNS = Number(process.env.BENCH_RUNS ?? (QUICK ? 1 : 3));
const DURATION = Number(process.env.BENCH_SECONDS ?? (QUICK ? 2 : 5));
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF;

const queries = {
  directory: `{ organizations(first: 50) { totalCount edges { node { id name category prefecture { code name } workingGroups { number title } boardSeat { role } } } } }`,
  catalogue: `{ policyMeasures(first: 50) { totalCount edges { node { number title page ministries { code name } } } } }`,
  stats: `{ membershipStats(asOf: "2025-05-01") { regular supporting cooperating total } }`,
} as const;

type Name = keyof typeof queries;
const only = args.get('only')?.split(',');
const names = (Object.keys(queries) as Name[]).filter((name) => !only || only.includes(name));
if (names.length === 0) throw new Error(`--only: choose from ${Object.keys(queries).join(', ')}`);

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  /** CPU time of the server process per request (ms): much less sensitive to load than req/s. */
  cpu: number;
}

type Server = ReturnType<typeof fork>;

/** The server process's CPU time so far (user + system, microseconds). */
function cpuOf(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.once('message', (usage) => {
      const { user, system } = usage as NodeJS.CpuUsage;
      resolve(user + system);
    });
    server.send('cpu');
  });
}

async function load(
  server: Server,
  url: string,
  body: string | undefined,
  connections: number,
): Promise<Sample> {
  const cpuBefore = await cpuOf(server);
  const result = await autocannon({
    url,
    connections,
    duration: DURATION,
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json' },
    ...(body ? { body } : {}),
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const cpu = (await cpuOf(server)) - cpuBefore;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpu: cpu / 1000 / Math.max(1, result.requests.total),
  };
}

function startServer(mode: string, databaseUrl: string, port: number) {
  const child = fork(
    path.join(import.meta.dirname, 'api-servers.ts'),
    [mode, databaseUrl, String(port)],
    {
      execArgv: [
        '--import',
        'tsx',
        ...(CPU_PROF_DIR && mode === 'tsunagari'
          ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`]
          : []),
      ],
      // graphql-js runs extra development-time checks unless NODE_ENV is production.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
    },
  );
  return new Promise<typeof child>((resolve) => child.once('message', () => resolve(child)));
}

const postgres = await benchDatabase();
const db = createDb(postgres.url);
await migrateToLatest(db);
await loadReferenceData(db);
await loadDemoRegister(db);
await db.destroy();

const tsunagariPort = await findFreePort();
const baselinePort = await findFreePort();
const tsunagari = await startServer('tsunagari', postgres.url, tsunagariPort);
const baseline = await startServer('baseline', postgres.url, baselinePort);
const servers = [tsunagari, baseline];

const rows: string[] = [];
const loads: number[] = [];
try {
  for (const name of names) {
    for (const connections of [10, 50]) {
      const ours: Sample[] = [];
      const base: Sample[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        loads.push(os.loadavg()[0] ?? 0);
        ours.push(
          await load(
            tsunagari,
            `http://127.0.0.1:${tsunagariPort}/graphql`,
            JSON.stringify({ query: queries[name] }),
            connections,
          ),
        );
        base.push(
          await load(
            baseline,
            `http://127.0.0.1:${baselinePort}/?q=${name}`,
            undefined,
            connections,
          ),
        );
      }
      const fmt = (s: Sample[], k: keyof Sample, digits = 0) =>
        spread(
          s.map((x) => x[k]),
          digits,
        );
      const ratio = median(ours.map((s) => s.rps)) / median(base.map((s) => s.rps));
      const row = `| ${name} | ${connections} | ${fmt(ours, 'rps')} | ${fmt(base, 'rps')} | ${(ratio * 100).toFixed(0)} % | ${fmt(ours, 'p50')} | ${fmt(ours, 'p99')} | ${fmt(base, 'p99')} | ${fmt(ours, 'cpu', 1)} | ${fmt(base, 'cpu', 1)} |`;
      rows.push(row);
      console.log(row);
    }
  }
} finally {
  // A clean exit, so that --cpu-prof writes its profile.
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.once('exit', () => resolve());
          server.kill();
        }),
    ),
  );
  await postgres.stop();
}

const table = [
  `${machine(loads)}. ${RUNS} runs of ${DURATION} s per cell, median (min–max).`,
  '',
  '| query | connections | Tsunagari req/s | baseline req/s | ratio | Tsunagari p50 ms | Tsunagari p99 ms | baseline p99 ms | Tsunagari CPU ms/req | baseline CPU ms/req |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
].join('\n');
console.log(`\n${table}`);
if (!QUICK && !only) await writeResults('api', 'npm run bench:api', table);
