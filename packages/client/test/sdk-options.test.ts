import { describe, expect, expectTypeOf, it } from 'vitest';
import { http } from 'msw';
import { Resend } from 'resend';
import bundled from '@resendkit/types/openapi.json' with { type: 'json' };
import { SDK_NAMES, SDK_NAME_CHECKS } from '../src/generated/sdk-names.js';
import { inputPreparer } from '../src/method-input.js';
import type { RenameTable } from '../src/sdk-options.js';
import { API_KEY, BASE_URL, json, recordRequests as recordOn, testClient, useServer } from './helpers.js';

const server = useServer();
const recordRequests = () => recordOn(server);

const attachment = { filename: 'a.txt', content: 'aGk=', contentType: 'text/plain', contentId: 'cid-1' };
const sendOptions = {
  from: 'Acme <hi@acme.dev>',
  to: ['delivered@resend.dev'],
  subject: 'Hi',
  text: 'Hello',
  replyTo: 'support@acme.dev',
  scheduledAt: 'in 1 min',
  topicId: 'topic_1',
  tags: [{ name: 'kind', value: 'welcome' }],
  headers: { 'X-Entity-Ref-ID': '42' },
};

/**
 * Calls whose arguments are the same in the SDK and here: each is made once with the SDK and once with
 * the client, and must send the same request.
 */
const calls: [string, (r: Record<string, any>) => Promise<unknown>][] = [
  ['emails.send', (r) => r.emails.send({ ...sendOptions, attachments: [attachment] })],
  ['batch.send', (r) => r.batch.send([sendOptions, { ...sendOptions, to: 'bounced@resend.dev' }])],
  [
    'domains.create',
    (r) =>
      r.domains.create({
        name: 'acme.dev',
        region: 'eu-west-1',
        customReturnPath: 'mail',
        openTracking: true,
        clickTracking: false,
        trackingSubdomain: 'links',
      }),
  ],
  [
    'contacts.create',
    (r) => r.contacts.create({ email: 'ada@acme.dev', firstName: 'Ada', lastName: 'Lovelace', unsubscribed: false }),
  ],
  [
    'contactProperties.create',
    (r) => r.contactProperties.create({ key: 'plan', type: 'string', fallbackValue: 'free' }),
  ],
  [
    'templates.create',
    (r) =>
      r.templates.create({
        name: 'welcome',
        html: '<p>{{{NAME}}}</p>',
        replyTo: 'a@acme.dev',
        variables: [{ key: 'NAME', type: 'string', fallbackValue: 'there' }],
      }),
  ],
  [
    'broadcasts.create',
    (r) =>
      r.broadcasts.create({
        name: 'news',
        segmentId: 'seg_1',
        from: 'a@acme.dev',
        subject: 'News',
        html: '<p>x</p>',
        replyTo: 'b@acme.dev',
        previewText: 'Read',
        topicId: 'topic_1',
      }),
  ],
  ['broadcasts.send', (r) => r.broadcasts.send('b_1', { scheduledAt: 'in 1 hour' })],
  ['events.send', (r) => r.events.send({ event: 'signed_up', contactId: 'c_1', payload: { plan: 'pro' } })],
  [
    'automations.create',
    (r) =>
      r.automations.create({
        name: 'welcome',
        steps: [
          { key: 'start', type: 'trigger', config: { eventName: 'signed_up' } },
          {
            key: 'mail',
            type: 'send_email',
            config: { template: { id: 't_1' }, subject: 'Hi', from: 'a@acme.dev', replyTo: 'b@acme.dev' },
          },
          { key: 'wait', type: 'wait_for_event', config: { eventName: 'clicked', timeout: '1 day' } },
          { key: 'seg', type: 'add_to_segment', config: { segmentId: 'seg_1' } },
        ],
        connections: [{ from: 'start', to: 'mail', type: 'default' }],
      }),
  ],
];

describe("the official SDK's option names", () => {
  it.each(calls)('%s sends the same request as the SDK given the same options', async (_, call) => {
    const seen = recordRequests();
    await call(new Resend(API_KEY, { baseUrl: BASE_URL }) as unknown as Record<string, any>);
    await call(testClient() as unknown as Record<string, any>);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(seen[0]);
  });

  it("converts on a copy: the caller's options are left as they were", async () => {
    const seen = recordRequests();
    const options = { ...sendOptions, attachments: [{ ...attachment }] };
    const before = structuredClone(options);
    const { error } = await testClient().emails.send(options);
    expect(error).toBeUndefined();
    expect(options).toEqual(before);
    expect(seen[0]!.body).toMatchObject({
      reply_to: 'support@acme.dev',
      attachments: [{ content_type: 'text/plain', content_id: 'cid-1' }],
    });
  });

  it('refuses both spellings of one option as invalid_option, naming both, with nothing sent', async () => {
    const seen = recordRequests();
    const result = await testClient().emails.send({ ...sendOptions, reply_to: 'other@acme.dev' });
    expect(result.error).toMatchObject({ name: 'invalid_option', statusCode: null });
    expect(result.error?.message).toMatch(/replyTo and reply_to/);
    expect(result.response.status).toBe(400);
    expect(result).toMatchObject({ request: { method: 'POST', path: '/emails' } });
    const nested = await testClient().emails.send({
      ...sendOptions,
      attachments: [{ ...attachment, content_type: 'text/html' }],
    });
    expect(nested.error?.message).toMatch(/contentType and content_type/);
    expect(seen).toEqual([]);
  });

  it('renames only the fields the table names: keys inside headers and variables pass as given', async () => {
    const seen = recordRequests();
    await testClient().emails.send({
      ...sendOptions,
      headers: { replyTo: 'kept' },
      template: { id: 't', variables: { firstName: 'Ada' } },
    });
    expect(seen[0]!.body).toMatchObject({
      headers: { replyTo: 'kept' },
      template: { variables: { firstName: 'Ada' } },
    });
  });

  it('converts queries too', async () => {
    const seen = recordRequests();
    await testClient().broadcasts.recipients('b_1', { bounceType: 'permanent' } as never);
    expect(seen[0]!.path).toBe('/broadcasts/b_1/recipients');
    const query = await new Promise<string>((resolve) => {
      server.use(
        http.get(
          `${BASE_URL}/contacts`,
          ({ request }) => (resolve(new URL(request.url).search), json({ object: 'list', data: [], has_more: false })),
        ),
      );
      void testClient().contacts.list({ segmentId: 'seg_1' });
    });
    expect(query).toBe('?segment_id=seg_1');
  });

  it('passes a body without SDK names through untouched (no copy)', () => {
    const prepare = inputPreparer('POST /emails')!;
    const body = {
      from: 'a@acme.dev',
      to: 'b@acme.dev',
      subject: 'x',
      text: 'y',
      reply_to: 'c@acme.dev',
      attachments: [{ filename: 'a', content: 'b', content_type: 'text/plain' }],
    };
    expect(prepare(body)).toBe(body);
    expect(inputPreparer('GET /emails/{email_id}')).toBeUndefined();
  });

  it('types each snake_case option under both names', () => {
    const resend = testClient();
    expectTypeOf(resend.emails.send).toBeCallableWith({
      from: 'a',
      to: 'b',
      subject: 'c',
      text: 'd',
      replyTo: 'e',
      scheduledAt: 'f',
    });
    expectTypeOf(resend.emails.send).toBeCallableWith({ from: 'a', to: 'b', subject: 'c', text: 'd', reply_to: 'e' });
    // Not called: only its type is checked.
    // @ts-expect-error: an option neither the API nor the SDK has
    expect(typeof (() => resend.emails.send({ from: 'a', to: 'b', subject: 'c', text: 'd', replyToo: 'e' }))).toBe(
      'function',
    );
  });
});

describe('the SDK name table', () => {
  type Node = Record<string, unknown>;
  const doc = bundled as unknown as {
    paths: Record<string, Record<string, Node>>;
    components: { schemas: Record<string, Node> };
  };
  const deref = (node: unknown): Node => {
    let at = node as Node;
    while (at && typeof at.$ref === 'string') at = doc.components.schemas[(at.$ref as string).split('/').pop()!]!;
    return at ?? {};
  };
  /** Every property name reachable in `schema` at this level (own, composed, array items). */
  const fieldsOf = (schema: unknown): Map<string, Node[]> => {
    const out = new Map<string, Node[]>();
    const visit = (raw: unknown, depth: number) => {
      const node = deref(raw);
      if (depth > 6) return;
      for (const [name, child] of Object.entries((node.properties as Node | undefined) ?? {}))
        out.set(name, [...(out.get(name) ?? []), deref(child)]);
      for (const key of ['allOf', 'oneOf', 'anyOf'])
        for (const member of (node[key] as unknown[] | undefined) ?? []) visit(member, depth + 1);
      if (node.items) visit(node.items, depth + 1);
    };
    visit(schema, 0);
    return out;
  };
  /** The table entries that name a field `schema` lacks (`attachments.contentType → content_type`). */
  const unknownFields = (table: RenameTable, schema: unknown, at = ''): string[] => {
    const fields = fieldsOf(schema);
    const wrong: string[] = [];
    for (const [key, entry] of Object.entries(table)) {
      if (typeof entry === 'string') {
        if (!fields.has(entry)) wrong.push(`${at}${key} → ${entry}`);
      } else if (!fields.has(key)) wrong.push(`${at}${key}`);
      // A field whose schema has variants (automation steps): a name is right if any variant has it.
      else wrong.push(...unknownFields(entry, { anyOf: fields.get(key) }, `${at}${key}.`));
    }
    return wrong;
  };
  const schemaOf = (route: string): unknown => {
    const [method, path] = route.split(' ') as [string, string];
    const op = doc.paths[path]![method.toLowerCase()] as Node;
    const content = (op.requestBody as { content?: Record<string, { schema: unknown }> } | undefined)?.content;
    const body = (content?.['application/json'] ?? content?.['multipart/form-data'])?.schema;
    if (body) return body;
    const params = [
      ...((op.parameters as Node[] | undefined) ?? []),
      ...((doc.paths[path]!.parameters as Node[] | undefined) ?? []),
    ];
    return { properties: Object.fromEntries(params.filter((p) => p.in === 'query').map((p) => [p.name, {}])) };
  };

  it('names only fields the spec has, on routes the spec has', () => {
    for (const [route, table] of Object.entries(SDK_NAMES))
      expect(unknownFields(table, schemaOf(route)), route).toEqual([]);
  });

  it('has a generated check for every route of the table, and only those', () => {
    expect(Object.keys(SDK_NAME_CHECKS).sort()).toEqual(Object.keys(SDK_NAMES).sort());
    const check = SDK_NAME_CHECKS['POST /emails']!;
    expect(check({ from: 'a', reply_to: 'b', attachments: [{ content_type: 'x' }] })).toBe(false);
    expect(check({ from: 'a', attachments: [{ content_type: 'x' }, { contentId: 'y' }] })).toBe(true);
    expect(SDK_NAME_CHECKS['POST /emails/batch']!([{ from: 'a' }, { scheduledAt: 'in 1 min' }])).toBe(true);
  });

  it('would catch an entry naming a field the spec lacks', () => {
    expect(unknownFields({ replyTo: 'reply_to', fromName: 'from_name' }, schemaOf('POST /emails'))).toEqual([
      'fromName → from_name',
    ]);
    expect(unknownFields({ attachments: { mimeType: 'mime_type' } }, schemaOf('POST /emails'))).toEqual([
      'attachments.mimeType → mime_type',
    ]);
  });

  it("covers every name of the SDK's parse-*-to-api-options converters", () => {
    const has = (route: string, ...names: string[]) => {
      const flat = JSON.stringify(SDK_NAMES[route]);
      for (const name of names) expect(flat, `${route} ${name}`).toContain(`"${name}"`);
    };
    has('POST /emails', 'replyTo', 'scheduledAt', 'topicId', 'contentType', 'contentId');
    has('POST /domains', 'customReturnPath', 'openTracking', 'clickTracking', 'trackingSubdomain');
    has('PATCH /domains/{domain_id}', 'openTracking', 'clickTracking', 'trackingSubdomain');
    has('POST /templates', 'replyTo', 'fallbackValue');
    has('PATCH /templates/{id}', 'replyTo', 'fallbackValue');
    has('POST /automations', 'eventName', 'replyTo', 'filterRule', 'firstName', 'lastName', 'segmentId');
    has('POST /contact-properties', 'fallbackValue');
    has('PATCH /contact-properties/{id}', 'fallbackValue');
    has('POST /contacts', 'firstName', 'lastName');
    has('PATCH /contacts/{id}', 'firstName', 'lastName');
    has('POST /broadcasts', 'segmentId', 'replyTo', 'previewText', 'topicId', 'scheduledAt');
    has('POST /events/send', 'contactId');
    has('POST /contacts/imports', 'columnMap', 'onConflict', 'firstName', 'lastName');
  });
});
