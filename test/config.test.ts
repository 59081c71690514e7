import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('starts with defaults on a machine with nothing set: embedded Postgres, local mailbox, demo data', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.smtpUrl).toBeUndefined();
    expect(config.seedDemo).toBe(true);
    expect(config.http.port).toBe(4000);
    expect(config.publicUrl).toBe('http://localhost:4000');
    expect([...config.roles]).toEqual(['api', 'worker']);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('does not load demo data on an external database unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('names the variable, the problem and an example for each bad value', () => {
    const problems = problemsOf({ PORT: 'eighty', SMTP_URL: 'http://mail', ROLES: 'api,mailer' });
    expect(problems).toHaveLength(3);
    const port = problems.find((p) => p.startsWith('PORT='));
    expect(port).toMatch(/^PORT="eighty" is invalid: .*number.*\. Example: PORT=4000$/);
    expect(problems.find((p) => p.startsWith('SMTP_URL='))).toMatch(
      /must be an smtp:\/\/ or smtps:\/\/ URL\. Example: SMTP_URL=smtps:\/\//,
    );
    expect(problems.find((p) => p.startsWith('ROLES='))).toMatch(/"api"\|"worker"/);
  });

  it('never echoes a password from a rejected URL', () => {
    const [problem] = problemsOf({ DATABASE_URL: 'mysql://admin:hunter2@db/x' });
    expect(problem).toContain('DATABASE_URL="mysql://admin:***@db/x"');
    expect(problem).not.toContain('hunter2');
  });

  it('rejects a PUBLIC_URL that is not absolute http(s) and trims a trailing slash', () => {
    expect(problemsOf({ PUBLIC_URL: 'tsunagari.example.jp' })[0]).toMatch(/^PUBLIC_URL=/);
    expect(loadConfig({ PUBLIC_URL: 'https://tsunagari.example.jp/' }).publicUrl).toBe(
      'https://tsunagari.example.jp',
    );
  });

  it('links the e-mail footer to the platform website (PLATFORM_SITE_URL), never to this server’s IDE', () => {
    expect(loadConfig({}).siteUrl).toBe('https://www.cao.go.jp/kodoku_koritsu/');
    expect(loadConfig({ PLATFORM_SITE_URL: 'https://platform.example.go.jp/' }).siteUrl).toBe(
      'https://platform.example.go.jp/',
    );
    expect(problemsOf({ PLATFORM_SITE_URL: 'platform.example.go.jp' })[0]).toMatch(
      /^PLATFORM_SITE_URL="platform\.example\.go\.jp" is invalid: must be an absolute http\(s\) URL\. Example: PLATFORM_SITE_URL=https:\/\//,
    );
    // This server's root and /graphql are the GraphQL IDE.
    for (const [site, publicUrl] of [
      ['https://tsunagari.example.jp/', 'https://tsunagari.example.jp'],
      ['https://tsunagari.example.jp/graphql', 'https://tsunagari.example.jp/'],
      ['http://localhost:4000', undefined],
    ] as const) {
      const [problem] = problemsOf({
        PLATFORM_SITE_URL: site,
        ...(publicUrl ? { PUBLIC_URL: publicUrl } : {}),
      });
      expect(problem, site).toMatch(/^PLATFORM_SITE_URL=.* is this server's own address/);
    }
    // Pages of this server other than the IDE are a website choice like any other.
    expect(
      loadConfig({
        PUBLIC_URL: 'https://tsunagari.example.jp',
        PLATFORM_SITE_URL: 'https://tsunagari.example.jp/archive',
      }).siteUrl,
    ).toBe('https://tsunagari.example.jp/archive');
  });

  it('refuses to start in production without SMTP_URL, naming the variable', () => {
    const secret = 'x'.repeat(48);
    const [problem] = problemsOf({ NODE_ENV: 'production', SECRET_KEY: secret });
    expect(problem).toMatch(/^SMTP_URL is required when NODE_ENV=production/);
    expect(problem).toContain('Example: SMTP_URL=smtps://');
    const config = loadConfig({
      NODE_ENV: 'production',
      SECRET_KEY: secret,
      SMTP_URL: 'smtps://relay.example.jp:465',
    });
    expect(config.serveMailbox).toBe(false);
  });

  it('serves the local mailbox only on a loopback-only server unless MAILBOX=unsafe-public', () => {
    expect(loadConfig({}).serveMailbox).toBe(true);
    expect(loadConfig({ HOST: '::1' }).serveMailbox).toBe(true);
    expect(loadConfig({ HOST: '0.0.0.0' }).serveMailbox).toBe(false);
    expect(loadConfig({ HOST: '192.0.2.10' }).serveMailbox).toBe(false);
    // Behind a proxy, loopback is not private: the proxy brings other hosts in.
    expect(loadConfig({ TRUST_PROXY: '1' }).serveMailbox).toBe(false);
    expect(loadConfig({ MAILBOX: 'off' }).serveMailbox).toBe(false);
    expect(loadConfig({ MAILBOX: 'on' }).serveMailbox).toBe(true);
    const [refused] = problemsOf({ MAILBOX: 'on', HOST: '0.0.0.0' });
    expect(refused).toMatch(/^MAILBOX=on refuses HOST=0\.0\.0\.0/);
    expect(refused).toContain('MAILBOX=unsafe-public');
    expect(loadConfig({ MAILBOX: 'unsafe-public', HOST: '0.0.0.0' }).serveMailbox).toBe(true);
    expect(problemsOf({ MAILBOX: 'on', SMTP_URL: 'smtp://relay:25' })[0]).toMatch(
      /^MAILBOX=on needs SMTP_URL unset/,
    );
    expect(problemsOf({ MAILBOX: 'yes' })[0]).toMatch(/^MAILBOX="yes" is invalid/);
  });

  it('reads TRUST_PROXY as a hop count or a list of proxy addresses, and true as one proxy', () => {
    expect(loadConfig({}).trustProxy).toEqual({ hops: 0 });
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toEqual({ hops: 1 });
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toEqual({ hops: 2 });
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,2001:db8::1' }).trustProxy).toEqual({
      ranges: ['127.0.0.0/8', '::1/128', '10.0.0.0/8', '2001:db8::1/128'],
    });
    for (const bad of ['yes', '10.0.0.0/33', '10.0.0.300', '11', 'loopback,,']) {
      expect(problemsOf({ TRUST_PROXY: bad })[0]).toMatch(
        /^TRUST_PROXY=.* is invalid: .*Example: TRUST_PROXY=1$/,
      );
    }
  });

  it('keeps METRICS_TOKEN secret and checks METRICS_OPERATIONS', () => {
    const [short] = problemsOf({ METRICS_TOKEN: 'hunter2' });
    expect(short).toMatch(/^METRICS_TOKEN=\(hidden, 7 characters\) is invalid/);
    expect(
      loadConfig({ METRICS_OPERATIONS: 'Directory, Measures' }).metrics.operationNames,
    ).toEqual(['Directory', 'Measures']);
    expect(problemsOf({ METRICS_OPERATIONS: 'a b' })[0]).toMatch(/^METRICS_OPERATIONS=/);
  });
});
