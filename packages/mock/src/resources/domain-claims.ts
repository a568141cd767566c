/**
 * Domain claims: taking over a domain another team registered. A claim is addressed by the ID of
 * its placeholder domain (`domain_id`); verifying it completes the claim at once in the fake.
 */
import { notFound } from '../api-error.js';
import type { StoredRecord } from '../state.js';
import type { HandlerContext, ResourceRoute } from './context.js';
import { fields, param } from './context.js';
import { domainName } from './domains.js';

const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

function claimOf(ctx: HandlerContext): StoredRecord {
  const key = param(ctx);
  const claim = ctx.state.domainClaims.find((c) => c.domain_id === key || c.id === key);
  if (!claim) throw notFound('Domain claim');
  return claim;
}

/** Routes for domain claims. */
export const domainClaimRoutes: ResourceRoute[] = [
  {
    method: 'POST',
    path: '/domains/claim',
    handle(ctx) {
      const body = fields(ctx);
      const name = domainName(body.name);
      // Claiming a domain again while its claim is pending answers that claim (200), not a new one.
      const pending = ctx.state.domainClaims.find((c) => c.name === name && c.status === 'pending');
      if (pending) return { status: 200, body: pending };
      const expires = new Date(ctx.now().getTime() + THIRTY_DAYS_MS)
        .toISOString()
        .replace('T', ' ')
        .replace('Z', '000+00');
      const claim = {
        object: 'domain_claim',
        id: ctx.random.uuid(),
        name,
        status: 'pending',
        domain_id: ctx.random.uuid(),
        region: typeof body.region === 'string' ? body.region : 'us-east-1',
        record: {
          type: 'TXT',
          name,
          value: `resend-domain-verification=${ctx.random.alphanumeric(32).toLowerCase()}`,
          ttl: 'Auto',
        },
        blocked_reason: null,
        failure_reason: null,
        created_at: ctx.timestamp(),
        expires_at: expires,
      };
      return { status: 201, body: ctx.state.domainClaims.insert(claim) };
    },
  },
  { method: 'GET', path: '/domains/{}/claim', handle: (ctx) => ({ body: claimOf(ctx) }) },
  {
    method: 'POST',
    path: '/domains/{}/claim/verify',
    handle(ctx) {
      const claim = claimOf(ctx);
      if (claim.status === 'pending') claim.status = 'completed';
      return { body: claim };
    },
  },
];
