/**
 * `POST /_inbox/api/inbound`: delivers an inbound email to the fake from a script or the inbox's
 * form, with the fields of `fake.receiveEmail()` as a JSON body. Answers 201 with the received
 * email's `id` and `message_id`, or 400 naming the field at fault.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ReceiveEmailInput, StoredReceivedEmail } from '../inbound.js';
import { isFakeOptionsError } from '../options-error.js';

/** An inbound email with attachments fits well under this; a larger body is refused unread. */
const MAX_INBOUND_BYTES = 10 * 1024 * 1024;

/** How the route stores an email (the fake's `receiveEmail`). */
export type Receive = (email: ReceiveEmailInput) => StoredReceivedEmail;

function answer(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
  });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_INBOUND_BYTES) throw new RangeError(`the body is over ${MAX_INBOUND_BYTES} bytes`);
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** Answers `POST /_inbox/api/inbound` (anything else on this path is a 405). */
export async function serveInbound(req: IncomingMessage, res: ServerResponse, receive: Receive): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return answer(res, 405, {
      error: 'use POST with a JSON body { from, to, subject, html?, text?, attachments?, headers? }',
    });
  }
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
    return answer(res, 415, { error: 'send the email as application/json' });
  let input: unknown;
  try {
    input = await readJson(req);
  } catch (error) {
    return answer(res, error instanceof RangeError ? 413 : 400, {
      error: `malformed inbound email: ${(error as Error).message}`,
    });
  }
  try {
    const email = receive(input as ReceiveEmailInput);
    return answer(res, 201, { object: 'email', id: email.id, message_id: email.message_id });
  } catch (error) {
    if (isFakeOptionsError(error)) return answer(res, 400, { error: error.message, field: error.option });
    throw error;
  }
}
