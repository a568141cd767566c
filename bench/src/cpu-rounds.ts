/** How big the CPU rounds of the overhead suite are: calls per round, and the warm-up before them. */

/**
 * Calls each client makes before CPU rounds of `callsPerRound` calls: ten rounds' worth, at most
 * 10,000, so the figure is the steady state of a long-running process (smaller runs warm up less).
 * After 1,000 calls V8 was still optimising resendkit's longer call path on Node 22 (2.2× bare
 * openapi-fetch then, 1.2× after 10,000); see bench/README.md.
 */
export function cpuWarmup(callsPerRound: number): number {
  return Math.min(10_000, 10 * callsPerRound);
}

/**
 * CPU rounds make this many calls per loopback request of a round: 15, so a round of the per-runtime
 * suite (200 requests) is 3,000 calls. With 1,000 a round lasted ~15 ms on Node 22+, and one garbage
 * collection landing in it moved a client's median by 20–50 % from run to run (bench/README.md).
 */
export const CPU_CALLS_PER_REQUEST = 15;
