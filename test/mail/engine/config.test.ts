/** The mail engine's settings: defaults, validation with named variables, DKIM all or nothing. */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';
import { engineOptionsFromConfig } from '../../../src/mail/engine/options.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const pem = generateKeyPairSync('rsa', { modulusLength: 1024 })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

describe('mail engine configuration', () => {
  it('has working defaults: no rate limit, Return-Path on the sender’s domain, no DKIM, no bounce intake', () => {
    const { mail } = loadConfig({ MAIL_FROM: '事務局 <info@Example.go.jp>' });
    expect(mail).toMatchObject({
      concurrency: 5,
      ratePerSecond: 0,
      jobsPerMailing: 2,
      maxAttempts: 8,
      retryBaseSeconds: 60,
      returnPathDomain: 'example.go.jp',
      dkim: undefined,
      bounceWebhookSecret: undefined,
    });
    expect(engineOptionsFromConfig(mail)).toMatchObject({ retryBaseMs: 60_000, groupSize: 5 });
  });

  it('names each bad value with an example', () => {
    const problems = problemsOf({
      MAIL_CONCURRENCY: '0',
      MAIL_RATE_PER_SECOND: 'fast',
      MAIL_RETURN_PATH_DOMAIN: 'not a domain',
      BOUNCE_WEBHOOK_SECRET: 'short',
    });
    expect(problems.map((p) => p.split('=')[0]).sort()).toEqual([
      'BOUNCE_WEBHOOK_SECRET',
      'MAIL_CONCURRENCY',
      'MAIL_RATE_PER_SECOND',
      'MAIL_RETURN_PATH_DOMAIN',
    ]);
    expect(problems.find((p) => p.startsWith('BOUNCE_WEBHOOK_SECRET'))).toMatch(
      /hidden, 5 characters/,
    );
  });

  it('DKIM needs domain, selector and a readable RSA key — all or nothing', async () => {
    expect(problemsOf({ DKIM_DOMAIN: 'example.go.jp' })[0]).toMatch(
      /missing DKIM_SELECTOR, DKIM_PRIVATE_KEY or DKIM_PRIVATE_KEY_FILE/,
    );
    expect(
      problemsOf({
        DKIM_DOMAIN: 'example.go.jp',
        DKIM_SELECTOR: 's1',
        DKIM_PRIVATE_KEY: 'not a key',
      })[0],
    ).toMatch(/DKIM_PRIVATE_KEY\) is not a PEM RSA private key/);
    expect(
      problemsOf({
        DKIM_DOMAIN: 'example.go.jp',
        DKIM_SELECTOR: 's1',
        DKIM_PRIVATE_KEY_FILE: '/nonexistent/key.pem',
      })[0],
    ).toMatch(/DKIM_PRIVATE_KEY_FILE="\/nonexistent\/key.pem" cannot be read/);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dkim-'));
    const file = path.join(dir, 'key.pem');
    await writeFile(file, pem);
    const fromFile = loadConfig({
      DKIM_DOMAIN: 'Example.go.jp',
      DKIM_SELECTOR: 's1',
      DKIM_PRIVATE_KEY_FILE: file,
    });
    expect(fromFile.mail.dkim).toEqual({
      domain: 'example.go.jp',
      selector: 's1',
      privateKey: pem,
    });
    // A key in one line with literal \n, as some secret stores hand it over.
    const inline = loadConfig({
      DKIM_DOMAIN: 'example.go.jp',
      DKIM_SELECTOR: 's1',
      DKIM_PRIVATE_KEY: pem.replace(/\n/g, '\\n'),
    });
    expect(inline.mail.dkim?.privateKey).toBe(pem);
  });
});
