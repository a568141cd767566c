/** Checks webhook events against the bundled spec's `webhooks` section with a plain ajv. */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { bundledSpec } from '../src/spec.js';

// A plain ajv over the bundled spec: the fake's own compiled validators cover requests and responses only.
const ajv = new Ajv2020.default({ strict: false, validateSchema: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(bundledSpec as object, 'spec');

const webhooks = bundledSpec.webhooks as Record<
  string,
  { post: { requestBody: { content: Record<string, { schema: { $ref: string } }> } } }
>;

/** The schema errors of one event, by its `type` (`[]` when it validates; a missing type is an error). */
export function eventProblems(event: { type: string }): unknown[] {
  const pointer = webhooks[event.type]?.post.requestBody.content['application/json']?.schema.$ref;
  if (!pointer) return [`no webhook ${event.type} in the spec`];
  return ajv.validate({ $ref: `spec${pointer}` }, event) ? [] : (ajv.errors ?? []);
}
