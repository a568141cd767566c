/** Contact properties: typed custom fields on contacts; only `fallback_value` can change. */
import { validationError } from '../api-error.js';
import type { ResourceRoute } from './context.js';
import { crudRoutes } from './crud.js';

function checkFallback(type: unknown, value: unknown): void {
  if (value === undefined || value === null) return;
  if (typeof value !== type)
    throw validationError(
      `Invalid \`fallback_value\` field: it must be a ${String(type)}, like the property's \`type\`.`,
    );
}

/** Routes for contact properties (keys are unique). */
export const contactPropertyRoutes: ResourceRoute[] = crudRoutes({
  base: '/contact-properties',
  object: 'contact_property',
  label: 'Contact property',
  collection: (s) => s.contactProperties,
  create(ctx, body) {
    const key = String(body.key);
    if (ctx.state.contactProperties.find((p) => p.key === key))
      throw validationError(`A contact property with key \`${key}\` already exists.`);
    checkFallback(body.type, body.fallback_value);
    return { key, type: body.type, fallback_value: body.fallback_value ?? null };
  },
  updatable: ['fallback_value'],
  afterUpdate(_ctx, record, body) {
    checkFallback(record.type, body.fallback_value);
  },
});
