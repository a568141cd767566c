/**
 * The body of a request to the local server, as the web stream the fake reads. The fake refuses some
 * requests before reading their body (a bad key, a 429); once such an answer is sent, what is left of
 * the upload is read and dropped, as Node does for a handler that never reads its body, so the
 * connection serves the client's next request. `Readable.toWeb` kept the rest paused instead: the
 * connection then stayed open, holding the upload, until `close()`. Answering `connection: close`
 * was no cure: a client still sending (Node 22–26's `fetch`) got a broken pipe instead of the answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { finished } from 'node:stream';

/** Chunks held before the source pauses the socket, in bytes (what `Readable.toWeb` holds). */
const HELD_BYTES = 64 * 1024;

/** `req`'s body as a web stream; the rest of it is dropped once `res` is sent or the stream is cancelled. */
export function requestBody(req: IncomingMessage, res: ServerResponse): ReadableStream<Uint8Array> {
  let dropping = false;
  const drop = () => {
    dropping = true;
    req.resume();
  };
  res.once('finish', () => req.complete || drop());
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        req.pause();
        req.on('data', (chunk: Buffer) => {
          if (dropping) return;
          controller.enqueue(new Uint8Array(chunk));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        });
        // A body cut short (the client hung up) errors the stream, so the fake names the cut body.
        finished(req, (error) => {
          if (dropping) return;
          if (error) controller.error(error);
          else controller.close();
        });
      },
      pull: () => void req.resume(),
      cancel: drop,
    },
    { highWaterMark: HELD_BYTES, size: (chunk) => chunk.byteLength },
  );
}
