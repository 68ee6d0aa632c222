import pino, { type Logger } from 'pino';

/**
 * The process logger: JSON lines (one per request, plus lifecycle events), pretty-printed when a
 * person watches a terminal. Secrets are redacted by key wherever they might be logged.
 */
export function createLogger(level: string, pretty: boolean = process.stdout.isTTY === true): Logger {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: ['password', '*.password', 'authorization', '*.authorization', 'token', '*.token'],
      censor: '[redacted]',
    },
    ...(pretty
      ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname', translateTime: 'HH:MM:ss' } } }
      : {}),
  });
}
