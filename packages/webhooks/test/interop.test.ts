/** Cross-checks with the scheme's reference implementations (dev dependencies only). */
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Webhook as SvixWebhook } from 'svix';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from '../src/index.js';
import { BODY, bounced, OTHER_SECRET, SECRET } from './fixtures.js';

type Headers3 = { 'svix-id': string; 'svix-timestamp': string; 'svix-signature': string };
const toStandard = (h: Headers3) => ({
  'webhook-id': h['svix-id'],
  'webhook-timestamp': h['svix-timestamp'],
  'webhook-signature': h['svix-signature'],
});

const libraries = [
  {
    name: 'svix',
    sign(secret: string, id: string, at: Date, body: string): Headers3 {
      return {
        'svix-id': id,
        'svix-timestamp': String(Math.floor(at.getTime() / 1000)),
        'svix-signature': new SvixWebhook(secret).sign(id, at, body),
      };
    },
    verify: (secret: string, body: string, headers: Headers3) => new SvixWebhook(secret).verify(body, headers),
  },
  {
    name: 'standardwebhooks',
    sign(secret: string, id: string, at: Date, body: string): Headers3 {
      return {
        'svix-id': id,
        'svix-timestamp': String(Math.floor(at.getTime() / 1000)),
        'svix-signature': new StandardWebhook(secret).sign(id, at, body),
      };
    },
    verify: (secret: string, body: string, headers: Headers3) =>
      new StandardWebhook(secret).verify(body, toStandard(headers)),
  },
];

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

describe.each(libraries)('interoperability with $name', (lib) => {
  it('its signatures verify with verifyWebhook', async () => {
    const headers = lib.sign(SECRET, 'msg_theirs', new Date(), BODY);
    await expect(verifyWebhook({ payload: BODY, headers, secret: SECRET })).resolves.toEqual(bounced);
  });

  it('signWebhook headers verify with it, also with two signatures during a rotation', async () => {
    expect(lib.verify(SECRET, BODY, await signWebhook({ payload: BODY, secret: SECRET }))).toEqual(bounced);
    expect(lib.verify(SECRET, BODY, await signWebhook({ payload: BODY, secret: [OTHER_SECRET, SECRET] }))).toEqual(
      bounced,
    );
  });

  it('both refuse a tampered body, a wrong secret, a stale and a future timestamp', async () => {
    const tampered = BODY.replace('Permanent', 'Transient');
    const cases: { body: string; secret: string; at: Date; code: string }[] = [
      { body: tampered, secret: SECRET, at: new Date(), code: 'invalid_signature' },
      { body: BODY, secret: OTHER_SECRET, at: new Date(), code: 'invalid_signature' },
      { body: BODY, secret: SECRET, at: minutes(-10), code: 'timestamp_too_old' },
      { body: BODY, secret: SECRET, at: minutes(10), code: 'timestamp_too_new' },
    ];
    for (const c of cases) {
      // Headers signed over BODY with SECRET at `at`; verified over `c.body` with `c.secret`.
      const theirs = lib.sign(SECRET, 'msg_t', c.at, BODY);
      const ours = await signWebhook({ payload: BODY, secret: SECRET, id: 'msg_t', timestamp: c.at });
      expect(ours).toEqual(theirs);
      await expect(verifyWebhook({ payload: c.body, headers: theirs, secret: c.secret })).rejects.toMatchObject({
        code: c.code,
      });
      expect(() => lib.verify(c.secret, c.body, ours)).toThrow();
    }
  });
});
