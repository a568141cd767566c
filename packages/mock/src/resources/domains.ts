/** Domains: create (with DNS records to add), list, get, update, delete, verify. */
import { ApiError } from '../api-error.js';
import type { HandlerContext, ResourceRoute } from './context.js';
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
      capabilities: { sending: 'enabled', receiving: 'disabled', ...(body.capabilities as object | undefined) },
      records: records(ctx, name, region, returnPath),
    };
  },
  updatable: ['open_tracking', 'click_tracking', 'tls', 'capabilities', 'tracking_subdomain'],
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
