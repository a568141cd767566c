/**
 * `toApiEmail`: an email as `emails.send` takes it, turned now into the JSON body the API takes, for
 * an email stored to be sent later (a queue's job, an outbox row). The official SDK's names become
 * the API's, attachment bytes become Base64 and a `react` element is rendered to `html`: none of the
 * three survives being stored as JSON (an element loses its type, a `Uint8Array` becomes an object of
 * indexes), and the one preparer `emails.send` uses does it, so the stored email sends the same.
 */
import type { SendEmailRequest } from '@resendkit/types';
import type { ResendError } from './errors.js';
import { failure } from './failure.js';
import type { ResendMethods } from './generated/methods.js';
import { Refusal, inputPreparer, renderUntilAborted } from './method-input.js';
import { checkKind, configFailure } from './config-error.js';
import { checkOptionNames } from './shared/check-kind.js';
import { checkSignalOption } from './signal-like.js';

/** One email as `emails.send` takes it: the API's or the SDK's names, bytes for attachments, `react`. */
export type SendEmailInput = Parameters<ResendMethods['emails']['send']>[0];

/** Options of {@link toApiEmail}. */
export interface ToApiEmailOptions {
  /** Gives up a `react` render when it aborts (rejecting with its reason); `null` is none, as in a call's options. */
  signal?: AbortSignal | null | undefined;
}

/** The error `toApiEmail` rejects with where `emails.send` would resolve with one: no request was made. */
function refused(name: string, message: string): ResendError {
  return failure({ name, message, status: null, request: { method: 'POST', path: '/emails' } });
}

/**
 * `email` as the API's JSON body for `POST /emails`: a copy when anything had to change, else the
 * email itself. Rejects with a {@link ResendError} (`statusCode: null`, `method` `POST`, `path`
 * `/emails`) where `emails.send` would resolve with that error: `invalid_option` for both spellings of
 * one field, a body that is no object, or attachment content that is neither Base64 text nor bytes
 * (a `Blob`, which JSON would store as `{}`); `react_render_failed` for a render that throws. Options
 * that are no object, of a name it does not read or a `signal` that is no `AbortSignal` reject it
 * with `ResendConfigError` (`invalid_option`).
 *
 * @example
 * // Store what the API takes; send it later with resend.emails.send(stored).
 * const stored = await toApiEmail({ from, to, subject, react: <Welcome />, replyTo });
 * await outbox.insert(JSON.stringify(stored));
 */
export async function toApiEmail(email: SendEmailInput, options: ToApiEmailOptions = {}): Promise<SendEmailRequest> {
  // Checked as every option is: `null` failed as a TypeError once a render began, and a misspelt or
  // wrong `signal` left a render that never finishes holding the call for ever.
  checkKind(options, 'toApiEmail options', ['object']);
  checkOptionNames(options, ['signal'], 'toApiEmail', configFailure);
  checkSignalOption(options.signal, configFailure);
  if (typeof email !== 'object' || email === null || Array.isArray(email))
    throw refused('invalid_option', 'The email must be an object like { from, to, subject, html }.');
  const prepared = inputPreparer('POST /emails')!(email);
  const ready =
    prepared instanceof Promise ? await renderUntilAborted(prepared, options.signal ?? undefined) : prepared;
  if (ready instanceof Refusal) throw refused(ready.error.name, ready.error.message);
  // Content that is neither Base64 text nor bytes (a Blob, a stream) would be stored as `{}`: the
  // attachment lost without a word until the stored email is sent, long after the content is gone.
  const { attachments } = ready as { attachments?: unknown };
  const at = Array.isArray(attachments)
    ? attachments.findIndex((a: { content?: unknown } | null) => !['undefined', 'string'].includes(typeof a?.content))
    : -1;
  if (at >= 0)
    throw refused(
      'invalid_option',
      `attachments[${at}].content must be Base64 text or bytes (for a Blob, its await blob.arrayBuffer()).`,
    );
  return ready as SendEmailRequest;
}
