/**
 * Endpoint methods (`resend.emails.get(id)`), bound from the route table that `pnpm generate` writes
 * from the spec: each method turns its positional arguments into one openapi-fetch call.
 */
import type { CallOptions } from './call-options.js';
import type { ClientError } from './errors.js';
import type { ResendMethods } from './generated/methods.js';
import { ROUTES } from './generated/routes.js';
import { SDK_IDS } from './generated/sdk-ids.js';
import { inputPreparer, refusedResult, sendPrepared } from './method-input.js';
import { type BoundMethod, withSdkIds } from './sdk-ids.js';

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

function method(verb: string, path: string, flag: string | undefined, call: MethodCaller): BoundMethod {
  const params = path.match(/[^{}]+(?=\})/g) ?? [];
  // SDK option names and `react` bodies, for the routes that take them (see method-input.ts).
  const prepare = inputPreparer(`${verb} ${path}`);
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
    if (flag === 'm') init.bodySerializer = toFormData;
    const options = args[i] as CallOptions | undefined;
    if (prepare === undefined) return call(verb, path, init, options);
    return sendPrepared(prepare, init, verb, path, (ready) => call(verb, path, ready, options));
  };
}

/** Builds the nested method objects (`emails.attachments.get`, …) over `call`. */
export function bindMethods(call: MethodCaller, routes: string = ROUTES): ResendMethods {
  const root: Record<string, Record<string, unknown>> = {};
  const bound = new Map<string, BoundMethod>();
  const places: [Record<string, unknown>, string, string, string, string | undefined][] = [];
  for (const line of routes.split('\n')) {
    const [name, verb, path, flag] = line.split(' ') as [string, string, string, string | undefined];
    const parts = name.split('.');
    let at: Record<string, unknown> = root;
    for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
    const key = parts.at(-1)!;
    at[key] = method(verb, path, flag, call);
    bound.set(`${verb} ${path}`, at[key] as BoundMethod);
    places.push([at, key, verb, path, flag]);
  }
  // The SDK's form with the IDs inside the options, for the routes the SDK calls that way (sdk-ids.ts).
  for (const [at, key, verb, path, flag] of places) {
    const ids = SDK_IDS[`${verb} ${path}`];
    if (ids === undefined) continue;
    const refuse = (error: ClientError, params: Record<string, unknown>) =>
      refusedResult(error, verb, path, { params: { path: params } });
    const alternate = ids.alternate && bound.get(ids.alternate.route);
    at[key] = withSdkIds(path, ids, flag !== undefined, at[key] as BoundMethod, alternate, refuse);
  }
  return root as unknown as ResendMethods;
}
