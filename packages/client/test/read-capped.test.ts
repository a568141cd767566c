/**
 * The one capped body reader every package uses: it fails a body over the cap without holding more
 * than the cap and a chunk, or, asked to keep the start (a webhook receiver's answer the fake only
 * records), returns the first bytes up to the cap and stops reading.
 */
import { describe, expect, it } from 'vitest';
import { readCapped } from '../src/shared/index.js';

/** A response whose body is `chunk` again and again, counting the chunks pulled; `times` (or never) ends it. */
function streamed(chunk: string, times = Infinity) {
  const bytes = new TextEncoder().encode(chunk);
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled++ >= times) controller.close();
      else controller.enqueue(bytes);
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { response: new Response(body), seen };
}

const over = () => new Error('too large');
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('readCapped', () => {
  it('reads a body within the cap whole', async () => {
    const { response } = streamed('abcd', 3);
    expect(text(await readCapped(response, 12, over))).toBe('abcdabcdabcd');
  });

  it('fails an endless body once past the cap, cancelling it', async () => {
    const { response, seen } = streamed('x'.repeat(1000));
    await expect(readCapped(response, 4096, over)).rejects.toThrow('too large');
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThanOrEqual(7);
  });

  it('fails a declared length over the cap before reading a byte', async () => {
    const { response, seen } = streamed('x');
    const declared = new Response(response.body, { headers: { 'content-length': '5000' } });
    await expect(readCapped(declared, 4096, over)).rejects.toThrow('too large');
    expect(seen.pulled).toBeLessThanOrEqual(1);
  });

  it('asked to keep the start, returns the first bytes up to the cap of an endless body and stops reading', async () => {
    const { response, seen } = streamed('0123456789');
    const start = await readCapped(response, 25, null);
    expect(text(start)).toBe('0123456789012345678901234');
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThanOrEqual(5);
  });

  it('asked to keep the start, reads a body of declared length over the cap up to the cap', async () => {
    const declared = new Response('abcdefgh', { headers: { 'content-length': '8' } });
    expect(text(await readCapped(declared, 5, null))).toBe('abcde');
  });

  it('asked to keep the start, returns a shorter body whole', async () => {
    expect(text(await readCapped(new Response('abc'), 5, null))).toBe('abc');
  });
});
