import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { ResendConfigError, ResendError, toApiEmail } from '../src/index.js';
import { recordRequests as recordOn, testClient, useServer } from './helpers.js';

const server = useServer();

const email = { from: 'Acme <hi@acme.dev>', to: 'delivered@resend.dev', subject: 'Welcome' };

function Welcome({ name }: { name: string }) {
  return createElement('p', null, `Welcome, ${name}!`);
}

function Broken(): never {
  throw new Error('template bug');
}

describe('toApiEmail', () => {
  it('turns the SDK names, attachment bytes and a react element into the JSON body the API takes', async () => {
    const stored = await toApiEmail({
      ...email,
      react: createElement(Welcome, { name: 'Ada' }),
      replyTo: 'support@acme.dev',
      attachments: [{ filename: 'a.txt', content: Buffer.from('hi'), contentType: 'text/plain' }],
    });
    expect(JSON.parse(JSON.stringify(stored))).toEqual({
      ...email,
      html: expect.stringContaining('Welcome, Ada!'),
      reply_to: 'support@acme.dev',
      attachments: [{ filename: 'a.txt', content: 'aGk=', content_type: 'text/plain' }],
    });
  });

  it('stores an email that emails.send sends as the original would have been sent', async () => {
    const seen = recordOn(server);
    const original = {
      ...email,
      text: 'Hi',
      scheduledAt: 'in 1 min',
      attachments: [{ filename: 'a', content: Buffer.from('x') }],
    };
    await testClient().emails.send(original);
    const stored = JSON.parse(JSON.stringify(await toApiEmail(original)));
    await testClient().emails.send(stored);
    expect(seen[1]!.body).toEqual(seen[0]!.body);
  });

  it('hands back an email the API takes as it is, not a copy', async () => {
    const plain = { ...email, html: '<p>Hi</p>', reply_to: 'a@acme.dev' };
    expect(await toApiEmail(plain)).toBe(plain);
  });

  it('rejects where emails.send would refuse: two spellings of a field, a render that throws, no object', async () => {
    const both = toApiEmail({ ...email, text: 'x', replyTo: 'a@acme.dev', reply_to: 'b@acme.dev' });
    await expect(both).rejects.toBeInstanceOf(ResendError);
    await expect(both).rejects.toMatchObject({
      name: 'invalid_option',
      statusCode: null,
      method: 'POST',
      path: '/emails',
    });
    await expect(toApiEmail({ ...email, react: createElement(Broken) })).rejects.toMatchObject({
      name: 'react_render_failed',
      message: expect.stringContaining('template bug'),
    });
    await expect(toApiEmail(null as never)).rejects.toMatchObject({ name: 'invalid_option' });
    await expect(toApiEmail([email] as never)).rejects.toMatchObject({ name: 'invalid_option' });
  });

  it("gives up a render when its signal aborts, with the signal's reason", async () => {
    const never = new Promise<never>(() => {});
    function Stuck(): never {
      throw never;
    }
    const controller = new AbortController();
    const pending = toApiEmail({ ...email, react: createElement(Stuck) }, { signal: controller.signal });
    controller.abort(new Error('shutting down'));
    await expect(pending).rejects.toThrow('shutting down');
  });

  it('takes signal: null as no signal, as emails.send and sendAll do', async () => {
    const ready = await toApiEmail({ ...email, react: createElement(Welcome, { name: 'Ada' }) }, { signal: null });
    expect(ready.html).toContain('Ada');
  });

  it.each([
    ['null', null, 'toApiEmail options must be an object (got null).'],
    [
      'a misspelt signal',
      { sginal: new AbortController().signal },
      'toApiEmail has no option "sginal"; the options are signal.',
    ],
    ['a signal that is no AbortSignal', { signal: 'stop' }, 'signal must be an AbortSignal (got string).'],
  ])(
    'refuses options it cannot use (%s) with ResendConfigError, never a TypeError or an unabortable render',
    async (_, options, message) => {
      const call = toApiEmail({ ...email, react: createElement(Welcome, { name: 'Ada' }) }, options as never);
      await expect(call).rejects.toBeInstanceOf(ResendConfigError);
      await expect(call).rejects.toMatchObject({ code: 'invalid_option', message });
    },
  );
});
