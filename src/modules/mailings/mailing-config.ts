/**
 * The configuration the mailing services need, passed as their fourth parameter after
 * `(db, actor, input)` by the services that use it: this server's and the platform's addresses
 * (links in the mail), the sender of test sends and the engine's settings. The GraphQL context's
 * `config` is one; tests and the CLI pass theirs.
 */
import type { Config } from '../../config.js';

export type MailingConfig = Pick<Config, 'publicUrl' | 'siteUrl' | 'mailFrom' | 'mail'>;
