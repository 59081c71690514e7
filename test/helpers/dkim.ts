/**
 * DKIM for tests: a fresh key pair with its selector, and verification of a message as a
 * receiving server does it (mailauth), with a stub DNS that serves only the selector's record.
 */
import { generateKeyPairSync } from 'node:crypto';
import { authenticate } from 'mailauth';

export interface TestDkimKey {
  readonly domain: string;
  readonly selector: string;
  /** PKCS#8 PEM, as DKIM_PRIVATE_KEY takes it. */
  readonly privateKeyPem: string;
  /** The TXT record published at `<selector>._domainkey.<domain>`. */
  readonly record: string;
}

export function testDkimKey(selector: string, domain = 'tsunagari.example.jp'): TestDkimKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    domain,
    selector,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    record: `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`,
  };
}

export interface DkimResult {
  readonly status: { result: string };
  readonly signingDomain?: string;
  readonly signingHeaders?: { keys: string };
}

/** Each DKIM signature of the message, as mailauth judges it against `key`'s record. */
export async function verifyDkim(
  message: { raw: Buffer | string; envelopeFrom: string },
  key: TestDkimKey,
): Promise<DkimResult[]> {
  const result = await authenticate(message.raw, {
    ip: '127.0.0.1',
    helo: 'localhost',
    sender: message.envelopeFrom,
    mta: 'mx.example.jp',
    disableArc: true,
    disableBimi: true,
    disableDmarc: true,
    resolver: async (name: string, type: string) => {
      if (type === 'TXT' && name === `${key.selector}._domainkey.${key.domain}`) {
        return [[key.record]];
      }
      throw Object.assign(new Error(`no ${type} for ${name}`), { code: 'ENOTFOUND' });
    },
  });
  return result.dkim.results as unknown as DkimResult[];
}
