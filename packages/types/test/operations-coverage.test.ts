import { describe, expect, expectTypeOf, it } from 'vitest';
import type { operations, paths } from '../src/index.js';
// Type-only imports: erased at runtime, so the two groups' tests are not collected a second time here.
import type { calls as groupA } from './operations-a.test.js';
import type { calls as groupB } from './operations-b.test.js';
import { bundled, operationsOf } from './bundled-spec.js';

// Each group test pins its calls to the operations of its own tags; this one makes sure that no
// operation of the spec falls between the two groups (say, under a tag neither group lists).
type GroupA = keyof typeof groupA;
type GroupB = keyof typeof groupB;

// `operations` also holds the webhook payload operations; the ones clients call are those a path
// item refers to (the generated `paths` point at `operations[id]` entries, so they compare as equal).
type PathOperation = { [P in keyof paths]: NonNullable<paths[P][Exclude<keyof paths[P], 'parameters'>]> }[keyof paths];
type PathOperationId = { [K in keyof operations]: operations[K] extends PathOperation ? K : never }[keyof operations];

const operationIds = operationsOf(bundled.paths);

describe('operation coverage across both groups', () => {
  it('gives every operation of the bundled spec a typed call in exactly one group', () => {
    // Checked by `tsc --noEmit`: `operations` is generated from the same bundled spec.
    expectTypeOf<GroupA | GroupB>().toEqualTypeOf<PathOperationId>();
    expectTypeOf<Extract<GroupA, GroupB>>().toBeNever();
    // 66 in group A + 85 in group B; each group test compares its keys with the spec at runtime.
    expect(new Set(operationIds).size).toBe(operationIds.length);
    expect(operationIds).toHaveLength(151);
  });
});
