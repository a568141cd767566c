/** Inbox drafts (beta): standalone or reply drafts kept per inbox, until sent or deleted. */
import { ApiError, validationError } from '../api-error.js';
import { base64Size } from '../base64.js';
import type { StoredRecord } from '../state.js';
import type { Fields, HandlerContext, ResourceRoute } from './context.js';
import { addressList, fields } from './context.js';
import { createRecord, crudRoutes, lookup, scopedItems, type CrudSpec } from './crud.js';
import { inboxSpec } from './inboxes.js';
import { openThread, senderOf, sendOutgoing } from './inbox-threads.js';
import { stripTags } from '../strip-tags.js';

const ADDRESS_FIELDS = ['to', 'cc', 'bcc'] as const;

/**
 * The docs answer 409 for a draft already sent without naming the error; `validation_error` is a
 * documented name that no client retries (`resource_locked`, the other 409, invites a retry).
 */
function alreadySent(): ApiError {
  return new ApiError(409, 'validation_error', 'This draft was already sent.');
}

function snippet(record: StoredRecord): string | null {
  // A scan, not a `<[^>]*>` regex: that one is quadratic on a body of unclosed `<`.
  const text =
    typeof record.text === 'string'
      ? record.text.replace(/\s+/g, ' ').trim()
      : typeof record.html === 'string'
        ? stripTags(record.html)
        : null;
  return text === null ? null : text.slice(0, 100);
}

/** The files a draft stores: metadata only (the fake keeps no draft content). */
function draftAttachments(ctx: HandlerContext, value: unknown) {
  if (!Array.isArray(value)) return [];
  return value.map((a: Record<string, unknown>) => ({
    id: ctx.random.uuid(),
    filename: String(a.filename ?? 'attachment'),
    content_type: String(a.content_type ?? 'application/octet-stream'),
    size: typeof a.content === 'string' ? base64Size(a.content) : 0,
  }));
}

const spec: CrudSpec = {
  base: '/inboxes/{}/drafts',
  object: 'inbox_draft',
  label: 'Draft',
  parent: { spec: inboxSpec, key: 'inbox_id' },
  collection: (s) => s.inboxDrafts,
  create(ctx, body) {
    const draft: Fields = {
      type: typeof body.thread_id === 'string' ? 'reply' : 'standalone',
      subject: body.subject ?? null,
      html: body.html ?? null,
      text: body.text ?? null,
      thread_id: body.thread_id ?? null,
      reply_to_email_id: body.reply_to_email_id ?? null,
      email_id: null,
      updated_at: ctx.timestamp(),
      attachments: draftAttachments(ctx, body.attachments),
    };
    for (const f of ADDRESS_FIELDS) draft[f] = addressList(body[f]) ?? [];
    return draft;
  },
  updatable: ['subject', 'html', 'text'],
  afterUpdate(ctx, draft, body) {
    if (draft.email_id !== null) throw alreadySent();
    for (const f of ADDRESS_FIELDS) if (f in body) draft[f] = addressList(body[f]) ?? [];
    for (const f of ['subject', 'html', 'text']) if (body[f] === null) draft[f] = null;
    // Sending the field replaces every file; `[]` or `null` removes them all.
    if ('attachments' in body) draft.attachments = draftAttachments(ctx, body.attachments);
    draft.snippet = snippet(draft);
  },
};

/** A reply draft for an email that already has one is returned (200) instead of a new one. */
function createDraft(ctx: HandlerContext) {
  const body = fields(ctx);
  const existing = scopedItems(ctx, spec).find(
    (d) => d.reply_to_email_id === body.reply_to_email_id && d.type === 'reply' && d.email_id === null,
  );
  if (typeof body.reply_to_email_id === 'string' && existing) return { status: 200, body: existing };
  const draft = createRecord(ctx, spec, body);
  draft.snippet = snippet(draft);
  return { status: 201, body: draft };
}

/**
 * The thread a draft's email joins, and the Message-ID it answers: a reply draft's thread and email
 * when they still exist in the inbox, else a new thread in `sent`.
 */
function draftThread(ctx: HandlerContext, inbox: StoredRecord, draft: StoredRecord) {
  const thread = ctx.state.inboxThreads.get(String(draft.thread_id));
  if (!thread || thread.inbox_id !== inbox.id) {
    const subject = draft.subject as string | null;
    return { thread: () => openThread(ctx.state, ctx.random, inbox.id, subject, ctx.timestamp(), false) };
  }
  const original = ctx.state.inboxMessages.get(String(draft.reply_to_email_id));
  return {
    thread: () => thread,
    inReplyTo: original?.thread_id === thread.id ? String(original.message_id) : undefined,
  };
}

/** Sends a draft as the inbox's reply or forward is sent: a sent email, counted, with its events. */
function sendDraft(ctx: HandlerContext) {
  const draft = lookup(ctx, spec);
  if (draft.email_id !== null) throw alreadySent();
  const [to, cc, bcc] = ADDRESS_FIELDS.map((f) => draft[f] as string[]) as [string[], string[], string[]];
  if (to.length + cc.length + bcc.length === 0) throw validationError('The draft has no recipient.');
  const inbox = lookup(ctx, inboxSpec, 0);
  const html = draft.html as string | null;
  const text = (draft.text as string | null) ?? (html === null ? null : stripTags(html));
  const subject = String(draft.subject ?? '');
  const { thread, inReplyTo } = draftThread(ctx, inbox, draft);
  const out = { from: senderOf(inbox), to, cc, bcc, subject, html, text };
  const { sent, message } = sendOutgoing(ctx, inbox, thread, out, inReplyTo);
  draft.email_id = sent.id;
  draft.thread_id = message.thread_id;
  return { body: { object: 'inbox_draft', id: draft.id, thread_id: message.thread_id, email_id: sent.id } };
}

/** Routes for inbox drafts. */
export const inboxDraftRoutes: ResourceRoute[] = [
  ...crudRoutes(spec).map((route) => (route.method === 'POST' ? { ...route, handle: createDraft } : route)),
  { method: 'POST', path: '/inboxes/{}/drafts/{}/send', handle: sendDraft },
];
