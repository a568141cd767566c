/** Domains: create (with DNS records to add), list, get, update, delete, verify. */
import { cutText } from '@resendkit/client/shared';
import { ApiError, validationError } from '../api-error.js';
import type { Fields, HandlerContext, ResourceRoute } from './context.js';
import { crudRoutes, lookup, type CrudSpec } from './crud.js';

function records(ctx: HandlerContext, name: string, region: string, returnPath: string) {
  const dkim = ctx.random.alphanumeric(48);
  return [
    {
      record: 'SPF',
      name: `${returnPath}.${name}`,
      type: 'MX',
      ttl: 'Auto',
      status: 'not_started',
      value: `feedback-smtp.${region}.amazonses.com`,
      priority: 10,
    },
    {
      record: 'SPF',
      name: `${returnPath}.${name}`,
      type: 'TXT',
      ttl: 'Auto',
      status: 'not_started',
      value: '"v=spf1 include:amazonses.com ~all"',
    },
    {
      record: 'DKIM',
      name: `resend._domainkey.${name}`,
      type: 'TXT',
      ttl: 'Auto',
      status: 'not_started',
      value: `p=${dkim}`,
    },
  ];
}

/** One DNS label: 1–63 letters, digits and hyphens, not starting or ending with a hyphen. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** A top-level domain is letters (`dev`) or punycode (`xn--p1ai`), never digits: `10.0.0.1` is no domain. */
const TOP_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * `name` lower-cased, or 422 naming the field when it is not a domain name (two or more labels, at
 * most 253 characters): an IP address, a URL (`https://…`, a path or a port) or a name with spaces
 * is refused, as a name Resend could publish no DNS records for. Unicode names must be given in
 * punycode (`xn--…`), the fake's choice where Resend's docs say nothing.
 */
export function domainName(value: unknown): string {
  const name = String(value).toLowerCase();
  const labels = name.split('.');
  if (
    name.length > 253 ||
    labels.length < 2 ||
    !labels.every((l) => LABEL.test(l)) ||
    !TOP_LABEL.test(labels.at(-1)!)
  ) {
    throw validationError(
      `Invalid \`name\` field: \`${cutText(name, 80)}\` is not a domain name. Give one such as \`acme.dev\`, without a scheme, path or port.`,
    );
  }
  return name;
}

type Capabilities = Record<'sending' | 'receiving', string>;

/**
 * The capabilities after applying `input` (a partial object: fields it leaves out keep their
 * value), refused with 422 when neither sending nor receiving would stay enabled, as Resend does.
 */
function mergedCapabilities(current: Capabilities, input: unknown): Capabilities {
  const merged = { ...current, ...(input as Partial<Capabilities> | undefined) };
  if (merged.sending !== 'enabled' && merged.receiving !== 'enabled') {
    throw validationError('Invalid `capabilities` field: at least one of `sending` and `receiving` must be enabled.');
  }
  return merged;
}

const DEFAULT_CAPABILITIES: Capabilities = { sending: 'enabled', receiving: 'disabled' };

const spec: CrudSpec = {
  base: '/domains',
  object: 'domain',
  label: 'Domain',
  collection: (s) => s.domains,
  create(ctx, body) {
    const name = domainName(body.name);
    if (ctx.state.domains.find((d) => d.name === name)) {
      throw new ApiError(403, 'validation_error', `The domain \`${name}\` is already registered.`);
    }
    const region = typeof body.region === 'string' ? body.region : 'us-east-1';
    const returnPath = typeof body.custom_return_path === 'string' ? body.custom_return_path : 'send';
    return {
      name,
      status: 'not_started',
      region,
      custom_return_path: returnPath,
      open_tracking: body.open_tracking === true,
      click_tracking: body.click_tracking === true,
      tracking_subdomain: body.tracking_subdomain ?? null,
      tls: body.tls ?? 'opportunistic',
      capabilities: mergedCapabilities(DEFAULT_CAPABILITIES, body.capabilities),
      records: records(ctx, name, region, returnPath),
    };
  },
  // `capabilities` is merged, not replaced: `{ receiving: 'enabled' }` keeps `sending` as it was.
  updatable: ['open_tracking', 'click_tracking', 'tls', 'tracking_subdomain'],
  // Merged once, before any other field changes: the merge is also the check, so a refused one
  // leaves the domain as it was (nothing after it refuses).
  beforeUpdate(_ctx, domain, body: Fields) {
    if (body.capabilities !== undefined)
      domain.capabilities = mergedCapabilities(domain.capabilities as Capabilities, body.capabilities);
  },
};

/** Routes for domains. Verifying succeeds at once in the fake. */
export const domainRoutes: ResourceRoute[] = [
  ...crudRoutes(spec),
  {
    method: 'POST',
    path: '/domains/{}/verify',
    handle(ctx) {
      const domain = lookup(ctx, spec);
      domain.status = 'verified';
      for (const record of domain.records as { status: string }[]) record.status = 'verified';
      return { body: domain };
    },
  },
];
