/**
 * Endpoint methods (`resend.emails.get(id)`), bound from the route table that `pnpm generate` writes
 * from the spec: each method turns its positional arguments into one openapi-fetch call.
 */
import type { CallOptions } from './call-options.js';
import type { ClientError } from './errors.js';
import type { ResendMethods } from './generated/methods.js';
import { ROUTES } from './generated/routes.js';
import { SDK_IDS } from './generated/sdk-ids.js';
import { withRefusal } from './call-guard.js';
import { type RouteLine, routeLines } from './route-table.js';
import { inputPreparer, refusedRequest, sendPrepared } from './method-input.js';
import { type BoundMethod, withSdkIds } from './sdk-ids.js';
import { kindOf } from './shared/check-kind.js';

/** The openapi-fetch `init` a method builds. */
export interface MethodInit {
  params?: { path?: Record<string, unknown>; query?: unknown };
  body?: unknown;
  bodySerializer?: (body: unknown) => FormData;
}

/** Sends one method call: the client's `request` plus the per-call options. */
export type MethodCaller = (
  method: string,
  path: string,
  init: MethodInit,
  options: CallOptions | undefined,
) => Promise<unknown>;

/** A multipart body as `FormData`: Blobs as files, strings as they are, anything else as JSON. */
function toFormData(body: unknown): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (value === undefined) continue;
    form.set(name, value instanceof Blob ? value : typeof value === 'string' ? value : JSON.stringify(value));
  }
  return form;
}

/**
 * Why a body or query cannot be sent, or `undefined`: a JSON or multipart body is what the spec says
 * (an object, the batch an array: flags `b[`, both `b{[`, see routes.ts), so `null`, a string, a
 * number, an array for an object or an object for the batch is refused before anything is sent,
 * rather than posted for the API to refuse (a JSON `null`), iterated into a form of its letters (a
 * string), or sent as it is (`[]` as an email); and a body the spec requires (no `?`) is refused when
 * left out, rather than sent as a body-less POST. A query (flag `q`, `null` for none) is an object
 * whose values are strings, numbers, booleans or lists of them in every route of the spec: a string
 * was dropped, an array sent as `?0=a&1=b`, a `Date` value dropped and an object sent as
 * `after[toString]=…`.
 */
function bodyRefusal(flag: string | undefined, body: unknown, verb: string, path: string): ClientError | undefined {
  const query = flag === 'q';
  if (flag === undefined || (body === undefined && flag.endsWith('?')) || (query && body == null)) return;
  const both = flag.includes('{');
  const array = flag.includes('[');
  const odd: unknown =
    query &&
    Object.values(body as object)
      .flat()
      .find((value) => value instanceof Object);
  if (typeof body === 'object' && body !== null && !odd && (both || Array.isArray(body) === array)) return;
  const wanted = query
    ? 'an object of strings, numbers, booleans or lists of them'
    : both
      ? 'an object or an array'
      : array
        ? 'an array'
        : 'an object';
  const what = query ? 'query' : 'body';
  const message = `The ${what} of ${verb} ${path} must be ${wanted} (got ${kindOf(odd || body)}); nothing was sent.`;
  return { statusCode: null, name: 'invalid_option', message };
}

/**
 * A refuser of calls to `verb path` over `call`: a call the method refuses itself still goes down as a
 * call, carrying its refusal, for the call guard to resolve like its own refusals, so that telemetry
 * observes it once, by the path every call takes. Without the call's options: a refused call uses none,
 * and unusable ones would throw before the refusal was told.
 */
function refuserOf(
  verb: string,
  path: string,
  call: MethodCaller,
): (error: ClientError, init: MethodInit) => Promise<unknown> {
  return (error, init) =>
    call(verb, path, withRefusal(init, { error, request: refusedRequest(verb, path, init) }), undefined);
}

function method(verb: string, path: string, flag: string | undefined, call: MethodCaller): BoundMethod {
  const params = path.match(/[^{}]+(?=\})/g) ?? [];
  // SDK option names and `react` bodies, for the routes that take them (see method-input.ts).
  const prepare = inputPreparer(`${verb} ${path}`);
  const refuse = refuserOf(verb, path, call);
  return (...args) => {
    let i = 0;
    const init: MethodInit = {};
    // One path parameter is positional; several come as one object keyed like the path.
    if (params.length > 0)
      init.params = {
        path: params.length === 1 ? { [params[0]!]: args[i++] } : (args[i++] as Record<string, unknown>),
      };
    if (flag === 'q') init.params = { ...init.params, query: args[i++] };
    else if (flag) init.body = args[i++];
    if (flag?.startsWith('m')) init.bodySerializer = toFormData;
    const options = args[i] as CallOptions | undefined;
    const refused = bodyRefusal(flag, flag === 'q' ? init.params!.query : init.body, verb, path);
    if (refused) return refuse(refused, init);
    if (prepare === undefined) return call(verb, path, init, options);
    return sendPrepared(prepare, init, (ready) => call(verb, path, ready, options), refuse, options?.signal);
  };
}

/** The route table, parsed once per process: its lines by top-level group, and by route. */
interface RouteTable {
  readonly source: string;
  readonly groups: Map<string, RouteLine[]>;
  readonly byRoute: Map<string, RouteLine>;
}

let parsed: RouteTable | undefined;

function tableOf(routes: string): RouteTable {
  if (parsed?.source === routes) return parsed;
  const groups = new Map<string, RouteLine[]>();
  const byRoute = new Map<string, RouteLine>();
  for (const line of routeLines(routes)) {
    const [name, verb, path] = line;
    const top = name.split('.')[0]!;
    const group = groups.get(top);
    if (group) group.push(line);
    else groups.set(top, [line]);
    byRoute.set(`${verb} ${path}`, line);
  }
  return (parsed = { source: routes, groups, byRoute });
}

/** Builds one top-level group's nested method objects (`emails`, with `emails.attachments.get`, …). */
function buildGroup(lines: RouteLine[], methodOf: (line: RouteLine) => BoundMethod): Record<string, unknown> {
  const group: Record<string, unknown> = {};
  for (const line of lines) {
    // Split here, when a group is first read, rather than kept beside each line: the lines are the
    // route table's own, shared with telemetry and the option checks.
    const names = line[0].split('.');
    let at = group;
    for (const part of names.slice(1, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
    at[names.at(-1)!] = methodOf(line);
  }
  return group;
}

/**
 * Puts the endpoint methods on `target` (`target.emails.send`, …) over `call`. Each top-level group
 * (`emails`, `domains`, …) is built on its first read, then stays a plain property: binding all ~145
 * methods at once made each `createResendClient()` 0.4–0.8 ms dearer (a client made later in a
 * process: 0.41–0.77 ms before, 0.05–0.09 ms after, on Node, Bun and Deno; bench/README.md,
 * "Start-up"), where a function that sends email reads one group. `extend` adds what a group holds
 * beside its routes, as it is built.
 */
export function attachMethods(
  target: object,
  call: MethodCaller,
  extend: Record<string, (group: Record<string, unknown>) => void> = {},
  routes: string = ROUTES,
): void {
  const table = tableOf(routes);
  // The methods as bound from the table, made once per route: the SDK form's alternate routes are
  // looked up here, whichever group holds them.
  const bases = new Map<RouteLine, BoundMethod>();
  const baseOf = (line: RouteLine): BoundMethod => {
    let bound = bases.get(line);
    const [, verb, path, flag] = line;
    if (!bound) bases.set(line, (bound = method(verb, path, flag, call)));
    return bound;
  };
  // The SDK's form with the IDs inside the options, for the routes the SDK calls that way (sdk-ids.ts).
  const methodOf = (line: RouteLine): BoundMethod => {
    const [, verb, path, flag] = line;
    const ids = SDK_IDS[`${verb} ${path}`];
    if (ids === undefined) return baseOf(line);
    const refuser = refuserOf(verb, path, call);
    const refuse = (error: ClientError, params: Record<string, unknown>) =>
      refuser(error, { params: { path: params } });
    const other = ids.alternate && table.byRoute.get(ids.alternate.route);
    return withSdkIds(path, ids, flag !== undefined, baseOf(line), other && baseOf(other), refuse);
  };
  for (const [name, lines] of table.groups) {
    const settle = (value: unknown) =>
      Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });
    Object.defineProperty(target, name, {
      get() {
        const group = buildGroup(lines, methodOf);
        extend[name]?.(group);
        settle(group);
        return group;
      },
      set: settle,
      enumerable: true,
      configurable: true,
    });
  }
}
