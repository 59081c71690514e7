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
});
