import { describe, expect, expectTypeOf, it } from 'vitest';
import type { operations, paths } from '../src/index.js';
// Type-only imports: erased at runtime, so the two files' tests are not collected a second time here.
import type { calls as emailsDomainsContacts } from './operations-emails-domains-contacts.test.js';
import type { calls as broadcastsAutomationsInboxes } from './operations-broadcasts-automations-inboxes.test.js';
import { bundled, operationsOf } from './bundled-spec.js';

// Each of the two files pins its calls to the operations of its own tags; this one makes sure that
// no operation of the spec falls between them (say, under a tag neither lists).
type EmailsDomainsContacts = keyof typeof emailsDomainsContacts;
type BroadcastsAutomationsInboxes = keyof typeof broadcastsAutomationsInboxes;

// `operations` also holds the webhook payload operations; the ones clients call are those a path
// item refers to (the generated `paths` point at `operations[id]` entries, so they compare as equal).
type PathOperation = { [P in keyof paths]: NonNullable<paths[P][Exclude<keyof paths[P], 'parameters'>]> }[keyof paths];
type PathOperationId = { [K in keyof operations]: operations[K] extends PathOperation ? K : never }[keyof operations];

const operationIds = operationsOf(bundled.paths);

describe('operation coverage across both files', () => {
  it('gives every operation of the bundled spec a typed call in exactly one file', () => {
    // Checked by `tsc --noEmit`: `operations` is generated from the same bundled spec.
    expectTypeOf<EmailsDomainsContacts | BroadcastsAutomationsInboxes>().toEqualTypeOf<PathOperationId>();
    expectTypeOf<Extract<EmailsDomainsContacts, BroadcastsAutomationsInboxes>>().toBeNever();
    // 66 in one file + 85 in the other; each file compares its keys with the spec at runtime.
    expect(new Set(operationIds).size).toBe(operationIds.length);
    expect(operationIds).toHaveLength(151);
  });
});
