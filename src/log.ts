import { pino, type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger };

/**
 * One structured logger, to stderr so that `--json` output on stdout stays clean.
 * Secrets are redacted by path wherever they would appear in a logged object.
 */
export function createLogger(config: Pick<Config, 'logLevel'>, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    {
      level: config.logLevel,
      redact: {
        paths: ['token', '*.token', '*.*.token', 'apiKey', '*.apiKey', '*.*.apiKey', 'authorization', '*.authorization', 'headers.authorization'],
        censor: '[redacted]',
      },
    },
    destination as pino.DestinationStream,
  );
}
