/** `/_files/` answers a method it does not take in Resend's error shape, as every other refusal is. */
import { expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';

it('refuses a method other than GET or HEAD on a file with a JSON 405 in the error shape', async () => {
  const fake = createFakeResend({ rateLimit: false });
  const answer = await fake.fetch(
    new Request('https://api.resend.com/_files/sent/x/attachments/y', { method: 'POST' }),
  );
  expect(answer.status).toBe(405);
  expect(answer.headers.get('allow')).toBe('GET, HEAD');
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  expect(await answer.json()).toEqual({
    statusCode: 405,
    name: 'method_not_allowed',
    message: 'Method POST is not allowed.',
  });
});
