/**
 * The test API from a non-Node suite: curl against the running bin. These are the commands of the
 * README's "Testing" section (curl recipe), run as written against a bin on a free port.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startBin } from './bin-process.js';

const run = promisify(execFile);
const curl = async (...args: string[]) => (await run('curl', ['-sS', '--max-time', '20', ...args])).stdout;

describe('the test API from curl', () => {
  it('sends an email, long-polls it with its code and link, resets and changes settings', async (test) => {
    const { url, child, exited } = await startBin(test, ['--requests-per-window', '0', '--domain', 'acme.dev']);
    const waiting = curl(`${url}/_inbox/api/emails?to=ada@acme.dev&subject=code&wait=15000`);
    const sent = await curl(
      '-X',
      'POST',
      `${url}/emails`,
      '-H',
      'Authorization: Bearer re_test_123456',
      '-H',
      'Content-Type: application/json',
      '-A',
      'curl-suite',
      '-d',
      '{"from":"Acme <login@acme.dev>","to":"ada@acme.dev","subject":"Your code","text":"Your code is 550123. Or open https://app.acme.dev/magic?t=xyz"}',
    );
    expect(JSON.parse(sent)).toHaveProperty('id');
    const { data } = JSON.parse(await waiting) as { data: { codes: string[]; links: string[] }[] };
    expect(data[0]).toMatchObject({ codes: ['550123'], links: ['https://app.acme.dev/magic?t=xyz'] });
    expect(
      JSON.parse(await curl('-X', 'PUT', `${url}/_inbox/api/settings`, '-d', '{"quota":{"daily":100}}')),
    ).toMatchObject({ quota: { daily: 100 } });
    expect(JSON.parse(await curl('-X', 'POST', `${url}/_inbox/api/reset`))).toEqual({ reset: true });
    expect(JSON.parse(await curl(`${url}/_inbox/api/emails?to=ada@acme.dev&wait=10`))).toEqual({
      object: 'list',
      data: [],
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 40_000);
});
