/**
 * Reads a request body as text, refusing it (413) once it passes a size cap, so a hostile or
 * mistaken upload costs at most the cap in memory and is never read whole first.
 */
import { ApiError } from './api-error.js';

/** Resend's documented ceiling: 40 MB per email after Base64 (the contact import takes 50 MB). */
export const MAX_BODY_BYTES = 40 * 1024 * 1024;
/** The contact import's CSV cap, plus room for the multipart envelope. */
export const MAX_MULTIPART_BODY_BYTES = 51 * 1024 * 1024;

function tooLarge(limit: number): ApiError {
  return new ApiError(
    413,
    'validation_error',
    `The request body is larger than ${Math.round(limit / (1024 * 1024))} MB.`,
  );
}

/** The body as UTF-8 text, at most `limit` bytes; throws 413 `ApiError` past it. */
export async function readBody(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      // Stop the upload: nothing more is read or kept.
      void reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
