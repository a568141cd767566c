/**
 * Whether a `fetch` is Node's own: the one question both the Node path (which only goes beneath that
 * `fetch`) and the lazy abort (which pays only where the Node path carries attempts) ask. Nothing
 * here imports a Node module, and builds for other platforms use neither of those two files.
 */

/** True for Node's own `fetch` (the check reads the function's source, so callers remember it). */
export function isNodeFetch(fetch: unknown): boolean {
  if (typeof fetch !== 'function') return false;
  // Node's fetch is a plain function that loads its undici lazily; a wrapper or a mock is not.
  return fetch.name === 'fetch' && Function.prototype.toString.call(fetch).includes('internal/deps/undici/undici');
}

let lastSeen: unknown;
let lastWasOwn = false;

/** True while `globalThis.fetch` is Node's own (a mock or wrapper installed later turns it false). */
export function nodeFetchInPlace(): boolean {
  const fetch = globalThis.fetch;
  if (fetch !== lastSeen) {
    lastSeen = fetch;
    lastWasOwn = isNodeFetch(fetch);
  }
  return lastWasOwn;
}
