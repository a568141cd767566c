/**
 * An onboarding job written against the official `resend` SDK: it sets up a sending domain, a
 * template and contacts, sends a welcome email (React body, attachment, tags, headers, reply-to,
 * schedule), reschedules it and renames a contact (the SDK's calls with the ID inside the options),
 * sends a batch, and pages through the contacts by hand. `app-resendkit.tsx` is this file
 * with its import and construction changed, and nothing else.
 */
import { createResendClient } from '@resendkit/client';
import { Welcome } from './welcome.js';

/** What the job did, for the caller to print or compare. */
export interface Summary {
  domain: string;
  welcomeId: string;
  batchIds: string[];
  templateId: string;
  contacts: string[];
  pages: number;
}

function fail(step: string, error: { name: string; message: string }): never {
  throw new Error(`${step}: ${error.name}: ${error.message}`);
}

export async function onboard(apiKey: string, baseUrl: string, domainName: string): Promise<Summary> {
  const resend = createResendClient({ apiKey, baseUrl });

  const domain = await resend.domains.create({
    name: domainName,
    region: 'eu-west-1',
    openTracking: false,
    clickTracking: false,
  });
  if (domain.error) fail('domains.create', domain.error);
  const verified = await resend.domains.verify(domain.data.id);
  if (verified.error) fail('domains.verify', verified.error);
  const from = `Acme <hello@${domainName}>`;

  const template = await resend.templates.create({
    name: 'receipt',
    html: '<p>Thanks, {{{NAME}}}!</p>',
    replyTo: `billing@${domainName}`,
    variables: [{ key: 'NAME', type: 'string', fallbackValue: 'there' }],
  });
  if (template.error) fail('templates.create', template.error);

  for (const [email, firstName] of [
    ['delivered@resend.dev', 'Ada'],
    ['delivered+grace@resend.dev', 'Grace'],
    ['delivered+alan@resend.dev', 'Alan'],
  ] as const) {
    const contact = await resend.contacts.create({ email, firstName, lastName: 'Example', unsubscribed: false });
    if (contact.error) fail('contacts.create', contact.error);
  }

  const welcome = await resend.emails.send({
    from,
    to: ['delivered@resend.dev'],
    subject: 'Welcome to Acme',
    react: <Welcome name="Ada" />,
    replyTo: `support@${domainName}`,
    scheduledAt: 'in 1 hour',
    attachments: [{ filename: 'terms.txt', content: Buffer.from('Be nice.'), contentType: 'text/plain' }],
    tags: [{ name: 'kind', value: 'welcome' }],
    headers: { 'X-Entity-Ref-ID': 'onboarding-1' },
  });
  if (welcome.error) fail('emails.send', welcome.error);
  // The SDK's calls with the ID inside the options.
  const rescheduled = await resend.emails.update({ id: welcome.data.id, scheduledAt: 'in 2 hours' });
  if (rescheduled.error) fail('emails.update', rescheduled.error);
  const renamed = await resend.contacts.update({ email: 'delivered+alan@resend.dev', lastName: 'Turing' });
  if (renamed.error) fail('contacts.update', renamed.error);

  const batch = await resend.batch.send([
    {
      from,
      to: 'delivered+grace@resend.dev',
      subject: 'Welcome, Grace',
      text: 'Hi Grace!',
      replyTo: `support@${domainName}`,
    },
    {
      from,
      to: 'delivered+alan@resend.dev',
      subject: 'Welcome, Alan',
      html: '<p>Hi Alan!</p>',
      tags: [{ name: 'kind', value: 'welcome' }],
    },
  ]);
  if (batch.error) fail('batch.send', batch.error);

  // Pagination by hand: two contacts a page, following the last ID.
  const contacts: string[] = [];
  let pages = 0;
  let after: string | undefined;
  for (;;) {
    const page = await resend.contacts.list(after === undefined ? { limit: 2 } : { limit: 2, after });
    if (page.error) fail('contacts.list', page.error);
    pages++;
    contacts.push(...page.data.data.map((contact) => contact.email));
    const last = page.data.data.at(-1);
    if (!page.data.has_more || last === undefined) break;
    after = last.id;
  }

  return {
    domain: domain.data.name,
    welcomeId: welcome.data.id,
    batchIds: batch.data.data.map((email) => email.id),
    templateId: template.data.id,
    contacts: contacts.sort(),
    pages,
  };
}
