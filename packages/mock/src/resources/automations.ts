/** Automations (step graphs started by events) and their runs. */
import { notFound, validationError } from '../api-error.js';
import type { StoredRecord } from '../state.js';
import type { HandlerContext, ResourceRoute } from './context.js';
import { findOr404, param } from './context.js';
import { createRecord, crudRoutes, lookup, type CrudSpec } from './crud.js';

interface Step {
  key: string;
  type: string;
  config?: { event_name?: unknown };
}

const spec: CrudSpec = {
  base: '/automations',
  object: 'automation',
  label: 'Automation',
  collection: (s) => s.automations,
  create(ctx, body) {
    checkGraph(body.steps, body.connections);
    return {
      name: body.name,
      status: body.status ?? 'disabled',
      steps: body.steps,
      connections: withTypes(body.connections),
      updated_at: ctx.timestamp(),
    };
  },
  updatable: ['name', 'status', 'steps', 'connections'],
  afterUpdate(_ctx, record, body) {
    if ((body.steps === undefined) !== (body.connections === undefined)) {
      throw validationError('`steps` and `connections` can only be updated together.');
    }
    if (body.steps !== undefined) checkGraph(body.steps, body.connections);
    if (body.connections !== undefined) record.connections = withTypes(body.connections);
  },
  listItems(ctx) {
    const all = ctx.state.automations.newestFirst();
    return typeof ctx.query.status === 'string' ? all.filter((a) => a.status === ctx.query.status) : all;
  },
  onDelete(ctx, automation) {
    for (const run of ctx.state.automationRuns.all())
      if (run.automation_id === automation.id) ctx.state.automationRuns.delete(run.id);
  },
};

/** Connections as Resend answers with them: an edge without a `type` is a `default` one. */
function withTypes(connections: unknown): unknown {
  return Array.isArray(connections)
    ? connections.map((c: Record<string, unknown>) => ({ ...c, type: c.type ?? 'default' }))
    : connections;
}

/** A graph needs one trigger, unique step keys, and connections between existing steps. */
function checkGraph(steps: unknown, connections: unknown): void {
  const list = (Array.isArray(steps) ? steps : []) as Step[];
  const keys = new Set(list.map((s) => s.key));
  if (keys.size !== list.length) throw validationError('Invalid `steps` field: step keys must be unique.');
  if (list.filter((s) => s.type === 'trigger').length !== 1)
    throw validationError('Invalid `steps` field: an automation needs exactly one `trigger` step.');
  for (const c of (Array.isArray(connections) ? connections : []) as { from: string; to: string }[]) {
    if (!keys.has(c.from) || !keys.has(c.to))
      throw validationError(
        `Invalid \`connections\` field: \`${c.from}\` → \`${c.to}\` names a step that does not exist.`,
      );
  }
}

/** Starts (and, in the fake, at once completes) a run of every enabled automation triggered by `event`. */
export function startRuns(ctx: HandlerContext, event: string): StoredRecord[] {
  const now = ctx.timestamp();
  return ctx.state.automations
    .all()
    .filter(
      (a) =>
        a.status === 'enabled' &&
        (a.steps as Step[]).some((s) => s.type === 'trigger' && s.config?.event_name === event),
    )
    .map((automation) =>
      ctx.state.automationRuns.insert({
        object: 'automation_run',
        id: ctx.random.uuid(),
        automation_id: automation.id,
        status: 'completed',
        started_at: now,
        completed_at: now,
        created_at: now,
        steps: (automation.steps as Step[]).map((s) => ({
          key: s.key,
          type: s.type,
          status: 'completed',
          started_at: now,
          completed_at: now,
          output: null,
          error: null,
          created_at: now,
        })),
      }),
    );
}

function runsOf(ctx: HandlerContext): StoredRecord[] {
  const automation = lookup(ctx, spec);
  const status = ctx.query.status;
  const wanted = Array.isArray(status)
    ? status.map(String)
    : typeof status === 'string'
      ? status.split(',')
      : undefined;
  return ctx.state.automationRuns
    .newestFirst()
    .filter((r) => r.automation_id === automation.id && (!wanted || wanted.includes(String(r.status))));
}

/** Routes for automations and runs. */
export const automationRoutes: ResourceRoute[] = [
  ...crudRoutes(spec),
  {
    method: 'POST',
    path: '/automations/{}/duplicate',
    handle(ctx) {
      const original = lookup(ctx, spec);
      const copy = createRecord(ctx, spec, { ...original, status: 'disabled' });
      copy.name = `${String(original.name)} (copy)`;
      return { body: copy };
    },
  },
  {
    method: 'POST',
    path: '/automations/{}/stop',
    handle(ctx) {
      const automation = lookup(ctx, spec);
      automation.status = 'disabled';
      automation.updated_at = ctx.timestamp();
      return { body: { object: 'automation', id: automation.id, status: automation.status } };
    },
  },
  { method: 'GET', path: '/automations/{}/runs', handle: (ctx) => ({ body: ctx.list(runsOf(ctx)) }) },
  {
    method: 'GET',
    path: '/automations/{}/runs/{}',
    handle(ctx) {
      const automation = lookup(ctx, spec);
      const run = findOr404(ctx.state.automationRuns, param(ctx, 1), 'Automation run');
      if (run.automation_id !== automation.id) throw notFound('Automation run');
      return { body: run };
    },
  },
];
