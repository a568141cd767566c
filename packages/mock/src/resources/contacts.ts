/**
 * Contacts: global, and through a segment or (deprecated) audience; addressed by ID or email.
 * Memberships live on the contact (`segment_ids`), topic choices in `topics`.
 */
import { notFound, validationError } from '../api-error.js';
import { sameAddress } from '../recipient-outcome.js';
import type { StoredRecord } from '../state.js';
import type { Fields, HandlerContext, ResourceRoute } from './context.js';
import { fields, findOr404, param } from './context.js';
import { createRecord, crudRoutes, lookup, type CrudSpec } from './crud.js';
import { segmentSpec } from './segments.js';

function segmentIds(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((s) => (typeof s === 'string' ? s : String((s as { id?: unknown }).id)));
}

/**
 * Refuses (422 `validation_error` naming the field) a topic or segment ID that does not exist,
 * before anything is stored: a choice of no topic, or a membership of no segment, would otherwise
 * be kept and silently do nothing. `segments` may list IDs or `{ id }` objects (spec and docs differ).
 */
export function checkKnownIds(ctx: HandlerContext, body: Fields): void {
  const topics = (Array.isArray(body.topics) ? body.topics : []) as { id?: unknown }[];
  topics.forEach((topic, index) => {
    if (!ctx.state.topics.get(String(topic?.id)))
      throw validationError(`Invalid \`topics[${index}].id\` field: no topic has the ID \`${String(topic?.id)}\`.`);
  });
  const segments = Array.isArray(body.segments) ? (body.segments as unknown[]) : [];
  segmentIds(segments).forEach((id, index) => {
    const field = typeof segments[index] === 'string' ? `segments[${index}]` : `segments[${index}].id`;
    if (!ctx.state.segments.get(id))
      throw validationError(`Invalid \`${field}\` field: no segment has the ID \`${id}\`.`);
  });
}

/** Refuses an `email` another contact already has, in any case (a contact keeps its own in a new case). */
function refuseTakenEmail(ctx: HandlerContext, email: unknown, self?: StoredRecord): void {
  if (typeof email === 'string' && ctx.state.contacts.find((c) => c !== self && sameAddress(c.email, email)))
    throw validationError(`A contact with email \`${email}\` already exists.`);
}

const contactSpec: CrudSpec = {
  base: '/contacts',
  object: 'contact',
  label: 'Contact',
  altKey: 'email',
  collection: (s) => s.contacts,
  create(ctx, body) {
    const email = String(body.email);
    refuseTakenEmail(ctx, email);
    checkKnownIds(ctx, body);
    const ids = segmentIds(body.segments);
    if (typeof body.audience_id === 'string') ids.push(body.audience_id);
    return {
      email,
      first_name: body.first_name ?? null,
      last_name: body.last_name ?? null,
      unsubscribed: body.unsubscribed === true,
      properties: body.properties ?? {},
      segment_ids: [...new Set(ids)],
      topics: Array.isArray(body.topics) ? body.topics : [],
      audience_id: body.audience_id ?? null,
    };
  },
  updatable: ['email', 'first_name', 'last_name', 'unsubscribed', 'properties'],
  beforeUpdate: (ctx, contact, body) => refuseTakenEmail(ctx, body.email, contact),
  listItems(ctx) {
    const segment = ctx.query.segment_id ?? ctx.query.audience_id;
    if (typeof segment !== 'string') return ctx.state.contacts.newestFirstView();
    return ctx.state.contacts.newestFirst().filter((c) => (c.segment_ids as string[]).includes(segment));
  },
};

function inSegment(ctx: HandlerContext): { segment: StoredRecord; members: StoredRecord[] } {
  const segment = findOr404(ctx.state.segments, param(ctx, 0), 'Segment');
  return {
    segment,
    members: ctx.state.contacts.newestFirst().filter((c) => (c.segment_ids as string[]).includes(segment.id)),
  };
}

function memberOr404(ctx: HandlerContext): StoredRecord {
  const { segment, members } = inSegment(ctx);
  const key = param(ctx, 1);
  const contact = members.find((c) => c.id === key || sameAddress(c.email, key));
  if (!contact) throw notFound(`Contact in ${String(segment.object === 'audience' ? 'audience' : 'segment')}`);
  return contact;
}

/** The contact routes under `/audiences/{id}` or `/segments/{id}` (Resend's older, scoped form). */
function scopedRoutes(base: string): ResourceRoute[] {
  return [
    {
      method: 'POST',
      path: `${base}/{}/contacts`,
      handle(ctx) {
        const { segment } = inSegment(ctx);
        const body: Fields = { ...fields(ctx), segments: [segment.id] };
        return { body: createRecord(ctx, contactSpec, body) };
      },
    },
    { method: 'GET', path: `${base}/{}/contacts`, handle: (ctx) => ({ body: ctx.list(inSegment(ctx).members) }) },
    { method: 'GET', path: `${base}/{}/contacts/{}`, handle: (ctx) => ({ body: memberOr404(ctx) }) },
    {
      method: 'PATCH',
      path: `${base}/{}/contacts/{}`,
      handle(ctx) {
        const contact = memberOr404(ctx);
        const body = fields(ctx);
        refuseTakenEmail(ctx, body.email, contact);
        for (const name of contactSpec.updatable) if (body[name] !== undefined) contact[name] = body[name];
        return { body: contact };
      },
    },
    {
      method: 'DELETE',
      path: `${base}/{}/contacts/{}`,
      handle(ctx) {
        const contact = memberOr404(ctx);
        ctx.state.contacts.delete(contact.id);
        return { body: { object: 'contact', id: contact.id, deleted: true, contact: contact.id } };
      },
    },
  ];
}

function topicChoices(ctx: HandlerContext, contact: StoredRecord) {
  const chosen = new Map((contact.topics as { id: string; subscription: string }[]).map((t) => [t.id, t.subscription]));
  return ctx.state.topics.newestFirst().map((topic) => ({
    ...topic,
    subscription: chosen.get(topic.id) ?? topic.default_subscription,
  }));
}

/** Routes for contacts. */
export const contactRoutes: ResourceRoute[] = [
  ...crudRoutes(contactSpec),
  ...scopedRoutes('/segments'),
  ...scopedRoutes('/audiences'),
  {
    method: 'GET',
    path: '/contacts/{}/segments',
    handle(ctx) {
      const contact = lookup(ctx, contactSpec);
      const ids = contact.segment_ids as string[];
      return { body: ctx.list(ctx.state.segments.newestFirst().filter((s) => ids.includes(s.id))) };
    },
  },
  {
    method: 'POST',
    path: '/contacts/{}/segments/{}',
    handle(ctx) {
      const contact = lookup(ctx, contactSpec);
      const segment = lookup(ctx, segmentSpec, 1);
      contact.segment_ids = [...new Set([...(contact.segment_ids as string[]), segment.id])];
      return { body: { object: 'contact_segment', id: segment.id, contact_id: contact.id, segment_id: segment.id } };
    },
  },
  {
    method: 'DELETE',
    path: '/contacts/{}/segments/{}',
    handle(ctx) {
      const contact = lookup(ctx, contactSpec);
      const segment = lookup(ctx, segmentSpec, 1);
      contact.segment_ids = (contact.segment_ids as string[]).filter((id) => id !== segment.id);
      return {
        body: {
          object: 'contact_segment',
          id: segment.id,
          contact_id: contact.id,
          segment_id: segment.id,
          deleted: true,
        },
      };
    },
  },
  {
    method: 'GET',
    path: '/contacts/{}/topics',
    handle: (ctx) => ({ body: ctx.list(topicChoices(ctx, lookup(ctx, contactSpec))) }),
  },
  {
    method: 'PATCH',
    path: '/contacts/{}/topics',
    handle(ctx) {
      const contact = lookup(ctx, contactSpec);
      const body = ctx.body;
      const updates = (Array.isArray(body) ? body : ((fields(ctx).topics as unknown[] | undefined) ?? [])) as {
        id: string;
        subscription: string;
      }[];
      const current = new Map(
        (contact.topics as { id: string; subscription: string }[]).map((t) => [t.id, t.subscription]),
      );
      checkKnownIds(ctx, { topics: updates });
      for (const update of updates) current.set(update.id, update.subscription);
      contact.topics = [...current].map(([id, subscription]) => ({ id, subscription }));
      return { body: { object: 'contact', id: contact.id, contact_id: contact.id, topics: contact.topics } };
    },
  },
];
