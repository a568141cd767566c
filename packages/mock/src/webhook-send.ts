/**
 * One attempt to deliver a webhook event: signed, posted with `fetch`, bounded by a timeout, and
 * answered by the receiver's status and the start of its answer (read up to 4 KB, never whole). A
 * redirect is a failed attempt that is never followed.
 */
import { cutText, followSignal, readCapped, thrownText } from '@resendkit/client/shared';
import { signWebhook, type WebhookHeaders } from '@resendkit/webhooks';
import type { StoredWebhookDelivery } from './webhook-records.js';

const MAX_RESPONSE_CHARS = 1000;
/** Bytes of a receiver's answer read at most (the record keeps {@link MAX_RESPONSE_CHARS} characters of them). */
const MAX_RESPONSE_BYTES = 4096;

/** How an attempt is sent; read at send time so a `fetch` swapped in later is used. */
export interface AttemptOptions {
  fetch?: (request: Request) => Promise<Response> | Response;
  timeoutMs?: number;
}

/** What one attempt got: the receiver's status (0 when there was no answer) and its answer, or why none came. */
export interface AttemptResult {
  status: number;
  response: string;
}

/** What is recorded for a redirect: its target, which is never followed. */
function redirectResult(response: Response): AttemptResult {
  void response.body?.cancel().catch(() => undefined);
  return {
    status: response.status,
    response: `Redirect not followed (location: ${response.headers.get('location') ?? 'none'})`.slice(
      0,
      MAX_RESPONSE_CHARS,
    ),
  };
}

/** Reads the receiver's answer within the same timeout as the request. */
async function answerOf(response: Response, timeout: Promise<never>): Promise<AttemptResult> {
  // A redirect is a failed attempt, as at Resend: the fake never follows it to another host.
  if (response.status >= 300 && response.status < 400) return redirectResult(response);
  // Its start only (`null`: no error past the cap): an answer the fake records must not fill its memory.
  const start = await Promise.race([readCapped(response, MAX_RESPONSE_BYTES, null), timeout]);
  return { status: response.status, response: cutText(new TextDecoder().decode(start), MAX_RESPONSE_CHARS) };
}

/** The signed POST a receiver gets for one attempt. */
function deliveryRequest(
  delivery: StoredWebhookDelivery,
  body: string,
  headers: WebhookHeaders,
  signal: AbortSignal,
): Request {
  return new Request(delivery.endpoint, {
    method: 'POST',
    body,
    headers: { ...headers, 'content-type': 'application/json', 'user-agent': 'resendkit-mock (webhooks)' },
    signal,
    redirect: 'manual',
  });
}

/**
 * Makes one attempt, signed with every secret in `secrets` at the wall-clock time (as Resend signs
 * when it sends; a fake's `now` moved ahead would date the signature in the future and receivers
 * refuse it); a failure is a result, never a throw. `stop` (the dispatcher's, aborted by a reset)
 * ends it at once, its request aborted.
 */
export async function sendAttempt(
  delivery: StoredWebhookDelivery,
  secrets: string[],
  options: AttemptOptions,
  stop?: AbortSignal,
): Promise<AttemptResult> {
  const body = JSON.stringify(delivery.payload);
  let headers: WebhookHeaders;
  try {
    headers = await signWebhook({ payload: body, secret: secrets, id: delivery.id, timestamp: new Date() });
  } catch (error) {
    // A secret that cannot sign (a `--data` file edited by hand) fails the attempt: thrown, it ended the bin.
    return { status: 0, response: cutText(`Not sent: ${thrownText(error)}`, MAX_RESPONSE_CHARS) };
  }
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? 15_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unfollow: () => void = () => undefined;
  const timeout = new Promise<never>((_, reject) => {
    const giveUp = (reason: string) => (clearTimeout(timer), controller.abort(), reject(new Error(reason)));
    timer = setTimeout(() => giveUp(`no answer within ${timeoutMs} ms`), timeoutMs);
    // A reset drops the result: waiting out the timeout would only keep the receiver's request
    // open and the process alive. One listener on `stop`, however many attempts are in flight.
    if (stop) unfollow = followSignal(stop, () => giveUp('the fake was reset'));
  });
  try {
    const request = deliveryRequest(delivery, body, headers, controller.signal);
    const send = options.fetch ?? ((r: Request) => globalThis.fetch(r));
    const response = await Promise.race([Promise.resolve(send(request)), timeout]);
    return await answerOf(response, timeout);
  } catch (error) {
    return {
      status: 0,
      response: cutText(`No answer: ${thrownText(error)}`, MAX_RESPONSE_CHARS),
    };
  } finally {
    clearTimeout(timer);
    unfollow();
  }
}
