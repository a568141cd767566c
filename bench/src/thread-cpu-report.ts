/** What `thread-cpu-child.ts` is told and reports (shared with its runner, `thread-cpu.ts`). */

/** The line prefix the child prints its report after. */
export const THREAD_CPU_PREFIX = 'RESENDKIT_THREAD_CPU ';

/** How many requests each phase sends per client. */
export interface ThreadCpuOptions {
  /** Calls per client against a `fetch` stub before anything else (the overhead suite makes 45,000 on Bun and Deno). */
  stubWarmup: number;
  /** Requests per client before the first phase (the overhead suite's loopback warm-up is 2,000). */
  warmup: number;
  /** Requests per client measured in each phase. */
  requests: number;
  /** Requests per client sent, unmeasured, between the first phase and the next ones. */
  settle: number;
  /** Also measure the fused send of `fused-send.ts`, a probe of the client's work in one function. */
  fused?: boolean;
  /** Phases after the first (each client once per phase, in rotating order). */
  steadyPhases: number;
}

/** One client's figures in one phase: µs of wall time and µs of CPU per request, by thread name. */
export interface PhaseFigures {
  wallUs: number;
  threadsUs: Record<string, number>;
}

/** The child's report: per client, the first phase's figures and every later phase's. */
export type ThreadCpuReport =
  | { runtime: string; clients: { name: string; early: PhaseFigures; steady: PhaseFigures[] }[] }
  | { runtime: string; error: string };
