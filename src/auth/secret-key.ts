import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';

/**
 * The key behind every HMAC token. Production sets SECRET_KEY (config refuses to start without
 * it); elsewhere a random key is created once under the data directory and reused, so links
 * stay valid across restarts.
 */
export async function loadSecretKey(
  config: Pick<Config, 'secretKey' | 'dataDir'>,
): Promise<Buffer> {
  if (config.secretKey) return Buffer.from(config.secretKey, 'utf8');
  const file = path.join(config.dataDir, 'secret-key');
  try {
    return Buffer.from((await fs.readFile(file, 'utf8')).trim(), 'base64url');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(48);
  await fs.mkdir(config.dataDir, { recursive: true });
  await fs
    .writeFile(file, `${key.toString('base64url')}\n`, { mode: 0o600, flag: 'wx' })
    .catch(async (error: NodeJS.ErrnoException) => {
      // Another process created it first: use theirs.
      if (error.code !== 'EEXIST') throw error;
    });
  return Buffer.from((await fs.readFile(file, 'utf8')).trim(), 'base64url');
}
