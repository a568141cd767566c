/**
 * A path call (`resend.GET('/inboxes/{inbox_id}/threads', …)`) sends an array the spec takes as one
 * comma-separated value (`style: form, explode: false`, the generated COMMA_QUERIES) as the endpoint
 * method sends it: one parameter, not the parameter repeated, of which the API reads only the first.
 * Each case runs with and without a user middleware, since a call leaves by the direct call without
 * one and through openapi-fetch with one, and the URL on the wire must be the same either way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type ResendClient, createResendClient, resetSharedRateLimiters } from './api.js';
import { API_KEY } from './helpers.js';

afterEach(() => resetSharedRateLimiters());

const BASE = 'https://api.example.test';
const INBOX = '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e';
const LABELS = ['0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e'];

/** A client whose fetch records each URL it is given; `middleware` registers one that does nothing. */
function recordingClient(middleware: boolean): { resend: ResendClient; urls: string[] } {
  const urls: string[] = [];
  const resend = createResendClient({
    apiKey: API_KEY,
    baseUrl: BASE,
    rateLimit: false,
    retry: false,
    fetch: async (request) => {
      urls.push(request.url);
      return new Response(JSON.stringify({ object: 'list', data: [], has_more: false }), {
        headers: { 'content-type': 'application/json' },
      });
    },
  });
  if (middleware) resend.use({ onRequest() {} });
  return { resend, urls };
}

/** The URL `call` sends on a client without and with a user middleware; they must be one URL. */
async function sentUrl(call: (resend: ResendClient) => Promise<unknown>): Promise<string> {
  const sent: string[] = [];
  for (const middleware of [false, true]) {
    const { resend, urls } = recordingClient(middleware);
    const { error } = (await call(resend)) as { error?: unknown };
    expect(error, `with middleware: ${middleware}`).toBeUndefined();
    expect(urls, `with middleware: ${middleware}`).toHaveLength(1);
    sent.push(urls[0]!);
  }
  expect(sent[1], 'the URL with a user middleware').toBe(sent[0]);
  return sent[0]!;
}

const threadsPath = { inbox_id: INBOX };

describe('path calls with an array the spec takes comma-separated', () => {
  it('send folders and labels of GET /inboxes/{inbox_id}/threads as one value each, with or without middleware', async () => {
    const url = await sentUrl((resend) =>
      resend.GET('/inboxes/{inbox_id}/threads', {
        params: { path: threadsPath, query: { folders: ['inbox', 'archive'], labels: LABELS, limit: 10 } },
      }),
    );
    expect(url).toBe(`${BASE}/inboxes/${INBOX}/threads?folders=inbox%2Carchive&labels=${LABELS.join('%2C')}&limit=10`);
  });

  it('send the URL inboxes.threads.list sends', async () => {
    const path = await sentUrl((resend) =>
      resend.GET('/inboxes/{inbox_id}/threads', {
        params: { path: threadsPath, query: { folders: ['inbox', 'archive'], labels: LABELS } },
      }),
    );
    const method = await sentUrl((resend) =>
      resend.inboxes.threads.list({ inboxId: INBOX, folders: ['inbox', 'archive'], labels: LABELS }),
    );
    expect(path).toBe(method);
  });

  it('send every comma-separated filter of GET /inboxes/{inbox_id}/threads/search as inboxes.threads.search does', async () => {
    const query = {
      q: 'invoice',
      from: ['ada@acme.dev', 'bob@acme.dev'],
      to: ['carol@acme.dev', 'dan@acme.dev'],
      cc: ['eve@acme.dev'],
      bcc: ['fay@acme.dev', 'gus@acme.dev'],
      folders: ['inbox', 'spam'] as ('inbox' | 'spam')[],
      labels: LABELS,
    };
    const path = await sentUrl((resend) =>
      resend.GET('/inboxes/{inbox_id}/threads/search', { params: { path: threadsPath, query } }),
    );
    const method = await sentUrl((resend) => resend.inboxes.threads.search({ inboxId: INBOX, ...query }));
    expect(path).toBe(method);
    const params = new URL(path).searchParams;
    expect(params.getAll('from')).toEqual(['ada@acme.dev,bob@acme.dev']);
    expect(params.getAll('to')).toEqual(['carol@acme.dev,dan@acme.dev']);
    expect(params.getAll('cc')).toEqual(['eve@acme.dev']);
    expect(params.getAll('bcc')).toEqual(['fay@acme.dev,gus@acme.dev']);
    expect(params.getAll('folders')).toEqual(['inbox,spam']);
    expect(params.getAll('labels')).toEqual([LABELS.join(',')]);
  });

  it('send status of GET /automations/{automation_id}/runs as one value, through request() too', async () => {
    const init = { params: { path: { automation_id: INBOX }, query: { status: ['running', 'failed'] as const } } };
    const expected = `${BASE}/automations/${INBOX}/runs?status=running%2Cfailed`;
    expect(await sentUrl((resend) => resend.GET('/automations/{automation_id}/runs', init as never))).toBe(expected);
    expect(await sentUrl((resend) => resend.request('get', '/automations/{automation_id}/runs', init as never))).toBe(
      expected,
    );
    expect(
      await sentUrl((resend) => resend.automations.runs.list({ automationId: INBOX, status: ['running', 'failed'] })),
    ).toBe(expected);
  });

  it('leave a single value as it is given, a string or one already joined', async () => {
    const one = (folders: unknown) => (resend: ResendClient) =>
      resend.GET('/inboxes/{inbox_id}/threads', { params: { path: threadsPath, query: { folders } } } as never);
    expect(await sentUrl(one('inbox'))).toBe(`${BASE}/inboxes/${INBOX}/threads?folders=inbox`);
    expect(await sentUrl(one('inbox,archive'))).toBe(`${BASE}/inboxes/${INBOX}/threads?folders=inbox%2Carchive`);
    expect(await sentUrl(one(['inbox']))).toBe(`${BASE}/inboxes/${INBOX}/threads?folders=inbox`);
  });

  it('send them as one value from an untyped call made with a concrete path, as the template call does', async () => {
    const query = { folders: ['inbox', 'archive'], labels: LABELS, limit: 10 };
    const concrete = await sentUrl((resend) =>
      resend.GET(`/inboxes/${INBOX}/threads` as never, { params: { query } } as never),
    );
    expect(concrete).toBe(
      `${BASE}/inboxes/${INBOX}/threads?folders=inbox%2Carchive&labels=${LABELS.join('%2C')}&limit=10`,
    );
    const search = { q: 'invoice', from: ['ada@acme.dev', 'bob@acme.dev'], folders: ['inbox', 'spam'] };
    expect(
      await sentUrl((resend) =>
        resend.GET(`/inboxes/${INBOX}/threads/search` as never, { params: { query: search } } as never),
      ),
    ).toBe(
      await sentUrl((resend) =>
        resend.GET('/inboxes/{inbox_id}/threads/search', { params: { path: threadsPath, query: search as never } }),
      ),
    );
    const runs = { params: { query: { status: ['running', 'failed'] } } };
    expect(await sentUrl((resend) => resend.request('get', `/automations/${INBOX}/runs` as never, runs as never))).toBe(
      `${BASE}/automations/${INBOX}/runs?status=running%2Cfailed`,
    );
  });

  it('leave the arrays of a concrete path that fits no template with comma-separated queries repeated', async () => {
    const query = { params: { query: { folders: ['inbox', 'archive'] } } };
    // One segment more than GET /inboxes/{inbox_id}/threads: another route, which takes no such query.
    const url = await sentUrl((resend) => resend.GET(`/inboxes/${INBOX}/threads/t_1` as never, query as never));
    expect(url).toBe(`${BASE}/inboxes/${INBOX}/threads/t_1?folders=inbox&folders=archive`);
  });

  it("leave the query to a call's own querySerializer", async () => {
    const url = await sentUrl((resend) =>
      resend.GET('/inboxes/{inbox_id}/threads', {
        params: { path: threadsPath, query: { folders: ['inbox', 'archive'] } },
        querySerializer: { array: { style: 'form', explode: true } },
      }),
    );
    expect(url).toBe(`${BASE}/inboxes/${INBOX}/threads?folders=inbox&folders=archive`);
  });
});

describe('path calls with an array the spec takes as repeated parameters', () => {
  it('repeat metrics and dimensions of GET /emails/metrics as openapi-fetch does, as emails.metrics does', async () => {
    const query = { metrics: ['sent', 'delivered'] as ('sent' | 'delivered')[], dimensions: ['domain'] as never };
    const path = await sentUrl((resend) => resend.GET('/emails/metrics', { params: { query } }));
    expect(path).toBe(`${BASE}/emails/metrics?metrics=sent&metrics=delivered&dimensions=domain`);
    expect(await sentUrl((resend) => resend.emails.metrics(query))).toBe(path);
  });
});
