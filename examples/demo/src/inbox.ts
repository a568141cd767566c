/**
 * `pnpm demo --inbox`: the demo against the fake's local server, with the fake's web inbox open
 * beside it; the server stays up after the demo so the emails and requests can be looked at, until
 * Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { runDemo, type DemoOptions, type DemoSummary } from './demo.js';
import type { Output } from './progress.js';

export const DEMO_USAGE =
  "Usage: pnpm demo [--inbox]\n  --inbox  run against the fake's local server and keep its web inbox open until Ctrl-C";

/** A command line the demo does not understand. */
export class DemoUsageError extends Error {
  override name = 'DemoUsageError';
}

/** The demo's flags. */
export interface DemoArgs {
  /** Keep the fake's server (and its inbox) running after the demo, until Ctrl-C. */
  inbox: boolean;
}

/** Parses the demo's command line (`process.argv.slice(2)`); unknown flags throw {@link DemoUsageError}. */
export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  try {
    const { values } = parseArgs({
      args: [...argv].filter((a) => a !== '--'),
      options: { inbox: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    });
    return { inbox: values.inbox === true };
  } catch (error) {
    throw new DemoUsageError(`${error instanceof Error ? error.message : String(error)}\n${DEMO_USAGE}`);
  }
}

/** Something that emits process signals (`process`, or an EventEmitter in tests). */
export interface SignalSource {
  once(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  off(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

/** Resolves on the first SIGINT or SIGTERM, then stops listening for both. */
export function untilSignal(source: SignalSource = process): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      source.off('SIGINT', stop);
      source.off('SIGTERM', stop);
      resolve();
    };
    source.once('SIGINT', stop);
    source.once('SIGTERM', stop);
  });
}

/** Options of {@link runInboxDemo}: the demo's (fake mode) plus when to stop. */
export interface InboxDemoOptions extends Omit<DemoOptions, 'apiKey' | 'running'> {
  /** Resolves when the server should stop; gets the inbox URL. @defaultValue Ctrl-C ({@link untilSignal}) */
  waitForStop?: (inboxUrl: string) => Promise<void>;
}

/** Starts the fake's server, prints the inbox URL, runs the demo against it, and keeps it open until stopped. */
export async function runInboxDemo(options: InboxDemoOptions = {}): Promise<DemoSummary> {
  const out: Output = options.out ?? process.stdout;
  const rps = options.rps ?? 5;
  const windowMs = options.windowMs ?? 1000;
  // No faults yet: runDemo registers its webhook endpoint first, then switches them on.
  const fake = createFakeResend({ rps, windowMs, seed: options.seed ?? 42 });
  const server = await listen(fake, { host: '127.0.0.1', port: 0 });
  try {
    out.write(`Inbox: ${server.inboxUrl} (open it now to watch the emails arrive)\n`);
    const summary = await runDemo({ ...options, rps, windowMs, out, running: { fake, url: server.url } });
    out.write(`The inbox stays open at ${server.inboxUrl}. Press Ctrl-C to stop.\n`);
    await (options.waitForStop ?? (() => untilSignal()))(server.inboxUrl);
    return summary;
  } finally {
    await server.close();
  }
}
