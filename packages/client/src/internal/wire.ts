/**
 * The bottom of every stack: chooses, per attempt, between the Node path (Node's own `fetch`, an undici
 * major it knows) and the `fetch` path (everything else), and reads the whole body under a size cap.
 */
import { untilAborted } from '../shared/follow-signal.js';
import { fetchPathSend } from './fetch-path.js';
import { type NodeRoute, NodePathRefused, nodeRouteLookup, nodeSend } from './node-path.js';
import type { Attempt, FetchLike, Send, TooLarge } from './send-types.js';

/** Which way attempts leave: `node` (beneath Node's `fetch`, on its undici dispatcher) or `fetch`. */
export type WirePath = 'node' | 'fetch';

/** Options of {@link createWire}. */
export interface WireOptions {
  /** The fetch to use; without one, `globalThis.fetch` looked up per attempt (so msw installed later sees every attempt). */
  fetch?: FetchLike | undefined;
  /** Largest body read, in bytes. @defaultValue unbounded */
  maxBytes?: number | undefined;
  /** The error a body over `maxBytes` fails with. */
  tooLarge: TooLarge;
}

/** A {@link Send} at the bottom of a stack, and which path it takes now. */
export interface Wire {
  readonly send: Send;
  /** The path the next attempt takes (it follows `globalThis.fetch` when no `fetch` was given). */
  path(): WirePath;
}

/**
 * The wire: without `fetch`, the Node path while `globalThis.fetch` is Node's own (manual redirects
 * only: the Node path follows none), else `globalThis.fetch(url, init)`; with `fetch`,
 * `fetch(new Request(…))`. A dispatcher that refuses the Node path's call turns it off for good and
 * the attempt goes by `fetch`: a future Node costs speed, never a request.
 */
export function createWire(options: WireOptions): Wire {
  const maxBytes = options.maxBytes ?? Infinity;
  const { fetch, tooLarge } = options;
  const routeFor = nodeRouteLookup();
  let nodeUsable = true;
  const route = () => (fetch === undefined && nodeUsable ? routeFor(globalThis.fetch) : undefined);
  const byFetch: Send =
    fetch === undefined
      ? (attempt) => fetchPathSend(attempt, undefined, globalThis.fetch, maxBytes, tooLarge)
      : (attempt) => {
          const sending = fetchPathSend(attempt, fetch, globalThis.fetch, maxBytes, tooLarge);
          // A `fetch` of the caller's may ignore the signal (a wrapper that drops it, a body stream of
          // its own that never errors), so its attempts also end when their signal aborts: otherwise
          // past every time limit. Its `new Request(url, init)` has made the signal already. The
          // platform's `fetch` ends with its signal and skips this race: on Bun and Deno a promise and
          // a listener more on every call, which the loopback makes dearer (bench/README.md).
          return attempt.signal ? untilAborted(sending, attempt.signal) : sending;
        };
  const byNode = async (node: NodeRoute, attempt: Attempt): Promise<Response> => {
    try {
      return await nodeSend(node, attempt, maxBytes, tooLarge);
    } catch (error) {
      if (!(error instanceof NodePathRefused)) throw error;
      nodeUsable = false;
      return byFetch(attempt);
    }
  };
  // Not an async function: the `fetch` path's promise is handed back as it is, without a wrapper
  // promise and the turns that resolving one with another costs on every attempt.
  const send: Send = (attempt) => {
    const node = attempt.redirect === 'manual' ? route() : undefined;
    return node ? byNode(node, attempt) : byFetch(attempt);
  };
  return { send, path: () => (route() ? 'node' : 'fetch') };
}
