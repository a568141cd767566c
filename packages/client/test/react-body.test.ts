import { describe, expect, it, vi } from 'vitest';
import { http } from 'msw';
import { createElement } from 'react';
import { sendAll } from '../src/send-all.js';
import { BASE_URL, json, testClient, useServer } from './helpers.js';

/** Counts how often the renderer package is loaded, so a call without `react` can be shown not to load it. */
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('@react-email/render', async (original) => {
  loads.count++;
  return original();
});

const server = useServer();

function recordBodies(): unknown[] {
  const bodies: unknown[] = [];
  server.use(
    http.post(`${BASE_URL}/*`, async ({ request }) => {
      const body: unknown = await request.json();
      bodies.push(body);
      return json(Array.isArray(body) ? { data: body.map((_, i) => ({ id: `e${i}` })) } : { id: 'e1', object: 'x' });
    }),
  );
  return bodies;
}

function Welcome({ name }: { name: string }) {
  return createElement('p', null, `Welcome, ${name}!`);
}

function Broken(): never {
  throw new Error('template bug');
}

const base = { from: 'Acme <hi@acme.dev>', to: 'delivered@resend.dev', subject: 'Hi' };

/** A component whose render suspends for ever. */
function Stuck(): never {
  throw new Promise(() => undefined);
}

/**
 * What `start(signal)` settles with once its signal aborts with `reason` 20 ms in: its rejection, or
 * `'resolved'`; `'still pending'` if it has not settled 1 s later.
 */
function settledOnAbort(start: (signal: AbortSignal) => Promise<unknown>, reason: Error): Promise<unknown> {
  const controller = new AbortController();
  const running = start(controller.signal);
  setTimeout(() => controller.abort(reason), 20);
  return Promise.race([
    running.then(
      () => 'resolved',
      (error: unknown) => error,
    ),
    new Promise((resolve) => setTimeout(() => resolve('still pending'), 1000)),
  ]);
}

describe('react bodies', () => {
  it('loads no renderer for a call without react', async () => {
    recordBodies();
    const { error } = await testClient().emails.send({ ...base, text: 'plain' });
    expect(error).toBeUndefined();
    expect(loads.count).toBe(0);
  });

  it('emails.send renders react into html and sends no react field', async () => {
    const bodies = recordBodies();
    const { data, error } = await testClient().emails.send({ ...base, react: createElement(Welcome, { name: 'Ada' }) });
    expect(error).toBeUndefined();
    expect(data).toMatchObject({ id: 'e1' });
    expect(loads.count).toBe(1);
    const sent = bodies[0] as Record<string, unknown>;
    expect(sent.html).toContain('Welcome, Ada!');
    expect(sent).not.toHaveProperty('react');
  });

  it('batch.send renders each item that has react, and leaves the others', async () => {
    const bodies = recordBodies();
    await testClient().batch.send([
      { ...base, react: createElement(Welcome, { name: 'Ada' }) },
      { ...base, text: 'plain' },
    ]);
    const [first, second] = bodies[0] as Record<string, unknown>[];
    expect(first!.html).toContain('Welcome, Ada!');
    expect(second).toEqual({ ...base, text: 'plain' });
  });

  it('templates and broadcasts take react as the SDK does', async () => {
    const bodies = recordBodies();
    const resend = testClient();
    await resend.templates.create({ name: 'welcome', react: createElement(Welcome, { name: '{{{NAME}}}' }) });
    await resend.broadcasts.create({
      name: 'news',
      segmentId: 'seg_1',
      from: base.from,
      subject: 'News',
      react: createElement(Welcome, { name: 'all' }),
    });
    expect((bodies[0] as { html: string }).html).toContain('Welcome, {{{NAME}}}!');
    expect(bodies[1]).toMatchObject({ segment_id: 'seg_1' });
    expect((bodies[1] as { html: string }).html).toContain('Welcome, all!');
  });

  it('a component that throws resolves as react_render_failed naming the field, with nothing sent', async () => {
    const bodies = recordBodies();
    const single = await testClient().emails.send({ ...base, react: createElement(Broken) });
    expect(single.error).toMatchObject({ name: 'react_render_failed', statusCode: null });
    expect(single.error?.message).toMatch(/^react: rendering failed \(template bug\)/);
    const batch = await testClient().batch.send([
      { ...base, text: 'ok' },
      { ...base, react: createElement(Broken) },
    ]);
    expect(batch.error?.message).toMatch(/^\[1\]\.react: /);
    expect(bodies).toEqual([]);
  });

  it("a render that never finishes is ended by the call's signal, with nothing sent", async () => {
    const bodies = recordBodies();
    const reason = new Error('gave up');
    const settled = await settledOnAbort(
      (signal) => testClient().emails.send({ ...base, react: createElement(Stuck) }, { signal }),
      reason,
    );
    expect(settled).toBe(reason);
    expect(bodies).toEqual([]);
  });

  it("a sendAll render that never finishes is ended by the run's signal, with nothing sent", async () => {
    const bodies = recordBodies();
    const reason = new Error('gave up');
    const settled = await settledOnAbort(
      (signal) => sendAll(testClient(), [{ ...base, react: createElement(Stuck) }], { signal }),
      reason,
    );
    expect(settled).toBe(reason);
    expect(bodies).toEqual([]);
  });

  it('react with html is refused: one of them would be dropped', async () => {
    const bodies = recordBodies();
    const result = await testClient().emails.send({
      ...base,
      html: '<p>x</p>',
      react: createElement(Welcome, { name: 'Ada' }),
    });
    expect(result.error).toMatchObject({ name: 'invalid_option' });
    expect(bodies).toEqual([]);
  });

  it('sendAll renders react items before planning, and refuses a failing one by index', async () => {
    const bodies = recordBodies();
    const resend = testClient();
    const report = await sendAll(resend, [
      { ...base, react: createElement(Welcome, { name: 'Ada' }) },
      { ...base, replyTo: 'support@acme.dev', text: 'plain' },
    ]);
    expect(report.results.every((r) => r.error === undefined)).toBe(true);
    const [first, second] = bodies[0] as Record<string, unknown>[];
    expect(first!.html).toContain('Welcome, Ada!');
    expect(second).toMatchObject({ reply_to: 'support@acme.dev' });
    await expect(
      sendAll(resend, [
        { ...base, text: 'ok' },
        { ...base, react: createElement(Broken) },
      ]),
    ).rejects.toMatchObject({
      name: 'invalid_email',
      index: 1,
    });
  });
});
