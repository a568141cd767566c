/**
 * The clients the per-runtime child scripts compare (`CHILD_CLIENTS`: resendkit all on, the SDK, bare
 * openapi-fetch), and the warm-up they get against the `fetch` stub before loopback rounds.
 */
import { stubFetch } from './fetch-stub.js';
import { type Send, clients } from './overhead-clients.js';
import { CHILD_CLIENTS } from './overhead-runtime-report.js';

/** The clients of {@link CHILD_CLIENTS}, in its order, sending to `url`, each with its name in overhead-clients.ts. */
export function childClients(url: string): [string, Send][] {
  const all = clients(url, false);
  return CHILD_CLIENTS.map((name) => {
    const found = all.find(([n]) => n.trim() === name);
    if (!found) throw new Error(`no client named ${name}`);
    return found;
  });
}

/**
 * Runs each client of `list` (made for a stub URL) `calls` times against the `fetch` stub, so the
 * loopback rounds measure the code at the steady state the CPU rounds measure, not while the JIT
 * still optimises it: V8 and JavaScriptCore keep what they learnt of a function for clients made
 * later at the same place. The loopback warm-up then only opens connections. Every client gets the
 * same number of calls.
 */
export async function warmOnStub(calls: number, list: (url: string) => [string, Send][] = childClients): Promise<void> {
  const restore = stubFetch();
  try {
    for (const [, send] of list('http://127.0.0.1:9')) for (let i = 0; i < calls; i++) await send();
  } finally {
    restore();
  }
}
