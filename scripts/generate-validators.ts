/**
 * Compiles the fake's request and response validators at generate time (ajv standalone code), so
 * `@resendkit/mock` generates no code at run time (`new Function` is forbidden in Workers and edge
 * runtimes) and ships no ajv.
 *
 * One validator per schema location the fake asks about: path and query parameters, every request
 * body media type and every JSON response. The emitted module imports its two run-time helpers
 * (deep equality, code-point length) from packages/mock/src/schema-runtime.ts instead of ajv.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { jsonMedia, listOperations, pointerToken, resolve, type OpenApiDocument } from '../packages/mock/src/spec.js';
import { SCHEMA_FORMATS } from '../packages/mock/src/schema-formats.js';

const DOC_ID = 'urn:resendkit:openapi';

// ajv is CommonJS; under NodeNext its default export may arrive wrapped.
const AjvClass = ((Ajv2020 as unknown as { default?: unknown }).default ?? Ajv2020) as typeof Ajv2020.default;
const standalone = ((standaloneCode as unknown as { default?: unknown }).default ??
  standaloneCode) as typeof standaloneCode.default;

/** Every schema pointer the fake validates against, in document order. */
export function validatorPointers(doc: OpenApiDocument): string[] {
  const pointers = new Set<string>();
  for (const operation of listOperations(doc)) {
    for (const param of operation.parameters) {
      if ((param.in === 'path' || param.in === 'query') && param.schemaPointer) pointers.add(param.schemaPointer);
    }
    if (operation.node.requestBody !== undefined) {
      const { node, pointer } = resolve(doc, operation.node.requestBody, `${operation.pointer}/requestBody`);
      for (const [type, media] of Object.entries((node.content ?? {}) as Record<string, { schema?: unknown }>)) {
        if (media.schema !== undefined) pointers.add(`${pointer}/content/${pointerToken(type)}/schema`);
      }
    }
    for (const [status, response] of Object.entries((operation.node.responses ?? {}) as Record<string, unknown>)) {
      const media = jsonMedia(doc, response, `${operation.pointer}/responses/${status}`);
      if (media && media.media.schema !== undefined) pointers.add(`${media.pointer}/schema`);
    }
  }
  return [...pointers];
}

// ajv's standalone output `require`s these; the fake's own module provides them instead.
const RUNTIME_REQUIRES: Record<string, string> = {
  'require("ajv/dist/runtime/equal").default': 'equal',
  'require("ajv/dist/runtime/ucs2length").default': 'ucs2length',
};

/** The TypeScript module holding every compiled validator, keyed by schema pointer. */
export function renderValidators(doc: OpenApiDocument, header: string): string {
  const ajv = new AjvClass({
    strict: false,
    allErrors: false,
    validateSchema: false,
    validateFormats: true,
    // Shared $refs become shared functions instead of being inlined into every user.
    inlineRefs: false,
    code: { source: true, esm: true, lines: false },
  });
  for (const [name, pattern] of Object.entries(SCHEMA_FORMATS)) ajv.addFormat(name, pattern);
  // `binary` marks a file upload; there is nothing to check in its text.
  ajv.addFormat('binary', true);
  ajv.addSchema(doc as object, DOC_ID);
  const pointers = validatorPointers(doc);
  const exports: Record<string, string> = {};
  pointers.forEach((pointer, index) => {
    ajv.addSchema({ $id: `urn:resendkit:v${index}`, $ref: `${DOC_ID}${pointer}` });
    exports[`v${index}`] = `urn:resendkit:v${index}`;
  });
  let code = standalone(ajv, exports).replace(/^"use strict";/, '');
  for (const [from, to] of Object.entries(RUNTIME_REQUIRES)) code = code.split(from).join(to);
  const left = /require\([^)]*\)/.exec(code);
  if (left) throw new Error(`Compiled validators still require ${left[0]}; provide it in schema-runtime.ts.`);
  const table = pointers.map((pointer, index) => `  ${JSON.stringify(pointer)}: v${index},`).join('\n');
  return [
    header.trimEnd(),
    '// @ts-nocheck -- ajv standalone output.',
    "import { equal, ucs2length } from '../schema-runtime.js';",
    '',
    code,
    '',
    '/** Compiled validators by the JSON pointer of their schema in the bundled spec. */',
    'export const validators = {',
    table,
    '};',
    '',
  ].join('\n');
}
