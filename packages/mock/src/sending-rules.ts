/**
 * Resend's sending rules: what a send is refused for before anything is stored. The `from` domain
 * must be one the team added and verified, with sending enabled (or Resend's shared `resend.dev`,
 * which reaches only the account owner and the test addresses), recipients at `example.com` /
 * `test.com` are refused, and a template must be published with every variable given a value or a
 * fallback.
 * `sendingRules: 'off'` turns the address rules off (templates are still rendered and checked).
 */
import { ApiError, notFound, validationError } from './api-error.js';
import { bareAddress } from './recipient-outcome.js';
import type { FakeStateStore, StoredRecord } from './state.js';

/** `'resend'` (default) applies Resend's rules; `'off'` lets any sender reach any recipient. */
export type SendingRulesMode = 'resend' | 'off';

/** What the rules need to know about the team. */
export interface SendingSettings {
  /** Whether the address rules apply. */
  sendingRules: SendingRulesMode;
  /** The account owner's address: the one recipient `resend.dev` senders may reach besides the test addresses. */
  accountEmail?: string | undefined;
  /** The team's rate limit as `GET /usage` reports it (0 when the fake's limit is off). */
  rateLimit: { limit: number; windowMs: number };
}

/** Resend's shared sending domain. */
const SHARED_DOMAIN = 'resend.dev';
/** Domains whose mail servers reject mail; Resend refuses them rather than bounce. */
const REJECTING_DOMAINS: ReadonlySet<string> = new Set(['example.com', 'test.com']);
/** The local parts of Resend's test addresses (`delivered+label@resend.dev` works too). */
const TEST_LOCALS: ReadonlySet<string> = new Set(['delivered', 'bounced', 'complained', 'suppressed']);

function domainOf(address: string): string {
  const bare = bareAddress(address);
  return bare.slice(bare.lastIndexOf('@') + 1);
}

/** True for `delivered@resend.dev`, `bounced+x@resend.dev` and the other test addresses. */
export function isTestAddress(address: string): boolean {
  const bare = bareAddress(address);
  if (!bare.endsWith(`@${SHARED_DOMAIN}`)) return false;
  return TEST_LOCALS.has(bare.slice(0, bare.indexOf('@')).split('+')[0] ?? '');
}

function verifiedDomain(state: FakeStateStore, name: string): StoredRecord | undefined {
  return state.domains.find((d) => d.name === name && d.status === 'verified');
}

/**
 * 403 `validation_error`: the answer Resend gives a `from` this team or key may not send from
 * (an unverified domain, `resend.dev` to others, a domain the key is not limited to).
 */
function senderRefused(message: string): ApiError {
  return new ApiError(403, 'validation_error', message);
}

/**
 * Throws when the API key that authorised a send is limited to one domain (`domain_id`, a
 * `sending_access` key) and `from` is on another; exact domains, as a subdomain is a domain of its
 * own on Resend. Not a sending rule: `sendingRules: 'off'` leaves the key's limit in force.
 */
export function checkKeyDomain(state: FakeStateStore, keyDomainId: string | undefined, from: string): void {
  if (keyDomainId === undefined) return;
  // Stored in lower case, like every domain name (`seedDomains`, `POST /domains`).
  const pinned = state.domains.get(keyDomainId)?.name as string | undefined;
  const domain = domainOf(from);
  if (pinned === domain) return;
  throw senderRefused(
    pinned === undefined
      ? `This API key can only send from the domain \`${keyDomainId}\`, which the team no longer has.`
      : `This API key can only send from the \`${pinned}\` domain, not \`${domain}\`. Send from an address on \`${pinned}\`, or with a key for \`${domain}\`.`,
  );
}

/** The recipients of one send, all kinds together. */
export interface Recipients {
  to: readonly string[];
  cc?: readonly string[] | null;
  bcc?: readonly string[] | null;
}

/**
 * Throws the error Resend answers with when `from` may not send to these recipients: 403
 * `validation_error` for an unverified domain, one with sending disabled or a `resend.dev` sender
 * to others, 422 for `example.com` / `test.com` recipients.
 */
export function checkSendingRules(
  state: FakeStateStore,
  settings: SendingSettings,
  from: string,
  recipients: Recipients,
): void {
  if (settings.sendingRules === 'off') return;
  const all = [...recipients.to, ...(recipients.cc ?? []), ...(recipients.bcc ?? [])];
  const domain = domainOf(from);
  if (domain === SHARED_DOMAIN) {
    const owner = settings.accountEmail?.toLowerCase();
    const outsider = all.find((r) => !isTestAddress(r) && bareAddress(r) !== owner);
    if (outsider !== undefined) {
      throw senderRefused(
        `You can only send testing emails to your own email address (\`${settings.accountEmail ?? 'youremail@domain.com'}\`). To send emails to other recipients, please verify a domain at resend.com/domains, and change the \`from\` address to an email using this domain.`,
      );
    }
  } else {
    const added = verifiedDomain(state, domain);
    if (!added) throw senderRefused(`The \`${domain}\` domain is not verified. Please, add and verify your domain.`);
    // Only a domain that may send can send: a receive-only one gets an unverified one's 403, saying why.
    if ((added.capabilities as { sending?: string } | undefined)?.sending === 'disabled') {
      throw senderRefused(
        `The \`${domain}\` domain has sending disabled. Enable it with \`capabilities: { sending: 'enabled' }\` (\`PATCH /domains/${String(added.id)}\`).`,
      );
    }
  }
  const rejected = all.find((r) => REJECTING_DOMAINS.has(domainOf(r)));
  if (rejected !== undefined) {
    throw validationError(
      `Invalid recipient \`${bareAddress(rejected)}\`: \`${domainOf(rejected)}\` rejects email, so Resend does not send to it. Use a test address such as \`delivered@resend.dev\`.`,
    );
  }
}

/** The parts of an email a template fills in. */
export interface RenderedTemplate {
  template: StoredRecord;
  html: string | null;
  text: string | null;
  subject: string | null;
  from: string | null;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Replaces `{{{KEY}}}` and `{{KEY}}` with the value given for KEY. */
function fill(source: unknown, values: ReadonlyMap<string, unknown>): string | null {
  if (typeof source !== 'string') return null;
  return source.replace(/\{\{\{?\s*([A-Za-z0-9_]+)\s*\}?\}\}/g, (whole, key: string) =>
    values.has(key) ? show(values.get(key)) : whole,
  );
}

/**
 * Renders the template a send names (by ID or alias): 404 when there is none, 422 when it is a
 * draft or a variable has neither a value nor a fallback.
 */
export function renderTemplate(state: FakeStateStore, input: { id?: unknown; variables?: unknown }): RenderedTemplate {
  const key = String(input.id ?? '');
  const template = state.templates.get(key) ?? state.templates.find((t) => t.alias === key);
  if (!template) throw notFound('Template');
  if (template.status !== 'published') {
    throw validationError(
      `Template \`${key}\` is a draft: publish it (\`POST /templates/${String(template.id)}/publish\`) before sending with it.`,
    );
  }
  const given = (input.variables && typeof input.variables === 'object' ? input.variables : {}) as Record<
    string,
    unknown
  >;
  const values = new Map<string, unknown>();
  for (const variable of (template.variables as { key: string; fallback_value: unknown }[] | undefined) ?? []) {
    const value = given[variable.key] ?? variable.fallback_value;
    if (value === undefined || value === null) {
      throw validationError(
        `Missing value for template variable \`${variable.key}\`: give it in \`template.variables\` or set a \`fallback_value\` on the template.`,
      );
    }
    values.set(variable.key, value);
  }
  return {
    template,
    html: fill(template.html, values),
    text: fill(template.text, values),
    subject: fill(template.subject, values),
    from: (template.from as string | null) ?? null,
  };
}

/** The DNS records of a domain the fake treats as verified from the start. */
function verifiedRecords(name: string) {
  return [
    {
      record: 'SPF',
      name: `send.${name}`,
      type: 'MX',
      ttl: 'Auto',
      status: 'verified',
      value: 'feedback-smtp.us-east-1.amazonses.com',
      priority: 10,
    },
    {
      record: 'SPF',
      name: `send.${name}`,
      type: 'TXT',
      ttl: 'Auto',
      status: 'verified',
      value: '"v=spf1 include:amazonses.com ~all"',
    },
    {
      record: 'DKIM',
      name: `resend._domainkey.${name}`,
      type: 'TXT',
      ttl: 'Auto',
      status: 'verified',
      value: 'p=seeded',
    },
  ];
}

/** Adds each name of the `domains` option as a verified domain (the fake's `reset()` calls it again). */
export function seedDomains(
  state: FakeStateStore,
  names: readonly string[],
  uuid: () => string,
  timestamp: string,
): void {
  for (const raw of names) {
    const name = raw.toLowerCase();
    if (state.domains.find((d) => d.name === name)) continue;
    state.domains.insert({
      object: 'domain',
      id: uuid(),
      name,
      status: 'verified',
      created_at: timestamp,
      region: 'us-east-1',
      custom_return_path: 'send',
      open_tracking: false,
      click_tracking: false,
      tracking_subdomain: null,
      tls: 'opportunistic',
      capabilities: { sending: 'enabled', receiving: 'enabled' },
      records: verifiedRecords(name),
    });
  }
}
