import { describe, expect, expectTypeOf, it } from 'vitest';
import { expectErrorModel } from '../../client/test/error-shape.js';
import {
  isWebhookOptionError,
  signWebhook,
  webhookHandler,
  type EmailBouncedEvent,
  type WebhookContext,
} from '../src/index.js';
import { BODY, bounced, OTHER_SECRET, SECRET, SECRET_BODY } from './fixtures.js';

async function delivery(body = BODY, secret = SECRET, id?: string): Promise<Request> {
  const headers = await signWebhook({ payload: body, secret, id });
  return new Request('http://127.0.0.1/webhooks', {
    method: 'POST',
    body,
    headers: { ...headers, 'content-type': 'application/json' },
  });
}

describe('webhookHandler', () => {
  it('verifies, dispatches by type with a typed event and the svix-id, and answers 200', async () => {
    const seen: { event: EmailBouncedEvent; context: WebhookContext }[] = [];
    const handle = webhookHandler(SECRET, {
      'email.bounced': (event, context) => {
        expectTypeOf(event).toEqualTypeOf<EmailBouncedEvent>();
        seen.push({ event, context });
      },
    });
    const response = await handle(await delivery(BODY, SECRET, 'msg_42'));
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.event).toEqual(bounced);
    expect(seen[0]!.context.id).toBe('msg_42');
  });

  it('answers 200 without calling anything for a type with no handler', async () => {
    let called = false;
    const handle = webhookHandler(SECRET, { 'email.delivered': () => void (called = true) });
    expect((await handle(await delivery())).status).toBe(200);
    expect(called).toBe(false);
  });

  it('answers 400 with no detail for a failed verification and never runs the handler', async () => {
    let called = false;
    const errors: unknown[] = [];
    const handle = webhookHandler(
      SECRET,
      { 'email.bounced': () => void (called = true) },
      { onError: (e) => errors.push(e) },
    );
    const forged = await handle(await delivery(BODY, OTHER_SECRET));
    expect(forged.status).toBe(400);
    const text = await forged.text();
    expect(text).toBe('Invalid webhook');
    expect(called).toBe(false);
    expect(errors).toEqual([expect.objectContaining({ code: 'invalid_signature' })]);
    const unsigned = await handle(new Request('http://127.0.0.1/', { method: 'POST', body: BODY }));
    expect(unsigned.status).toBe(400);
  });

  it('answers 500 when the handler throws, so the sender retries, and reports the error', async () => {
    const errors: { error: unknown; id?: string }[] = [];
    const handle = webhookHandler(
      SECRET,
      { 'email.bounced': () => Promise.reject(new Error('db down')) },
      { onError: (error, c) => errors.push({ error, id: c.id }) },
    );
    const response = await handle(await delivery(BODY, SECRET, 'msg_fail'));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('db down');
    expect(errors).toEqual([{ error: new Error('db down'), id: 'msg_fail' }]);
  });

  it('skips a duplicate svix-id once processed, but retries one whose handler failed', async () => {
    let calls = 0;
    let fail = true;
    const dedupe = new Set<string>();
    const handle = webhookHandler(
      SECRET,
      {
        'email.bounced': () => {
          calls++;
          if (fail) throw new Error('transient');
        },
      },
      { dedupe },
    );
    expect((await handle(await delivery(BODY, SECRET, 'msg_dup'))).status).toBe(500);
    fail = false;
    expect((await handle(await delivery(BODY, SECRET, 'msg_dup'))).status).toBe(200);
    expect((await handle(await delivery(BODY, SECRET, 'msg_dup'))).status).toBe(200);
    expect(calls).toBe(2);
    expect([...dedupe]).toEqual(['msg_dup']);
  });

  it('answers 405 to other methods and 500 (not 400) when its own secret is invalid', async () => {
    const handle = webhookHandler(SECRET, {});
    expect((await handle(new Request('http://127.0.0.1/'))).status).toBe(405);
    const errors: unknown[] = [];
    const broken = webhookHandler(undefined, {}, { onError: (e) => errors.push(e) });
    expect((await broken(await delivery())).status).toBe(500);
    expect(errors).toEqual([expect.objectContaining({ code: 'invalid_secret' })]);
  });

  it('answers 500 with a typed invalid_option, not a TypeError and 400, when the body was already read or is locked, or the request is no fetch Request', async () => {
    let called = false;
    const errors: unknown[] = [];
    const handle = webhookHandler(
      SECRET,
      { 'email.bounced': () => void (called = true) },
      { onError: (e) => errors.push(e) },
    );
    // A middleware that parsed the body first, and a Node request passed as it is.
    const read = await delivery();
    await read.text();
    const nodeLike = { method: 'POST', url: '/webhooks', headers: Object.fromEntries((await delivery()).headers) };
    // A middleware that tees the body to log it, or took a reader it has not read from yet: the body
    // is not used (`bodyUsed` is false) but no one else can read it.
    const teed = await delivery();
    teed.body!.tee();
    const taken = await delivery();
    taken.body!.getReader();
    // Node calls such a body unused (`bodyUsed` false), Bun and Deno used: locked either way.
    expect([teed.body!.locked, taken.body!.locked]).toEqual([true, true]);
    for (const request of [read, nodeLike, undefined, teed, taken])
      expect((await handle(request as never)).status).toBe(500);
    expect(called).toBe(false);
    expect(errors).toHaveLength(5);
    for (const error of errors) {
      expect(error).toMatchObject({ code: 'invalid_option', option: 'request' });
      expectErrorModel(error, 'WebhookOptionError', isWebhookOptionError, { option: 'request' });
    }
    expect((errors[0] as Error).message).toContain('(got one already read)');
    expect((errors[1] as Error).message).toContain('(got object)');
    expect((errors[2] as Error).message).toContain('(got undefined)');
    expect((errors[3] as Error).message).toContain('(got one already read)');
    expect((errors[4] as Error).message).toContain('(got one already read)');
  });

  it('refuses a body whose declared length is over the cap without reading it', async () => {
    const handle = webhookHandler(SECRET_BODY, {}, { maxPayloadBytes: 64 });
    const request = await delivery();
    const big = new Request(request.url, {
      method: 'POST',
      headers: { ...Object.fromEntries(request.headers), 'content-length': '1000000' },
      body: BODY,
    });
    expect((await handle(big)).status).toBe(400);
  });

  it('stops reading a streamed body without a length once it passes the cap', async () => {
    const errors: unknown[] = [];
    const handle = webhookHandler(SECRET, {}, { maxPayloadBytes: 1024, onError: (e) => errors.push(e) });
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(512));
      },
    });
    const request = new Request('http://127.0.0.1/', {
      method: 'POST',
      body: endless,
      headers: await signWebhook({ payload: BODY, secret: SECRET }),
      duplex: 'half',
    } as RequestInit);
    expect((await handle(request)).status).toBe(400);
    expect(errors).toEqual([expect.objectContaining({ code: 'payload_too_large' })]);
    expect(pulled).toBeLessThan(10);
  });

  it('keeps working when onError throws', async () => {
    const handle = webhookHandler(
      SECRET,
      {},
      {
        onError: () => {
          throw new Error('logger down');
        },
      },
    );
    expect((await handle(await delivery(BODY, OTHER_SECRET))).status).toBe(400);
  });

  it('keeps working, with no unhandled rejection, when an async onError rejects', async () => {
    const unhandled: unknown[] = [];
    const collect = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', collect);
    try {
      const handle = webhookHandler(SECRET, {}, { onError: async () => Promise.reject(new Error('logger down')) });
      expect((await handle(await delivery(BODY, OTHER_SECRET))).status).toBe(400);
      // One turn of the event loop: Node reports unhandled rejections once the microtasks have run.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('unhandledRejection', collect);
    }
    expect(unhandled).toEqual([]);
  });
});

describe('webhookHandler dispatch', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'answers an event of type %s as an unhandled type: 200, nothing run',
    async (type) => {
      const body = JSON.stringify({ type, created_at: '2026-04-03T22:13:45.102Z', data: {} });
      const errors: unknown[] = [];
      let called = false;
      const handle = webhookHandler(
        SECRET,
        { 'email.bounced': () => void (called = true) },
        { onError: (e) => errors.push(e) },
      );
      const response = await handle(await delivery(body));
      expect([response.status, await response.text()]).toEqual([200, 'Ignored']);
      expect(errors).toEqual([]);
      expect(called).toBe(false);
    },
  );
});
