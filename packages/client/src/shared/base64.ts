/**
 * Bytes as Base64 text, on every runtime. The platform's own encoder when there is one
 * (`Uint8Array.prototype.toBase64`: Node 26, Bun, Deno, recent browsers), else Node's `Buffer` (Node
 * 20–24, workers with Node compatibility): 2–6 ms for 10 MB. `btoa` over chunks, the one way every
 * runtime has, took 230–550 ms for the same 10 MB (bench/README.md, "Base64 of attachment bytes"),
 * so it is only the last resort.
 */

interface WithToBase64 {
  toBase64?: () => string;
}

interface BufferLike {
  from(buffer: ArrayBufferLike, offset: number, length: number): { toString(encoding: 'base64'): string };
}

/** `bytes` as Base64 text (standard alphabet, padded), as the API reads an attachment's `content`. */
export function base64Of(bytes: Uint8Array): string {
  const own = (bytes as WithToBase64).toBase64;
  if (typeof own === 'function') return own.call(bytes);
  const buffer = (globalThis as { Buffer?: BufferLike }).Buffer;
  if (typeof buffer?.from === 'function')
    return buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
