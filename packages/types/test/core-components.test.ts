import { describe, expectTypeOf, it } from 'vitest';
import createClient from 'openapi-fetch';
import type {
  EmailSummary,
  ErrorName,
  ErrorResponse,
  ListEnvelope,
  ListPath,
  SendEmailRequest,
  paths,
} from '../src/index.js';

// These assertions are checked by `tsc --noEmit` (the typecheck step); the runtime bodies only
// make vitest count them.
describe('generated core components', () => {
  it('the error-name union rejects an unknown name', () => {
    expectTypeOf<'rate_limit_exceeded'>().toExtend<ErrorName>();
    expectTypeOf<'validation_error'>().toExtend<ErrorName>();
    expectTypeOf<'no_such_error'>().not.toExtend<ErrorName>();
    expectTypeOf<ErrorResponse['statusCode']>().toEqualTypeOf<number>();
    expectTypeOf<ErrorResponse['name']>().toEqualTypeOf<ErrorName>();
  });

  it('the list envelope types data by item', () => {
    expectTypeOf<ListEnvelope<EmailSummary>['data']>().toEqualTypeOf<EmailSummary[]>();
    expectTypeOf<ListEnvelope<EmailSummary>['object']>().toEqualTypeOf<'list'>();
    type ListBody = paths['/emails']['get']['responses'][200]['content']['application/json'];
    expectTypeOf<ListBody['data'][number]>().toEqualTypeOf<EmailSummary>();
    expectTypeOf<ListBody['has_more']>().toEqualTypeOf<boolean>();
  });

  it('POST /emails requires from, to and subject', () => {
    expectTypeOf<SendEmailRequest>().toHaveProperty('from');
    expectTypeOf<{ from: string; to: string; subject: string }>().toExtend<SendEmailRequest>();
    expectTypeOf<{ to: string; subject: string }>().not.toExtend<SendEmailRequest>();
    expectTypeOf<{ from: string; subject: string }>().not.toExtend<SendEmailRequest>();
    expectTypeOf<{ from: string; to: string }>().not.toExtend<SendEmailRequest>();

    const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:1' });
    const call = () =>
      // @ts-expect-error `subject` is required by the spec
      client.POST('/emails', { body: { from: 'a@b.dev', to: 'c@d.dev' } });
    expectTypeOf(call).toBeFunction();
  });

  it('only list endpoints are list paths', () => {
    expectTypeOf<'/emails'>().toExtend<ListPath>();
    expectTypeOf<'/emails/{email_id}'>().not.toExtend<ListPath>();
    expectTypeOf<'/emails/batch'>().not.toExtend<ListPath>();
  });
});
