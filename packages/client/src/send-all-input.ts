/**
 * What `sendAll` refuses before sending anything: the input error, and the checks of each email
 * and of the options.
 */
import { maxRecipients } from '@resendkit/types';
import { ResendKitError, isResendKitError } from './error-base.js';
import { checkKindOption, checkOptionNames, kindOf } from './shared/check-kind.js';
import { checkNumberOption } from './shared/check-number.js';
import { checkSignalOption } from './signal-like.js';

/** Most `to` recipients of one email (the spec's `maxItems`). */
export const MAX_RECIPIENTS = maxRecipients;
/** Longest `idempotencyPrefix`: the derived key (prefix, bucket and receipt digest, or fingerprint) must fit in 256 characters. */
export const MAX_IDEMPOTENCY_PREFIX_LENGTH = 200;
/** Most buckets a job may use. */
export const MAX_BUCKETS = 65_536;

/**
 * What is wrong with the input of `sendAll`. `bucket_overflow`: with an `idempotencyPrefix`, a
 * bucket would hold more emails than one batch takes (raise `buckets` for a new job).
 */
export type SendAllInputProblem =
  'not_an_array' | 'invalid_email' | 'too_many_recipients' | 'invalid_option' | 'bucket_overflow';

/** Thrown (as a rejection) by `sendAll` for unusable input, before anything is sent. */
export class SendAllInputError extends ResendKitError<SendAllInputProblem> {
  /** The same as `code`, under the name it had first. */
  readonly problem: SendAllInputProblem;
  /** The index of the offending email, or `null` when the problem is the whole input or an option. */
  readonly index: number | null;

  /** @param problem - the problem; @param index - the email's index or `null`; @param message - what to fix. */
  constructor(problem: SendAllInputProblem, index: number | null, message: string) {
    super('SendAllInputError', problem, index === null ? message : `emails[${index}]: ${message}`);
    this.problem = problem;
    this.index = index;
  }

  protected override fields(): Record<string, unknown> {
    return { index: this.index };
  }
}

/** True for a {@link SendAllInputError}, also one made by another copy of this package. */
export function isSendAllInputError(error: unknown): error is SendAllInputError {
  return isResendKitError(error, 'SendAllInputError');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Throws a {@link SendAllInputError} naming `index` when `email` cannot be sent as it is. */
export function checkEmail(email: unknown, index: number): void {
  if (!isRecord(email)) throw new SendAllInputError('invalid_email', index, 'is not an email object.');
  try {
    JSON.stringify(email);
  } catch {
    // Refused here, not inside a batch, where it would fail the 99 emails sent with it.
    throw new SendAllInputError('invalid_email', index, 'cannot be sent as JSON (a BigInt or a circular reference?).');
  }
  for (const field of ['from', 'subject'] as const) {
    if (typeof email[field] !== 'string' || (field === 'from' && email[field] === '')) {
      throw new SendAllInputError('invalid_email', index, `"${field}" is missing or not a string.`);
    }
  }
  const to = email.to;
  const recipients = typeof to === 'string' ? [to] : to;
  if (
    !Array.isArray(recipients) ||
    recipients.length === 0 ||
    recipients.some((r) => typeof r !== 'string' || r === '')
  ) {
    throw new SendAllInputError('invalid_email', index, '"to" must be an address or a non-empty array of addresses.');
  }
  if (recipients.length > MAX_RECIPIENTS) {
    throw new SendAllInputError(
      'too_many_recipients',
      index,
      `"to" has ${recipients.length} recipients; at most ${MAX_RECIPIENTS} are allowed.`,
    );
  }
  if (email.attachments !== undefined && !Array.isArray(email.attachments)) {
    throw new SendAllInputError('invalid_email', index, '"attachments" must be an array.');
  }
}

/** 1–200 printable Latin-1 characters, no space at either end (a header value would lose it). */
const PREFIX = /^[!-~\u00a1-\u00ff](?:[ -~\u00a0-\u00ff]{0,198}[!-~\u00a1-\u00ff])?$/;

/** The options {@link checkOptions} reads. */
export interface CheckedOptions {
  idempotencyPrefix?: unknown;
  concurrency?: unknown;
  buckets?: unknown;
  batchValidation?: unknown;
  priority?: unknown;
  onQuotaExceeded?: unknown;
  onProgress?: unknown;
  signal?: unknown;
}

/**
 * Every option `sendAll` reads (`test/send-all-option-names.test.ts` holds it to `SendAllOptions`): a
 * misspelt one would leave its default in force, and `idempotency_prefix` random keys, under which a
 * re-run sends every email again.
 */
export const SEND_ALL_OPTION_NAMES = [
  'idempotencyPrefix',
  'buckets',
  'receipt',
  'onProgress',
  'signal',
  'concurrency',
  'batchValidation',
  'priority',
  'onQuotaExceeded',
] as const;

/** The error every unusable option is refused with. */
const refuse = (message: string) => new SendAllInputError('invalid_option', null, message);

function oneOf(name: string, value: unknown, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value as string)) {
    const list = allowed.map((a) => `"${a}"`).join(' or ');
    const shown = typeof value === 'string' ? JSON.stringify(value) : kindOf(value);
    throw refuse(`${name} must be ${list} (got ${shown}).`);
  }
}

/**
 * Throws a {@link SendAllInputError} (`invalid_option`) naming the first unusable option. Kinds
 * count as ranges do: an `onProgress` that is no function would throw after the first emails went
 * out, and the run's report would be lost with it.
 */
export function checkOptions(options: CheckedOptions): void {
  checkKindOption(options, 'options', ['object'], refuse);
  checkOptionNames(options, SEND_ALL_OPTION_NAMES, 'sendAll', refuse);
  const { idempotencyPrefix: prefix, concurrency, buckets } = options;
  oneOf('batchValidation', options.batchValidation, ['strict', 'permissive']);
  oneOf('priority', options.priority, ['interactive', 'bulk']);
  oneOf('onQuotaExceeded', options.onQuotaExceeded, ['stop', 'wait']);
  checkKindOption(options.onProgress, 'onProgress', ['function'], refuse);
  checkSignalOption(options.signal, refuse);
  if (prefix !== undefined && (typeof prefix !== 'string' || !PREFIX.test(prefix))) {
    throw refuse(
      `idempotencyPrefix must be 1–${MAX_IDEMPOTENCY_PREFIX_LENGTH} printable Latin-1 characters, no space at its ends.`,
    );
  }
  if (buckets !== undefined)
    checkNumberOption(buckets, 0, 'buckets', { min: 1, max: MAX_BUCKETS, integer: true }, refuse);
  if (concurrency !== undefined)
    checkNumberOption(concurrency, 0, 'concurrency', { min: 1, max: Infinity, integer: true }, refuse);
}
