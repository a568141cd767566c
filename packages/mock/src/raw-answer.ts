/**
 * Answers written straight to a socket, in the API's error shape, for requests node:http never hands
 * to a request handler: CONNECT, and requests it cannot parse. Node's own answer to the latter has
 * no body, which clients (the resend SDK among them) can only report as an unexplained server error.
 */
import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/** Writes a JSON `{ statusCode, name, message }` answer on `socket` and closes it. */
export function endWithError(socket: Duplex, statusCode: number, name: string, message: string): void {
  const body = JSON.stringify({ statusCode, name, message });
  socket.end(
    `HTTP/1.1 ${statusCode} ${STATUS_CODES[statusCode] ?? ''}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    // Closed once written, so a handler still waiting for the request's body is never answered on it.
    () => socket.destroy(),
  );
}

/** The status, name and message for each kind of failure node:http reports (its own status codes). */
function describeFailure(error: NodeJS.ErrnoException): [number, string, string] {
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return [431, 'validation_error', 'The request line and headers are larger than the server accepts.'];
  if (error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW')
    return [413, 'validation_error', 'The chunk extensions of the request body are larger than the server accepts.'];
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return [408, 'validation_error', 'The request was not received in time.'];
  return [400, 'validation_error', `The request is not valid HTTP (${error.message}).`];
}

/**
 * The server's `clientError` listener. A client that hung up gets nothing; neither does a connection
 * whose answer has begun (bytes written now would land inside it). A body that cannot be parsed
 * (a bad chunk) fails while its handler still waits for it: this answer comes first, and the socket
 * is gone when the handler answers. A bad request pipelined behind one still pending gets this
 * answer before the other's, as with Node's own listener.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  const pending = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || pending?.headersSent) return void socket.destroy();
  endWithError(socket, ...describeFailure(error));
}
