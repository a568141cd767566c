import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { verdaccioConfig } from '../packages/registry.js';

describe('the rehearsal registry config (scripts/packages/registry.ts)', () => {
  const config = parse(verdaccioConfig('/tmp/s', '/tmp/h', 4873, undefined)) as Record<string, any>;

  it('keeps @resendkit/* local: no uplink, so nothing of the scope is read from or sent to npm', () => {
    expect(config.packages['@resendkit/*']).toEqual({
      access: '$all',
      publish: '$authenticated',
      unpublish: '$authenticated',
    });
  });

  it('proxies every other package from the npm registry and listens on loopback only', () => {
    expect(config.packages['**'].proxy).toBe('npmjs');
    expect(config.uplinks.npmjs.url).toBe('https://registry.npmjs.org/');
    expect(config.listen).toBe('127.0.0.1:4873');
  });

  it('passes an outbound proxy on when the environment has one', () => {
    expect(parse(verdaccioConfig('/s', '/h', 1, 'http://proxy:3128'))).toMatchObject({
      https_proxy: 'http://proxy:3128',
      http_proxy: 'http://proxy:3128',
    });
  });
});
