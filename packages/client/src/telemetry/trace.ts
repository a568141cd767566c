/**
 * One call as observed: its facts, timings and outcome, fed by the client's layers and read by the
 * sinks (events, logger, OpenTelemetry). A bulk run (`sendAll`) is a trace of its own that calls
 * name as their parent.
 */
import type { CallFacts, RetryEventReason } from './events.js';

/** Where the telemetry goes: each sink reads a trace at these moments. */
export interface Sink {
  /** A call began (before anything was checked or sent). */
  start?(call: CallTrace): void;
  /** An attempt waited `waitMs` for a rate-limit slot. */
  waited?(call: CallTrace, waitMs: number, lane: string): void;
  /** Attempt `attempt` was handed to the network. */
  request?(call: CallTrace, attempt: number): void;
  /** Attempt `attempt` got an HTTP answer. */
  response?(call: CallTrace, attempt: number, status: number, durationMs: number): void;
  /** Attempt `attempt` is a retry, after `delayMs`. */
  retry?(call: CallTrace, attempt: number, reason: RetryEventReason, status: number | null, delayMs: number): void;
  /** The call ended. */
  end?(call: CallTrace): void;
  /** A bulk run began, moved on or ended. */
  run?(run: RunTrace, phase: 'start' | 'progress' | 'end'): void;
  /** Runs an attempt inside the sink's context (OpenTelemetry: the call's span active, so spans of lower layers nest under it). */
  wrap?<T>(call: CallTrace, attempt: () => T): T;
}

/** How a call ended. */
export interface CallOutcome {
  /** The HTTP status the caller got (a made-up one for the client's own failures), or `null`. */
  status: number | null;
  /** The error model's name and status when it failed. */
  error?: { name: string; statusCode: number | null } | undefined;
  /** The answer said it replayed an earlier request with the same idempotency key. */
  replayed?: boolean;
  /** The sent email's id, only where telemetry was asked to record it. */
  emailId?: string | undefined;
  /** Emails of an accepted batch the API refused one by one (a permissive batch's `errors`): not sent. */
  rejected?: number;
}

/** A bulk run: its name, size and counts so far. */
export class RunTrace {
  /** The OpenTelemetry span, kept by the OpenTelemetry sink (a client has at most one). */
  span: unknown;
  sent = 0;
  failed = 0;
  notSent = 0;

  constructor(
    readonly id: number,
    readonly name: string,
    readonly total: number,
    readonly startedAt: number,
  ) {}
}

/** One call, from its start to its outcome. */
export class CallTrace implements CallFacts {
  /** The OpenTelemetry span, kept by the OpenTelemetry sink (a client has at most one). */
  span: unknown;
  /** Attempts made so far. */
  attempts = 0;
  /** Time spent waiting for rate-limit slots, in ms. */
  waitedMs = 0;
  /** When the current attempt asked for a slot. */
  queuedAt = 0;
  /** When the current attempt was handed to the network. */
  sentAt = 0;
  /** When the last attempt ended, and how (for the next one's retry reason). */
  lastEnd = 0;
  lastStatus: number | null = null;
  /** True once findable by id (its trace goes down in a header): ending it then forgets it. */
  exposed = false;
  lastThrown: string | undefined;
  outcome: CallOutcome | undefined;
  /**
   * Of the emails the call sends, those not sent (set when it ends): all of them when it failed, else
   * the ones an accepted permissive batch refused (each with its own `validation_error`).
   */
  failed = 0;
  endedAt = 0;

  constructor(
    readonly id: number,
    readonly method: string,
    readonly route: string,
    readonly operation: string | undefined,
    readonly server: { address: string; port: number },
    /** Emails the call sends (1 for `POST /emails`, the batch's length for `/emails/batch`), else 0. */
    readonly emails: number,
    readonly startedAt: number,
    readonly parent: RunTrace | undefined,
  ) {}

  /** Why the next attempt repeats the last one, read from how that one ended. */
  retryReason(): RetryEventReason {
    if (this.lastThrown === 'timeout') return 'timeout';
    if (this.lastStatus === null) return 'network_error';
    if (this.lastStatus === 429) return 'rate_limited';
    if (this.lastStatus === 409) return 'idempotency_conflict';
    return 'server_error';
  }
}
