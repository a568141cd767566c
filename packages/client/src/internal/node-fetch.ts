/**
 * Whether a `fetch` is Node's own: the one question both the Node path (which only goes beneath that
 * `fetch`) and the lazy abort (which pays only where the Node path carries attempts) ask. Nothing
 * here imports a Node module, and builds for other platforms use neither of those two files.
 */

let lastSeen: unknown;
let lastWasOwn = false;

/**
 * True for Node's own `fetch`. The check reads the function's source, so the verdict on the last
 * `fetch` asked about is remembered: every caller asks about `globalThis.fetch`, which rarely changes.
 */
export function isNodeFetch(fetch: unknown): boolean {
  if (fetch !== lastSeen) {
    lastSeen = fetch;
    // Node's fetch is a plain function that loads its undici lazily; a wrapper or a mock is not.
    lastWasOwn =
      typeof fetch === 'function' &&
      fetch.name === 'fetch' &&
      Function.prototype.toString.call(fetch).includes('internal/deps/undici/undici');
  }
  return lastWasOwn;
}

/** True while `globalThis.fetch` is Node's own (a mock or wrapper installed later turns it false). */
export function nodeFetchInPlace(): boolean {
  return isNodeFetch(globalThis.fetch);
}
