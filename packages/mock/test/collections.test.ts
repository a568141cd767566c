/**
 * Every collection the bundled spec can create (a `POST T` with a `GET T/{id}`), found from the
 * spec rather than listed by hand, keeps real state in the fake: distinct IDs, reads return what
 * was written, updates apply, lists page with cursors and a delete makes the next read a 404.
 * A collection added to the spec fails here until the fake handles it.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend, type FakeResend } from '../src/index.js';
import { exampleFor } from '../src/examples.js';
import { bundledSpec, listOperations, requestMedia, type Operation } from '../src/spec.js';
import { API, HEADERS } from './helpers.js';

const operations = listOperations(bundledSpec);
const find = (method: string, template: string) =>
  operations.find((o) => o.method === method && o.template === template);

interface CollectionOps {
  base: string;
  create: Operation;
  get: Operation;
  list?: Operation;
  update?: Operation;
  remove?: Operation;
}

/** `POST T` + `GET T/{x}` pairs, with the list, update and delete the spec also has. */
function creatableCollections(): CollectionOps[] {
  const found: CollectionOps[] = [];
  for (const create of operations.filter((o) => o.method === 'POST')) {
    const item = operations.find(
      (o) => o.method === 'GET' && new RegExp(`^${escape(create.template)}/\\{[^}/]+\\}$`).test(o.template),
    );
    if (!item) continue;
    const t = item.template;
    found.push({
      base: create.template,
      create,
      get: item,
      list: find('GET', create.template),
      update: find('PATCH', t),
      remove: find('DELETE', t),
    });
  }
  return found;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The example request body, made distinct for the n-th object (unique names, emails, keys). */
function exampleBody(op: Operation, n: number): { body: BodyInit; type?: string } | undefined {
  const media = requestMedia(bundledSpec, op, null) ?? requestMedia(bundledSpec, op, 'multipart/form-data');
  if (!media) return undefined;
  const example = structuredClone(media.media.example ?? exampleFor(bundledSpec, media.media.schema ?? {})) as Record<
    string,
    unknown
  >;
  for (const key of ['email', 'email_address', 'name', 'key', 'alias']) {
    if (typeof example[key] === 'string') example[key] = `x${n}${example[key] as string}`;
  }
  // A contact naming a segment or topic that does not exist is refused, and the walk creates none.
  if (op.template === '/contacts' || op.template === '/contacts/imports') {
    delete example.segments;
    delete example.topics;
  }
  // Reschedule applies only to scheduled emails.
  if (op.template === '/emails') example.scheduled_at = 'in 1 hour';
  if (media.type.includes('multipart')) {
    const form = new FormData();
    for (const [k, v] of Object.entries(example))
      form.set(k, typeof v === 'string' ? v.replace(/^(\S+)@/m, `x${n}$1@`) : JSON.stringify(v));
    return { body: form };
  }
  return { body: JSON.stringify(example), type: media.type };
}

async function send(fake: FakeResend, method: string, path: string, payload?: { body: BodyInit; type?: string }) {
  const headers = new Headers(HEADERS);
  if (payload?.type) headers.set('content-type', payload.type);
  const response = await fake.fetch(new Request(`${API}${path}`, { method, headers, body: payload?.body }));
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> & {
      data?: { id: string }[];
      has_more?: boolean;
    },
  };
}

/** Fills the path's parameters: the parent's ID for a nested collection, then the object's. */
function pathOf(template: string, ids: string[]): string {
  let i = 0;
  return template.replace(/\{[^}]+\}/g, () => encodeURIComponent(ids[i++] ?? 'missing'));
}

const collections = creatableCollections();
const parentOf = (c: CollectionOps) =>
  c.base.includes('{') ? collections.find((p) => p.base === c.base.slice(0, c.base.indexOf('/{'))) : undefined;

describe('every creatable collection in the bundled spec', () => {
  it('is found from the spec', () => {
    expect(collections.map((c) => c.base)).toEqual(
      expect.arrayContaining([
        '/automations',
        '/events',
        '/suppressions',
        '/contact-properties',
        '/contacts/imports',
        '/inboxes/{inbox_id}/drafts',
      ]),
    );
  });

  it.each(collections.map((c) => [c.base, c] as const))(
    '%s: create two, get, list, update, delete, 404',
    async (_base, c) => {
      const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, validateResponses: true });
      const parent = parentOf(c);
      const scope: string[] = [];
      if (c.base.includes('{')) {
        expect(parent, `no creatable parent collection for ${c.base}`).toBeDefined();
        const made = await send(fake, 'POST', pathOf(parent!.base, []), exampleBody(parent!.create, 0));
        expect(made.status).toBeLessThan(300);
        scope.push(String(made.body.id));
      }
      const created = [];
      for (const n of [1, 2]) {
        const res = await send(fake, 'POST', pathOf(c.base, scope), exampleBody(c.create, n));
        expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
        created.push(String(res.body.id));
      }
      expect(new Set(created).size).toBe(2);

      for (const id of created) {
        const got = await send(fake, 'GET', pathOf(c.get.template, [...scope, id]));
        expect(got.status, JSON.stringify(got.body)).toBe(200);
        expect(got.body.id).toBe(id);
      }

      if (c.list) {
        const all = await send(fake, 'GET', pathOf(c.base, scope));
        expect(all.status, JSON.stringify(all.body)).toBe(200);
        expect(all.body.data!.map((d) => d.id)).toEqual(expect.arrayContaining(created));
        if (c.list.parameters.some((p) => p.name === 'limit')) {
          const first = await send(fake, 'GET', `${pathOf(c.base, scope)}?limit=1`);
          expect(first.body.data).toHaveLength(1);
          expect(first.body.has_more).toBe(true);
          const next = await send(fake, 'GET', `${pathOf(c.base, scope)}?limit=1&after=${first.body.data![0]!.id}`);
          expect(next.body.data![0]!.id).not.toBe(first.body.data![0]!.id);
          expect(created).toContain(next.body.data![0]!.id);
        }
      }

      if (c.update) {
        const patch = exampleBody(c.update, 3);
        const sent = JSON.parse(String(patch?.body ?? '{}')) as Record<string, unknown>;
        const res = await send(fake, 'PATCH', pathOf(c.update.template, [...scope, created[0]!]), patch);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        const got = await send(fake, 'GET', pathOf(c.get.template, [...scope, created[0]!]));
        for (const [key, value] of Object.entries(sent)) {
          // Only what the read's schema shows can be read back (a domain's `tls`, say, is write-only).
          if (value === null || typeof value === 'object' || !(key in got.body)) continue;
          const stored = got.body[key];
          const same =
            stored === value ||
            (typeof value === 'string' &&
              !Number.isNaN(Date.parse(value)) &&
              Date.parse(String(stored)) === Date.parse(value));
          expect(same, `${key}: sent ${JSON.stringify(value)}, read back ${JSON.stringify(stored)}`).toBe(true);
        }
      }

      if (c.remove) {
        const res = await send(fake, 'DELETE', pathOf(c.remove.template, [...scope, created[0]!]));
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect((await send(fake, 'GET', pathOf(c.get.template, [...scope, created[0]!]))).status).toBe(404);
        expect((await send(fake, 'GET', pathOf(c.get.template, [...scope, created[1]!]))).status).toBe(200);
      }
    },
  );
});
