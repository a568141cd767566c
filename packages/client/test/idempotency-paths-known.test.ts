/**
 * `idempotency.paths` holds schema paths of the API, and an entry that is none is refused when the
 * client is made. Taken as it was, `paths: idempotentRoutes` (`"POST /emails"`, …) or a typo such as
 * `"/email"` matched no request: `POST /emails` went out without an `Idempotency-Key`, so a 503 was
 * not retried and a re-run of the job sent the email again.
 */
import { idempotentRoutes } from '@resendkit/types';
import { describe, expect, it } from 'vitest';
import { ResendConfigError, createResendClient } from './api.js';
import { API_KEY, email } from './helpers.js';

function build(
  paths: readonly string[],
  fetch: (request: Request) => Promise<Response> = async () => Response.json({}),
) {
  return createResendClient({ apiKey: API_KEY, rateLimit: false, idempotency: { paths }, fetch });
}

function refusal(paths: readonly string[]): ResendConfigError {
  try {
    build(paths);
  } catch (error) {
    expect(error).toBeInstanceOf(ResendConfigError);
    return error as ResendConfigError;
  }
  throw new Error('expected a ResendConfigError');
}

describe('idempotency.paths entries that are no schema path', () => {
  it('a typo is refused at construction, naming the entry', () => {
    const error = refusal(['/emails/batch', '/email']);
    expect(error.code).toBe('invalid_option');
    expect(error.message).toContain('idempotency.paths');
    expect(error.message).toContain('"/email"');
    expect(error.message).not.toContain(API_KEY);
  });

  it('a route of @resendkit/types ("POST /emails") is refused, telling to give its path alone', () => {
    const error = refusal(idempotentRoutes);
    expect(error.code).toBe('invalid_option');
    expect(error.message).toContain('"POST /emails"');
    expect(error.message).toContain('give its path alone ("/emails")');
  });

  it('a METHOD /path entry whose path is no schema path is refused as unknown', () => {
    const error = refusal(['POST /email']);
    expect(error.message).toContain('"POST /email"');
    expect(error.message).not.toContain('path alone');
  });

  it('schema paths are taken, and a POST to one of them carries a generated key', async () => {
    const keys: (string | null)[] = [];
    const resend = build(['/emails', '/inboxes/{inbox_id}/drafts/{draft_id}/send', '/broadcasts'], async (request) => {
      keys.push(request.headers.get('idempotency-key'));
      return Response.json({ id: 'e1' });
    });
    await resend.emails.send(email);
    await resend.POST('/broadcasts', { body: { segment_id: 's', from: email.from, subject: 's', html: 'h' } as never });
    expect(keys).toHaveLength(2);
    expect(keys.every((key) => typeof key === 'string' && key.length > 0)).toBe(true);
  });

  it('an empty list is taken (no route gets a generated key)', () => {
    expect(() => build([])).not.toThrow();
  });
});
