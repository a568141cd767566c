/**
 * The bin restarted from its `--data` file (Node only: it runs the bin). `--domain` seeded its
 * domains before the file's records were restored, adding one more copy of each on every start; a
 * start whose seed gave an earlier run's ID stream repeated its IDs, a new email replacing a stored
 * one; and a webhook whose `signing_secret` had been edited into something that cannot sign loaded,
 * then ended the bin on the first event.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, type TestContext } from 'vitest';
import { runBin, startBin } from './bin-process.js';
import { HEADERS, email } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'resendkit-mock-restarts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One start of the bin on `file`: `use` gets a request function, then the bin is stopped (and saves). */
async function run(
  test: TestContext,
  args: string[],
  use: (api: (method: string, path: string, body?: unknown) => Promise<any>) => Promise<void>,
): Promise<void> {
  const { child, url, exited } = await startBin(test, ['--rps', '0', '--domain', 'acme.dev', ...args]);
  await use(async (method, path, body) => {
    const init = { method, headers: { ...HEADERS, 'content-type': 'application/json' } };
    const response = await fetch(`${url}${path}`, body === undefined ? init : { ...init, body: JSON.stringify(body) });
    return response.json();
  });
  child.kill('SIGINT');
  expect(await exited).toBe(0);
}

describe('the bin restarted from its --data file', () => {
  it('keeps one copy of each --domain, where every start added another', async (test) => {
    const file = join(dir, 'domains.json');
    const names: string[][] = [];
    for (let start = 0; start < 3; start++) {
      await run(test, ['--data', file], async (api) => {
        names.push((await api('GET', '/domains')).data.map((d: { name: string; id: string }) => `${d.name} ${d.id}`));
      });
    }
    expect(names[0]).toHaveLength(1);
    expect(names[1]).toEqual(names[0]);
    expect(names[2]).toEqual(names[0]);
  }, 60_000);

  it('gives new records IDs the file does not hold, where a seed an earlier start used repeated them', async (test) => {
    const file = join(dir, 'ids.json');
    const ids: string[] = [];
    // 7920 is the seed the default (1) takes on the second start: 1 + 1 × 7919.
    await run(test, ['--data', file, '--seed', '7920'], async (api) => {
      ids.push((await api('POST', '/emails', email({ subject: 'first' }))).id);
    });
    await run(test, ['--data', file], async (api) => {
      ids.push((await api('POST', '/emails', email({ subject: 'second' }))).id);
      const listed = (await api('GET', '/emails')).data.map((e: { id: string; subject: string }) => e.subject);
      expect(listed).toEqual(['second', 'first']);
    });
    expect(ids[1]).not.toBe(ids[0]);
  }, 60_000);

  it('refuses a webhook whose signing_secret cannot sign: exit 1, one line naming record and field', async (test) => {
    const file = join(dir, 'secret.json');
    await run(test, ['--data', file], async (api) => {
      await api('POST', '/webhooks', { endpoint: 'http://127.0.0.1:9/h', events: ['email.sent'] });
    });
    for (const secret of ['42', '"not a secret!"']) {
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(/"signing_secret":("whsec_\w+"|42)/, `"signing_secret":${secret}`),
      );
      const before = readFileSync(file, 'utf8');
      const { code, stderr } = await runBin(test, ['--data', file]);
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/: webhooks\[0\] \(id "[\w-]+"\): field "signing_secret" must be a signing secret/);
      expect(stderr).not.toContain('not a secret');
      expect(readFileSync(file, 'utf8')).toBe(before);
    }
  }, 60_000);
});
