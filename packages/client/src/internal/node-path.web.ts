/**
 * The Node path's stand-in in builds for workers, browsers and other non-Node platforms: there is no
 * undici dispatcher to reach, so every attempt takes the `fetch` path and none of the Node path's
 * code ships. The build swaps this file in for `node-path.ts` (see the package's `tsup.config.ts`).
 */
import type { Attempt, TooLarge } from './send-types.js';

/** The Node path for one `fetch`: never, here. */
export type NodeRoute = never;

/** A lookup that never finds the Node path. */
export function nodeRouteLookup(): (fetch: unknown) => NodeRoute | undefined {
  return () => undefined;
}

/** Never called: there is no route to send on. */
export function nodeSend(
  _route: NodeRoute,
  _attempt: Attempt,
  _maxBytes: number,
  _tooLarge: TooLarge,
): Promise<Response> {
  return Promise.reject(new TypeError('The Node path is not part of this build.'));
}

/** Never thrown here: no dispatcher is ever asked. */
export class NodePathRefused extends Error {}
