/**
 * The client's check of `idempotency.paths` against the API's schema paths. A key is generated only
 * for a request whose schema path is in the list, so an entry that is none (a typo, or a route of
 * `@resendkit/types`' `idempotentRoutes` such as `"POST /emails"`) matches nothing: the send goes out
 * without a key, is not retried after a 5xx, and a re-run sends it again. Kept out of
 * `idempotency.ts`, which `@resendkit/client/compose` ships, so the smallest client carries no route table.
 */
import { ROUTES } from './generated/routes.js';
import { ResendConfigError } from './config-error.js';
import { routeLines } from './route-table.js';

/** The schema paths of the API: those of the generated route table. */
function schemaPaths(): Set<string> {
  return new Set(routeLines(ROUTES).map(([, , path]) => path));
}

/**
 * Throws `invalid_option` naming the first entry of `paths` that is not a schema path of the API; for
 * a `METHOD /path` entry whose path is one, the message says to give the path alone. Run once, at
 * construction, and only when `paths` is given.
 */
export function checkIdempotencyPaths(paths: readonly string[] | undefined): void {
  if (paths === undefined || paths.length === 0) return;
  const known = schemaPaths();
  for (const entry of paths) {
    if (known.has(entry)) continue;
    const path = entry.slice(entry.indexOf(' ') + 1);
    const shown = JSON.stringify(entry.slice(0, 120));
    const hint =
      /^[A-Z]+ \//.test(entry) && known.has(path)
        ? `a route: give its path alone (${JSON.stringify(path)})`
        : 'which is no path of the API (such as "/emails"): no request would get a key';
    throw new ResendConfigError('invalid_option', `idempotency.paths has ${shown}, ${hint}.`);
  }
}
