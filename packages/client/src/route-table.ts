/**
 * The one reader of the route table that `pnpm generate` writes from the spec (`generated/routes.ts`:
 * `name METHOD /path flags` per operation, one a line). The endpoint methods, telemetry's operation
 * names and the check of `idempotency.paths` all take its lines from here, so that the format is read
 * in one place and a change to it cannot leave one of them reading it the old way.
 */

/**
 * One line of the route table: the method's name (`emails.attachments.get`, also telemetry's operation
 * name), the HTTP method, the path template and what the call takes after its path parameters (the
 * flags, see routes.ts: a body, a query, or nothing). A tuple rather than an object, since its readers
 * take it apart at once and the table's parse ships in every client that binds methods.
 */
export type RouteLine = readonly [name: string, verb: string, path: string, flag: string | undefined];

/** The lines of `routes` (the generated `ROUTES`), in its order. */
export const routeLines = (routes: string): RouteLine[] =>
  routes.split('\n').map((line) => line.split(' ') as unknown as RouteLine);

/**
 * What a concrete path of `route` matches (`GET /inboxes/inb_1/threads` for `GET
 * /inboxes/{inbox_id}/threads`): untyped code may call a path with its parameters filled in, and
 * telemetry's names and the comma-joined queries must still find its template.
 */
export const templatePattern = (route: string): RegExp => new RegExp(`^${route.replace(/\{[^/]*\}/g, '[^/]+')}$`);
