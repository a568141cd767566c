/**
 * Compile-only checks under a consumer's strictest settings (the consumer test:
 * `exactOptionalPropertyTypes`, `noUncheckedIndexedAccess`). Never executed.
 */
import { type Email, createResendClient, unwrap } from '@resendkit/client';

const resend = createResendClient({ apiKey: 're_123456789' });

/** `true` only when `A` and `B` are the same type. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(ok: Same<A, B>): Same<A, B> => ok;

export async function unwrapGivesTheDataWithoutUndefined(id: string): Promise<string> {
  const email = await unwrap(resend.emails.get(id));
  same<typeof email, Email>(true);
  const sent = unwrap(await resend.emails.send({ from: 'a@acme.dev', to: 'b@acme.dev', subject: 'Hi', text: 'Hello' }));
  return `${email.id} ${sent.id}`;
}

export async function anEmailNeedsABody(): Promise<void> {
  // @ts-expect-error: one of html, text, template or react is required, as in the SDK
  await resend.emails.send({ from: 'a@acme.dev', to: 'b@acme.dev', subject: 'Hi' });
  // @ts-expect-error: the same for each email of a batch
  await resend.batch.send([{ from: 'a@acme.dev', to: 'b@acme.dev', subject: 'Hi' }]);
  await resend.emails.send({ from: 'a@acme.dev', to: 'b@acme.dev', subject: 'Hi', template: { id: 't_1' } });
  await resend.emails.send({
    from: 'a@acme.dev',
    to: 'b@acme.dev',
    subject: 'Hi',
    html: '<p>Hi</p>',
    replyTo: 'c@acme.dev',
  });
}

export async function networkErrorsHaveNoStatus(): Promise<null | number> {
  const { error } = await resend.emails.get('e_1');
  if (error?.name === 'network_error') {
    same<typeof error.statusCode, null>(true);
    return error.statusCode;
  }
  return error ? error.statusCode : 200;
}
