/**
 * Reads a request body as text, refusing it (413) once it passes a size cap, so a hostile or
 * mistaken upload costs at most the cap in memory and is never read whole first.
 */
import { readCapped, thrownText } from '@resendkit/client/shared';
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

/**
 * The body as UTF-8 text, at most `limit` bytes (the shared capped reader); throws 413 `ApiError`
 * past it, and 400 when the body cannot be read to its end.
 */
export async function readBody(request: Request, limit: number): Promise<string> {
  try {
    return new TextDecoder().decode(await readCapped(request, limit, () => tooLarge(limit)));
  } catch (error) {
    if (error instanceof ApiError) throw error;
    // A client that hangs up mid-upload breaks the stream: its request failed, the fake did not.
    const reason = thrownText(error);
    throw new ApiError(400, 'validation_error', `The request body could not be read to its end (${reason}).`, {
      cause: error,
    });
  }
}
