/** API keys: create (returns the `re_…` token once), list, update, delete. */
import { validationError } from '../api-error.js';
import type { CreatedKey, Permission } from '../auth.js';
import type { FakeStateStore } from '../state.js';
import type { ResourceRoute } from './context.js';
import { crudRoutes, type CrudSpec } from './crud.js';

const spec: CrudSpec = {
  base: '/api-keys',
  object: 'api_key',
  label: 'API key',
  collection: (s) => s.apiKeys,
  create(ctx, body) {
    // Resend limits only a sending key to a domain; on a full-access key the limit would mean nothing.
    if (body.domain_id !== undefined && body.domain_id !== null && body.permission !== 'sending_access') {
      throw validationError(
        'Invalid `domain_id` field: only a `sending_access` key can be limited to a domain. Give `permission: "sending_access"` or leave `domain_id` out.',
      );
    }
    return {
      name: body.name,
      permission: body.permission ?? 'full_access',
      domain_id: body.domain_id ?? null,
      last_used_at: null,
      token: `re_${ctx.random.alphanumeric(8)}_${ctx.random.alphanumeric(24)}`,
    };
  },
  updatable: ['name'],
  // Remembered, not just forgotten: with no `apiKeys` option any `re_…` key is accepted, so a deleted
  // one would go on working (a `sending_access` one with full access).
  onDelete(ctx, key) {
    ctx.state.deletedApiKeys.insert({ id: key.id, token: key.token });
  },
};

/** Routes for API keys (GET by id is not an API operation, so the spec decides whether it answers). */
export const apiKeyRoutes: ResourceRoute[] = crudRoutes(spec);

/**
 * A key created through the API, if `token` is one: its permission and the domain ID it may only
 * send from (`domain_id`); marks it used. `null` for one deleted through the API.
 */
export function createdKey(state: FakeStateStore, token: string, now: string): CreatedKey | null | undefined {
  const key = state.apiKeys.find((k) => k.token === token);
  if (!key) return state.deletedApiKeys.find((k) => k.token === token) ? null : undefined;
  key.last_used_at = now;
  const domainId = key.domain_id;
  return { permission: key.permission as Permission, domainId: typeof domainId === 'string' ? domainId : undefined };
}
