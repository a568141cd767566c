/**
 * The door to the wire: the only file of `internal/` the rest of the client imports. What it offers is
 * small on purpose: the send types, the wire itself, copying an attempt, aborting one, and reading a
 * response's body without using it up. How bytes move behind it (the Node path, lazy signals, the
 * light request, buffered responses) is the wire's business; see README.md beside this file.
 */
import { isBuffered, isHeld, peekJson, peekText } from './buffered-response.js';

export type { Attempt, FetchLike, Send, TooLarge } from './send-types.js';
export { type Wire, type WireOptions, type WirePath, createWire } from './wire.js';
export { changeAttempt, headerOf, toFetch } from './attempt.js';
export { AbortableAttempt } from './abort.js';
export {
  anyHeaderValue,
  bufferedResponse,
  isHeld,
  peekJson,
  peekText,
  responseHeader,
  responseUrl,
} from './buffered-response.js';
import { PlainRequest } from './plain-request.js';

export { PlainRequest };

/** `request` as a platform `Request` (itself when it is one), for code outside the client that expects one. */
export function platformRequest(request: Request): Request {
  return PlainRequest.toPlatform(request);
}

/** The body's text without using the body up: decoded once for a buffered response, else read from a clone. */
export function bodyText(response: Response): Promise<string> {
  const text = peekText(response);
  return text === undefined ? response.clone().text() : Promise.resolve(text);
}

/** True for a platform response whose body the wire holds aside: its own body is used up. */
function heldAside(response: Response): boolean {
  return isHeld(response) && !isBuffered(response);
}

/**
 * The body's text, as `response.text()` reads it; for a response the wire holds aside (an attempt
 * with `heldBody`: its own body is used up), the held text.
 */
export function readText(response: Response): Promise<string> {
  const text = heldText(response);
  return text === undefined ? response.text() : Promise.resolve(text);
}

/** The held text of a response the wire holds aside (see {@link readText}), without a promise; `undefined` for others. */
export function heldText(response: Response): string | undefined {
  return heldAside(response) ? peekText(response) : undefined;
}

/** The body parsed as JSON, as `response.json()` reads it; see {@link readText}. */
export function readJson(response: Response): Promise<unknown> {
  if (!heldAside(response)) return response.json();
  try {
    return Promise.resolve(peekJson(response));
  } catch (error) {
    return Promise.reject(error);
  }
}

/** Lets go of a response's body unread: cancels its stream (a buffered response holds none). */
export function discardBody(response: Response): void {
  // Not awaited: cancelling some mocked or proxied streams only settles once they are drained.
  if (!isHeld(response)) void response.body?.cancel().catch(() => undefined);
}
