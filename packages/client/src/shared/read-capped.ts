/**
 * The one capped body reader: a request or response body read whole, up to a size cap, so a peer
 * cannot make a resendkit package hold more than it allows (a response in the client, a delivery in
 * the webhooks handler, an upload in the fake).
 */

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

/** What {@link readCapped} reads: a `Request` or `Response` (anything with headers and a body stream). */
export interface CappedSource {
  readonly headers: Headers;
  readonly body: ReadableStream<Uint8Array> | null;
}

/**
 * Reads `message`'s body up to `maxBytes`, cancelling the stream (and so any decompression) once past
 * it and rejecting with `tooLarge()`; a declared `Content-Length` over the cap fails before a byte is
 * read. With `tooLarge` `null`, a body over the cap is not an error: its first `maxBytes` bytes are
 * returned and the rest never read (an answer only recorded, such as a webhook receiver's). The
 * cancel is not awaited: some mocked or proxied streams only settle it once drained.
 */
export async function readCapped(
  message: CappedSource,
  maxBytes: number,
  tooLarge: (() => Error) | null,
): Promise<Uint8Array> {
  if (tooLarge && Number(message.headers.get('content-length')) > maxBytes) {
    void message.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!message.body) return new Uint8Array(0);
  const reader = message.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concatChunks(chunks, size);
    if (size + value.byteLength > maxBytes) {
      void reader.cancel().catch(() => undefined);
      if (tooLarge) throw tooLarge();
      chunks.push(value.subarray(0, maxBytes - size));
      return concatChunks(chunks, maxBytes);
    }
    size += value.byteLength;
    chunks.push(value);
  }
}
