import { type ResendClient, createResendClient } from '@resendkit/client';
import type { EmailSummary, ListPath, Schemas, paths } from '@resendkit/types';
import createClient from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import { type ListItem, type Page, type PaginationClient, collect, pages, paginate } from '../src/index.js';
import { BASE_URL } from './list-api.js';

// Checked by `tsc --noEmit` (the package's typecheck); the walks below are created but never started,
// so nothing is requested.
describe('types', () => {
  const client = createClient<paths>({ baseUrl: BASE_URL });

  it('infers the item type of a list path', () => {
    expectTypeOf<ListItem<'/emails'>>().toEqualTypeOf<EmailSummary>();
    expectTypeOf(paginate(client, '/emails')).toEqualTypeOf<AsyncGenerator<EmailSummary, void, undefined>>();
    expectTypeOf(pages(client, '/emails')).toEqualTypeOf<AsyncGenerator<Page<EmailSummary>, void, undefined>>();
    expectTypeOf(collect<'/emails'>).returns.toEqualTypeOf<Promise<EmailSummary[]>>();
  });

  it('rejects a path that is not a list', () => {
    expectTypeOf<'/emails/{email_id}'>().not.toExtend<ListPath>();
    // @ts-expect-error GET /emails/{email_id} returns one email, not a list envelope
    paginate(client, '/emails/{email_id}', { params: { path: { email_id: 'x' } } });
    // @ts-expect-error /emails/batch has no GET at all
    pages(client, '/emails/batch');
    // @ts-expect-error GET /audiences answers every audience at once: a list, but not paginated (no has_more)
    paginate(client, '/audiences');
    // @ts-expect-error not a path of the API
    paginate(client, '/nope');
  });

  it('requires init with the path parameters of a path that has them', () => {
    expectTypeOf<ListItem<'/emails/{email_id}/attachments'>>().toEqualTypeOf<Schemas['EmailAttachmentSummary']>();
    const walk = paginate(client, '/emails/{email_id}/attachments', { params: { path: { email_id: 'em_1' } } });
    expectTypeOf(walk).toEqualTypeOf<AsyncGenerator<Schemas['EmailAttachmentSummary'], void, undefined>>();
    // @ts-expect-error email_id is required
    paginate(client, '/emails/{email_id}/attachments');
    // @ts-expect-error email_id is required
    paginate(client, '/emails/{email_id}/attachments', { params: { query: { limit: 10 } } });
    // @ts-expect-error email_id is required
    pages(client, '/emails/{email_id}/attachments', {});
  });

  it('accepts the list endpoints of every group, with their own item types', () => {
    paginate(client, '/contacts', { params: { query: { limit: 100 } } });
    const domains = () => collect(client, '/domains', {}, { max: 500 });
    expectTypeOf(domains).returns.resolves.items.toHaveProperty('id');
    expectTypeOf<ListItem<'/domains'>>().not.toEqualTypeOf<ListItem<'/contacts'>>();
  });

  it('types the query parameters from the spec', () => {
    paginate(client, '/emails', { params: { query: { limit: 10, after: 'x' } } }, { prefetch: 0 });
    // @ts-expect-error limit is a number
    paginate(client, '/emails', { params: { query: { limit: '10' } } });
    // @ts-expect-error no such query parameter
    paginate(client, '/emails', { params: { query: { cursor: 'x' } } });
    // @ts-expect-error no such option
    paginate(client, '/emails', {}, { pageSize: 10 });
  });

  it('accepts openapi-fetch clients typed by the Resend paths, and not others', () => {
    expectTypeOf(client).toExtend<PaginationClient>();
    expectTypeOf<ResendClient>().toExtend<PaginationClient>();
    const resend = createResendClient({ apiKey: 're_test_123', rateLimit: false });
    expectTypeOf(paginate(resend, '/emails')).toEqualTypeOf<AsyncGenerator<EmailSummary, void, undefined>>();
    const other = createClient<{
      '/things': { get: { responses: { 200: { content: { 'application/json': string } } } } };
    }>();
    expectTypeOf(other).not.toExtend<PaginationClient>();
  });
});
