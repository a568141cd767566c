/**
 * `sendAll` refuses an option name it does not read, as `createResendClient` and every call do: a
 * misspelt `idempotencyPrefix` ran the job under random keys, so its re-run sent every email again.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createFakeResend } from '../../mock/src/index.js';
import { type SendAllOptions, createResendClient, sendAll } from '../src/index.js';
import { SEND_ALL_OPTION_NAMES } from '../src/send-all-input.js';

function setup() {
  const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
  const resend = createResendClient({ apiKey: 're_option_names_test_key', fetch: fake.fetch, rateLimit: false });
  return { fake, resend };
}

const emails = [0, 1, 2].map((n) => ({
  from: 'Acme <news@acme.dev>',
  to: `delivered+u${n}@resend.dev`,
  subject: `email ${n}`,
  text: `Hello ${n}`,
}));

describe('sendAll option names', () => {
  it.each([
    ['idempotency_prefix', 'sendAll has no option "idempotency_prefix" (did you mean idempotencyPrefix?).'],
    ['onprogress', 'sendAll has no option "onprogress" (did you mean onProgress?).'],
    ['bucket', 'sendAll has no option "bucket" (did you mean buckets?).'],
    ['key', `sendAll has no option "key"; the options are ${SEND_ALL_OPTION_NAMES.join(', ')}.`],
  ])('refuses the misspelt option %s before sending anything', async (name, message) => {
    const { fake, resend } = setup();
    const error = await sendAll(resend, emails, { [name]: 'job-1' } as never).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'invalid_option', problem: 'invalid_option', index: null, message });
    expect(fake.state.emails.size).toBe(0);
  });

  it('a job re-run with a misspelt prefix is refused instead of sent again under random keys', async () => {
    const { fake, resend } = setup();
    await sendAll(resend, emails, { idempotencyPrefix: 'job-1' });
    await expect(sendAll(resend, emails, { idempotencyprefix: 'job-1' } as never)).rejects.toMatchObject({
      problem: 'invalid_option',
    });
    expect(fake.state.emails.size).toBe(3);
  });

  it('knows every option of SendAllOptions by name, and no other', () => {
    expectTypeOf<(typeof SEND_ALL_OPTION_NAMES)[number]>().toEqualTypeOf<keyof SendAllOptions>();
    expect(new Set(SEND_ALL_OPTION_NAMES).size).toBe(SEND_ALL_OPTION_NAMES.length);
  });
});
