/**
 * Read-only access to the bundled OpenAPI document: operations, parameters and `$ref` resolution.
 * The document is `@resendkit/types/openapi.json`, which `pnpm generate` writes; the build inlines it,
 * so the published fake reads no file and needs no `@resendkit/types` at run time.
 */
import bundled from '@resendkit/types/openapi.json' with { type: 'json' };

/** A JSON Schema / OpenAPI node; the fake only reads it. */
export type SchemaNode = { readonly [key: string]: unknown };

/** The parts of an OpenAPI 3.1 document the fake uses. */
export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, unknown>>;
  readonly components?: Record<string, Record<string, SchemaNode>>;
  readonly [key: string]: unknown;
}

/** Pagination mode from the operation's `x-pagination` extension. */
export type PaginationMode = 'always' | 'optional' | 'after-only' | 'none';

/** A node reached by following `$ref`s, with the JSON pointer it lives at. */
export interface Located {
  node: SchemaNode;
  pointer: string;
}

/** One request parameter after `$ref` resolution. */
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  /** Resolved schema ({} when the parameter has none). */
  schema: SchemaNode;
  /** JSON pointer of the schema inside the document, for the validator. */
  schemaPointer: string | undefined;
  example: unknown;
}

/** One operation of the spec, as the router and validator see it. */
export interface Operation {
  method: string;
  /** The path template as written in the spec, e.g. `/emails/{email_id}`. */
  template: string;
  operationId: string;
  pagination: PaginationMode | undefined;
  idempotent: boolean;
  parameters: Parameter[];
  /** JSON pointer of the operation object. */
  pointer: string;
  node: SchemaNode;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The document bundled with this package. */
export const bundledSpec = bundled as unknown as OpenApiDocument;

/** Escapes one JSON-pointer token. */
export function pointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function getPointer(doc: unknown, pointer: string): unknown {
  if (!pointer.startsWith('#')) throw new Error(`Only local $refs are supported, got ${pointer}`);
  let node: unknown = doc;
  for (const raw of pointer.slice(1).split('/').slice(1)) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown> | undefined)?.[token];
  }
  return node;
}

/** Follows `$ref` chains from `node` (found at `pointer`). */
export function resolve(doc: OpenApiDocument, node: unknown, pointer: string): Located {
  let current = node as SchemaNode;
  let at = pointer;
  for (let hops = 0; typeof current?.$ref === 'string'; hops++) {
    if (hops > 32) throw new Error(`$ref cycle at ${at}`);
    at = current.$ref as string;
    current = getPointer(doc, at) as SchemaNode;
  }
  return { node: current ?? {}, pointer: at };
}

function readParameters(doc: OpenApiDocument, list: unknown, pointer: string): Parameter[] {
  if (!Array.isArray(list)) return [];
  return list.map((entry, index) => {
    const { node, pointer: at } = resolve(doc, entry, `${pointer}/${index}`);
    const schemaLocated = node.schema === undefined ? undefined : resolve(doc, node.schema, `${at}/schema`);
    return {
      name: String(node.name),
      in: node.in as Parameter['in'],
      required: node.required === true,
      schema: schemaLocated?.node ?? {},
      schemaPointer: node.schema === undefined ? undefined : `${at}/schema`,
      example: node.example ?? schemaLocated?.node.example,
    };
  });
}

/** Every operation in the document, in document order. */
export function listOperations(doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [template, rawItem] of Object.entries(doc.paths ?? {})) {
    const itemPointer = `#/paths/${pointerToken(template)}`;
    const item = resolve(doc, rawItem, itemPointer);
    const shared = readParameters(doc, item.node.parameters, `${item.pointer}/parameters`);
    for (const method of HTTP_METHODS) {
      const node = item.node[method] as SchemaNode | undefined;
      if (!node || typeof node !== 'object') continue;
      const pointer = `${item.pointer}/${method}`;
      const own = readParameters(doc, node.parameters, `${pointer}/parameters`);
      // Operation-level parameters override path-level ones with the same name and location.
      const parameters = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
      operations.push({
        method: method.toUpperCase(),
        template,
        operationId: String(node.operationId ?? `${method} ${template}`),
        pagination: node['x-pagination'] as PaginationMode | undefined,
        idempotent: node['x-idempotent'] === true,
        parameters,
        pointer,
        node,
      });
    }
  }
  return operations;
}

/** The lowest 2xx status code an operation declares, else its lowest 3xx (200 when it has neither). */
export function successStatus(operation: Operation): number {
  const codes = Object.keys((operation.node.responses as SchemaNode | undefined) ?? {})
    .filter((code) => /^[23]\d\d$/.test(code))
    .map(Number)
    .sort((a, b) => a - b);
  return codes[0] ?? 200;
}

/** True when the operation opts out of the global bearer auth (`security: []`). */
export function isPublic(operation: Operation): boolean {
  return Array.isArray(operation.node.security) && operation.node.security.length === 0;
}

/** The request-body media type matching the request's Content-Type (JSON when it has none). */
export function requestMedia(
  doc: OpenApiDocument,
  operation: Operation,
  contentType: string | null,
): { type: string; media: SchemaNode; pointer: string } | undefined {
  if (operation.node.requestBody === undefined) return undefined;
  const { node, pointer } = resolve(doc, operation.node.requestBody, `${operation.pointer}/requestBody`);
  const content = (node.content as Record<string, SchemaNode> | undefined) ?? {};
  const wanted = (contentType ?? 'application/json').split(';')[0]!.trim().toLowerCase();
  const type =
    Object.keys(content).find((t) => t.toLowerCase() === wanted) ??
    (/json/.test(wanted) ? Object.keys(content).find((t) => /json/.test(t)) : undefined);
  if (!type) return undefined;
  return { type, media: content[type]!, pointer: `${pointer}/content/${pointerToken(type)}` };
}

/** The JSON media type object of a request body or response, if any. */
export function jsonMedia(
  doc: OpenApiDocument,
  holder: unknown,
  pointer: string,
): { media: SchemaNode; pointer: string } | undefined {
  if (holder === undefined) return undefined;
  const { node, pointer: at } = resolve(doc, holder, pointer);
  const content = node.content as Record<string, SchemaNode> | undefined;
  if (!content) return undefined;
  const type = Object.keys(content).find((t) => t === 'application/json' || /\+json$/.test(t));
  if (!type) return undefined;
  return { media: content[type]!, pointer: `${at}/content/${pointerToken(type)}` };
}
