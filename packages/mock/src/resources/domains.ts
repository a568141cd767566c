/** Domains: create (with DNS records to add), list, get, update, delete, verify. */
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
    const name = String(body.name).toLowerCase();
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
