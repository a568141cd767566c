/**
 * Builds response bodies from the spec: `exampleFor` produces a value from a schema's examples
 * (or, lacking one, from its types, formats and enums), and `fitToSchema` shapes a stored record
 * into what an operation's response schema declares, filling required gaps from examples.
 */
import type { OpenApiDocument, SchemaNode } from './spec.js';
import { resolve } from './spec.js';

const FALLBACK_UUID = '00000000-0000-4000-8000-000000000000';

function deref(doc: OpenApiDocument, schema: unknown): SchemaNode {
  return resolve(doc, schema ?? {}, '#').node;
}

/** Merges `allOf` members into one object schema (properties and required united). */
function flatten(doc: OpenApiDocument, schema: SchemaNode): SchemaNode {
  if (!Array.isArray(schema.allOf)) return schema;
  const properties: Record<string, unknown> = { ...((schema.properties as object | undefined) ?? {}) };
  const required = new Set<string>((schema.required as string[] | undefined) ?? []);
  let additionalProperties: unknown = schema.additionalProperties;
  let type: unknown = schema.type;
  for (const member of schema.allOf) {
    const part = flatten(doc, deref(doc, member));
    Object.assign(properties, part.properties ?? {});
    for (const r of (part.required as string[] | undefined) ?? []) required.add(r);
    if (part.additionalProperties !== undefined) additionalProperties = part.additionalProperties;
    type ??= part.type;
  }
  const { allOf: _allOf, ...rest } = schema;
  return { ...rest, type: type ?? 'object', properties, required: [...required], additionalProperties };
}

function types(schema: SchemaNode): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type as string[];
  if (schema.properties) return ['object'];
  if (schema.items) return ['array'];
  return [];
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

function typeAllows(schemaTypes: string[], value: unknown): boolean {
  const t = jsonType(value);
  return schemaTypes.length === 0 || schemaTypes.includes(t) || (t === 'integer' && schemaTypes.includes('number'));
}

function stringFor(schema: SchemaNode, now: Date): string {
  switch (schema.format) {
    case 'uuid':
      return FALLBACK_UUID;
    case 'date-time':
      return now.toISOString();
    case 'date':
      return now.toISOString().slice(0, 10);
    case 'email':
      return 'delivered@resend.dev';
    case 'uri':
    case 'url':
      return 'https://resend.com';
    default: {
      const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
      return 'string'.padEnd(min, '_');
    }
  }
}

/** A value for `schema`: its example when it has one, else one built from its structure. */
export function exampleFor(doc: OpenApiDocument, rawSchema: unknown, now = new Date(0), depth = 0): unknown {
  const schema = flatten(doc, deref(doc, rawSchema));
  if (schema.example !== undefined) return structuredClone(schema.example);
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return structuredClone(schema.examples[0]);
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (schema.default !== undefined) return structuredClone(schema.default);
  if (depth > 12) return null;
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = schema[key];
    if (Array.isArray(branches) && branches.length > 0) return exampleFor(doc, branches[0], now, depth + 1);
  }
  const [type] = types(schema).filter((t) => t !== 'null');
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const properties = (schema.properties as Record<string, unknown> | undefined) ?? {};
      for (const name of (schema.required as string[] | undefined) ?? []) {
        out[name] = exampleFor(doc, properties[name] ?? {}, now, depth + 1);
      }
      return out;
    }
    case 'array': {
      const count = typeof schema.minItems === 'number' ? schema.minItems : 0;
      return Array.from({ length: count }, () => exampleFor(doc, schema.items ?? {}, now, depth + 1));
    }
    case 'string':
      return stringFor(schema, now);
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 0;
    case 'boolean':
      return false;
    default:
      return types(schema).includes('null') ? null : {};
  }
}

/**
 * Shapes `value` (a stored record, possibly richer than the schema) to `schema`: keeps the declared
 * properties, drops the rest when the schema lists its properties, and fills missing required ones
 * from examples. Values of the wrong type are replaced by examples rather than sent as they are.
 */
export function fitToSchema(
  doc: OpenApiDocument,
  value: unknown,
  rawSchema: unknown,
  now = new Date(0),
  depth = 0,
): unknown {
  const schema = flatten(doc, deref(doc, rawSchema));
  if (value === undefined || depth > 24) return exampleFor(doc, schema, now, depth);
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return exampleFor(doc, schema, now, depth);
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = schema[key];
    if (Array.isArray(branches) && branches.length > 0) {
      const match = branches.map((b) => flatten(doc, deref(doc, b))).find((b) => typeAllows(types(b), value));
      return match ? fitToSchema(doc, value, match, now, depth + 1) : exampleFor(doc, branches[0], now, depth + 1);
    }
  }
  const allowed = types(schema);
  if (!typeAllows(allowed, value)) {
    // A single value where a list is declared: wrap it rather than lose it.
    if (allowed.includes('array') && value !== null && !Array.isArray(value)) {
      return [fitToSchema(doc, value, schema.items ?? {}, now, depth + 1)];
    }
    return exampleFor(doc, schema, now, depth);
  }
  if (Array.isArray(value)) return value.map((item) => fitToSchema(doc, item, schema.items ?? {}, now, depth + 1));
  if (value !== null && typeof value === 'object') {
    const properties = schema.properties as Record<string, unknown> | undefined;
    if (!properties) return value;
    const record = value as Record<string, unknown>;
    const required = (schema.required as string[] | undefined) ?? [];
    const out: Record<string, unknown> = {};
    for (const [name, propSchema] of Object.entries(properties)) {
      if (record[name] !== undefined) out[name] = fitToSchema(doc, record[name], propSchema, now, depth + 1);
      else if (required.includes(name)) out[name] = exampleFor(doc, propSchema, now, depth + 1);
    }
    return out;
  }
  return value;
}
