/**
 * A consumer of the typed client calling fifty operations: `pnpm bench` times `tsc --noEmit` on it
 * (how long a project that uses resendkit waits for its type check). Never run.
 */
import { createResendClient } from '@resendkit/client';

/** Keeps each result alive so the checker resolves its full type. */
function use(...values: unknown[]): number {
  return values.length;
}

export async function fiftyOperations(id: string): Promise<void> {
  const resend = createResendClient({ userAgent: 'bench-consumer/1.0' });
  const email = { from: 'Acme <hi@acme.dev>', to: 'ada@example.com', subject: 'Hi', text: 'Hello' };
  const r0 = await resend.GET('/emails');
  use(r0.data, r0.error);
  const r1 = await resend.GET('/emails/{email_id}', { params: { path: { email_id: id } } });
  use(r1.data, r1.error);
  const r2 = await resend.GET('/emails/metrics');
  use(r2.data, r2.error);
  const r3 = await resend.POST('/emails/{email_id}/cancel', { params: { path: { email_id: id } } });
  use(r3.data, r3.error);
  const r4 = await resend.GET('/emails/{email_id}/attachments', { params: { path: { email_id: id } } });
  use(r4.data, r4.error);
  const r5 = await resend.GET('/emails/{email_id}/attachments/{attachment_id}', {
    params: { path: { email_id: id, attachment_id: id } },
  });
  use(r5.data, r5.error);
  const r6 = await resend.GET('/emails/receiving');
  use(r6.data, r6.error);
  const r7 = await resend.GET('/emails/receiving/{email_id}', { params: { path: { email_id: id } } });
  use(r7.data, r7.error);
  const r8 = await resend.GET('/emails/receiving/{email_id}/attachments', { params: { path: { email_id: id } } });
  use(r8.data, r8.error);
  const r9 = await resend.GET('/emails/receiving/{email_id}/attachments/{attachment_id}', {
    params: { path: { email_id: id, attachment_id: id } },
  });
  use(r9.data, r9.error);
  const r10 = await resend.GET('/domains');
  use(r10.data, r10.error);
  const r11 = await resend.GET('/domains/{domain_id}', { params: { path: { domain_id: id } } });
  use(r11.data, r11.error);
  const r12 = await resend.DELETE('/domains/{domain_id}', { params: { path: { domain_id: id } } });
  use(r12.data, r12.error);
  const r13 = await resend.POST('/domains/{domain_id}/verify', { params: { path: { domain_id: id } } });
  use(r13.data, r13.error);
  const r14 = await resend.GET('/domains/{domain_id}/claim', { params: { path: { domain_id: id } } });
  use(r14.data, r14.error);
  const r15 = await resend.POST('/domains/{domain_id}/claim/verify', { params: { path: { domain_id: id } } });
  use(r15.data, r15.error);
  const r16 = await resend.GET('/api-keys');
  use(r16.data, r16.error);
  const r17 = await resend.DELETE('/api-keys/{api_key_id}', { params: { path: { api_key_id: id } } });
  use(r17.data, r17.error);
  const r18 = await resend.GET('/templates');
  use(r18.data, r18.error);
  const r19 = await resend.GET('/templates/{id}', { params: { path: { id: id } } });
  use(r19.data, r19.error);
  const r20 = await resend.DELETE('/templates/{id}', { params: { path: { id: id } } });
  use(r20.data, r20.error);
  const r21 = await resend.POST('/templates/{id}/publish', { params: { path: { id: id } } });
  use(r21.data, r21.error);
  const r22 = await resend.POST('/templates/{id}/duplicate', { params: { path: { id: id } } });
  use(r22.data, r22.error);
  const r23 = await resend.GET('/audiences');
  use(r23.data, r23.error);
  const r24 = await resend.GET('/audiences/{id}', { params: { path: { id: id } } });
  use(r24.data, r24.error);
  const r25 = await resend.DELETE('/audiences/{id}', { params: { path: { id: id } } });
  use(r25.data, r25.error);
  const r26 = await resend.GET('/contacts');
  use(r26.data, r26.error);
  const r27 = await resend.GET('/contacts/imports');
  use(r27.data, r27.error);
  const r28 = await resend.GET('/contacts/imports/{id}', { params: { path: { id: id } } });
  use(r28.data, r28.error);
  const r29 = await resend.GET('/contacts/{id}', { params: { path: { id: id } } });
  use(r29.data, r29.error);
  const r30 = await resend.DELETE('/contacts/{id}', { params: { path: { id: id } } });
  use(r30.data, r30.error);
  const r31 = await resend.GET('/contacts/{contact_id}/segments', { params: { path: { contact_id: id } } });
  use(r31.data, r31.error);
  const r32 = await resend.POST('/contacts/{contact_id}/segments/{segment_id}', {
    params: { path: { contact_id: id, segment_id: id } },
  });
  use(r32.data, r32.error);
  const r33 = await resend.DELETE('/contacts/{contact_id}/segments/{segment_id}', {
    params: { path: { contact_id: id, segment_id: id } },
  });
  use(r33.data, r33.error);
  const r34 = await resend.GET('/contacts/{contact_id}/topics', { params: { path: { contact_id: id } } });
  use(r34.data, r34.error);
  const r35 = await resend.GET('/contact-properties');
  use(r35.data, r35.error);
  const r36 = await resend.GET('/contact-properties/{id}', { params: { path: { id: id } } });
  use(r36.data, r36.error);
  const r37 = await resend.DELETE('/contact-properties/{id}', { params: { path: { id: id } } });
  use(r37.data, r37.error);
  const r38 = await resend.GET('/segments');
  use(r38.data, r38.error);
  const r39 = await resend.GET('/segments/metrics');
  use(r39.data, r39.error);
  const r40 = await resend.GET('/segments/{segment_id}', { params: { path: { segment_id: id } } });
  use(r40.data, r40.error);
  const r41 = await resend.DELETE('/segments/{segment_id}', { params: { path: { segment_id: id } } });
  use(r41.data, r41.error);
  const b0 = await resend.POST('/emails', { body: email });
  use(b0.data?.id, b0.error?.name);
  const b1 = await resend.POST('/emails/batch', { body: [email, { ...email, to: ['bo@example.com'] }] });
  use(
    b1.data?.data.map((e) => e.id),
    b1.error,
  );
  const b2 = await resend.PATCH('/emails/{email_id}', {
    params: { path: { email_id: id } },
    body: { scheduled_at: 'in 1 hour' },
  });
  use(b2.data, b2.error);
  const b3 = await resend.POST('/domains', { body: { name: 'acme.dev' } });
  use(b3.data, b3.error);
  const b4 = await resend.POST('/contacts', { body: { email: 'ada@example.com' } });
  use(b4.data, b4.error);
  const b5 = await resend.POST('/segments', { body: { name: 'Readers' } });
  use(b5.data, b5.error);
  const b6 = await resend.POST('/api-keys', { body: { name: 'ci' } });
  use(b6.data, b6.error);
  const b7 = await resend.POST('/webhooks', { body: { endpoint: 'https://acme.dev/hook', events: ['email.sent'] } });
  use(b7.data, b7.error);
}
