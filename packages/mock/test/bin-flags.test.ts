/** The bin's flags: version, faults, quotas, data file. Each test spawns the bin and kills it at the end. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFaultSpec } from '../src/fault-spec.js';
import { runBin, spawnBin, startBin } from './bin-process.js';
import { HEADERS, email } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'resendkit-mock-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const post = (url: string, body: unknown) =>
  fetch(`${url}/emails`, {
    method: 'POST',
    headers: { ...HEADERS, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('parseFaultSpec', () => {
  it('reads every key into fault options and a seed', () => {
    expect(parseFaultSpec('rate=0.1,status=500|503,latency=50-200,cut=0.01,lost=0.02,lost-as=cut,seed=42')).toEqual({
      faults: {
        errorRate: 0.1,
        statuses: [500, 503],
        latencyMs: [50, 200],
        cutRate: 0.01,
        lostResponseRate: 0.02,
        lostAs: 'cut',
      },
      seed: 42,
    });
    expect(parseFaultSpec('latency=25').faults).toEqual({ latencyMs: 25 });
  });

  it.each([
    ['rate=2', /faults\.errorRate must be a number from 0 to 1/],
    ['status=404', /faults\.statuses/],
    ['latency=200-50', /faults\.latencyMs/],
    ['rate', /not key=value/],
    ['speed=3', /not key=value/],
    ['rate=x', /rate must be a number/],
    ['rate=0.1,rate=0.2', /given twice/],
    ['lost-as=maybe', /faults\.lostAs/],
  ])('refuses %j with one line naming the problem', (spec, message) => {
    expect(() => parseFaultSpec(spec)).toThrow(message);
    try {
      parseFaultSpec(spec);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

describe('resendkit-mock flags', () => {
  it('prints its version', async (test) => {
    const { child, exited } = spawnBin(test, ['--version']);
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c));
    expect(await exited).toBe(0);
    expect(out.trim()).toBe(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
  }, 20_000);

  it('exits 2 with a one-line reason for a bad --faults spec', async (test) => {
    const { code, stderr } = await runBin(test, ['--faults', 'rate=1.5']);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toMatch(/^--faults: faults\.errorRate must be a number from 0 to 1 \(got 1\.5\)\.$/);
  }, 20_000);

  it('injects the faults of --faults and counts quotas of --daily-quota', async (test) => {
    const { url, child, exited } = await startBin(test, [
      '--faults',
      'rate=1,status=503',
      '--daily-quota',
      '1',
      '--requests-per-window',
      '0',
      '--domain',
      'acme.dev',
    ]);
    const failed = await fetch(`${url}/domains`, { headers: HEADERS });
    expect(failed.status).toBe(503);
    await fetch(`${url}/_inbox/api/settings`, { method: 'PUT', body: JSON.stringify({ faults: null }) });
    const sent = await post(url, email());
    expect(sent.headers.get('x-resend-daily-quota')).toBe('1');
    expect((await (await post(url, email())).json()).name).toBe('daily_quota_exceeded');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 20_000);

  it('sends from --domain domains (repeatable), from any domain with --sending-rules off, and refuses another rules value', async (test) => {
    const seeded = await startBin(test, ['--domain', 'acme.dev', '--domain', 'mail.acme.dev']);
    expect((await post(seeded.url, email())).status).toBe(200);
    expect((await post(seeded.url, email({ from: 'Acme <hi@elsewhere.dev>' }))).status).toBe(403);
    seeded.child.kill('SIGTERM');
    expect(await seeded.exited).toBe(0);
    const relaxed = await startBin(test, ['--sending-rules', 'off']);
    expect((await post(relaxed.url, email({ from: 'Acme <hi@elsewhere.dev>' }))).status).toBe(200);
    relaxed.child.kill('SIGTERM');
    expect(await relaxed.exited).toBe(0);
    const { code, stderr } = await runBin(test, ['--sending-rules', 'loose']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--sending-rules must be "resend" or "off"/);
  }, 20_000);

  it('keeps emails across restarts in the --data file, with new IDs after a restart', async (test) => {
    const file = join(dir, 'state.json');
    const first = await startBin(test, ['--data', file, '--domain', 'acme.dev']);
    const { id } = (await (await post(first.url, email({ subject: 'kept' }))).json()) as { id: string };
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const second = await startBin(test, ['--data', file, '--domain', 'acme.dev']);
    const listed = (await (await fetch(`${second.url}/emails`, { headers: HEADERS })).json()) as {
      data: { id: string; subject: string }[];
    };
    expect(listed.data.map((e) => e.id)).toEqual([id]);
    const { id: next } = (await (await post(second.url, email())).json()) as { id: string };
    expect(next).not.toBe(id);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 30_000);

  it('refuses a corrupt --data file with exit 1 and leaves it untouched', async (test) => {
    const file = join(dir, 'corrupt.json');
    for (const content of ['{"format":"resendkit-mock-data","version":1,"coll', '{"some":"other file"}']) {
      writeFileSync(file, content);
      const { code, stderr } = await runBin(test, ['--data', file]);
      expect(code).toBe(1);
      expect(stderr).toMatch(/--data .*corrupt\.json: (not valid JSON|not a resendkit-mock data file).*left untouched/);
      expect(readFileSync(file, 'utf8')).toBe(content);
    }
  }, 30_000);
});
