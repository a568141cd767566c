/**
 * Reads at most a few bytes of a response body, then cancels the rest: an answer the fake only
 * records (a webhook receiver's) must not be able to fill its memory.
 */

/** The body's first `maxBytes` bytes as text (UTF-8, a cut character replaced); the rest is never read. */
export async function readCapped(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = maxBytes - size;
      const chunk = value.byteLength > room ? value.subarray(0, room) : value;
      chunks.push(chunk);
      size += chunk.byteLength;
    }
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) (all.set(chunk, offset), (offset += chunk.byteLength));
  return new TextDecoder().decode(all);
}
