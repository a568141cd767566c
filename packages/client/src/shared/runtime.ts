/**
 * Which JavaScript runtime this is, read once from its globals. The one place the client (and the
 * other resendkit packages) tell Node, Bun, Deno, workers and browsers apart: the User-Agent token,
 * the choice of the Node path beneath `fetch`, and whether an `AbortSignal` is costly to make.
 */

interface RuntimeGlobals {
  Bun?: { version?: string };
  Deno?: { version?: { deno?: string } };
  EdgeRuntime?: unknown;
  process?: { versions?: { node?: string; undici?: unknown } };
  navigator?: { userAgent?: string };
}

/** The runtime as data: its name, version (when it has one) and, on Node, its bundled undici's. */
export interface Runtime {
  /** `node`, `bun`, `deno`, `workerd`, `edge-runtime` or `unknown`. */
  readonly name: 'node' | 'bun' | 'deno' | 'workerd' | 'edge-runtime' | 'unknown';
  /** The runtime's version, e.g. `20.20.2`; `undefined` where it has none. */
  readonly version: string | undefined;
  /** The major of the undici inside Node's `fetch`; `undefined` elsewhere. */
  readonly undiciMajor: number | undefined;
}

function major(version: unknown): number | undefined {
  return typeof version === 'string' ? Number(version.split('.')[0]) || undefined : undefined;
}

/** Reads the runtime from `globals` (Bun and Deno first: they also define `process`). */
export function detectRuntime(globals: object = globalThis): Runtime {
  const g = globals as RuntimeGlobals;
  const none = { version: undefined, undiciMajor: undefined };
  if (g.Bun?.version) return { name: 'bun', version: g.Bun.version, undiciMajor: undefined };
  if (g.Deno?.version?.deno) return { name: 'deno', version: g.Deno.version.deno, undiciMajor: undefined };
  if (typeof g.EdgeRuntime === 'string') return { name: 'edge-runtime', ...none };
  if (g.navigator?.userAgent === 'Cloudflare-Workers') return { name: 'workerd', ...none };
  const versions = g.process?.versions;
  if (versions?.node) return { name: 'node', version: versions.node, undiciMajor: major(versions.undici) };
  return { name: 'unknown', ...none };
}

let current: Runtime | undefined;

/** This process's runtime, detected on first use (never at import). */
export function runtime(): Runtime {
  return (current ??= detectRuntime());
}

/** The runtime's User-Agent product token: `node/20.20.2`, `bun/1.1.0`, `deno/2.0.0`, `workerd`, `edge-runtime` or `unknown-runtime`. */
export function runtimeToken(of: Runtime = runtime()): string {
  if (of.name === 'unknown') return 'unknown-runtime';
  return of.version === undefined ? of.name : `${of.name}/${of.version}`;
}

let costly: boolean | undefined;

/** True where making an `AbortSignal` is costly enough to defer: Node before 22 (~6 µs each on Node 20, ~0.1 µs on 22). Read once. */
export function signalsAreCostly(of?: Runtime): boolean {
  if (of) return of.name === 'node' && (major(of.version) ?? 0) < 22;
  return (costly ??= signalsAreCostly(runtime()));
}
