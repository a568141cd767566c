/**
 * The signal of one exchange of the local server: it aborts once the exchange is over (answered, or
 * the client hung up) or the server is closing. Requests to the API and the test API's long polls
 * both end their waits on it.
 */
import type { ServerResponse } from 'node:http';
import { followSignal } from '@resendkit/client/shared';

/**
 * Aborts once the exchange is over: answered, the client hung up, or the server is closing (its
 * `closing` signal, shared by every request, gets one listener however many there are: Node warns
 * past ten). A request still waiting out injected latency is then cut at once instead of holding a
 * timer, and a long poll answers.
 */
export function exchangeSignal(res: ServerResponse, closing: AbortSignal): AbortSignal {
  const over = new AbortController();
  const unfollow = followSignal(closing, () => over.abort());
  res.once('close', () => (unfollow(), over.abort()));
  return over.signal;
}
