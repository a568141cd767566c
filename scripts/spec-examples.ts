/**
 * Finds every example in the bundled spec and validates it against the schema it illustrates,
 * with ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) and its formats.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under NodeNext its function is the namespace's `default`.
const addFormats = addFormatsModule.default;

type Json = Record<string, unknown>;

export interface ExampleSite {
  /** JSON pointer of the schema the example belongs to. */
  schemaPointer: string;
  /** Where the example sits, for messages. */
  where: string;
  example: unknown;
}

export interface ExampleFailure {
  where: string;
  errors: string;
}

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Walks a schema and its subschemas, collecting schema-level `example`s. */
function collectSchemaExamples(schema: unknown, pointer: string, out: ExampleSite[]): void {
  if (!isObject(schema)) return;
  if ('example' in schema) out.push({ schemaPointer: pointer, where: pointer, example: schema.example });
  if (Array.isArray(schema.examples)) {
    schema.examples.forEach((example, i) =>
      out.push({ schemaPointer: pointer, where: `${pointer}/examples/${i}`, example }),
    );
  }
  for (const key of ['properties', 'patternProperties', '$defs'] as const) {
    const map = schema[key];
    if (isObject(map))
      for (const [name, sub] of Object.entries(map))
        collectSchemaExamples(sub, `${pointer}/${key}/${escape(name)}`, out);
  }
  for (const key of ['items', 'additionalProperties', 'not', 'contains', 'if', 'then', 'else'] as const) {
    collectSchemaExamples(schema[key], `${pointer}/${key}`, out);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) list.forEach((sub, i) => collectSchemaExamples(sub, `${pointer}/${key}/${i}`, out));
  }
}

/** Media-type examples (`example` / `examples.*.value`) of a content map. */
function collectContentExamples(content: unknown, pointer: string, out: ExampleSite[]): void {
  if (!isObject(content)) return;
  for (const [mediaType, media] of Object.entries(content)) {
    if (!isObject(media)) continue;
    const base = `${pointer}/${escape(mediaType)}`;
    collectSchemaExamples(media.schema, `${base}/schema`, out);
    if ('example' in media)
      out.push({ schemaPointer: `${base}/schema`, where: `${base}/example`, example: media.example });
    if (isObject(media.examples)) {
      for (const [name, ex] of Object.entries(media.examples)) {
        if (isObject(ex) && 'value' in ex)
          out.push({ schemaPointer: `${base}/schema`, where: `${base}/examples/${escape(name)}`, example: ex.value });
      }
    }
  }
}

function collectParameterLike(param: unknown, pointer: string, out: ExampleSite[]): void {
  if (!isObject(param) || '$ref' in param) return;
  collectSchemaExamples(param.schema, `${pointer}/schema`, out);
  if ('example' in param && param.schema)
    out.push({ schemaPointer: `${pointer}/schema`, where: `${pointer}/example`, example: param.example });
  if (param.content) collectContentExamples(param.content, `${pointer}/content`, out);
}

function collectOperations(pathItems: unknown, pointer: string, out: ExampleSite[]): void {
  if (!isObject(pathItems)) return;
  for (const [path, item] of Object.entries(pathItems)) {
    if (!isObject(item)) continue;
    const itemPointer = `${pointer}/${escape(path)}`;
    if (Array.isArray(item.parameters))
      item.parameters.forEach((p, i) => collectParameterLike(p, `${itemPointer}/parameters/${i}`, out));
    for (const [method, op] of Object.entries(item)) {
      if (!isObject(op) || method === 'parameters') continue;
      const opPointer = `${itemPointer}/${method}`;
      if (Array.isArray(op.parameters))
        op.parameters.forEach((p, i) => collectParameterLike(p, `${opPointer}/parameters/${i}`, out));
      if (isObject(op.requestBody))
        collectContentExamples(op.requestBody.content, `${opPointer}/requestBody/content`, out);
      if (isObject(op.responses)) {
        for (const [code, response] of Object.entries(op.responses)) {
          if (!isObject(response)) continue;
          collectContentExamples(response.content, `${opPointer}/responses/${code}/content`, out);
          if (isObject(response.headers)) {
            for (const [h, header] of Object.entries(response.headers))
              collectParameterLike(header, `${opPointer}/responses/${code}/headers/${escape(h)}`, out);
          }
        }
      }
    }
  }
}

/** Every example of a bundled OpenAPI 3.1 document, paired with its schema's pointer. */
export function collectExamples(doc: Json): ExampleSite[] {
  const out: ExampleSite[] = [];
  const components = isObject(doc.components) ? doc.components : {};
  for (const [name, schema] of Object.entries(isObject(components.schemas) ? components.schemas : {})) {
    collectSchemaExamples(schema, `/components/schemas/${escape(name)}`, out);
  }
  for (const kind of ['parameters', 'headers'] as const) {
    const map = components[kind];
    if (isObject(map))
      for (const [name, p] of Object.entries(map)) collectParameterLike(p, `/components/${kind}/${escape(name)}`, out);
  }
  for (const kind of ['responses', 'requestBodies'] as const) {
    const map = components[kind];
    if (isObject(map))
      for (const [name, r] of Object.entries(map))
        if (isObject(r)) collectContentExamples(r.content, `/components/${kind}/${escape(name)}/content`, out);
  }
  collectOperations(doc.paths, '/paths', out);
  collectOperations(doc.webhooks, '/webhooks', out);
  return out;
}

/** Validates every example; returns the failures (empty when all examples are valid). */
export function validateExamples(doc: Json): { checked: number; failures: ExampleFailure[] } {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema(doc, 'openapi');
  const failures: ExampleFailure[] = [];
  const sites = collectExamples(doc);
  for (const site of sites) {
    const validate = ajv.compile({ $ref: `openapi#${site.schemaPointer}` });
    if (!validate(site.example)) {
      failures.push({ where: site.where, errors: ajv.errorsText(validate.errors, { dataVar: 'example' }) });
    }
  }
  return { checked: sites.length, failures };
}
