/** A `globalThis.fetch` that answers every call at once with a fresh email id, for CPU-only rounds. */

/** Installs the stub; returns the function that puts the previous `fetch` back. */
export function stubFetch(): () => void {
  const original = globalThis.fetch;
  let n = 0;
  globalThis.fetch = async () =>
    new Response(`{"id":"4ef9a417-02e9-4d39-ad75-9611e0fcc${String(100 + (n++ % 900))}"}`, {
      headers: { 'content-type': 'application/json' },
    });
  return () => {
    globalThis.fetch = original;
  };
}
