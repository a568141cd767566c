import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { bundledSpec, listOperations, pointerToken } from '../src/spec.js';
import { handlers as resourceHandlerNames } from './resource-names.js';
import { call } from './helpers.js';

// An ajv instance of the test's own, independent of the fake's validator.
const ajv = new Ajv2020.default({ strict: false, validateSchema: false });
addFormats.default(ajv);
ajv.addSchema(bundledSpec as object, 'spec');

describe('responses of operations without hand-written behaviour', () => {
  const generic = listOperations(bundledSpec).filter(
    (op) =>
      op.method === 'GET' &&
      !op.template.includes('{') &&
      !op.parameters.some((p) => p.required) &&
      !resourceHandlerNames.has(op.template) &&
      JSON.stringify((op.node.responses as Record<string, unknown>)['200'] ?? {}).includes('application/json'),
  );

  it('has some to check', () => {
    expect(generic.length).toBeGreaterThan(2);
  });

  it('are built from the spec examples and valid against the response schema', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    for (const op of generic.slice(0, 8)) {
      const { status, body } = await call(fake, 'GET', op.template);
      expect.soft(status, op.template).toBe(200);
      const validate = ajv.compile({
        $ref: `spec#/paths/${pointerToken(op.template)}/get/responses/200/content/application~1json/schema`,
      });
      expect.soft(validate(body), `${op.template}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});
