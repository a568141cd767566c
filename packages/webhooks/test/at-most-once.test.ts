/** webhookHandler claims each delivery id before running its handler: copies run it at most once. */
import { describe, expect, it } from 'vitest';
import { signWebhook, webhookHandler, type WebhookClaimStore } from '../src/index.js';
import { BODY, SECRET } from './fixtures.js';

async function copies(count: number, id: string): Promise<Request[]> {
  const headers = await signWebhook({ payload: BODY, secret: SECRET, id });
  return Array.from(
    { length: count },
    () => new Request('http://127.0.0.1/webhooks', { method: 'POST', body: BODY, headers }),
  );
}

/** A handler whose runs are counted and which finishes only when `finish` is called. */
function gatedHandler() {
  let runs = 0;
  let finish!: () => void;
  const gate = new Promise<void>((resolve) => (finish = resolve));
  const handler = async () => {
    // A second run is the failure under test: let every copy finish rather than wait for the gate.
    if (++runs > 1) finish();
    await gate;
  };
  return { handler, finish, runs: () => runs };
}

/**
 * Sends every request at once and lets the gated handler finish only after all but one have been
 * answered, so every copy arrives while the first is still running. Resolves with the statuses.
 */
async function allAtOnce(
  requests: Request[],
  send: (request: Request, index: number) => Promise<Response>,
  finish: () => void,
): Promise<number[]> {
  let answered = 0;
  let allButOne!: () => void;
  const othersDone = new Promise<void>((resolve) => (allButOne = resolve));
  const pending = requests.map(async (request, index) => {
    const { status } = await send(request, index);
    if (++answered === requests.length - 1) allButOne();
    return status;
  });
  await othersDone;
  finish();
  return Promise.all(pending);
}

/** A shared store with an atomic claim, as Redis `SET NX EX` gives, reached asynchronously. */
function sharedStore(): WebhookClaimStore & { claims: Map<string, number> } {
  const claims = new Map<string, number>();
  return {
    claims,
    async claim(id, ttlSeconds) {
      await Promise.resolve();
      if (claims.has(id)) return false;
      claims.set(id, ttlSeconds);
      return true;
    },
    async release(id) {
      await Promise.resolve();
      claims.delete(id);
    },
  };
}

describe('webhookHandler runs a delivery at most once', () => {
  it('runs the handler once for 20 concurrent copies; the others are answered 409 while it runs, then 200', async () => {
    const gated = gatedHandler();
    const handle = webhookHandler(SECRET, { 'email.bounced': gated.handler });
    const statuses = await allAtOnce(await copies(20, 'msg_same'), handle, gated.finish);
    expect(gated.runs()).toBe(1);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    const [later] = await copies(1, 'msg_same');
    const again = await handle(later!);
    expect([again.status, await again.text()]).toEqual([200, 'Duplicate ignored']);
    expect(gated.runs()).toBe(1);
  });

  it("gives the claim back when the handler fails, so the sender's retry runs it again", async () => {
    let runs = 0;
    const handle = webhookHandler(SECRET, {
      'email.bounced': () => {
        if (++runs === 1) throw new Error('database down');
      },
    });
    const [first, retry, duplicate] = await copies(3, 'msg_retried');
    expect((await handle(first!)).status).toBe(500);
    expect((await handle(retry!)).status).toBe(200);
    expect((await handle(duplicate!)).status).toBe(200);
    expect(runs).toBe(2);
  });

  it('runs once across instances sharing a claim store, and passes the TTL to claim', async () => {
    const store = sharedStore();
    const gated = gatedHandler();
    const instances = [1, 2, 3, 4].map(() =>
      webhookHandler(SECRET, { 'email.bounced': gated.handler }, { dedupe: store, dedupeTtlSeconds: 3600 }),
    );
    const statuses = await allAtOnce(
      await copies(20, 'msg_shared'),
      (request, index) => instances[index % 4]!(request),
      gated.finish,
    );
    expect(gated.runs()).toBe(1);
    // 409 from the instance running it, 200 ("Duplicate ignored") from the three others.
    expect(statuses.every((status) => status === 200 || status === 409)).toBe(true);
    expect(store.claims).toEqual(new Map([['msg_shared', 3600]]));
  });

  it('releases the claim in the shared store when the handler fails', async () => {
    const store = sharedStore();
    let runs = 0;
    const handle = webhookHandler(
      SECRET,
      {
        'email.bounced': () => {
          if (++runs === 1) throw new Error('transient');
        },
      },
      { dedupe: store },
    );
    const [first, retry] = await copies(2, 'msg_release');
    expect((await handle(first!)).status).toBe(500);
    expect(store.claims.size).toBe(0);
    expect((await handle(retry!)).status).toBe(200);
    expect(runs).toBe(2);
    expect([...store.claims.keys()]).toEqual(['msg_release']);
  });

  it('answers 500 (so the sender retries) when the store fails or its claim returns no boolean', async () => {
    const errors: unknown[] = [];
    const down = webhookHandler(
      SECRET,
      { 'email.bounced': () => undefined },
      {
        dedupe: { claim: () => Promise.reject(new Error('redis down')), release: () => undefined },
        onError: (e) => errors.push(e),
      },
    );
    expect((await down((await copies(1, 'msg_a'))[0]!)).status).toBe(500);
    let runs = 0;
    const odd = webhookHandler(
      SECRET,
      { 'email.bounced': () => void runs++ },
      { dedupe: { claim: () => 'OK' as never, release: () => undefined }, onError: (e) => errors.push(e) },
    );
    expect((await odd((await copies(1, 'msg_b'))[0]!)).status).toBe(500);
    expect(runs).toBe(0);
    expect(errors).toEqual([
      new Error('redis down'),
      expect.objectContaining({ code: 'invalid_option', option: 'dedupe.claim' }),
    ]);
  });

  it('still takes a has/add store such as a Set, and runs concurrent copies once in the process', async () => {
    const seen = new Set<string>();
    const gated = gatedHandler();
    const handle = webhookHandler(SECRET, { 'email.bounced': gated.handler }, { dedupe: seen });
    const statuses = await allAtOnce(await copies(5, 'msg_set'), handle, gated.finish);
    expect(gated.runs()).toBe(1);
    expect(statuses.sort()).toEqual([200, 409, 409, 409, 409]);
    expect([...seen]).toEqual(['msg_set']);
  });

  it('answers 200 when the handler ran but a has/add store fails to record it, so the sender does not run it again', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const handle = webhookHandler(
      SECRET,
      { 'email.bounced': () => void runs++ },
      {
        dedupe: {
          has: () => false,
          add: () => Promise.reject(new Error('database down')),
        },
        onError: (e) => errors.push(e),
      },
    );
    const response = await handle((await copies(1, 'msg_unrecorded'))[0]!);
    expect([response.status, await response.text()]).toEqual([200, 'OK']);
    expect(runs).toBe(1);
    expect(errors).toEqual([new Error('database down')]);
  });
});
