/** The `resendkit-mock` bin, run as a real child process through tsx. */
import { describe, expect, it } from 'vitest';
import { runBin, startBin } from './bin-process.js';
import { HEADERS, email } from './helpers.js';

async function sendEmail(url: string): Promise<string> {
  const response = await fetch(`${url}/emails`, {
    method: 'POST',
    headers: { ...HEADERS, 'content-type': 'application/json' },
    body: JSON.stringify(email({ from: 'Acme <onboarding@resend.dev>' })),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { id: string }).id;
}

describe('the resendkit-mock bin', () => {
  it('prints its base URL first, serves requests, and stops on SIGTERM', async (test) => {
    const { child, firstLine, url, exited } = await startBin(test, ['--port', '0', '--rps', '50', '--seed', '4']);
    expect(url, firstLine).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${url}/emails`, { headers: HEADERS });
    expect(response.status).toBe(200);
    expect(response.headers.get('ratelimit-limit')).toBe('50');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 20_000);

  it('binds and advertises the --host it is given', async (test) => {
    const { url } = await startBin(test, ['--host', '127.0.0.1', '--port', '0']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${url}/emails`, { headers: HEADERS })).status).toBe(200);
  }, 20_000);

  it('fails to start on a --host that is not a local address, proving the flag reaches listen', async (test) => {
    // 192.0.2.1 is TEST-NET-1: never assigned to this machine, so bind fails at once with no traffic.
    const { code, stderr } = await runBin(test, ['--host', '192.0.2.1', '--port', '0']);
    expect(code).toBe(1);
    // One line naming the address on every runtime (Bun's own message leaves it out).
    expect(stderr.trim()).toMatch(/^resendkit-mock cannot listen on 192\.0\.2\.1:0: .*EADDRNOTAVAIL/);
  }, 20_000);

  it.for<[args: string[], message: string]>([
    [['--port', 'abc'], '--port must be a number (got "abc")'],
    [['--rps', 'lots'], '--rps must be a number (got "lots")'],
    [['--seed', 'x1'], '--seed must be a number (got "x1")'],
    [['--seed', ''], '--seed must be a number (got "")'],
    [['--port', '70000'], '--port must be an integer from 0 to 65535'],
    [['--rps=-1'], '--rps must be an integer of at least 0, or Infinity (got -1)'],
    [['--colour'], "Unknown option '--colour'"],
    // Values the fake or the server would refuse (once exit 1 naming the option, or, for --host '',
    // every interface bound): usage errors naming the flag.
    [['--window-ms', '0'], '--window-ms must be a number above 0 and at most 2147483647 (got 0)'],
    [['--daily-quota', '1.5'], '--daily-quota must be an integer of at least 0 (got 1.5)'],
    [['--requests-per-window', '2.5'], '--requests-per-window must be an integer of at least 0, or Infinity'],
    [['--domain', 'acme.dev', '--domain', 'nope'], '--domain must be a domain name such as "acme.dev", got "nope".'],
    [['--host', ''], '--host must be a host name or address such as "127.0.0.1" (got "")'],
    // Silently resolved once: the newer flag won, or the server started and crashed on its first save.
    [['--rps', '3', '--requests-per-window', '4'], '--rps is the old name of --requests-per-window; give one.'],
    [['--data', ''], '--data must name a file (got "")'],
  ])('exits 2 with the problem and the usage on stderr for %s', { timeout: 20_000 }, async ([args, message], test) => {
    const { code, stderr } = await runBin(test, args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: resendkit-mock [--port N] [--host H] [--seed N] [--requests-per-window N]');
  });

  it('turns the rate limit off for --rps 0 instead of rejecting it', async (test) => {
    const { url } = await startBin(test, ['--port', '0', '--rps', '0']);
    const response = await fetch(`${url}/emails`, { headers: HEADERS });
    expect(response.status).toBe(200);
    expect(response.headers.get('ratelimit-limit')).toBeNull();
  }, 20_000);

  it('gives the same ids for the same --seed and different ids for another seed', async (test) => {
    const runs = await Promise.all(['7', '7', '8'].map((seed) => startBin(test, ['--port', '0', '--seed', seed])));
    const ids = await Promise.all(runs.map(async ({ url }) => [await sendEmail(url), await sendEmail(url)]));
    const [first, again, other] = ids as [string[], string[], string[]];
    expect(first[0]).not.toBe(first[1]);
    expect(again).toEqual(first);
    expect(other).not.toContain(first[0]);
    expect(other).not.toContain(first[1]);
  }, 20_000);
});
