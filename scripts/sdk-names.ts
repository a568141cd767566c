/**
 * The official SDK's option names, derived from the spec: every snake_case field of a request body or
 * query (`reply_to`, `attachments[].content_type`, `steps[].config.event_name`) also has the camelCase
 * name the SDK takes (`replyTo`, `contentType`, `eventName`). The table the client converts with at
 * run time is generated here, so it can only name fields the spec has.
 */
import { base64Fields } from './base64-fields.js';
import { GENERATED_HEADER } from './generated-header.js';
import { SpecShapeError } from './spec-shape-error.js';

type Node = Record<string, unknown>;
/** The parts of an OpenAPI document these tables read. */
export type Doc = { paths: Record<string, Record<string, Node>>; components?: Record<string, Record<string, Node>> };

/**
 * One level of renames: a camelCase key maps to the API's name (a string); an API key whose value is
 * an object or array of objects maps to the renames inside it (a nested table).
 */
export interface RenameTable {
  [key: string]: string | RenameTable;
}

/** The operations of a path item. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** `reply_to` → `replyTo`. */
export function camelName(field: string): string {
  return field.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** `node` with its `$ref`s followed. */
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

/** The `application/json` media of an operation's request body (`{ schema, … }`), when it has one. */
export function jsonMedia(doc: Doc, op: Node | undefined): Node | undefined {
  const body = op?.requestBody ? resolve(doc, op.requestBody) : undefined;
  return (body?.content as Record<string, Node> | undefined)?.['application/json'];
}

/** The properties a schema may have: its own, those of `allOf`/`oneOf`/`anyOf` members, and of `items`. */
export function propertiesOf(doc: Doc, schema: unknown, seen: Set<unknown>): Map<string, Node[]> {
  const found = new Map<string, Node[]>();
  const visit = (raw: unknown) => {
    const node = resolve(doc, raw);
    if (seen.has(node)) return;
    seen.add(node);
    for (const [name, child] of Object.entries((node.properties as Record<string, unknown> | undefined) ?? {})) {
      found.set(name, [...(found.get(name) ?? []), resolve(doc, child)]);
    }
    for (const key of ['allOf', 'oneOf', 'anyOf'])
      for (const member of (node[key] as unknown[] | undefined) ?? []) visit(member);
    if (node.items) visit(node.items);
    seen.delete(node);
  };
  visit(schema);
  return found;
}

/** The rename table of one schema, or `undefined` when nothing in it is snake_case. */
export function renamesOf(doc: Doc, schema: unknown, depth = 0): RenameTable | undefined {
  if (depth > 8) return undefined;
  const table: RenameTable = {};
  for (const [name, schemas] of propertiesOf(doc, schema, new Set())) {
    const camel = camelName(name);
    if (camel !== name) table[camel] = name;
    const merged: RenameTable = {};
    for (const child of schemas) Object.assign(merged, renamesOf(doc, child, depth + 1));
    if (Object.keys(merged).length > 0) table[name] = merged;
  }
  return Object.keys(table).length > 0 ? table : undefined;
}

/**
 * The media of an operation's request body whose fields the SDK names: JSON, or a multipart form
 * (`contacts.imports.create({ file, columnMap, onConflict })`), whose fields the client sends as
 * form parts under the names given, so an SDK name left unconverted would be ignored by the API.
 */
function bodyMedia(doc: Doc, op: Node): Node | undefined {
  const body = op.requestBody ? resolve(doc, op.requestBody) : undefined;
  const content = body?.content as Record<string, Node> | undefined;
  return content?.['application/json'] ?? content?.['multipart/form-data'];
}

/**
 * SDK option names that are not the camelCase name of the field they stand for, per route: the
 * SDK's deprecated `contacts.list({ audienceId })` lists that audience's (segment's) contacts, and
 * the API would ignore an `audienceId` query and list every contact. Each target must be a field the
 * route's table already converts to.
 */
export const SDK_NAME_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'GET /contacts': { audienceId: 'segment_id' },
};

function addAliases(tables: Record<string, RenameTable>, all: typeof SDK_NAME_ALIASES): void {
  for (const [route, aliases] of Object.entries(all)) {
    const table = tables[route];
    for (const [alias, field] of Object.entries(aliases)) {
      if (!table || !Object.values(table).includes(field))
        throw new SpecShapeError(`SDK alias ${alias} of ${route}: the spec gives that route no field ${field}.`);
      table[alias] = field;
    }
  }
}

/** `METHOD /path` → rename table of its JSON or multipart body or its query, for every operation that has one. */
export function sdkNameTables(doc: Doc, aliases = SDK_NAME_ALIASES): Record<string, RenameTable> {
  const tables: Record<string, RenameTable> = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const media = bodyMedia(doc, op);
      let table: RenameTable | undefined;
      if (media) table = renamesOf(doc, media.schema);
      else {
        const params = [
          ...((item.parameters as unknown[] | undefined) ?? []),
          ...((op.parameters as unknown[] | undefined) ?? []),
        ].map((p) => resolve(doc, p));
        const query: RenameTable = {};
        for (const p of params) {
          if (p.in !== 'query' || typeof p.name !== 'string') continue;
          if (camelName(p.name) !== p.name) query[camelName(p.name)] = p.name;
        }
        if (Object.keys(query).length > 0) table = query;
      }
      if (table) tables[`${method.toUpperCase()} ${path}`] = table;
    }
  }
  addAliases(tables, aliases);
  return tables;
}

/**
 * `METHOD /path` → its array query parameters the spec gives as one comma-separated value
 * (`explode: false`: `folders=inbox,sent`), as the SDK sends them. openapi-fetch repeats an array
 * parameter (`folders=inbox&folders=sent`), of which an API reading one value keeps the first.
 */
export function commaQueries(doc: Doc): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = [
        ...((item.parameters as unknown[] | undefined) ?? []),
        ...((op.parameters as unknown[] | undefined) ?? []),
      ].map((p) => resolve(doc, p));
      const names = params
        .filter((p) => p.in === 'query' && p.explode === false && resolve(doc, p.schema).type === 'array')
        .map((p) => p.name as string);
      if (names.length > 0) found[`${method.toUpperCase()} ${path}`] = names;
    }
  }
  return found;
}

/**
 * Routes whose body takes a `react` element for its `html`, as in the official SDK: emails, batches,
 * broadcasts and templates. {@link reactRoutes} checks each against the spec.
 */
export const SDK_REACT_ROUTES = [
  'POST /emails',
  'POST /emails/batch',
  'POST /broadcasts',
  'PATCH /broadcasts/{broadcast_id}',
  'POST /templates',
  'PATCH /templates/{id}',
];

/** {@link SDK_REACT_ROUTES}; throws when one is not in the spec or its body (or items) has no `html`. */
export function reactRoutes(doc: Doc): string[] {
  for (const route of SDK_REACT_ROUTES) {
    const [method, path] = route.split(' ') as [string, string];
    const schema = jsonMedia(doc, doc.paths[path]?.[method.toLowerCase()])?.schema;
    if (!schema || !propertiesOf(doc, schema, new Set()).has('html')) {
      throw new SpecShapeError(`${route} takes react in the SDK, but the spec has no such route with an html body.`);
    }
  }
  return SDK_REACT_ROUTES;
}

/** A JS identifier can be read as `v.name`; anything else is read as `v["name"]`. */
function read(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `v.${key}` : `v[${JSON.stringify(key)}]`;
}

/**
 * The source of a check whether a value uses any SDK name of `table`: named property reads (which
 * V8 caches per call site), so a call that uses only API names costs a few loads and no allocation.
 */
export function checkSource(table: RenameTable): string {
  const parts: string[] = [];
  for (const [key, entry] of Object.entries(table)) {
    parts.push(
      typeof entry === 'string' ? `${read(key)} !== undefined` : `someItem(${read(key)}, ${checkSource(entry)})`,
    );
  }
  return `(v) => ${parts.join(' || ')}`;
}

/** `packages/client/src/generated/sdk-names.ts`: the table the client converts SDK option names with. */
export function renderSdkNamesFile(doc: Doc): string {
  const tables = sdkNameTables(doc);
  const sorted = Object.fromEntries(
    Object.keys(tables)
      .sort()
      .map((key) => [key, tables[key]]),
  );
  return [
    GENERATED_HEADER,
    "import type { Base64Field } from '../bytes.js';",
    "import { type RenameTable, someItem } from '../sdk-options.js';",
    '',
    '/**',
    " * `METHOD /path` → the official SDK's camelCase option names of its JSON body or query and the",
    " * API's names they stand for; a nested table applies inside that field (each item of an array).",
    ' */',
    `export const SDK_NAMES: Readonly<Record<string, RenameTable>> = ${JSON.stringify(sorted, null, 2)};`,
    '',
    '/** Per route, whether a body or query (or an item of a batch) uses any SDK name of `SDK_NAMES`. */',
    'export const SDK_NAME_CHECKS: Readonly<Record<string, (value: unknown) => boolean>> = {',
    ...Object.keys(sorted).map(
      (route) => `  ${JSON.stringify(route)}: (value) => someItem(value, ${checkSource(tables[route]!)}),`,
    ),
    '};',
    '',
    '/** `METHOD /path` → its array query parameters sent as one comma-separated value (`explode: false`). */',
    `export const COMMA_QUERIES: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(commaQueries(doc))};`,
    '',
    '/** Routes whose body takes a `react` element, rendered to its `html`. */',
    `export const REACT_ROUTES: readonly string[] = ${JSON.stringify(reactRoutes(doc))};`,
    '',
    '/**',
    ' * `METHOD /path` → the fields of its body that carry Base64 text (`contentEncoding: base64`), which',
    ' * also take bytes (`[list, field]`: the field of each item of the array `list`).',
    ' */',
    `export const BASE64_FIELDS: Readonly<Record<string, readonly Base64Field[]>> = ${JSON.stringify(base64Fields(doc))};`,
    '',
  ].join('\n');
}
