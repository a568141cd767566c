/**
 * Wrong kinds handed to the public API: every one is a FakeOptionsError naming the option, never a
 * bare TypeError, a hang, or a value quietly read as something else (`rateLimit: 'off'` as "on", a
 * string spread into letters, a misspelt filter that matches any email).
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend, findCodes, findLinks, isFakeOptionsError, resendTimestamp } from '../src/index.js';
import { mswHandlers } from '../src/msw.js';
import { listen } from '../src/server.js';
import { call, email } from './helpers.js';
import { expectRefused, loose, refusal } from './refusals.js';

async function fakeWithOneEmail() {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
  const sent = await call(fake, 'POST', '/emails', { body: email({ to: 'ada@acme.dev', text: 'Code 481516' }) });
  expect(sent.status).toBe(200);
  return fake;
}

describe('createFakeResend refuses options of the wrong kind', () => {
  it.each([
    ['null', null, 'got null'],
    ['a string', 'acme.dev', 'got string'],
    ['an array', [], 'got array'],
    ['true', true, 'got boolean'],
  ])('refuses %s as the options instead of taking the defaults', async (_label, options, got) => {
    await expectRefused(() => createFakeResend(loose(options)), 'options', `options must be an object (${got}).`);
  });

  it.each([
    ['rateLimit', 'off', 'rateLimit must be a boolean (got string).'],
    ['rateLimit', null, 'rateLimit must be a boolean (got null).'],
    ['validateResponses', 'false', 'validateResponses must be a boolean (got string).'],
    ['now', 'today', 'now must be a function (got string).'],
    ['sleep', 10, 'sleep must be a function (got number).'],
    ['faults', [], 'faults must be an object'],
    ['webhooks', [], 'webhooks must be an object of delivery options (got array).'],
    ['apiKeys', 're_123', 'apiKeys must be an array of keys (got string).'],
    ['apiKeys', [5], 'apiKeys[0] must be a "re_…" string or { key, permission } (got number).'],
    ['apiKeys', ['re_ok', { key: 're_admin', permission: 'admin' }], 'apiKeys[1] needs permission'],
  ])('refuses %s: %j naming the option', async (option, value, message) => {
    await expectRefused(() => createFakeResend(loose({ [option]: value })), option, message);
  });

  it('leaves the rate limit on no more: rateLimit "off" used to be read as true', async () => {
    await expectRefused(() => createFakeResend(loose({ rateLimit: 'off' })), 'rateLimit', 'a boolean');
    const off = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await call(off, 'POST', '/emails', { body: email() })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200]);
  });

  it('refuses an API key that could never be sent, without repeating it', async () => {
    const error = await refusal(() => createFakeResend(loose({ apiKeys: ['sk_live_s3cret_value'] })));
    expect(error).toMatchObject({ option: 'apiKeys' });
    expect((error as Error).message).toContain('apiKeys[0] must be a key of the form re_…');
    expect((error as Error).message).not.toContain('s3cret');
    const swapped = await refusal(() =>
      createFakeResend(loose({ apiKeys: [{ key: 're_fine', permission: 're_s3cret_value' }] })),
    );
    expect((swapped as Error).message).not.toContain('s3cret');
  });

  it('names the domain at fault by its index', async () => {
    await expectRefused(
      () => createFakeResend({ domains: ['acme.dev', 'not a domain'] }),
      'domains',
      'domains[1] must be a domain name such as "acme.dev", got "not a domain".',
    );
  });

  it('still takes every option in its documented kind', () => {
    expect(() =>
      createFakeResend({
        rateLimit: false,
        validateResponses: true,
        now: () => 0,
        sleep: async () => {},
        apiKeys: ['re_full', { key: 're_send', permission: 'sending_access' }],
        webhooks: { fetch: () => new Response(null), retryDelaysMs: [1] },
      }),
    ).not.toThrow();
  });
});

describe('the fake refuses test-API arguments of the wrong kind', () => {
  it('refuses a URL string in fetch instead of failing with Invalid URL', async () => {
    const fake = createFakeResend();
    await expectRefused(() => fake.fetch(loose('https://api.resend.com/emails')), 'request', 'got string');
    await expectRefused(() => fake.handle(loose(undefined)), 'request', 'take a fetch Request');
  });

  it('refuses an array as faults in setFaults and updateSettings, keeping the faults in force', async () => {
    const fake = createFakeResend({ faults: { errorRate: 0.5 } });
    await expectRefused(() => fake.setFaults(loose([])), 'faults', 'faults must be an object');
    await expectRefused(() => fake.updateSettings(loose({ faults: [] })), 'faults', 'faults must be an object');
    expect(fake.settings().faults).toEqual({ errorRate: 0.5 });
  });

  it.each([
    ['an address string (spread into letters)', 'ada@acme.dev', 'options', 'waitForEmail: options must be an object'],
    ['a misspelt field (which filtered nothing)', { To: 'bob@acme.dev' }, 'To', 'waitForEmail has no option "To"'],
    ['a number as to', { to: 5 }, 'to', 'to must be a string (got number).'],
    ['a number as subject', { to: 'ada@acme.dev', subject: 5 }, 'subject', 'subject must be a string'],
    [
      'an ISO string as since (never matched)',
      { to: 'ada@acme.dev', since: '2020-01-01' },
      'since',
      'since must be a number',
    ],
  ])('refuses %s in waitForEmail before waiting', async (_label, options, option, message) => {
    const fake = await fakeWithOneEmail();
    await expectRefused(() => fake.waitForEmail(loose(options)), option, message);
  });

  it('refuses latestEmail without an address instead of answering the newest email to anyone', async () => {
    const fake = await fakeWithOneEmail();
    await expectRefused(
      () => fake.latestEmail(loose(undefined)),
      'to',
      'latestEmail: to must be an address string (got undefined).',
    );
    await expectRefused(() => fake.latestEmail(loose(5)), 'to', 'got number');
    expect(fake.latestEmail('ada@acme.dev')?.codes).toEqual(['481516']);
  });

  it('refuses a list of senders, headers given as an array and non-text attachment fields in receiveEmail', async () => {
    const fake = createFakeResend();
    const base = { from: 'ann@example.org', to: 'inbox@acme.dev', subject: 'Hi' };
    await expectRefused(
      () => fake.receiveEmail(loose({ ...base, from: ['ann@example.org', 'bob@example.org'] })),
      'from',
      'one address',
    );
    await expectRefused(() => fake.receiveEmail(loose({ ...base, headers: ['x'] })), 'headers', 'headers must map');
    await expectRefused(
      () =>
        fake.receiveEmail(loose({ ...base, attachments: [{ filename: 'a.txt', content: 'aGk=', content_type: 5 }] })),
      'attachments',
      'attachments[0].content_type must be a string.',
    );
    expect(fake.state.receivedEmails.size).toBe(0);
  });
});

describe('fake.inbox refuses queries and arguments of the wrong kind', () => {
  it.each([
    ['a string query', 'ada', 'query', 'inbox.emails: query must be an object (got string).'],
    [
      'a string offset (read as 0)',
      { offset: '1' },
      'offset',
      'inbox.emails: offset must be an integer of at least 0 (got "1").',
    ],
    [
      'a limit of 0 (read as 50)',
      { limit: 0 },
      'limit',
      'inbox.emails: limit must be an integer of at least 1 (got 0).',
    ],
    ['a number as q (a TypeError)', { q: 5 }, 'q', 'inbox.emails: q must be a string (got number).'],
    ['a misspelt field', { offest: 1 }, 'offest', 'inbox.emails has no query field "offest"'],
  ])('refuses %s in emails()', async (_label, query, option, message) => {
    const fake = await fakeWithOneEmail();
    await expectRefused(() => fake.inbox.emails(loose(query)), option, message);
  });

  it('refuses wrong kinds in the other inbox methods and still lists without a query', async () => {
    const fake = await fakeWithOneEmail();
    await expectRefused(() => fake.inbox.requests(loose({ q: 5 })), 'q', 'inbox.requests: q must be a string');
    await expectRefused(() => fake.inbox.deliveries(loose({ limit: 'x' })), 'limit', 'inbox.deliveries: limit');
    await expectRefused(() => fake.inbox.email(loose(5)), 'id', 'inbox.email: id must be a string (got number).');
    await expectRefused(() => fake.inbox.request(loose('1')), 'id', 'inbox.request: id must be a number');
    await expectRefused(() => fake.inbox.attachment('x', loose('0')), 'index', 'must be a number');
    await expectRefused(() => fake.inbox.cancel(loose(null)), 'id', 'got null');
    await expectRefused(() => fake.inbox.subscribe(loose('x')), 'listener', 'must be a function (got string).');
    expect(fake.inbox.emails().total).toBe(1);
    expect(fake.inbox.requests().total).toBe(1);
  });

  it('refuses a predicate that is not a function in state.find', async () => {
    const fake = await fakeWithOneEmail();
    await expectRefused(() => fake.state.emails.find(loose('ada@acme.dev')), 'predicate', 'got string');
  });
});

describe('the exported helpers refuse arguments of the wrong kind', () => {
  it('refuses bodies that are not text in findCodes and findLinks', async () => {
    await expectRefused(
      () => findCodes(loose(481516), null),
      'text',
      'findCodes: text must be a string or null (got number).',
    );
    await expectRefused(() => findLinks(null, loose({})), 'html', 'got object');
    expect(findCodes(null, '<p>Code 481516</p>')).toEqual(['481516']);
  });

  it('refuses a timestamp that is not a number of ms instead of a bare RangeError', async () => {
    await expectRefused(() => resendTimestamp(loose('2026-01-01')), 'ms', 'resendTimestamp: ms must be a number');
    await expectRefused(() => resendTimestamp(Number.NaN), 'ms', 'got NaN');
    expect(resendTimestamp(0)).toBe('1970-01-01 00:00:00.000000+00');
  });
});

describe('the adapters refuse what is not a fake or a listen option', () => {
  it.each([
    ['undefined', undefined, 'got undefined'],
    ['the factory itself', createFakeResend, 'got function'],
    ['an object', {}, 'got an object without baseUrls and handle'],
  ])('refuses %s in mswHandlers and listen', async (_label, fake, got) => {
    await expectRefused(
      () => mswHandlers(loose(fake)),
      'fake',
      `mswHandlers takes a fake made by createFakeResend() (${got}).`,
    );
    await expectRefused(() => listen(loose(fake)), 'fake', `listen takes a fake made by createFakeResend() (${got}).`);
  });

  it.each([
    ['null options', null, 'options', 'listen: options must be an object (got null).'],
    [
      'a string port (a socket path to node)',
      { port: '3000' },
      'port',
      'port must be an integer from 0 to 65535 (got string).',
    ],
    ['a null port (a free port to node)', { port: null }, 'port', '(got null)'],
    ['an empty host (every interface to node)', { host: '' }, 'host', 'host must be a host name or address'],
    ['a number as host', { host: 5 }, 'host', 'host must be a host name or address such as "127.0.0.1" (got number).'],
  ])('refuses %s in listen before listening', async (_label, options, option, message) => {
    await expectRefused(() => listen(createFakeResend(), loose(options)), option, message);
  });

  it('still answers limit=0 over HTTP with the default page', async () => {
    const fake = await fakeWithOneEmail();
    const server = await listen(fake);
    try {
      const answer = await fetch(`${server.inboxUrl}api/emails?limit=0`);
      expect(answer.status).toBe(200);
      expect(((await answer.json()) as { total: number }).total).toBe(1);
    } finally {
      await server.close();
    }
  });
});
