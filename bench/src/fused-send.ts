/**
 * A measuring probe, not a client: what resendkit's "all on" work costs when it is written as one
 * function instead of the client's layers (method, call guard, direct call, retries, limiter, time
 * limit, key pinning, redirects, the wire). Each request takes a limiter slot (a counter), makes an
 * idempotency key, sends with the key header, a signal and a timer for the time limit and manual
 * redirects, walks the response headers once and scans them and the body for the API key, reads the
 * body as text, parses and checks it, and would retry a 429 or 5xx (the loopback server sends
 * neither). `thread-cpu.ts --fused` measures it beside the three clients; bench/README.md, "Thread by
 * thread", has what it showed.
 */
import { API_KEY, EMAIL, type Send } from './overhead-clients.js';

/** The time limit the probe sets per attempt, as the client's default. */
const TIMEOUT_MS = 30_000;

/** One `POST /emails` to `url` with the client's essentials in one function. */
export function fusedSend(url: string): Send {
  const authorization = `Bearer ${API_KEY}`;
  const slots = { taken: 0 };
  return async () => {
    // The limiter's bookkeeping, reduced to what a budget that never makes a call wait costs.
    slots.taken++;
    const key = crypto.randomUUID();
    const body = JSON.stringify(EMAIL);
    for (let attempt = 0; attempt < 3; attempt++) {
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
      try {
        const response = await fetch(`${url}/emails`, {
          method: 'POST',
          headers: [
            ['content-type', 'application/json'],
            ['user-agent', 'bench/1.0'],
            ['idempotency-key', key],
            ['authorization', authorization],
          ],
          body,
          redirect: 'manual',
          signal: abort.signal,
        });
        const pairs: [string, string][] = [];
        response.headers.forEach((value, name) => pairs.push([name, value]));
        const text = await response.text();
        if (text.includes(API_KEY) || pairs.some(([, value]) => value.includes(API_KEY)))
          throw new Error('fused send: the answer echoes the key');
        if (response.status === 429 || response.status >= 500) continue;
        const data = JSON.parse(text) as { id?: unknown };
        if (typeof data.id !== 'string') throw new Error('fused send: no id in the answer');
        return { data, error: null, headers: pairs };
      } finally {
        clearTimeout(timer);
      }
    }
    throw new Error('fused send: three attempts answered 429 or 5xx');
  };
}
