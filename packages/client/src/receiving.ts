/**
 * Inbound helpers that, as in the official SDK, are several calls rather than one route:
 * `emails.receiving.raw(id)` downloads a received email's MIME source from its signed `raw.download_url`,
 * and `emails.receiving.forward(...)` sends a received email on, either as it was (its HTML, text and
 * attachments, as the API parsed them) or wrapped as a `message/rfc822` attachment. Downloads go to
 * the signed URLs the API returns, never with the API key, under the call's time limit and retries.
 */
import type { CallOptions, MethodResult } from './call-options.js';
import { base64Of } from './shared/base64.js';
import { checkKind, configFailure } from './config-error.js';
import { type ClientError, ResendError, nameResult } from './errors.js';
import { syntheticErrorResponse } from './failure.js';
import type { EmailAttachment, ReceivedEmail, ResendMethods, SendEmailResponse } from './generated/methods.js';
import { checkOptionNames, thrownText } from './shared/check-kind.js';
import { ownSignal } from './shared/follow-signal.js';
import { type Send, discardBody } from './internal/index.js';
import { unfold } from './reply.js';
import { isSafeUrl } from './transport.js';

/** Options of `emails.receiving.forward`, named as in the official SDK. */
export type ForwardOptions = {
  /** The received email's ID. */
  emailId: string;
  /** Where to forward it. */
  to: string | string[];
  /** The sender, on one of your verified domains. */
  from: string;
} & (
  | {
      /** `true` (the default): send the email as it was: its subject, HTML, text and attachments. */
      passthrough?: true;
    }
  | {
      /** `false`: send a new email (`Fwd: <subject>`) with the original attached as `forwarded_message.eml`. */
      passthrough: false;
      /** The new email's text. */
      text?: string;
      /** The new email's HTML. */
      html?: string;
    }
);

/**
 * Every option `forward` reads: a misspelt one would be dropped, and `passThrough: false` forward the
 * email as it was instead of attached to a note.
 */
export const FORWARD_OPTION_NAMES = ['emailId', 'to', 'from', 'passthrough', 'text', 'html'] as const;

/** The helpers added to `emails.receiving`. */
export interface ReceivingHelpers {
  /** The raw MIME source of a received email, downloaded from its signed `raw.download_url`. */
  raw(emailId: string, options?: CallOptions): Promise<MethodResult<Uint8Array>>;
  /**
   * Forwards a received email (see {@link ForwardOptions}); resolves with the send's result. Rejects
   * with `ResendConfigError` (`invalid_option`), nothing sent, for options that are no object, of a
   * name it does not read, or a `passthrough` that is not a boolean.
   */
  forward(options: ForwardOptions, callOptions?: CallOptions): Promise<MethodResult<SendEmailResponse>>;
}

/** How the helpers reach the API and the signed URLs. */
export interface ReceivingDeps {
  methods: Pick<ResendMethods, 'emails'>;
  /**
   * The send for a call's downloads: the client's wire without auth (the key never goes to a signed
   * URL), under the call's `timeoutMs` and `retry` over the client's, as its API calls are.
   */
  send: (callOptions: CallOptions | undefined) => Send;
  /** Whether plain http URLs off loopback may be downloaded (the client's `allowInsecureBaseUrl`). */
  allowInsecure: boolean;
  /** The largest download read (the client's `maxResponseBytes`, which the wire enforces), for messages. */
  maxBytes: number;
}

type Failure = Extract<MethodResult<never>, { error: unknown }>;

function failure(error: ClientError, path: string | null): Failure {
  return nameResult(
    { error, response: syntheticErrorResponse(error, error.statusCode ?? 599) },
    { method: 'GET', path },
  ) as Failure;
}

/** A `download_failed` result; `path` is the signed URL's, `null` when it does not parse (no request was made). */
function downloadFailed(message: string, path: string | null, statusCode: number | null = null): Failure {
  return failure({ name: 'download_failed', statusCode, message }, path);
}

/**
 * Why a download got no usable answer, in words: the wire's `response_too_large` as the cap it
 * exceeded, the retries' `timeout` and `network_error` as they say (attempts, time limit, host).
 */
function downloadProblem(cause: unknown, maxBytes: number): string {
  if (cause instanceof ResendError && cause.name === 'response_too_large')
    return `it is larger than maxResponseBytes (${maxBytes})`;
  return thrownText(cause).replace(/\.$/, '');
}

/** Downloads `url` (a signed URL from the API, so without the key) as bytes, or a `download_failed` failure. */
async function download(
  deps: ReceivingDeps,
  url: string,
  what: string,
  options: CallOptions | undefined,
): Promise<{ bytes: Uint8Array; response: Response } | Failure> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return downloadFailed(`The ${what} URL the API returned does not parse; nothing was downloaded.`, null);
  }
  if (!isSafeUrl(parsed) && !(deps.allowInsecure && parsed.protocol === 'http:')) {
    return downloadFailed(
      `The ${what} URL is not https (${parsed.protocol}//${parsed.host}); nothing was downloaded.`,
      parsed.pathname,
    );
  }
  // Made before the try: the call's options were checked by its API call, and a throw here is no download failure.
  const send = deps.send(options);
  const signal = options?.signal ?? undefined;
  // The download's own signal: a `Request` listens to its signal until it is collected.
  const own = signal ? ownSignal(signal) : undefined;
  try {
    // The wire reads the whole body (capped at maxResponseBytes) inside the attempt, so the time
    // limit covers a body that stalls, and a body cut halfway is retried like a failed connection.
    const response = await send({ url: parsed.href, method: 'GET', headers: [], body: null, signal: own?.signal });
    if (!response.ok) {
      discardBody(response);
      return downloadFailed(
        `Downloading the ${what} failed with status ${response.status} (the signed URL may have expired).`,
        parsed.pathname,
        response.status,
      );
    }
    return { bytes: new Uint8Array(await response.arrayBuffer()), response };
  } catch (cause) {
    if (signal?.aborted) throw signal.reason;
    return downloadFailed(`Downloading the ${what} failed: ${downloadProblem(cause, deps.maxBytes)}.`, parsed.pathname);
  } finally {
    own?.stop();
  }
}

/**
 * Text of the received email that the forward puts in a header (subject, file name, content type and
 * ID), on one line: a folded line (a break before a space or tab) unfolded, any other CR, LF or NUL a
 * space. It comes from whoever sent the email; a break there could start a header of theirs
 * (`Bcc: …`). A reply refuses such text, since its caller wrote it; a forward of mail from strangers
 * would then never go out.
 */
function oneLine(text: string): string {
  return unfold(text)
    .replace(/[\r\n\0]+/g, ' ')
    .trim();
}

/** The received email's MIME source. */
async function raw(deps: ReceivingDeps, emailId: string, options?: CallOptions): Promise<MethodResult<Uint8Array>> {
  const got = await deps.methods.emails.receiving.get(emailId, undefined, options);
  if (got.error !== undefined) return got;
  const url = got.data.raw?.download_url;
  if (!url)
    return downloadFailed(
      `Received email ${emailId} has no raw content to download.`,
      `/emails/receiving/${encodeURIComponent(emailId)}`,
    );
  const done = await download(deps, url, 'raw email', options);
  return 'bytes' in done ? { data: done.bytes, response: done.response } : done;
}

/** A received attachment, downloaded, as `emails.send` takes it. */
type ForwardedAttachment = { filename: string; content: string; content_type?: string; content_id?: string };

/** The received email's attachments, downloaded, as `emails.send` takes them. */
async function attachmentsOf(deps: ReceivingDeps, email: ReceivedEmail, options?: CallOptions) {
  const out: ForwardedAttachment[] = [];
  for (const meta of email.attachments ?? []) {
    const got = await deps.methods.emails.receiving.attachments.get(
      { email_id: email.id, attachment_id: meta.id },
      options,
    );
    if (got.error !== undefined) return got;
    const attachment = got.data as EmailAttachment & { download_url?: string };
    if (!attachment.download_url)
      return downloadFailed(
        `Attachment ${meta.id} has no download URL.`,
        `/emails/receiving/${email.id}/attachments/${meta.id}`,
      );
    const done = await download(deps, attachment.download_url, `attachment ${meta.filename ?? meta.id}`, options);
    if (!('bytes' in done)) return done;
    out.push(forwardedAttachment(meta, done.bytes));
  }
  return out;
}

/**
 * One received attachment as `emails.send` takes it. The sender's mail client may have left out the
 * file name or the type: a blank name becomes `attachment` (the API refuses an empty one), and no
 * type leaves it to the API (which infers it from the name), rather than failing the forward.
 */
function forwardedAttachment(meta: ReceivedEmail['attachments'][number], bytes: Uint8Array): ForwardedAttachment {
  const type = typeof meta.content_type === 'string' ? oneLine(meta.content_type) : '';
  const contentId =
    meta.content_disposition === 'inline' && meta.content_id
      ? oneLine(meta.content_id).replace(/^<|>$/g, '')
      : undefined;
  return {
    filename: oneLine(meta.filename ?? '') || 'attachment',
    content: base64Of(bytes),
    ...(type ? { content_type: type } : {}),
    ...(contentId ? { content_id: contentId } : {}),
  };
}

async function forward(
  deps: ReceivingDeps,
  options: ForwardOptions,
  callOptions?: CallOptions,
): Promise<MethodResult<SendEmailResponse>> {
  // `checkKind` lets `undefined` pass (an option left unset), but forward cannot go without its options.
  if (options === undefined) throw configFailure('forward options must be an object (got undefined).');
  checkKind(options, 'forward options', ['object']);
  checkOptionNames(options, FORWARD_OPTION_NAMES, 'forward', configFailure);
  // Anything but `false` forwards the email as it was: `'false'` from a form would too.
  checkKind(options.passthrough, 'passthrough', ['boolean']);
  const got = await deps.methods.emails.receiving.get(options.emailId, undefined, callOptions);
  if (got.error !== undefined) return got;
  const email = got.data;
  const subject = oneLine(email.subject ?? '') || '(no subject)';
  const { to, from } = options;
  if (options.passthrough !== false) {
    const attachments = await attachmentsOf(deps, email, callOptions);
    if (!Array.isArray(attachments)) return attachments;
    const content = {
      ...(email.html ? { html: email.html } : {}),
      ...(email.text || !email.html ? { text: email.text ?? '' } : {}),
    };
    return deps.methods.emails.send(
      { from, to, subject, ...content, ...(attachments.length > 0 ? { attachments } : {}) } as never,
      // The call's options whole, its `idempotencyKey` above all: a forward repeated (a webhook
      // delivered twice) is then not sent twice.
      callOptions,
    );
  }
  const source = await raw(deps, options.emailId, callOptions);
  if (source.error !== undefined) return source;
  const body = {
    ...(options.html !== undefined ? { html: options.html } : {}),
    text: options.text ?? (options.html === undefined ? '' : undefined),
  };
  return deps.methods.emails.send(
    {
      from,
      to,
      subject: /^fwd?:/i.test(subject) ? subject : `Fwd: ${subject}`,
      ...body,
      attachments: [
        { filename: 'forwarded_message.eml', content: base64Of(source.data), content_type: 'message/rfc822' },
      ],
    } as never,
    callOptions,
  );
}

/** Adds {@link ReceivingHelpers} to `deps.methods.emails.receiving` (in place). */
export function addReceivingHelpers(deps: ReceivingDeps): void {
  const helpers: ReceivingHelpers = {
    raw: (emailId, options) => raw(deps, emailId, options),
    forward: (options, callOptions) => forward(deps, options, callOptions),
  };
  Object.assign(deps.methods.emails.receiving, helpers);
}
