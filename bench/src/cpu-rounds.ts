/** How big the CPU rounds of the overhead suite are: calls per round, and the warm-up before them. */

/**
 * Calls each client makes before CPU rounds of `callsPerRound` calls: fifteen rounds' worth, at most
 * 50,000, so the figure is the steady state of a long-running process (smaller runs warm up less).
 * V8 takes longer to finish optimising resendkit's longer call path than the SDK's or openapi-fetch's:
 * in 30 rounds of 3,000 calls after 10,000 warm-up calls, resendkit's rounds kept falling until ~40,000
 * calls on Node 24 and 26 (28 → 12 µs), the other two's within ~13,000 (bench/README.md, "Warm-up").
 */
export function cpuWarmup(callsPerRound: number): number {
  return Math.min(50_000, 15 * callsPerRound);
}

/**
 * CPU rounds make this many calls per loopback request of a round: 15, so a round of the per-runtime
 * suite (200 requests) is 3,000 calls. With 1,000 a round lasted ~15 ms on Node 22+, and one garbage
 * collection landing in it moved a client's median by 20–50 % from run to run (bench/README.md).
 */
export const CPU_CALLS_PER_REQUEST = 15;
