/** What the per-runtime comparison's child script reports, and the row the bench keeps per runtime. */
import type { Clock, OverheadRow } from './overhead-clients.js';

/** The line prefix the child prints its report after. */
export const RUNTIME_REPORT_PREFIX = 'RESENDKIT_BENCH_RUNTIME ';

/** The clients each runtime compares, by their names in overhead-clients.ts: resendkit first. */
export const CHILD_CLIENTS = [
  '↳ resendkit.emails.send, limiter + retries + timeout + idempotency on',
  'resend SDK',
  'bare openapi-fetch',
] as const;

/** One child process's report: its runtime and version, and a row per client of {@link CHILD_CLIENTS}. */
export type ChildReport =
  | { runtime: string; clock: Clock; rows: OverheadRow[]; transport?: 'node' | 'fetch' }
  | { runtime: string; error: string };

/** One runtime's figures of one kind (µs per request over loopback, or per call with fetch stubbed). */
export interface RuntimeFigures {
  /** `@resendkit/client` with limiter, retries, timeout and idempotency on (`emails.send`). */
  resendkitUs: number;
  /** The official `resend` SDK (`emails.send`). */
  sdkUs: number;
  /** Bare openapi-fetch (`POST('/emails')`). */
  openapiFetchUs: number;
  /** resendkit ÷ SDK. */
  vsSdk: number;
  /** resendkit ÷ bare openapi-fetch. */
  vsOpenapiFetch: number;
  /** Interleaved rounds run (fewer than configured when the time budget ran out). */
  rounds: number;
}

/** One row of the per-runtime table. */
export interface RuntimeOverheadRow {
  /** The runtime as the bench names it: `Node 20 (machine)`, `Node 22`, `Bun`, `Deno`. */
  runtime: string;
  /** Name and version as the runtime reported them (`Node v22.23.5`, `Bun 1.4.5`). */
  version?: string;
  /** Loopback `POST /emails`, µs per request, and the path resendkit's requests took (`resend.transport`). */
  loopback?: RuntimeFigures & { transport?: 'node' | 'fetch' };
  /** Client CPU per call with fetch stubbed, µs; `clock` says whether CPU time or elapsed time was read. */
  cpu?: RuntimeFigures & { clock: Clock };
  /** Why a part is missing (binary not installed, child failed): one line. */
  error?: string;
}
