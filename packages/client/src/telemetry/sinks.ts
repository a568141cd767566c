/** The two sinks that need nothing installed: events for `on(…)` listeners, and log lines. */
import type { CallFacts } from './events.js';
import { callQuietly } from '../shared/callback.js';
import type { Listeners } from './listeners.js';
import type { CallTrace, Sink } from './trace.js';

const factsOf = (call: CallTrace): CallFacts => ({ method: call.method, route: call.route, operation: call.operation });

/** Events for the client's listeners: the same facts the spans carry. */
export function eventSink(listeners: Listeners): Sink {
  return {
    waited: (call, waitMs, lane) => listeners.emit('rate_limit_wait', { ...factsOf(call), waitMs, lane }),
    request: (call, attempt) => listeners.emit('request', { ...factsOf(call), attempt }),
    response: (call, attempt, status, durationMs) =>
      listeners.emit('response', { ...factsOf(call), attempt, status, durationMs }),
    retry: (call, attempt, reason, status, delayMs) =>
      listeners.emit('retry', { ...factsOf(call), attempt, reason, status, delayMs }),
    end: (call) => {
      const error = call.outcome?.error;
      if (!error) return;
      listeners.emit('error', {
        ...factsOf(call),
        name: error.name,
        statusCode: error.statusCode,
        attempts: call.attempts,
        durationMs: call.endedAt - call.startedAt,
      });
    },
  };
}

/** How much the client logs: nothing (the default), errors, warnings (retries, waits), every call, every attempt. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Where log lines go: an object with the console's methods. @defaultValue `console` */
export interface Logger {
  /** A call that failed. */
  error(message: string): void;
  /** A retry, or a wait for a rate-limit slot. */
  warn(message: string): void;
  /** A call that succeeded. */
  info(message: string): void;
  /** One attempt and its answer. */
  debug(message: string): void;
}

const LEVELS: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** The log levels, for checking the option. */
export const LOG_LEVELS = Object.keys(LEVELS) as LogLevel[];

const ms = (value: number) => `${Math.round(value)} ms`;

/**
 * Log lines naming the route template, status, attempt, waits and durations: never a URL with ids,
 * an address, a body or a key.
 */
export function logSink(level: LogLevel, logger: Logger): Sink {
  const at = LEVELS[level];
  // Every line through one guard: a logger's throw and an async logger's rejection are dropped.
  const say = (method: keyof Logger, text: string) => callQuietly((line: string) => logger[method](line), text);
  const line = (call: CallTrace) => `resendkit: ${call.method} ${call.route}`;
  return {
    waited:
      at >= LEVELS.warn
        ? (call, waitMs, lane) => say('warn', `${line(call)} waited ${ms(waitMs)} for a rate-limit slot (${lane} lane)`)
        : undefined,
    retry:
      at >= LEVELS.warn
        ? (call, attempt, reason, status, delayMs) =>
            say(
              'warn',
              `${line(call)} retry ${attempt - 1} after ${status ?? reason} (${reason}), waited ${ms(delayMs)}`,
            )
        : undefined,
    response:
      at >= LEVELS.debug
        ? (call, attempt, status, durationMs) =>
            say('debug', `${line(call)} attempt ${attempt}: ${status} in ${ms(durationMs)}`)
        : undefined,
    end: (call) => {
      const error = call.outcome?.error;
      const took = `in ${ms(call.endedAt - call.startedAt)}, ${call.attempts} attempt${call.attempts === 1 ? '' : 's'}${call.waitedMs >= 1 ? `, waited ${ms(call.waitedMs)}` : ''}`;
      if (error && at >= LEVELS.error)
        say('error', `${line(call)} failed: ${error.name} (${error.statusCode ?? 'no status'}) ${took}`);
      else if (!error && at >= LEVELS.info) say('info', `${line(call)} ${call.outcome?.status ?? ''} ${took}`);
    },
  };
}
