import type { Actor } from './auth/actor.js';
import type { Viewer } from './auth/viewer.js';
import type { Config } from './config.js';
import type { Db } from './db/create-db.js';

/**
 * Per-request GraphQL context. It is the request's Actor, so resolvers call services as
 * `fn(ctx.db, ctx, input)`. Dataloaders are attached by the Pothos dataloader plugin.
 */
export interface Context extends Actor {
  readonly db: Db;
  readonly config: Config;
  readonly viewer: Viewer;
  readonly requestId: string;
  /** HMAC key for derived tokens (sign-in links, signed e-mail links). */
  readonly secretKey: Buffer;
  readonly clientIp: string;
  readonly userAgent: string | undefined;
}
