/** Templates: drafts addressed by ID or alias, published and duplicated. */
import { validationError } from '../api-error.js';
import type { ResourceRoute } from './context.js';
import { createRecord, crudRoutes, lookup, type CrudSpec } from './crud.js';

const FIELDS = ['name', 'alias', 'from', 'subject', 'reply_to', 'html', 'text'] as const;

function variables(value: unknown, ctx: Parameters<CrudSpec['create']>[0]) {
  if (!Array.isArray(value)) return [];
  const now = ctx.timestamp();
  return value.map((v: Record<string, unknown>) => ({
    id: ctx.random.uuid(),
    key: v.key,
    type: v.type,
    fallback_value: v.fallback_value ?? null,
    created_at: now,
    updated_at: now,
  }));
}

const spec: CrudSpec = {
  base: '/templates',
  object: 'template',
  label: 'Template',
  altKey: 'alias',
  collection: (s) => s.templates,
  create(ctx, body) {
    if (typeof body.alias === 'string' && ctx.state.templates.find((t) => t.alias === body.alias)) {
      throw validationError(`A template with alias \`${body.alias}\` already exists.`);
    }
    const out: Record<string, unknown> = Object.fromEntries(FIELDS.map((f) => [f, body[f] ?? null]));
    return {
      ...out,
      variables: variables(body.variables, ctx),
      status: 'draft',
      published_at: null,
      current_version_id: ctx.random.uuid(),
      has_unpublished_versions: false,
      updated_at: ctx.timestamp(),
    };
  },
  updatable: FIELDS,
  afterUpdate(ctx, template, body) {
    if (body.variables !== undefined) template.variables = variables(body.variables, ctx);
    if (template.status === 'published') template.has_unpublished_versions = true;
  },
};

/** Routes for templates. */
export const templateRoutes: ResourceRoute[] = [
  ...crudRoutes(spec),
  {
    method: 'POST',
    path: '/templates/{}/publish',
    handle(ctx) {
      const template = lookup(ctx, spec);
      template.status = 'published';
      template.published_at = ctx.timestamp();
      template.has_unpublished_versions = false;
      return { body: template };
    },
  },
  {
    method: 'POST',
    path: '/templates/{}/duplicate',
    handle(ctx) {
      const original = lookup(ctx, spec);
      const { id: _id, object: _object, created_at: _created, alias: _alias, ...rest } = original;
      const copy = createRecord(ctx, spec, {});
      Object.assign(copy, rest, {
        name: `${String(original.name)} (copy)`,
        alias: null,
        status: 'draft',
        published_at: null,
      });
      return { body: copy };
    },
  },
];
