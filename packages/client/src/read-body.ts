/** Reading a response body whole, up to a size cap. */

/** `chunks` (of `size` bytes in all) as one array; the chunk itself when there is one. */
export function concatChunks(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads `response`'s body up to `maxBytes`, cancelling the stream (and so any decompression) once
 * past it and rejecting with `tooLarge(status)`; a declared length over the cap fails before a byte is read.
 */
export async function readCapped(response: Response, maxBytes: number, tooLarge: (status: number) => Error): Promise<Uint8Array> {
  if (Number(response.headers.get('content-length')) > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge(response.status);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concatChunks(chunks, size);
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge(response.status);
    }
    chunks.push(value);
  }
}
