import { describe, expect, it } from 'vitest';
import { resourceRoutes } from '../src/resources/index.js';
import { normaliseTemplate } from '../src/resources/context.js';
import { bundledSpec, listOperations } from '../src/spec.js';

describe('every operation of the spec', () => {
  it("has a handler that reads or writes the fake's state (none answers a canned example)", () => {
    const handled = new Set(resourceRoutes.map((r) => `${r.method} ${r.path}`));
    const canned = listOperations(bundledSpec)
      .map((op) => `${op.method} ${normaliseTemplate(op.template)}`)
      .filter((key) => !handled.has(key));
    expect(canned).toEqual([]);
  });
});
