import pino, { type Logger } from 'pino';
import type { Config } from './config.js';

/**
 * Structured JSON logs. Paths that could carry secrets are redacted at the logger, so a
 * careless `log.info({ req })` cannot leak them.
 */
export function createLogger(
  config: Pick<Config, 'logLevel'>,
  destination?: pino.DestinationStream,
): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'tsunagari' },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["x-api-key"]',
          '*.token',
          '*.password',
          '*.secret',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
