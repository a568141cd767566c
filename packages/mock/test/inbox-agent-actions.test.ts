/** The inbox agent's `enabled_actions` are the names Resend's docs list, not an SDK's older ones. */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call } from './helpers.js';

describe('PATCH /inboxes/{id}/agent enabled_actions', () => {
  it('accepts archive_thread and delete_thread and refuses the SDK names archive and move_to_trash', async () => {
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'], validateResponses: true });
    const inbox = (await call(fake, 'POST', '/inboxes', { body: { email_address: 'support@acme.dev' } })).body.id;
    const agent = `/inboxes/${inbox}/agent`;
    const documented = [
      'draft_reply',
      'forward_thread',
      'add_labels',
      'assign_thread',
      'mark_as_spam',
      'archive_thread',
      'delete_thread',
    ];
    expect((await call(fake, 'PATCH', agent, { body: { enabled_actions: documented } })).status).toBe(200);
    expect((await call(fake, 'GET', agent)).body.enabled_actions).toEqual(documented);
    for (const old of ['archive', 'move_to_trash'])
      expect((await call(fake, 'PATCH', agent, { body: { enabled_actions: [old] } })).status, old).toBe(422);
  });
});
