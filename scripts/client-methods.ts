/**
 * The spec-derived parts of the client: endpoint method names (a rule over each operation's path and
 * HTTP method, with `x-method` in the spec where the rule would not match the official SDK), the
 * method table the client binds at run time, the named request/response types, the migration table
 * of the client README, and the runtime facts table of `@resendkit/types` (idempotent routes,
 * paginated routes, batch and recipient caps).
 */
import { GENERATED_HEADER } from './generated-header.js';
import { SDK_ID_ROUTES, idsType, sdkKeys } from './sdk-ids.js';
import { base64Fields } from './base64-fields.js';
import { SDK_NAME_ALIASES, camelName, reactRoutes, sdkNameTables } from './sdk-names.js';

// English collation, named: bare `localeCompare` follows the machine's LANG (Czech sorts "ch" after
// "h"), so a contributor's locale would reorder generated files and fail --check elsewhere.
const byName = new Intl.Collator('en').compare;

/** One operation as the method generator sees it. */
export interface MethodOperation {
  /** `emails.send`: namespace path and verb, dot-separated. */
  name: string;
  method: string;
  path: string;
  operationId: string;
  pathParams: string[];
  /** `json`, `multipart` or `undefined` when the operation takes no body. */
  body: 'json' | 'multipart' | undefined;
  bodyRequired: boolean;
  /** What the body is: an object, an array (the batch), either, or `undefined` without a body. */
  bodyShape: BodyShape | undefined;
  bodyType: string | undefined;
  hasQuery: boolean;
  queryRequired: boolean;
  queryType: string | undefined;
  responseType: string;
  summary: string;
  /** `true` when the name came from `x-method`. */
  overridden: boolean;
}

type Node = Record<string, unknown>;

/** The JSON shape a request body's schema allows. */
export type BodyShape = 'object' | 'array' | 'either';
type Doc = { paths: Record<string, Record<string, Node>>; components?: Record<string, Record<string, Node>> };

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const NAME_PATTERN = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/;

/** Thrown when the operations cannot be given distinct, valid method names. */
export class MethodNamingError extends Error {
  override name = 'MethodNamingError';
}

function camel(segment: string): string {
  return segment.replace(/[-_]([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function pascal(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}

function resolve(doc: Doc, node: unknown): Node {
  let current = node as Node;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 20; hops++) {
    const parts = (current.$ref as string).replace(/^#\//, '').split('/');
    current = parts.reduce<unknown>(
      (at, key) => (at as Node | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')],
      doc,
    ) as Node;
  }
  return current ?? {};
}

/**
 * The rule: the path's literal segments (camelCased) are the namespace; the verb comes from the HTTP
 * method — `list` (a GET that declares `x-pagination`), `get`, `create` (POST to a collection: a path with a GET or with items beneath it), `update`,
 * `remove` — or is the last literal segment when it is an action (`POST /emails/{id}/cancel` →
 * `emails.cancel`, `GET /emails/metrics` → `emails.metrics`).
 */
export function ruleName(method: string, path: string, paginated: boolean, pathHasGet: boolean): string {
  const segments = path.split('/').filter(Boolean);
  const literals = segments.filter((s) => !s.startsWith('{')).map(camel);
  const lastIsParam = segments.at(-1)?.startsWith('{') ?? false;
  const afterParam = segments.at(-2)?.startsWith('{') ?? false;
  const action = [...literals.slice(0, -1), literals.at(-1)].join('.');
  const on = (verb: string) => [...literals, verb].join('.');
  if (method === 'get') {
    if (paginated) return on('list');
    return lastIsParam || afterParam || literals.length === 1 ? on('get') : action;
  }
  if (method === 'patch' || method === 'put') return on('update');
  if (method === 'delete') return on('remove');
  if (lastIsParam) return on('create');
  return pathHasGet ? on('create') : action;
}

function schemaTypeName(doc: Doc, schema: unknown, fallback: string, types: Map<string, string>): string {
  const ref = (schema as Node | undefined)?.$ref;
  const match = typeof ref === 'string' ? /^#\/components\/schemas\/([A-Za-z0-9_]+)$/.exec(ref) : null;
  if (match) {
    types.set(match[1]!, `components['schemas']['${match[1]}']`);
    return match[1]!;
  }
  return fallback;
}

/** The operation's query parameters (its path's and its own, `$ref`s resolved), naming their type when there are any. */
function queryOf(doc: Doc, path: string, op: Node, types: Map<string, string>): { query: Node[]; queryType?: string } {
  const operationId = String(op.operationId ?? '');
  const params = [
    ...((doc.paths[path]?.parameters as unknown as unknown[] | undefined) ?? []),
    ...((op.parameters as unknown[]) ?? []),
  ].map((p) => resolve(doc, p));
  const query = params.filter((p) => p.in === 'query');
  if (query.length === 0) return { query };
  const queryType = `${pascal(operationId)}Query`;
  types.set(queryType, `NonNullable<operations['${operationId}']['parameters']['query']>`);
  return { query, queryType };
}

/**
 * The shape `schema` allows: its `type`, else its `oneOf`/`anyOf` branches' together (a `null` aside:
 * no body is ever `null`); `either` when it says neither (nothing the client could refuse by shape).
 */
function shapeOf(doc: Doc, schema: unknown): BodyShape {
  const node = resolve(doc, schema);
  const branches = (node.oneOf ?? node.anyOf ?? []) as unknown[];
  const given = node.type !== undefined ? [node.type] : branches.map((branch) => resolve(doc, branch).type);
  const types = new Set(given.flat().filter((type) => type !== 'null'));
  if (types.size === 1 && types.has('object')) return 'object';
  if (types.size === 1 && types.has('array')) return 'array';
  return 'either';
}

/** The operation's request body (`$ref` resolved), whether it is multipart, its shape and its type's name. */
function bodyOf(doc: Doc, op: Node, types: Map<string, string>) {
  const operationId = String(op.operationId ?? '');
  const id = pascal(operationId);
  const requestBody = op.requestBody ? resolve(doc, op.requestBody) : undefined;
  const content = (requestBody?.content ?? {}) as Record<string, Node>;
  const multipart = 'multipart/form-data' in content;
  const bodySchema = (content['application/json'] ?? content['multipart/form-data'])?.schema;
  let bodyType: string | undefined;
  if (requestBody) {
    const media = multipart ? 'multipart/form-data' : 'application/json';
    bodyType = schemaTypeName(doc, bodySchema, `${id}Request`, types);
    if (bodyType === `${id}Request` && !types.has(bodyType)) {
      types.set(bodyType, `NonNullable<operations['${operationId}']['requestBody']>['content']['${media}']`);
    }
  }
  return { requestBody, multipart, bodyType, bodyShape: requestBody ? shapeOf(doc, bodySchema) : undefined };
}

/** The type name of the operation's first 2xx JSON response, or `undefined` when it answers without one. */
function responseTypeOf(doc: Doc, op: Node, types: Map<string, string>): string {
  const operationId = String(op.operationId ?? '');
  const id = pascal(operationId);
  const responses = (op.responses ?? {}) as Record<string, unknown>;
  const success = Object.keys(responses)
    .filter((code) => /^2\d\d$/.test(code))
    .sort()[0];
  const successContent = success
    ? (resolve(doc, responses[success]).content as Record<string, Node> | undefined)
    : undefined;
  let responseType = 'undefined';
  if (successContent?.['application/json']) {
    responseType = schemaTypeName(doc, successContent['application/json'].schema, `${id}Response`, types);
    if (responseType === `${id}Response` && !types.has(responseType)) {
      types.set(responseType, `operations['${operationId}']['responses'][${success}]['content']['application/json']`);
    }
  }
  return responseType;
}

/** The operation's method name: its `x-method`, else the rule's; throws when `x-method` only repeats the rule. */
function methodNameOf(doc: Doc, method: string, path: string, op: Node): { name: string; overridden: boolean } {
  const given = op['x-method'];
  // A collection: the path has a GET, or items beneath it (`/audiences/{id}/contacts/{contact_id}`).
  const pathHasGet =
    Boolean(doc.paths[path]?.get) || Object.keys(doc.paths).some((other) => other.startsWith(`${path}/{`));
  // Every list declares x-pagination (`none` for a list that comes back whole).
  const rule = ruleName(method, path, op['x-pagination'] !== undefined, pathHasGet);
  if (given !== undefined && given === rule) {
    throw new MethodNamingError(
      `${method.toUpperCase()} ${path}: x-method "${rule}" is what the naming rule gives; remove it.`,
    );
  }
  return { name: typeof given === 'string' ? given : rule, overridden: typeof given === 'string' };
}

function describeOperation(
  doc: Doc,
  method: string,
  path: string,
  op: Node,
  types: Map<string, string>,
): MethodOperation {
  const pathParams = path.match(/\{[^}]+\}/g)?.map((p) => p.slice(1, -1)) ?? [];
  const { query, queryType } = queryOf(doc, path, op, types);
  const { requestBody, multipart, bodyType, bodyShape } = bodyOf(doc, op, types);
  const responseType = responseTypeOf(doc, op, types);
  const { name, overridden } = methodNameOf(doc, method, path, op);
  return {
    name,
    method: method.toUpperCase(),
    path,
    operationId: String(op.operationId ?? ''),
    pathParams,
    body: requestBody ? (multipart ? 'multipart' : 'json') : undefined,
    bodyRequired: requestBody?.required === true,
    bodyShape,
    bodyType,
    hasQuery: query.length > 0,
    queryRequired: query.some((p) => p.required === true),
    queryType,
    responseType,
    summary: String(op.summary ?? ''),
    overridden,
  };
}

/**
 * Every operation of the bundled spec with its method name and named types. Throws
 * {@link MethodNamingError} when a name is missing or malformed, two operations share one, or a name
 * is both a method and a namespace (`emails.get` and `emails.get.x`).
 */
export function collectMethods(doc: Doc): { methods: MethodOperation[]; types: Map<string, string> } {
  const types = new Map<string, string>();
  const methods: MethodOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      if (item[method]) methods.push(describeOperation(doc, method, path, item[method]!, types));
    }
  }
  checkNames(methods);
  return { methods, types };
}

/** Throws when a name is malformed, used twice, or also a namespace. */
export function checkNames(methods: Pick<MethodOperation, 'name' | 'method' | 'path'>[]): void {
  const owner = new Map<string, string>();
  for (const m of methods) {
    const route = `${m.method} ${m.path}`;
    if (!NAME_PATTERN.test(m.name)) throw new MethodNamingError(`${route} has no valid method name (got "${m.name}").`);
    const previous = owner.get(m.name);
    if (previous)
      throw new MethodNamingError(
        `${route} and ${previous} both get the method name "${m.name}"; give one an x-method.`,
      );
    owner.set(m.name, route);
  }
  for (const name of owner.keys()) {
    const clash = [...owner.keys()].find((other) => other.startsWith(`${name}.`));
    if (clash)
      throw new MethodNamingError(`"${name}" (${owner.get(name)}) is a method and also the namespace of "${clash}".`);
  }
}

const HEADER = GENERATED_HEADER;

/** How a method's body or query type is spelled: with the SDK's names, `react`, and a required email body. */
type InputType = (m: MethodOperation, type: string) => string;

/** The input types of the SDK-compatible routes (see scripts/sdk-names.ts). */
function sdkInputType(doc: Doc): InputType {
  const names = sdkNameTables(doc);
  const react = new Set(reactRoutes(doc));
  const bytes = base64Fields(doc);
  return (m, bare) => {
    const route = `${m.method} ${m.path}`;
    const type = (bytes[route] ?? []).reduce((t, [list, field]) => `WithBytes<${t}, '${list}', '${field}'>`, bare);
    if (route === 'POST /emails') return `EmailInput<${type}>`;
    if (route === 'POST /emails/batch') return `BatchInput<${type}>`;
    let spelled = route in names ? `SdkSpelling<${type}>` : type;
    // The SDK's other names for a field (`audienceId` for `segment_id`), typed as that field.
    for (const [alias, field] of Object.entries(SDK_NAME_ALIASES[route] ?? {}))
      spelled += ` & { ${alias}?: ${bare}['${field}'] }`;
    return react.has(route) ? `WithReact<${spelled}>` : spelled;
  };
}

/**
 * The arguments of the SDK's form, for a route the official SDK calls with its IDs inside the options
 * (`emails.update({ id, scheduledAt })`): one object of the IDs and the body or query, then the call
 * options. `undefined` for other routes.
 */
function sdkArgList(m: MethodOperation, input: InputType): string[] | undefined {
  const entry = SDK_ID_ROUTES[`${m.method} ${m.path}`];
  if (entry === undefined) return undefined;
  const ids = idsType(`${m.method} ${m.path}`, entry);
  let rest = m.bodyType ? input(m, m.bodyType) : m.queryType ? input(m, m.queryType) : undefined;
  // A body field the SDK reads as an ID (a contact's `email`) is the ID in this form.
  if (rest !== undefined && entry.shared) rest = `Omit<${rest}, ${entry.shared.map((k) => `'${k}'`).join(' | ')}>`;
  // Where the SDK's type also takes the bare ID (`contacts.get(string | { id | email, audienceId })`),
  // so a value of that union type is accepted too, and not only each of its members.
  const idOnly = rest === undefined && m.pathParams.length === 1;
  const type = rest === undefined ? (idOnly ? `string | ${ids}` : ids) : `WithIds<${ids}, ${rest}>`;
  return [`options: ${type}`, 'callOptions?: CallOptions'];
}

function argList(m: MethodOperation, input: InputType): string[] {
  const args: string[] = [];
  if (m.pathParams.length === 1) args.push(`${camel(m.pathParams[0]!)}: string`);
  if (m.pathParams.length > 1) args.push(`path: { ${m.pathParams.map((p) => `${p}: string`).join('; ')} }`);
  if (m.bodyType) args.push(`body${m.bodyRequired ? '' : '?'}: ${input(m, m.bodyType)}`);
  else if (m.queryType) args.push(`query${m.queryRequired ? '' : '?'}: ${input(m, m.queryType)}`);
  args.push('options?: CallOptions');
  return args;
}

interface Tree {
  [key: string]: Tree | MethodOperation;
}

function buildTree(methods: MethodOperation[]): Tree {
  const root: Tree = {};
  for (const m of methods) {
    const parts = m.name.split('.');
    let at = root;
    for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Tree;
    at[parts.at(-1)!] = m;
  }
  return root;
}

function renderTree(tree: Tree, indent: string, input: InputType): string[] {
  const lines: string[] = [];
  for (const key of Object.keys(tree).sort()) {
    const value = tree[key]!;
    if (typeof (value as MethodOperation).operationId === 'string') {
      const m = value as MethodOperation;
      const doc = `${indent}/** ${m.summary ? `${m.summary}: ` : ''}\`${m.method} ${m.path}\`. */`;
      const result = `Promise<MethodResult<${m.responseType}>>`;
      const sdk = sdkArgList(m, input);
      // The SDK's form first, so the positional one stays last (what `Parameters<>` reads).
      if (sdk)
        lines.push(
          doc.replace(/\. \*\/$/, "; the official SDK's form, with the IDs in the options. */"),
          `${indent}${key}(${sdk.join(', ')}): ${result};`,
        );
      lines.push(doc, `${indent}${key}(${argList(m, input).join(', ')}): ${result};`);
    } else {
      lines.push(`${indent}readonly ${key}: {`, ...renderTree(value as Tree, `${indent}  `, input), `${indent}};`);
    }
  }
  return lines;
}

/** What each flag of the route table says (its doc comment in routes.ts). */
const ROUTE_FLAGS =
  'flags: b JSON body, m multipart body, q query; after b or m, `[` an array body, `{[` an object or array (else an object), `?` a body that may be left out';

/**
 * A route's flags (see {@link ROUTE_FLAGS}), `''` for none: the body's kind, then only what differs
 * from a required object, the common case (every byte of the table ships to browsers).
 */
function routeFlags(m: MethodOperation): string {
  if (!m.body) return m.hasQuery ? 'q' : '';
  const shape = m.bodyShape === 'array' ? '[' : m.bodyShape === 'either' ? '{[' : '';
  return `${m.body === 'multipart' ? 'm' : 'b'}${shape}${m.bodyRequired ? '' : '?'}`;
}

/** The compact route table the client binds: `name METHOD /path flags` per line (see {@link ROUTE_FLAGS}). */
function routeTable(methods: MethodOperation[]): string {
  return methods
    .map((m) => {
      const flags = routeFlags(m);
      return `${m.name} ${m.method} ${m.path}${flags ? ` ${flags}` : ''}`;
    })
    .sort()
    .join('\n');
}

/** The doc comment of a named type, from the part of the spec it names. */
function typeSummary(expr: string): string {
  const schema = /^components\['schemas'\]\['([^']+)'\]$/.exec(expr);
  if (schema) return `The \`${schema[1]}\` schema of the Resend API.`;
  const params = /\['([^']+)'\]\['parameters'\]\['([^']+)'\]/.exec(expr);
  if (params) return `The ${params[2]} parameters of \`${params[1]}\`.`;
  return `\`${expr}\` of the Resend API.`;
}

/** `packages/client/src/generated/methods.ts`: the named types and the `ResendMethods` interface. */
export function renderMethodsFile(doc: Doc): string {
  const { methods, types } = collectMethods(doc);
  const typeLines = [...types.entries()]
    .sort(([a], [b]) => byName(a, b))
    .flatMap(([name, expr]) => [`/** ${typeSummary(expr)} */`, `export type ${name} = ${expr};`]);
  return [
    HEADER,
    "import type { components, operations } from '@resendkit/types';",
    "import type { CallOptions, MethodResult } from '../call-options.js';",
    "import type { BatchInput, EmailInput } from '../email-input.js';",
    "import type { WithBytes } from '../bytes.js';",
    "import type { WithReact } from '../react-body.js';",
    "import type { WithIds } from '../sdk-ids.js';",
    "import type { SdkSpelling } from '../sdk-options.js';",
    '',
    '// Named request and response types, so signatures and hovers stay short.',
    ...typeLines,
    '',
    '/** Endpoint methods, one per operation of the spec: `resend.emails.get(id)`. */',
    'export interface ResendMethods {',
    ...renderTree(buildTree(methods), '  ', sdkInputType(doc)),
    '}',
    '',
  ].join('\n');
}

/** `packages/client/src/generated/routes.ts`: the route table the client binds at run time. */
export function renderRoutesFile(doc: Doc): string {
  return [
    HEADER,
    `/** \`name METHOD /path flags\` per operation (${ROUTE_FLAGS}). */`,
    `export const ROUTES = ${JSON.stringify(routeTable(collectMethods(doc).methods))};`,
    '',
  ].join('\n');
}

/**
 * `packages/client/src/generated/answers.ts`: the operations whose 2xx answer has no JSON body, for
 * the answer checks. A file of its own: the checks are in every bundle (compose's too), the route table
 * only where methods are, and an import of the table from the checks would move it in every bundle.
 */
export function renderAnswersFile(doc: Doc): string {
  const routes = collectMethods(doc)
    .methods.filter((m) => m.responseType === 'undefined')
    .map((m) => `${m.method} ${m.path}`)
    .sort();
  return [
    HEADER,
    '/**',
    ' * `METHOD /path` of the operations whose spec declares no JSON body for their 2xx answer: an empty',
    ' * one is all they answer. Every other 2xx answer without a body (or with a JSON `null`) is unusable.',
    ' */',
    `export const NO_JSON_ANSWER: readonly string[] = ${JSON.stringify(routes)};`,
    '',
  ].join('\n');
}

function callExample(m: MethodOperation): string {
  const args: string[] = [];
  if (m.pathParams.length === 1) args.push(camel(m.pathParams[0]!));
  if (m.pathParams.length > 1) args.push(`{ ${m.pathParams.join(', ')} }`);
  if (m.body) args.push(m.bodyRequired ? 'body' : 'body?');
  else if (m.hasQuery) args.push(m.queryRequired ? 'query' : 'query?');
  return `resend.${m.name}(${args.join(', ')})`;
}

/** The SDK's form of a call: `resend.emails.update({ id, …body })`. */
function sdkCallExample(m: MethodOperation): string {
  const route = `${m.method} ${m.path}`;
  const entry = SDK_ID_ROUTES[route]!;
  // `\|`: a bare `|` would end the table cell.
  const ids = Object.values(sdkKeys(route, entry.ids)).map((names) => names.join(' \\| '));
  if (entry.alternate) ids.push(`${camelName(entry.alternate.param)}?`);
  const rest = m.body ? (m.bodyRequired ? ', …body' : ', …body?') : m.hasQuery ? ', …query?' : '';
  return `resend.${m.name}({ ${ids.join(', ')}${rest} })`;
}

/** SDK methods whose resendkit name differs: the SDK's aliases. */
export const SDK_ALIASES: Readonly<Record<string, string>> = {
  'emails.create': 'emails.send',
  'batch.create': 'batch.send',
};

/** The migration table for the client README: every method, its route and the SDK call it replaces. */
export function renderMigrationTable(doc: Doc): string {
  const { methods } = collectMethods(doc);
  const aliasesOf = (name: string) => Object.keys(SDK_ALIASES).filter((a) => SDK_ALIASES[a] === name);
  const rows = [...methods]
    .sort((a, b) => byName(a.name, b.name))
    .map((m) => {
      const sdk = [m.name, ...aliasesOf(m.name)].map((n) => `\`resend.${n}\``).join(', ');
      const sdkForm = SDK_ID_ROUTES[`${m.method} ${m.path}`] ? ` or \`${sdkCallExample(m)}\`` : '';
      return `| ${sdk} | \`${callExample(m)}\`${sdkForm} | \`${m.method} ${m.path}\` |`;
    });
  return ['| `resend` SDK | resendkit | Route |', '|---|---|---|', ...rows].join('\n');
}

const TABLE_START = '<!-- methods-table:start (generated by `pnpm generate`; do not edit) -->';
const TABLE_END = '<!-- methods-table:end -->';

/** `readme` with the migration table between its markers replaced; throws when the markers are missing. */
export function withMigrationTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start)
    throw new MethodNamingError(`packages/client/README.md lacks the markers ${TABLE_START} … ${TABLE_END}.`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
}

function maxItemsOf(doc: Doc, schema: unknown): number | undefined {
  const node = resolve(doc, schema);
  if (typeof node.maxItems === 'number') return node.maxItems;
  for (const key of ['oneOf', 'anyOf']) {
    for (const option of (node[key] as unknown[] | undefined) ?? []) {
      const found = maxItemsOf(doc, option);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** `packages/types/src/generated/facts.ts`: the spec facts the client, pagination and the mock read at run time. */
export function renderFactsFile(doc: Doc): string {
  const idempotent: string[] = [];
  const paginated: Record<string, string> = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      if (op['x-idempotent'] === true) idempotent.push(`${method.toUpperCase()} ${path}`);
      if (method === 'get' && typeof op['x-pagination'] === 'string') paginated[path] = op['x-pagination'];
    }
  }
  const schemas = doc.components?.schemas ?? {};
  const maxBatchSize = maxItemsOf(doc, schemas.SendBatchEmailsRequest);
  const maxRecipients = maxItemsOf(doc, (resolve(doc, schemas.SendEmailRequest).properties as Node | undefined)?.to);
  if (maxBatchSize === undefined || maxRecipients === undefined) {
    throw new MethodNamingError('The spec must give maxItems to SendBatchEmailsRequest and SendEmailRequest.to.');
  }
  // One frozen object each, marked pure, so a bundle keeps only the facts it reads: the client reads
  // the idempotent routes, and the list routes (~1.2 kB minified) would otherwise ship in every worker bundle.
  const frozen = (value: unknown) => `/* @__PURE__ */ Object.freeze(${JSON.stringify(value, null, 2)})`;
  return [
    HEADER,
    '/**',
    ' * Facts of the API read at run time, taken from the spec: the routes marked `x-idempotent` (they get',
    ' * an `Idempotency-Key` and are retried after a 5xx), the list routes and their `x-pagination`',
    " * mode, and the `maxItems` of a batch send and of one email's recipients.",
    ' */',
    'export interface SpecFacts {',
    '  /** `METHOD /path` of every `x-idempotent` operation. */',
    '  readonly idempotentRoutes: readonly string[];',
    '  /** List routes (GET path template → `x-pagination` mode: `always`, `optional`, `after-only` or `none`). */',
    '  readonly listRoutes: Readonly<Record<string, string>>;',
    '  /** Most emails in one `POST /emails/batch`. */',
    '  readonly maxBatchSize: number;',
    '  /** Most `to` recipients of one email. */',
    '  readonly maxRecipients: number;',
    '}',
    '',
    '/** `METHOD /path` of every `x-idempotent` operation, sorted. */',
    `export const idempotentRoutes: SpecFacts['idempotentRoutes'] = ${frozen(idempotent.sort())};`,
    '',
    '/** List routes (GET path template → `x-pagination` mode). */',
    `export const listRoutes: SpecFacts['listRoutes'] = ${frozen(paginated)};`,
    '',
    '/** Most emails in one `POST /emails/batch`. */',
    `export const maxBatchSize: SpecFacts['maxBatchSize'] = ${maxBatchSize};`,
    '',
    '/** Most `to` recipients of one email. */',
    `export const maxRecipients: SpecFacts['maxRecipients'] = ${maxRecipients};`,
    '',
    '/** The facts, frozen; each is also exported on its own, for bundles that need only some. */',
    'export const specFacts: SpecFacts = /* @__PURE__ */ Object.freeze({ idempotentRoutes, listRoutes, maxBatchSize, maxRecipients });',
    '',
  ].join('\n');
}
