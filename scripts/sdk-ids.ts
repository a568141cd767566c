/**
 * The official SDK's calls that carry their path IDs inside the one options object
 * (`emails.update({ id, scheduledAt })`, `automations.runs.get({ automationId, runId })`,
 * `inboxes.threads.get({ inboxId | emailAddress, threadId })`). {@link SDK_ID_ROUTES} names the routes
 * and, where the SDK does not use the camelCase name of a path parameter, the keys it uses instead;
 * {@link sdkIdTables} checks it against the spec and writes the table the client splits such an
 * object with (`packages/client/src/generated/sdk-ids.ts`) and the methods' types read.
 */
import { GENERATED_HEADER } from './generated-header.js';
import { SpecShapeError } from './spec-shape-error.js';
import { camelName } from './sdk-names.js';

type Node = Record<string, unknown>;
type Doc = { paths: Record<string, Record<string, Node>>; components?: Record<string, Record<string, Node>> };

/** One route the SDK calls with an options object. */
export interface SdkIdRoute {
  /** Path parameter → the SDK's keys for it, when not just its camelCase name; several are alternatives. */
  ids?: Record<string, string[]>;
  /**
   * The route the SDK calls instead when the options also give this path parameter
   * (`contacts.get({ id, audienceId })` reads `/audiences/{audience_id}/contacts/{id}`).
   */
  alternate?: { param: string; route: string };
  /**
   * SDK keys that are also a field of the body (`email` of `PATCH /contacts/{id}`): in the SDK's form
   * they name the resource, as in the SDK; in the positional form they are the field.
   */
  shared?: string[];
}

/** The SDK's `InboxSelector`: an inbox by ID or by address. */
const INBOX = { inbox_id: ['inboxId', 'emailAddress'] };
/** The SDK's `SelectingField`: a contact by ID or by email. */
const CONTACT = { id: ['id', 'email'] };
/** Contact routes whose body has an `email` field (the new address) besides the SDK's `email` selector. */
const CONTACT_UPDATE = { ids: CONTACT, shared: ['email'] };

/**
 * Every SDK method that takes its path IDs inside its options (`METHOD /path` of the route it calls).
 * A path parameter not named in `ids` is taken under its camelCase name (`automation_id` → `automationId`).
 */
export const SDK_ID_ROUTES: Readonly<Record<string, SdkIdRoute>> = {
  'GET /automations/{automation_id}/runs/{run_id}': {},
  'GET /automations/{automation_id}/runs': {},
  'PATCH /contact-properties/{id}': {},
  'GET /contacts/{id}': {
    ids: CONTACT,
    alternate: { param: 'audience_id', route: 'GET /audiences/{audience_id}/contacts/{id}' },
  },
  'PATCH /contacts/{id}': {
    ...CONTACT_UPDATE,
    alternate: { param: 'audience_id', route: 'PATCH /audiences/{audience_id}/contacts/{id}' },
  },
  'DELETE /contacts/{id}': {
    ids: CONTACT,
    alternate: { param: 'audience_id', route: 'DELETE /audiences/{audience_id}/contacts/{id}' },
  },
  'GET /contacts/{contact_id}/segments': { ids: { contact_id: ['contactId', 'email'] } },
  'POST /contacts/{contact_id}/segments/{segment_id}': { ids: { contact_id: ['contactId', 'email'] } },
  'DELETE /contacts/{contact_id}/segments/{segment_id}': { ids: { contact_id: ['contactId', 'email'] } },
  'GET /contacts/{contact_id}/topics': { ids: { contact_id: ['id', 'email'] } },
  'PATCH /contacts/{contact_id}/topics': { ids: { contact_id: ['id', 'email'] } },
  'PATCH /domains/{domain_id}': { ids: { domain_id: ['id'] } },
  'GET /emails/{email_id}/attachments/{attachment_id}': { ids: { attachment_id: ['id'] } },
  'GET /emails/{email_id}/attachments': {},
  'GET /emails/receiving/{email_id}/attachments/{attachment_id}': { ids: { attachment_id: ['id'] } },
  'GET /emails/receiving/{email_id}/attachments': {},
  'PATCH /emails/{email_id}': { ids: { email_id: ['id'] } },
  'GET /inboxes/{inbox_id}/agent': { ids: INBOX },
  'PATCH /inboxes/{inbox_id}/agent': { ids: INBOX },
  'GET /inboxes/{inbox_id}/drafts': { ids: INBOX },
  'POST /inboxes/{inbox_id}/drafts': { ids: INBOX },
  'GET /inboxes/{inbox_id}/drafts/{draft_id}': { ids: INBOX },
  'PATCH /inboxes/{inbox_id}/drafts/{draft_id}': { ids: INBOX },
  'DELETE /inboxes/{inbox_id}/drafts/{draft_id}': { ids: INBOX },
  'POST /inboxes/{inbox_id}/drafts/{draft_id}/send': { ids: INBOX },
  'GET /inboxes/{inbox_id}/labels': { ids: INBOX },
  'POST /inboxes/{inbox_id}/labels': { ids: INBOX },
  'PATCH /inboxes/{inbox_id}/labels/{label_id}': { ids: INBOX },
  'DELETE /inboxes/{inbox_id}/labels/{label_id}': { ids: INBOX },
  'GET /inboxes/{inbox_id}/threads': { ids: INBOX },
  'GET /inboxes/{inbox_id}/threads/search': { ids: INBOX },
  'GET /inboxes/{inbox_id}/threads/{thread_id}': { ids: INBOX },
  'PATCH /inboxes/{inbox_id}/threads/{thread_id}': { ids: INBOX },
  'DELETE /inboxes/{inbox_id}/threads/{thread_id}': { ids: INBOX },
  'GET /inboxes/{inbox_id}/threads/{thread_id}/emails': { ids: INBOX },
  'GET /inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}': { ids: INBOX },
  'POST /inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}/reply': { ids: INBOX },
  'POST /inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}/forward': { ids: INBOX },
  'POST /inboxes/{inbox_id}/threads/{thread_id}/labels': { ids: INBOX },
  'PUT /inboxes/{inbox_id}/threads/{thread_id}/labels': { ids: INBOX },
  'DELETE /inboxes/{inbox_id}/threads/{thread_id}/labels/{label_id}': { ids: INBOX },
  'PATCH /topics/{topic_id}': { ids: { topic_id: ['id'] } },
  'GET /webhooks/{webhook_id}/events': {},
  'GET /webhooks/{webhook_id}/events/{event_id}': {},
  'POST /webhooks/{webhook_id}/events/{event_id}/replay': {},
  'GET /webhooks/{webhook_id}/events/{event_id}/attempts': {},
};

/** A route's path parameters, keyed to the SDK's keys first and the API's name last. */
export type IdKeys = Record<string, string[]>;

/** What the client reads per route: the keys of each path parameter, and the alternate route's. */
export interface IdTable {
  keys: IdKeys;
  alternate?: { param: string; route: string; keys: IdKeys };
  shared?: string[];
}

function pathParams(route: string): string[] {
  return route.match(/[^{}]+(?=\})/g) ?? [];
}

/** Path parameter → the SDK's keys for it (its camelCase name unless `ids` says otherwise). */
export function sdkKeys(route: string, ids: Record<string, string[]> = {}): IdKeys {
  const keys: IdKeys = {};
  for (const param of pathParams(route)) keys[param] = ids[param] ?? [camelName(param)];
  return keys;
}

/** {@link sdkKeys} with the API's name of each parameter accepted too. */
function keysOf(route: string, ids: Record<string, string[]>): IdKeys {
  const keys = sdkKeys(route, ids);
  for (const param of Object.keys(keys)) keys[param] = [...new Set([...keys[param]!, param])];
  return keys;
}

function resolve(doc: Doc, node: unknown): Node {
  let current = node as Node;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 20; hops++) {
    const parts = (current.$ref as string).replace(/^#\//, '').split('/');
    current = parts.reduce<unknown>((at, key) => (at as Node | undefined)?.[key], doc) as Node;
  }
  return current ?? {};
}

/** The top-level fields of a route's request body and its query parameters: what the rest of the options become. */
export function inputFields(doc: Doc, route: string): Set<string> {
  const [method, path] = route.split(' ') as [string, string];
  const item = doc.paths[path] ?? {};
  const op = item[method.toLowerCase()] ?? {};
  const fields = new Set<string>();
  const visit = (raw: unknown, depth: number) => {
    const node = resolve(doc, raw);
    if (depth > 6) return;
    for (const name of Object.keys((node.properties as Node | undefined) ?? {})) fields.add(name);
    for (const key of ['allOf', 'oneOf', 'anyOf'])
      for (const member of (node[key] as unknown[] | undefined) ?? []) visit(member, depth + 1);
  };
  const content = (resolve(doc, op.requestBody).content ?? {}) as Record<string, Node>;
  for (const media of Object.values(content)) visit(media.schema, 0);
  for (const p of [...((item.parameters as unknown as unknown[]) ?? []), ...((op.parameters as unknown[]) ?? [])]) {
    const param = resolve(doc, p);
    if (param.in === 'query' && typeof param.name === 'string') fields.add(param.name);
  }
  return fields;
}

/**
 * The table of {@link SDK_ID_ROUTES} with every key spelled out. Throws when a route is not in the
 * spec, `ids` names a parameter the path lacks, or a key is also a field of the body or query (the
 * split would be ambiguous).
 */
export function sdkIdTables(
  doc: Doc,
  routes: Readonly<Record<string, SdkIdRoute>> = SDK_ID_ROUTES,
): Record<string, IdTable> {
  const tables: Record<string, IdTable> = {};
  const check = (route: string, keys: IdKeys, shared: string[]) => {
    const [method, path] = route.split(' ') as [string, string];
    if (!doc.paths[path]?.[method.toLowerCase()]) throw new SpecShapeError(`SDK ID route ${route} is not in the spec.`);
    const fields = inputFields(doc, route);
    for (const name of shared)
      if (!fields.has(name))
        throw new SpecShapeError(`${route}: ${name} is listed as shared but is no field of its body.`);
    for (const names of Object.values(keys))
      for (const name of names)
        if (fields.has(name) && !shared.includes(name))
          throw new SpecShapeError(
            `${route}: the SDK key ${name} is also a field of its body or query; list it in shared.`,
          );
  };
  for (const [route, entry] of Object.entries(routes)) {
    const params = pathParams(route);
    for (const param of Object.keys(entry.ids ?? {}))
      if (!params.includes(param)) throw new Error(`${route} has no path parameter ${param}.`);
    const shared = entry.shared ?? [];
    const table: IdTable = { keys: keysOf(route, entry.ids ?? {}), ...(shared.length > 0 ? { shared } : {}) };
    check(route, table.keys, shared);
    if (entry.alternate) {
      const { param, route: other } = entry.alternate;
      const extra = pathParams(other);
      if (!extra.includes(param) || params.some((p) => !extra.includes(p)))
        throw new Error(`${route}: the alternate ${other} must have its path parameters and ${param}.`);
      table.alternate = { param, route: other, keys: keysOf(other, entry.ids ?? {}) };
      check(other, table.alternate.keys, shared);
    }
    tables[route] = table;
  }
  return tables;
}

/**
 * The TypeScript type of a route's IDs as the SDK gives them: `{ id: string }`, alternatives as a
 * union (`{ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }`, as the SDK: an
 * absent alternative may be `null`),
 * and the alternate route's parameter as optional (`{ audienceId?: string }`).
 */
export function idsType(route: string, entry: SdkIdRoute): string {
  const single: string[] = [];
  const unions: string[] = [];
  for (const names of Object.values(sdkKeys(route, entry.ids))) {
    if (names.length === 1) {
      single.push(`${names[0]}: string`);
      continue;
    }
    const variant = (name: string) =>
      `{ ${[`${name}: string`, ...names.filter((o) => o !== name).map((o) => `${o}?: null`)].join('; ')} }`;
    unions.push(`(${names.map(variant).join(' | ')})`);
  }
  if (entry.alternate) single.push(`${camelName(entry.alternate.param)}?: string`);
  return [...unions, ...(single.length > 0 ? [`{ ${single.join('; ')} }`] : [])].join(' & ');
}

/**
 * `packages/client/src/generated/sdk-ids.ts`: {@link SDK_ID_ROUTES} once {@link sdkIdTables} has checked
 * it against the spec. The client derives the rest (camelCase names, the API's names) as
 * {@link sdkIdTables} does, which keeps the shipped table small.
 */
export function renderSdkIdsFile(doc: Doc): string {
  sdkIdTables(doc);
  const sorted = Object.fromEntries(
    Object.keys(SDK_ID_ROUTES)
      .sort()
      .map((key) => [key, SDK_ID_ROUTES[key]]),
  );
  return [
    GENERATED_HEADER,
    "import type { SdkIdRoute } from '../sdk-ids.js';",
    '',
    '/**',
    ' * `METHOD /path` of each route the official SDK calls with its path IDs inside the options → the',
    " * SDK's keys where they are not a parameter's camelCase name (`ids`), the route it calls instead when",
    ' * the options give `alternate.param`, and ID keys that are also a body field (`shared`).',
    ' */',
    `export const SDK_IDS: Readonly<Record<string, SdkIdRoute>> = ${JSON.stringify(sorted, null, 2)};`,
    '',
  ].join('\n');
}
