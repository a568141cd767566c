/**
 * The POSIX name (`ECONNREFUSED`, …) of a network failure, on the runtimes that name one their own
 * way. Deno's `fetch` names no code: only the operating system's words (`tcp connect error:
 * Connection refused (os error 111)`) or its DNS resolver's. Earlier Bun named a refused connection
 * `ConnectionRefused`. One name lets every message say what Node says, and lets a refused connection
 * count as unsent everywhere. Deno and Bun take the package's `node` build; the build for workers
 * and browsers swaps in `posix-code.web.ts`, since their `fetch` errors hold no such names ("Failed
 * to fetch"), and this table would cost the composed worker client ~0.14 kB.
 */
const WORDED_CODES: [RegExp, string][] = [
  [/connection refused/i, 'ECONNREFUSED'],
  [/connection reset|connection closed before message completed/i, 'ECONNRESET'],
  [/timed out/i, 'ETIMEDOUT'],
  [/no route to host/i, 'EHOSTUNREACH'],
  [/network is unreachable/i, 'ENETUNREACH'],
  [/dns error|failed to lookup address/i, 'ENOTFOUND'],
];

/**
 * The POSIX name of `code` (the first one a failure's cause chain carries), or when it carries none,
 * the one `detail` (its deepest message) names; `undefined` when neither names one.
 */
export function posixCode(code: string | undefined, detail: string): string | undefined {
  if (code === 'ConnectionRefused') return 'ECONNREFUSED';
  return code ?? WORDED_CODES.find(([words]) => words.test(detail))?.[1];
}
