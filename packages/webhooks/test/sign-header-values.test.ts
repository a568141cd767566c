/**
 * signWebhook returns headers to send: an `id` that no HTTP header can carry (an emoji, `\0`, a line
 * break, another control character) is refused up front with `invalid_header` naming `id`, instead
 * of headers that fail later in `new Headers` or `fetch` with a bare `TypeError`. Every id the svix
 * and standardwebhooks senders give, and any other visible ASCII one, is still signed and verifies.
 */
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from '../src/index.js';
import { BODY, bounced, refusal, SECRET, SECRET_BODY } from './fixtures.js';

describe('signWebhook and ids that are no header value', () => {
  it.each([
    ['an emoji', 'msg_📧'],
    ['a NUL', 'msg_\0'],
    ['a line feed inside', 'msg_1\nx'],
    ['a carriage return inside', 'msg_1\rx'],
    ['another control character', 'msg_\x01'],
    ['DEL', 'msg_\x7f'],
    ['a Latin-1 letter (its bytes are read differently by each platform)', 'msg_é'],
    ['a lone surrogate', 'msg_\ud800'],
  ])('refuses an id with %s as invalid_header naming `id`', async (_case, id) => {
    const error = await refusal(signWebhook({ payload: BODY, secret: SECRET, id }));
    expect(error.code).toBe('invalid_header');
    expect(error.message).toContain('`id`');
    expect(error.message).not.toContain(SECRET_BODY);
  });

  it.each([
    ['an svix message id', 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W'],
    ['an svix event id', 'order-42_v1.2'],
    ['every other visible ASCII character but the comma', '!"#$%&\'()*+-./:;<=>?@[\\]^_`{|}~'],
  ])('signs %s into headers fetch accepts, and the delivery verifies', async (_case, id) => {
    const headers = await signWebhook({ payload: BODY, secret: SECRET, id });
    const sent = new Headers(headers);
    expect(sent.get('svix-id')).toBe(id);
    await expect(verifyWebhook({ payload: BODY, headers: sent, secret: SECRET })).resolves.toEqual(bounced);
  });
});
