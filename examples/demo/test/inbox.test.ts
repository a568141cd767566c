import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DemoUsageError, parseDemoArgs, runInboxDemo, untilSignal } from '../src/inbox.js';

describe('pnpm demo --inbox', () => {
  it('parses --inbox, nothing, and refuses unknown flags with the usage', () => {
    expect(parseDemoArgs([])).toEqual({ inbox: false });
    expect(parseDemoArgs(['--inbox'])).toEqual({ inbox: true });
    expect(parseDemoArgs(['--', '--inbox'])).toEqual({ inbox: true });
    expect(() => parseDemoArgs(['--inbx'])).toThrow(DemoUsageError);
    expect(() => parseDemoArgs(['--inbx'])).toThrow(/Usage: pnpm demo \[--inbox\]/);
    expect(() => parseDemoArgs(['extra'])).toThrow(DemoUsageError);
  });

  it('waits for SIGINT or SIGTERM, then stops listening', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const source = new EventEmitter();
      let done = false;
      const waiting = untilSignal(source).then(() => (done = true));
      await Promise.resolve();
      expect(done).toBe(false);
      source.emit(signal);
      await waiting;
      expect(source.listenerCount('SIGINT') + source.listenerCount('SIGTERM')).toBe(0);
    }
  });

  it('prints the inbox URL, serves the emails there while open, and closes when told to stop', async () => {
    const chunks: string[] = [];
    let seen: { total: number } | undefined;
    let deliveries: { total: number; items: { type: string }[] } | undefined;
    let inbox = '';
    const summary = await runInboxDemo({
      out: { isTTY: false, write: (t: string) => chunks.push(t) },
      total: 120,
      rps: 100,
      windowMs: 100,
      faults: false,
      waitForStop: async (url) => {
        inbox = url;
        seen = (await (await fetch(`${url}api/emails?limit=1`)).json()) as { total: number };
        deliveries = (await (await fetch(`${url}api/deliveries?limit=200`)).json()) as typeof deliveries;
      },
    });
    expect(summary).toMatchObject({ sent: 121, exactlyOnce: true });
    expect(inbox).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/_inbox\/$/);
    expect(seen?.total).toBe(121);
    // The demo's own webhook endpoint: its deliveries are in the inbox's Webhooks tab.
    expect(deliveries!.total).toBeGreaterThan(0);
    expect(deliveries!.items.map((d) => d.type)).toContain('email.delivered');
    const output = chunks.join('');
    expect(output.indexOf(`Inbox: ${inbox}`)).toBe(0);
    expect(output).toContain(`The inbox stays open at ${inbox}. Press Ctrl-C to stop.`);
    await expect(fetch(inbox)).rejects.toThrow();
  }, 30_000);

  it('exits with the usage for an unknown flag instead of running', async () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main, '--inbx'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown option '--inbx'[\s\S]*Usage: pnpm demo \[--inbox\]/);
  }, 30_000);
});
