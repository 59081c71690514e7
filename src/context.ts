import type { Viewer } from './auth/viewer.js';
import type { Config } from './config.js';
import type { Db } from './db/create-db.js';

/** Per-request GraphQL context. Dataloaders are attached by the Pothos dataloader plugin. */
export interface Context {
  readonly db: Db;
  readonly config: Config;
  readonly viewer: Viewer;
  readonly requestId: string;
  /** HMAC key for derived tokens (sign-in links, signed e-mail links). */
  readonly secretKey: Buffer;
  readonly clientIp: string;
  readonly userAgent: string | undefined;
}
