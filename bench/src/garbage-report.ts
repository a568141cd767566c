/** What the garbage suite's child reports, and the row the bench keeps per runtime. */

/** The line prefix the garbage child prints its report after. */
export const GARBAGE_REPORT_PREFIX = 'RESENDKIT_BENCH_GARBAGE ';

/** The name of the stubbed `fetch` called alone: part of every client's figure. */
export const STUB_ONLY = 'the fetch stub alone';

/** One child's report: bytes allocated per call, by client name (overhead-runtime-report.ts's) and the stub alone. */
export type GarbageReport = { runtime: string; bytes: Record<string, number> } | { runtime: string; error: string };

/** One runtime's row: bytes allocated per call, each client's including the stub's. */
export interface GarbageRow {
  /** The runtime as the bench names it (`Node 24`, `Deno`). */
  runtime: string;
  /** Name and version as the runtime reported them. */
  version?: string;
  resendkitBytes?: number;
  sdkBytes?: number;
  openapiFetchBytes?: number;
  /** The stubbed `fetch` called alone, with its `text()`. */
  stubBytes?: number;
  /** Why the runtime has no figures: one line. */
  error?: string;
}
