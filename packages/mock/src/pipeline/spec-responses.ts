/** Answers read from the spec: response schemas, example bodies, redirect targets, API views of records. */
import { exampleFor, fitToSchema } from '../examples.js';
import { jsonMedia, resolve, type Operation } from '../spec.js';
import type { FakeRuntime } from './runtime.js';

/** The spec-derived answers of one fake (example bodies are cached per operation). */
export interface SpecResponses {
  /** JSON pointer of the response schema for `status`, if it has one. */
  schemaPointer(operation: Operation, status: number): string | undefined;
  /** The 2xx body of an operation without hand-written behaviour, from the spec's examples. */
  example(operation: Operation, status: number, params: readonly string[]): unknown;
  /** `location` for a 3xx answer. */
  redirectLocation(operation: Operation, status: number): string;
  /** `payload` fitted to the response schema at `pointer`. */
  fit(payload: unknown, pointer: string): unknown;
  /** A stored record as the API would answer with it (fitted to the operation's 200 schema). */
  apiView(method: string, template: string, record: unknown): unknown;
}

/** Builds the spec answers over `runtime`'s document and validator. */
export function createSpecResponses(runtime: FakeRuntime): SpecResponses {
  const { doc, validator } = runtime;
  const examples = new Map<Operation, unknown>();

  const schemaPointer = (operation: Operation, status: number): string | undefined => {
    const responses = operation.node.responses as Record<string, unknown> | undefined;
    const response = responses?.[String(status)] ?? responses?.[`${String(status)[0]}XX`];
    const media = jsonMedia(doc, response, `${operation.pointer}/responses/${status}`);
    return media && media.media.schema !== undefined ? `${media.pointer}/schema` : undefined;
  };

  const baseExample = (operation: Operation, status: number): unknown => {
    const responses = operation.node.responses as Record<string, unknown> | undefined;
    const media = jsonMedia(doc, responses?.[String(status)], `${operation.pointer}/responses/${status}`);
    const pointer = schemaPointer(operation, status);
    if (!media || !pointer) return null;
    const schema = resolve(doc, media.media.schema, pointer).node;
    const named = media.media.examples as Record<string, { value?: unknown }> | undefined;
    const candidate = media.media.example ?? Object.values(named ?? {})[0]?.value ?? exampleFor(doc, schema);
    return validator.check(pointer, candidate) === undefined ? candidate : fitToSchema(doc, candidate, schema);
  };

  const fit = (payload: unknown, pointer: string) =>
    fitToSchema(doc, payload, resolve(doc, { $ref: pointer }, pointer).node, new Date(runtime.now()));

  return {
    schemaPointer,
    fit,
    example(operation, status, params) {
      let base = examples.get(operation);
      if (base === undefined) examples.set(operation, (base = baseExample(operation, status)));
      const body = structuredClone(base);
      // Echo the addressed ID when the schema allows it, so GET /x/{id} answers about that id.
      const last = params[params.length - 1];
      const pointer = schemaPointer(operation, status);
      if (last !== undefined && pointer && body && typeof body === 'object' && 'id' in body) {
        const withId = { ...(body as object), id: last };
        if (validator.check(pointer, withId) === undefined) return withId;
      }
      return body;
    },
    redirectLocation(operation, status) {
      const responses = operation.node.responses as Record<string, unknown> | undefined;
      const response = resolve(doc, responses?.[String(status)], `${operation.pointer}/responses/${status}`).node;
      const header = (response.headers as Record<string, unknown> | undefined)?.location;
      const example = header === undefined ? undefined : exampleFor(doc, resolve(doc, header, '#').node.schema ?? {});
      return typeof example === 'string' && example !== 'https://resend.com'
        ? example
        : 'https://resend.com/oauth/consent';
    },
    apiView(method, template, record) {
      const operation = runtime.routing().operations.find((o) => o.method === method && o.template === template);
      const pointer = operation && schemaPointer(operation, 200);
      return pointer ? fit(structuredClone(record), pointer) : record;
    },
  };
}
