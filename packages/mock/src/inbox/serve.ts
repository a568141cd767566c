/**
 * Serves the inbox over node:http under {@link INBOX_PREFIX}: the page and its assets, a JSON API
 * for scripts, and a server-sent event stream that tells the page what changed.
 */
import { thrownText } from '@resendkit/client/shared';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { INBOUND_SCRIPT, INBOX_CSS, INBOX_HTML, INBOX_SCRIPT } from './assets/index.js';
import { hostRefusal, isLoopbackHostHeader } from './exposure.js';
import { serveInbound, type Receive } from './inbound-api.js';
import type { InboxSource } from './source.js';
import type { FakeResend } from '../fake.js';
import { exchangeSignal } from '../exchange-signal.js';
import { contentDisposition } from '../content-disposition.js';
import { isFakeOptionsError } from '../options-error.js';
import { rateSeries } from './rate-series.js';
import { MAX_WAIT_MS, testEmail, waitForEmails, type EmailFilter } from '../test-api/emails.js';

/** Every inbox URL starts with this; no Resend API path does (a test enumerates the spec's paths). */
export const INBOX_PREFIX = '/_inbox';

/** The page's policy: its own script and styles only; emails render in a sandboxed srcdoc frame. */
const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // The email frame inherits this policy; its own meta policy narrows it (inline styles, images).
  "style-src 'self' 'unsafe-inline'",
  'img-src * data:',
  'font-src data:',
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const ASSETS: Record<string, { type: string; body: string }> = {
  '/': { type: 'text/html; charset=utf-8', body: INBOX_HTML },
  '/app.css': { type: 'text/css; charset=utf-8', body: INBOX_CSS },
  '/app.js': { type: 'text/javascript; charset=utf-8', body: INBOX_SCRIPT },
  '/inbound.js': { type: 'text/javascript; charset=utf-8', body: INBOUND_SCRIPT },
};

/** True for a URL path the inbox answers. */
export function isInboxPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0]!;
  return path === INBOX_PREFIX || path.startsWith(`${INBOX_PREFIX}/`);
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Uint8Array,
  extra: Record<string, string> = {},
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, {
    'content-type': type,
    'content-length': String(bytes.length),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...extra,
  });
  res.end(bytes);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

function intParam(params: URLSearchParams, name: string): number | undefined {
  const value = params.get(name);
  return value === null || !/^\d{1,9}$/.test(value) ? undefined : Number(value);
}

/** Refuses requests that name another host (DNS rebinding) or come from another origin (CSRF). */
function refused(req: IncomingMessage, loopbackOnly: boolean): string | undefined {
  if (loopbackOnly && !isLoopbackHostHeader(req.headers.host)) return hostRefusal(req.headers.host);
  const origin = req.headers.origin;
  if (origin === undefined) return undefined;
  // A malformed Origin is refused like a foreign one: it must never throw.
  const host = URL.canParse(origin) ? new URL(origin).host : undefined;
  return origin === 'null' || host !== req.headers.host ? 'cross-origin requests are refused' : undefined;
}

function streamEvents(req: IncomingMessage, res: ServerResponse, source: InboxSource): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  res.write('retry: 1000\n\n');
  const unsubscribe = source.subscribe((change) => {
    res.write(`data: ${JSON.stringify(change)}\n\n`);
  });
  req.on('close', unsubscribe);
}

/** What the test API needs besides the inbox's data: the fake, and a signal that aborts on server close. */
export interface TestApiControls {
  fake: Pick<FakeResend, 'state' | 'reset' | 'settings' | 'updateSettings'>;
  closing: AbortSignal;
}

const TEST_QUERY = ['to', 'subject', 'since', 'wait'];
const MAX_SETTINGS_BYTES = 64 * 1024;

/** `since` as ms: an ISO 8601 time or a number of ms since the epoch. */
function sinceParam(value: string | null): number | undefined | 'bad' {
  if (value === null) return undefined;
  const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isFinite(ms) ? ms : 'bad';
}

/** `GET /emails?to=&subject=&since=&wait=`: the matches (newest first), waiting up to `wait` ms for one. */
function serveEmailWait(
  req: IncomingMessage,
  res: ServerResponse,
  params: URLSearchParams,
  controls: TestApiControls,
  source: InboxSource,
): void {
  const since = sinceParam(params.get('since'));
  const wait = params.get('wait') ?? '0';
  if (since === 'bad') return sendJson(res, 400, { error: '`since` must be an ISO 8601 time or ms since the epoch' });
  if (!/^\d{1,9}$/.test(wait))
    return sendJson(res, 400, { error: `\`wait\` must be a whole number of ms (at most ${MAX_WAIT_MS})` });
  const filter: EmailFilter = { to: params.get('to') ?? undefined, subject: params.get('subject') ?? undefined, since };
  const subscribe = (listener: () => void) => source.subscribe(listener);
  // The server closing or the client hanging up stops the wait.
  const signal = exchangeSignal(res, controls.closing);
  void waitForEmails(controls.fake.state.emails, subscribe, filter, Math.min(Number(wait), MAX_WAIT_MS), signal)
    .then((found) => {
      if (!res.destroyed) sendJson(res, 200, { object: 'list', data: found.map(testEmail) });
    })
    // The answer is built a turn later, outside serveInbox's guard: a throw here would end the process.
    .catch((error: unknown) => {
      if (res.destroyed || res.headersSent) return;
      sendJson(res, 500, {
        error: `the emails could not be read: ${thrownText(error)}`,
      });
    });
}

/** Reads a small JSON body; `undefined` when it is not JSON or too large. */
function readJson(req: IncomingMessage, done: (value: unknown) => void): void {
  let text = '';
  let failed = false;
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => {
    text += chunk;
    if (text.length > MAX_SETTINGS_BYTES && !failed) ((failed = true), done(undefined));
  });
  req.on('end', () => {
    if (failed) return;
    try {
      done(JSON.parse(text) as unknown);
    } catch {
      done(undefined);
    }
  });
}

/** `POST /reset`, `GET`/`PUT /settings`; false when the route is none of these. */
function serveControls(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  params: URLSearchParams,
  controls: TestApiControls,
): boolean {
  const method = req.method ?? 'GET';
  if (method === 'POST' && path === '/reset') {
    controls.fake.reset();
    sendJson(res, 200, { reset: true });
    return true;
  }
  if (method === 'GET' && path === '/rate') {
    const seconds = Math.min(intParam(params, 'seconds') ?? 60, 600);
    sendJson(res, 200, {
      rateLimit: controls.fake.settings().rateLimit,
      seconds: rateSeries(controls.fake.state.requests, Date.now(), Math.max(seconds, 1)),
    });
    return true;
  }
  if (path !== '/settings') return false;
  if (method === 'GET') return (sendJson(res, 200, controls.fake.settings()), true);
  if (method !== 'PUT') return (sendJson(res, 405, { error: 'settings take GET or PUT' }), true);
  readJson(req, (update) => {
    if (update === undefined)
      return sendJson(res, 400, { error: `the body must be a JSON object of at most ${MAX_SETTINGS_BYTES} bytes` });
    try {
      sendJson(res, 200, controls.fake.updateSettings(update as Parameters<FakeResend['updateSettings']>[0]));
    } catch (error) {
      if (isFakeOptionsError(error)) return sendJson(res, 422, { error: error.message, option: error.option });
      sendJson(res, 500, {
        error: `the settings could not be changed: ${thrownText(error)}`,
      });
    }
  });
  return true;
}

/** The paging the list routes take from `offset` and `limit`. */
interface PageParams {
  offset: number | undefined;
  limit: number | undefined;
}

/** Sends one attachment's bytes as a download, under a file name safe in a header. */
function sendAttachment(res: ServerResponse, source: InboxSource, id: string, index: string): void {
  const attachment = /^\d+$/.test(index) ? source.attachment(id, Number(index)) : undefined;
  if (!attachment || attachment.content === null) return sendJson(res, 404, { error: 'no such attachment content' });
  send(res, 200, 'application/octet-stream', Buffer.from(attachment.content, 'base64'), {
    'content-disposition': contentDisposition('attachment', attachment.filename),
  });
}

/** `GET /emails/{id}`, `POST /emails/{id}/cancel`, `GET /emails/{id}/attachments/{n}`; false for any other route. */
function serveEmail(res: ServerResponse, method: string, id: string, parts: string[], source: InboxSource): boolean {
  const [, , sub, index] = parts;
  if (method === 'GET' && parts.length === 2) {
    const detail = source.email(id);
    if (detail) sendJson(res, 200, { ...detail, test: testEmail(detail.email) });
    else sendJson(res, 404, { error: 'no such email' });
  } else if (method === 'POST' && sub === 'cancel' && parts.length === 3) {
    if (source.cancel(id)) sendJson(res, 200, { canceled: true });
    else sendJson(res, 409, { error: 'the email is not scheduled' });
  } else if (method === 'GET' && sub === 'attachments' && parts.length === 4) {
    sendAttachment(res, source, id, index!);
  } else return false;
  return true;
}

/** `GET /requests`, `GET /requests/{n}` and `GET /deliveries`; false for any other route. */
function serveLogs(
  res: ServerResponse,
  method: string,
  parts: string[],
  params: URLSearchParams,
  source: InboxSource,
  page: PageParams,
): boolean {
  const [collection, id] = parts;
  if (method !== 'GET') return false;
  if (collection === 'requests' && parts.length === 1)
    sendJson(res, 200, source.requests({ q: params.get('q') ?? undefined, ...page }));
  else if (collection === 'requests' && parts.length === 2) {
    const entry = /^\d+$/.test(id!) ? source.request(Number(id)) : undefined;
    if (entry) sendJson(res, 200, entry);
    else sendJson(res, 404, { error: 'no such request (the log keeps the last 20 000)' });
  } else if (collection === 'deliveries' && parts.length === 1) sendJson(res, 200, source.deliveries(page));
  else return false;
  return true;
}

/** The JSON API under `/_inbox/api`: the test API's controls, the event stream, emails and the logs. */
function serveApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  params: URLSearchParams,
  source: InboxSource,
  controls?: TestApiControls,
): void {
  const method = req.method ?? 'GET';
  if (controls && serveControls(req, res, path, params, controls)) return;
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponent(p));
  const [collection, id] = parts;
  // `limit=0` has always meant the default page over HTTP; the in-process API refuses a 0.
  const page: PageParams = { offset: intParam(params, 'offset'), limit: intParam(params, 'limit') || undefined };
  if (method === 'DELETE' && parts.length === 0) {
    source.clear();
    return sendJson(res, 200, { cleared: true });
  }
  if (method === 'GET' && collection === 'events' && parts.length === 1) return streamEvents(req, res, source);
  if (
    method === 'GET' &&
    collection === 'emails' &&
    parts.length === 1 &&
    controls &&
    TEST_QUERY.some((name) => params.has(name))
  ) {
    return serveEmailWait(req, res, params, controls, source);
  }
  if (method === 'GET' && collection === 'emails' && parts.length === 1) {
    return sendJson(
      res,
      200,
      source.emails({ q: params.get('q') ?? undefined, status: params.get('status') ?? undefined, ...page }),
    );
  }
  if (collection === 'emails' && id !== undefined && serveEmail(res, method, id, parts, source)) return;
  if (serveLogs(res, method, parts, params, source, page)) return;
  sendJson(res, 404, { error: `no inbox route ${method} ${INBOX_PREFIX}/api${path}` });
}

/**
 * Answers one request under {@link INBOX_PREFIX}. `loopbackOnly` when the server is bound to loopback;
 * `controls` give the test API the fake itself, and `receive` stores an inbound email (`POST /_inbox/api/inbound`).
 */
export function serveInbox(
  req: IncomingMessage,
  res: ServerResponse,
  source: InboxSource,
  loopbackOnly: boolean,
  controls?: TestApiControls,
  receive?: Receive,
): void {
  const url = new URL(req.url ?? '/', 'http://inbox.invalid');
  const problem = refused(req, loopbackOnly);
  if (problem) return sendJson(res, 403, { error: problem });
  const rest = url.pathname.slice(INBOX_PREFIX.length);
  if (rest === '') {
    res.writeHead(308, { location: `${INBOX_PREFIX}/` });
    res.end();
    return;
  }
  if (rest === '/api/inbound' && receive) {
    serveInbound(req, res, receive).catch(() => sendJson(res, 500, { error: 'the fake failed to receive the email' }));
    return;
  }
  if (rest === '/api' || rest.startsWith('/api/')) {
    try {
      return serveApi(req, res, rest.slice('/api'.length), url.searchParams, source, controls);
    } catch {
      return sendJson(res, 400, { error: 'malformed inbox request' });
    }
  }
  const asset = req.method === 'GET' || req.method === 'HEAD' ? ASSETS[rest] : undefined;
  if (!asset) return sendJson(res, 404, { error: `no inbox page ${rest}` });
  send(
    res,
    200,
    asset.type,
    asset.body,
    rest === '/' ? { 'content-security-policy': PAGE_CSP, 'x-frame-options': 'DENY' } : {},
  );
}
