/**
 * What an endpoint method does to its body or query before the call: the official SDK's camelCase
 * option names become the API's (`sdk-options.ts`), bytes given for a Base64 field become Base64
 * (`bytes.ts`) and `react` bodies are rendered to `html` (`react-body.ts`). A route with none of them
 * gets no preparer; a call that uses none pays a few reads. Arrays of a comma-separated query
 * parameter are joined by the call guard (`call-guard.ts`), for path calls as well as methods.
 */
import type { ClientError, RequestInfo } from './errors.js';
import { untilAborted } from './shared/follow-signal.js';
import { encodeBytes } from './bytes.js';
import { BASE64_FIELDS, REACT_ROUTES, SDK_NAMES, SDK_NAME_CHECKS } from './generated/sdk-names.js';
import { hasReact, renderReactBody } from './react-body.js';
import { Clash, type RenameTable, toApiNames } from './sdk-options.js';
import { isAbortSignal } from './signal-like.js';

/** Marks a refusal among prepared inputs. */
export class Refusal {
  constructor(readonly error: ClientError) {}
}

/** The part of a method's openapi-fetch `init` this file reads and replaces. */
interface MethodInit {
  params?: { path?: Record<string, unknown>; query?: unknown };
  body?: unknown;
}

function clashError(clash: Clash, where: string): Refusal {
  return new Refusal({
    statusCode: null,
    name: 'invalid_option',
    message: `${where}${clash.sdkName} and ${clash.apiName} are the same option (the SDK's and the API's name); give one. Nothing was sent.`,
  });
}

function hasAnyReact(input: unknown): boolean {
  if (!Array.isArray(input)) return hasReact(input);
  for (let i = 0; i < input.length; i++) if (hasReact(input[i])) return true;
  return false;
}

/** `input` (a body or a batch of bodies) with each `react` rendered, or the first failure. */
async function renderAll(input: unknown): Promise<unknown> {
  const items = Array.isArray(input) ? input : [input];
  const rendered = await Promise.all(
    items.map((item, i) =>
      hasReact(item)
        ? renderReactBody(item as Record<string, unknown>, Array.isArray(input) ? `[${i}].react` : 'react')
        : { body: item },
    ),
  );
  const out: unknown[] = [];
  for (const result of rendered) {
    if ('error' in result) return new Refusal(result.error);
    out.push(result.body);
  }
  return Array.isArray(input) ? out : out[0];
}

/**
 * The preparer of `route` (`POST /emails`), or `undefined` when the route takes no SDK names, no
 * bytes and no `react`. The preparer returns the input itself, a converted copy, a {@link Refusal}, or
 * a promise of one of these (only when a `react` value has to be rendered).
 */
export function inputPreparer(route: string): ((input: unknown) => unknown) | undefined {
  const table: RenameTable | undefined = SDK_NAMES[route];
  const react = REACT_ROUTES.includes(route);
  const bytes = BASE64_FIELDS[route];
  if (table === undefined && !react && bytes === undefined) return undefined;
  const usesSdkNames = SDK_NAME_CHECKS[route];
  return (input) => {
    let ready = input;
    if (usesSdkNames !== undefined && usesSdkNames(input)) {
      ready = toApiNames(input, table!);
      if (ready instanceof Clash) return clashError(ready, '');
    }
    if (bytes !== undefined) ready = encodeBytes(ready, bytes);
    if (react && hasAnyReact(ready)) return renderAll(ready);
    return ready;
  };
}

/**
 * The request a refused call names: `verb` and `path` with the path parameters it was given filled in
 * (as a sent call's are), and a parameter not given (a refused SDK-form call) left as `{name}`, rather
 * than `undefined`.
 */
export function refusedRequest(verb: string, path: string, init: MethodInit): RequestInfo {
  const params = init.params?.path ?? {};
  const filled = path.replace(/\{([^}]+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : encodeURIComponent(String(params[name])),
  );
  return { method: verb, path: filled };
}

/**
 * `work`, or the rejection with `signal`'s reason once it aborts: a render runs before any attempt,
 * beneath no time limit, so a component that never finishes would otherwise hold the call for ever.
 */
export function renderUntilAborted(work: Promise<unknown>, signal: AbortSignal | undefined): Promise<unknown> {
  // One that is no signal is refused by name further on, before anything is sent.
  return isAbortSignal(signal) ? untilAborted(work, signal!) : work;
}

/**
 * Runs `send` with the method's body (or query) prepared by `prepare`: synchronously when nothing has
 * to be rendered, so a plain call takes the same path as before; a refusal goes to `refuse` (the
 * method's, made once: a call that is not refused pays for no closure of it). A render is given up
 * when the call's `signal` aborts.
 */
export function sendPrepared<I extends MethodInit>(
  prepare: (input: unknown) => unknown,
  init: I,
  send: (init: I) => Promise<unknown>,
  refuse: (error: ClientError, init: I) => Promise<unknown>,
  signal?: AbortSignal,
): Promise<unknown> {
  const query = init.params?.query !== undefined;
  const input = query ? init.params!.query : init.body;
  if (input === undefined) return send(init);
  const apply = (ready: unknown): Promise<unknown> => {
    if (ready instanceof Refusal) return refuse(ready.error, init);
    if (ready === input) return send(init);
    return send(query ? { ...init, params: { ...init.params, query: ready } } : { ...init, body: ready });
  };
  const ready = prepare(input);
  return ready instanceof Promise ? renderUntilAborted(ready, signal).then(apply) : apply(ready);
}

/**
 * `emails` for `sendAll`, each prepared as `emails.send` prepares its body (SDK names, `react`):
 * the same array when no email needed it, else a copy; or the first email refused, by index. A
 * render is given up when `signal` aborts, as `emails.send` gives up its own.
 */
export async function prepareEmails(
  emails: readonly unknown[],
  signal?: AbortSignal,
): Promise<{ emails: readonly unknown[] } | { index: number; message: string }> {
  const prepare = inputPreparer('POST /emails')!;
  let changed = false;
  let rendering = false;
  const outs = emails.map((email) => {
    const out = typeof email === 'object' && email !== null ? prepare(email) : email;
    if (out !== email) changed = true;
    if (out instanceof Promise) rendering = true;
    return out;
  });
  // Only a render waits: a run given emails that need none keeps its report of what it did not send.
  const ready = rendering ? ((await renderUntilAborted(Promise.all(outs), signal)) as unknown[]) : outs;
  const index = ready.findIndex((email) => email instanceof Refusal);
  if (index >= 0) return { index, message: (ready[index] as Refusal).error.message };
  return { emails: changed ? ready : emails };
}
