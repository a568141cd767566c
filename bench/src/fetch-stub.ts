/**
 * A `globalThis.fetch` that answers every call at once with a fresh email id, for CPU-only rounds.
 * The answer has the loopback server's headers (`content-type` and `content-length`), as any HTTP
 * server's answer to a send has: a body of unknown length is read chunk by chunk under the size cap,
 * which a constructed `Response` makes several µs dearer than a network one.
 */

/** Installs the stub; returns the function that puts the previous `fetch` back. */
export function stubFetch(): () => void {
  const original = globalThis.fetch;
  let n = 0;
  globalThis.fetch = async () => {
    const body = `{"id":"4ef9a417-02e9-4d39-ad75-9611e0fcc${String(100 + (n++ % 900))}"}`;
    return new Response(body, {
      headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
    });
  };
  return () => {
    globalThis.fetch = original;
  };
}
