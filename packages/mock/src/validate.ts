/**
 * Request validation against the spec (JSON Schema 2020-12, as OpenAPI 3.1 uses). The validators
 * are compiled by `pnpm generate` (ajv standalone code in src/generated/validators.ts), so nothing
 * is compiled, and no code generated, at run time.
 */
import { ApiError } from './api-error.js';
import { validators as compiled } from './generated/validators.js';
import { MAX_JSON_DEPTH, nestsTooDeep } from './json-depth.js';
import { type PartEncodings, parseMultipart } from './multipart.js';
import type { OpenApiDocument, Operation, Parameter, SchemaNode } from './spec.js';
import { requestMedia, resolve } from './spec.js';

/** The parts of an ajv error the fake reads. */
interface ErrorObject {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A compiled validator: true when valid; otherwise `errors` holds why. */
interface ValidateFunction {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const VALIDATORS = compiled as unknown as Readonly<Record<string, ValidateFunction>>;

/** Validated, coerced request inputs. */
export interface ValidatedRequest {
  query: Record<string, unknown>;
  body: unknown;
  /** With `eachItem`: why each refused item of the array body was refused, by its index. */
  itemErrors?: ReadonlyMap<number, ApiError>;
}

/** Validates requests (and, on demand, responses or any value) against one document. */
export interface SpecValidator {
  /** Checks path params, query and body; throws ApiError shaped like Resend's. */
  validateRequest(
    operation: Operation,
    params: string[],
    query: URLSearchParams,
    rawBody: string,
    contentType: string | null,
    /**
     * Judge an array body's items one by one (a permissive batch): an invalid item is reported in
     * `itemErrors` instead of refusing the request; the array itself must still be valid.
     */
    eachItem?: boolean,
  ): ValidatedRequest;
  /** Returns the first problem of `value` against the schema at `pointer`, or undefined when valid. */
  check(pointer: string, value: unknown): string | undefined;
}

/** The compiled validator for the schema at `pointer`. */
function validatorAt(pointer: string): ValidateFunction {
  const fn = Object.hasOwn(VALIDATORS, pointer) ? VALIDATORS[pointer] : undefined;
  // Only a stale src/generated/validators.ts gets here; `pnpm generate --check` catches that.
  if (!fn) throw new Error(`No compiled validator for ${pointer}: run \`pnpm generate\`.`);
  return fn;
}

/** The first problem of `value` against the schema at `pointer`, or undefined when valid. */
function check(pointer: string, value: unknown): string | undefined {
  const fn = validatorAt(pointer);
  if (fn(value)) return undefined;
  const error = pickError(fn.errors ?? []);
  return error ? `${fieldName(error) || '(root)'}: ${describe(error, fn.errors ?? [])}` : 'invalid';
}

/** Path parameters are checked as sent; a malformed UUID gets Resend's own message. */
function checkPathParams(operation: Operation, params: string[]): void {
  const pathParams = operation.parameters.filter((p) => p.in === 'path');
  pathParams.forEach((param, index) => {
    const value = params[index];
    if (value === undefined || !param.schemaPointer) return;
    const fn = validatorAt(param.schemaPointer);
    if (!fn(value)) {
      const error = pickError(fn.errors ?? []);
      const message =
        error?.keyword === 'format' && error.params.format === 'uuid'
          ? `The \`${param.name}\` must be a valid UUID.`
          : `The \`${param.name}\` parameter is invalid: ${error ? describe(error, fn.errors ?? []) : 'invalid value'}.`;
      throw new ApiError(422, 'invalid_parameter', message);
    }
  });
}

/** The query parameters the operation declares, coerced to their types and validated. */
function checkQuery(operation: Operation, query: URLSearchParams): Record<string, unknown> {
  const coerced: Record<string, unknown> = {};
  for (const param of operation.parameters.filter((p) => p.in === 'query')) {
    const values = query.getAll(param.name);
    if (values.length === 0) {
      if (param.required) throw new ApiError(422, 'missing_required_parameter', `Missing \`${param.name}\` parameter.`);
      continue;
    }
    const value = coerceQuery(param, values);
    coerced[param.name] = value;
    if (!param.schemaPointer) continue;
    const fn = validatorAt(param.schemaPointer);
    if (!fn(value)) {
      const error = pickError(fn.errors ?? []);
      throw new ApiError(
        422,
        'validation_error',
        `The \`${param.name}\` parameter is invalid: ${error ? describe(error, fn.errors ?? []) : 'invalid value'}.`,
      );
    }
  }
  return coerced;
}

/** Reads a body sent as a media type the operation takes. */
function parseBody(type: string, media: SchemaNode, rawBody: string, contentType: string | null): unknown {
  if (/multipart\/form-data/.test(type))
    return parseMultipart(rawBody, contentType, media.encoding as PartEncodings | undefined);
  if (type === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(rawBody));
  let body: unknown;
  try {
    body = JSON.parse(rawBody) as unknown;
  } catch {
    throw new ApiError(422, 'validation_error', 'The request body is not valid JSON.');
  }
  if (nestsTooDeep(body))
    throw new ApiError(
      422,
      'validation_error',
      `The request body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels.`,
    );
  return body;
}

/** The request body, read by its media type and validated against the operation's schema. */
function checkBody(
  doc: OpenApiDocument,
  operation: Operation,
  rawBody: string,
  contentType: string | null,
  eachItem = false,
): Omit<ValidatedRequest, 'query'> {
  const bodyNode = operation.node.requestBody
    ? resolve(doc, operation.node.requestBody, `${operation.pointer}/requestBody`).node
    : undefined;
  if (rawBody.trim() === '') {
    if (bodyNode?.required === true) throw new ApiError(422, 'missing_required_field', 'Missing request body.');
    return { body: undefined };
  }
  const media = requestMedia(doc, operation, contentType);
  if (!media && bodyNode) throw unsupportedMediaType(bodyNode, contentType);
  // The operation takes no body: parse JSON when it is JSON.
  if (!media) return { body: parseLenient(rawBody) };
  const body = parseBody(media.type, media.media, rawBody, contentType);
  if (media.media.schema === undefined) return { body };
  const fn = validatorAt(`${media.pointer}/schema`);
  if (fn(body)) return { body };
  const error = pickError(fn.errors ?? []);
  // Only an error inside one item can be set aside; a wrong array (type, count) refuses the request.
  if (!eachItem || !Array.isArray(body) || !error || error.instancePath === '') throw bodyError(fn.errors ?? []);
  return { body, itemErrors: itemErrors(fn, body) };
}

/**
 * Why each invalid item of a valid-shaped array is invalid: every item is checked on its own, as
 * the only item of an array, by the same validator, and the error is renamed to its real index.
 */
function itemErrors(fn: ValidateFunction, items: unknown[]): Map<number, ApiError> {
  const refused = new Map<number, ApiError>();
  items.forEach((item, index) => {
    if (fn([item])) return;
    const errors = (fn.errors ?? []).map((e) => ({ ...e, instancePath: e.instancePath.replace(/^\/0/, `/${index}`) }));
    refused.set(index, bodyError(errors));
  });
  return refused;
}

/** Creates a validator for the bundled document. */
export function createValidator(doc: OpenApiDocument): SpecValidator {
  return {
    check,
    validateRequest(operation, params, query, rawBody, contentType, eachItem) {
      checkPathParams(operation, params);
      const coerced = checkQuery(operation, query);
      return { query: coerced, ...checkBody(doc, operation, rawBody, contentType, eachItem) };
    },
  };
}

/**
 * A body sent as a type the operation does not take (e.g. `text/plain` to a JSON endpoint) is
 * refused, never read as if it were JSON and never validated away to nothing.
 */
function unsupportedMediaType(bodyNode: SchemaNode, contentType: string | null): ApiError {
  const accepted = Object.keys((bodyNode.content as Record<string, unknown> | undefined) ?? {}).map((t) => `\`${t}\``);
  const sent = (contentType ?? '').split(';')[0]!.trim().slice(0, 100);
  return new ApiError(
    422,
    'validation_error',
    `Invalid \`Content-Type\` header \`${sent}\`: send the request body as ${accepted.join(' or ')}.`,
  );
}

/**
 * A body the operation does not describe as JSON: parsed when it is JSON, kept as text otherwise,
 * and also when it nests too deep to be walked safely (the operation reads no body anyway).
 */
function parseLenient(raw: string): unknown {
  try {
    const value = JSON.parse(raw) as unknown;
    return nestsTooDeep(value) ? raw : value;
  } catch {
    return raw;
  }
}

/** Query values arrive as strings; coerce them to what the parameter's schema expects. */
function coerceQuery(param: Parameter, values: string[]): unknown {
  const type = primaryType(param.schema);
  if (type === 'array') {
    const itemType = primaryType((param.schema.items as SchemaNode | undefined) ?? {});
    return values.flatMap((v) => v.split(',')).map((v) => coerceScalar(v, itemType));
  }
  return coerceScalar(values[values.length - 1]!, type);
}

function primaryType(schema: SchemaNode): string | undefined {
  const type = schema.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((t) => t !== 'null') as string | undefined;
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = schema[key];
    if (Array.isArray(branches)) {
      for (const branch of branches) {
        const t = primaryType(branch as SchemaNode);
        if (t) return t;
      }
    }
  }
  return undefined;
}

function coerceScalar(value: string, type: string | undefined): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

const BRANCH = /\/(oneOf|anyOf)\/\d+\//;

/** The error worth reporting: not one of the per-branch errors a oneOf/anyOf also summarises. */
function pickError(errors: ErrorObject[]): ErrorObject | undefined {
  return errors.find((e) => !BRANCH.test(e.schemaPath)) ?? errors[0];
}

/** `/tags/0/name` → `tags[0].name`; plus the missing property for `required` errors. */
function fieldName(error: ErrorObject): string {
  let name = '';
  for (const token of error.instancePath.split('/').slice(1)) {
    const part = token.replace(/~1/g, '/').replace(/~0/g, '~');
    name += /^\d+$/.test(part) ? `[${part}]` : name ? `.${part}` : part;
  }
  if (error.keyword === 'required') {
    const missing = String(error.params.missingProperty);
    name = name ? `${name}.${missing}` : missing;
  }
  if (error.keyword === 'additionalProperties') {
    const extra = String(error.params.additionalProperty);
    name = name ? `${name}.${extra}` : extra;
  }
  return name;
}

/**
 * The error of the alternative whose type the value has: 51 addresses in `to` break the array
 * branch's `maxItems`, which says more than "must be string or array". Undefined when no branch
 * got past its type check.
 */
function matchedBranchError(error: ErrorObject, all: ErrorObject[]): ErrorObject | undefined {
  const within = (e: ErrorObject) =>
    e.instancePath === error.instancePath || e.instancePath.startsWith(`${error.instancePath}/`);
  const failed = all.filter((e) => BRANCH.test(e.schemaPath) && within(e));
  const typed = failed.filter((e) => e.keyword === 'type' && e.instancePath === error.instancePath);
  // Some alternatives refused the value's type; one got further, and its own error explains.
  if (typed.length === 0 || failed.some((e) => e.keyword === 'required')) return undefined;
  return failed.find((e) => e.keyword !== 'type' || e.instancePath !== error.instancePath);
}

function describe(error: ErrorObject, all: ErrorObject[]): string {
  if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
    const matched = matchedBranchError(error, all);
    if (matched) return describe(matched, all);
    const types = all
      .filter((e) => e.keyword === 'type' && e.instancePath === error.instancePath && BRANCH.test(e.schemaPath))
      .map((e) => String(e.params.type));
    if (types.length > 0) return `must be ${[...new Set(types)].join(' or ')}`;
    const missing = all
      .filter((e) => e.keyword === 'required' && e.instancePath === error.instancePath)
      .map((e) => `\`${String(e.params.missingProperty)}\``);
    if (missing.length > 0) return `must have one of ${[...new Set(missing)].join(', ')}`;
  }
  if (error.keyword === 'enum') return `must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
  if (error.keyword === 'additionalProperties') return 'is not a known field';
  return error.message ?? 'is invalid';
}

/** Maps a body validation failure to Resend's error names. */
function bodyError(errors: ErrorObject[]): ApiError {
  const error = pickError(errors);
  if (!error) return new ApiError(422, 'validation_error', 'The request body is invalid.');
  const field = fieldName(error);
  if (error.keyword === 'required') return new ApiError(422, 'missing_required_field', `Missing \`${field}\` field.`);
  if (error.keyword === 'anyOf' && /^attachments\[\d+\]$/.test(field)) {
    return new ApiError(422, 'invalid_attachment', `Attachment \`${field}\` needs either \`content\` or \`path\`.`);
  }
  if (field === '') return new ApiError(422, 'validation_error', `The request body ${describe(error, errors)}.`);
  if (error.keyword === 'additionalProperties')
    return new ApiError(422, 'validation_error', `Unknown field \`${field}\`.`);
  return new ApiError(422, 'validation_error', `Invalid \`${field}\` field: ${describe(error, errors)}.`);
}
