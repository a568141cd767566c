/**
 * `GET /logs`: the fake's own request log read back in Resend's shape. A log's ID is a UUID made
 * from the entry's sequence number, so `GET /logs/{id}` finds the entry again; entries the log no
 * longer keeps (it keeps the last 20 000) answer 404 like unknown IDs.
 */
import { notFound } from '../api-error.js';
import type { RequestLogEntry } from '../inbox/request-log.js';
import { nestsTooDeep } from '../json-depth.js';
import type { ResourceRoute } from './context.js';
import { param } from './context.js';

const LOG_ID_PREFIX = '00000000-0000-4000-8000-';
const METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);

function logId(entry: RequestLogEntry): string {
  return LOG_ID_PREFIX + entry.id.toString(16).padStart(12, '0');
}

function sequenceOf(id: string): number | undefined {
  if (!id.startsWith(LOG_ID_PREFIX) || !/^[0-9a-f]{12}$/.test(id.slice(LOG_ID_PREFIX.length))) return undefined;
  return Number.parseInt(id.slice(LOG_ID_PREFIX.length), 16);
}

/** `2026-04-03T22:13:42.674Z` → `2026-04-03 22:13:42.674000+00`, as Resend writes log times. */
function logTime(iso: string): string {
  return iso.replace('T', ' ').replace('Z', '000+00');
}

/**
 * A logged body as JSON; `null` when it is none, and when it nests too deep to be written back
 * (the log keeps bodies the API refused for that, and `JSON.stringify` would overflow the stack).
 */
function json(text: string): unknown {
  try {
    const value = text ? (JSON.parse(text) as unknown) : null;
    return nestsTooDeep(value) ? null : value;
  } catch {
    return null;
  }
}

/** API requests only: the fake's own file downloads and cut connections are not API log entries. */
function isApiEntry(entry: RequestLogEntry): boolean {
  return entry.status !== null && METHODS.has(entry.method) && !entry.path.startsWith('/_');
}

function summary(entry: RequestLogEntry) {
  return {
    id: logId(entry),
    created_at: logTime(entry.at),
    endpoint: entry.path.split('?')[0],
    method: entry.method,
    response_status: entry.status,
    user_agent: entry.userAgent,
  };
}

/** Routes for `/logs`. */
export const logRoutes: ResourceRoute[] = [
  {
    method: 'GET',
    path: '/logs',
    handle(ctx) {
      return { body: ctx.list(ctx.state.requests.newestFirst().filter(isApiEntry).map(summary)) };
    },
  },
  {
    method: 'GET',
    path: '/logs/{}',
    handle(ctx) {
      const sequence = sequenceOf(param(ctx));
      const entry = sequence === undefined ? undefined : ctx.state.requests.get(sequence);
      if (!entry || !isApiEntry(entry)) throw notFound('Log');
      return {
        body: {
          object: 'log',
          ...summary(entry),
          request_body: json(entry.requestBody),
          response_body: json(entry.responseBody),
        },
      };
    },
  },
];
