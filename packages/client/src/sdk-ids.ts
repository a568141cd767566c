/**
 * The official SDK's way of giving path IDs: inside the one options object, next to the body
 * (`emails.update({ id, scheduledAt })`, `automations.runs.get({ automationId, runId })`). Which key
 * names which path parameter is generated from the spec (`generated/sdk-ids.ts`, from
 * `scripts/sdk-ids.ts`); {@link withSdkIds} splits such an object into the endpoint method's
 * positional arguments once, before the rest gets the SDK-name conversion of `method-input.ts`.
 *
 * The first argument alone decides the form:
 * - a string (one path parameter), or an object whose keys are all path parameters by their API name
 *   (`{ automation_id, run_id }`): the positional form, with the body or query next;
 * - any other object: the SDK form. Its IDs are read under the SDK's keys or the API's names, the other
 *   fields are the body or query, and the next argument is the call's options.
 *
 * Refused as `invalid_option`, with nothing sent: one ID given under two keys (`id` and `email_id`, or
 * a contact's `id` and `email`), a positional ID with an ID key in the body as well, SDK-form fields
 * on a route that takes neither body nor query, and an SDK-form call whose second argument is not
 * call options (a body given apart from the IDs).
 */
import type { CallOptions } from './call-options.js';
import type { ClientError } from './errors.js';

/** Path parameter → the keys it may be given under: the SDK's first, the API's name last. */
type IdKeys = Readonly<Record<string, readonly string[]>>;

/** One route of `generated/sdk-ids.ts`. */
export interface SdkIdRoute {
  /** The SDK's keys of a path parameter, where they are not its camelCase name; several are alternatives. */
  readonly ids?: IdKeys;
  /** The route called instead when the options give `param` (`contacts.get({ email, audienceId })`). */
  readonly alternate?: { readonly param: string; readonly route: string };
  /** ID keys that are also a body field (`email` of a contact): the field in the positional form. */
  readonly shared?: readonly string[];
}

/** `reply_to` → `replyTo`, as `scripts/sdk-names.ts` names the SDK's options. */
function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Each path parameter of `path` with its keys: the SDK's (from `ids`, else its camelCase name) and its own. */
function keysOf(path: string, ids: IdKeys = {}): IdKeys {
  const keys: Record<string, readonly string[]> = {};
  for (const param of path.match(/[^{}]+(?=\})/g) ?? []) {
    const names = ids[param] ?? [camel(param)];
    keys[param] = names.includes(param) ? names : [...names, param];
  }
  return keys;
}

/**
 * The SDK form's options type: the IDs and the body (or query) in one object. A body the spec leaves
 * untyped (`unknown`, as for a schema of `anyOf` required-field lists) takes any further fields.
 */
export type WithIds<Ids, Rest> = unknown extends Rest ? Ids & Record<string, unknown> : Ids & Rest;

/** An endpoint method as `methods.ts` binds it. */
export type BoundMethod = (...args: unknown[]) => Promise<unknown>;

/** Resolves a refused call like any failed one, naming the route and the IDs it was given. */
type Refuse = (error: ClientError, path: Record<string, unknown>) => Promise<unknown>;

type Fields = Record<string, unknown>;

/** Every key of {@link CallOptions}; the compiler keeps it complete. */
const CALL_OPTION_KEYS: Readonly<Record<keyof CallOptions, true>> = {
  signal: true,
  headers: true,
  idempotencyKey: true,
  timeoutMs: true,
  retry: true,
  priority: true,
};

function refusal(message: string): ClientError {
  return { statusCode: null, name: 'invalid_option', message: `${message} Nothing was sent.` };
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null;
}

/** Whether `first` is a positional ID or an object of path parameters by their API names only. */
function isPositional(first: unknown, params: readonly string[]): boolean {
  if (!isObject(first)) return true;
  if (params.length === 1) return false;
  for (const key of Object.keys(first)) if (!params.includes(key)) return false;
  return true;
}

/** The first ID key that `input` (a body or query) also gives, other than a `shared` one, or `undefined`. */
function idKeyIn(input: unknown, keys: IdKeys, shared: readonly string[]): string | undefined {
  if (!isObject(input) || Array.isArray(input)) return undefined;
  for (const param in keys)
    for (const name of keys[param]!) if (input[name] !== undefined && !shared.includes(name)) return name;
  return undefined;
}

/** `options` split into the path parameters and the remaining fields, or the refusal's message. */
function splitIds(options: Fields, keys: IdKeys): { path: Fields; rest: Fields | undefined } | string {
  const path: Fields = {};
  for (const param in keys) {
    let given: string | undefined;
    for (const name of keys[param]!) {
      // `null` is absent, as in the SDK (`{ id, email: null }`).
      if (options[name] == null) continue;
      if (given !== undefined) return `${given} and ${name} both give the path parameter ${param}; give one.`;
      given = name;
      path[param] = options[name];
    }
  }
  let rest: Fields | undefined;
  for (const key of Object.keys(options)) {
    if (options[key] === undefined || isIdKey(key, keys)) continue;
    (rest ??= {})[key] = options[key];
  }
  return { path, rest };
}

function isIdKey(key: string, keys: IdKeys): boolean {
  for (const param in keys) if (keys[param]!.includes(key)) return true;
  return false;
}

/** The first key of `second` that is not a call option, when it is an object; `undefined` when it is fine. */
function notCallOption(second: unknown): string | undefined {
  if (!isObject(second)) return undefined;
  for (const key of Object.keys(second)) if (!Object.hasOwn(CALL_OPTION_KEYS, key)) return key;
  return undefined;
}

/** How one target route takes its arguments. */
interface Target {
  keys: IdKeys;
  method: BoundMethod;
  takesInput: boolean;
}

function callTarget(target: Target, options: Fields, second: unknown, refuse: Refuse): Promise<unknown> {
  const split = splitIds(options, target.keys);
  if (typeof split === 'string') return refuse(refusal(split), {});
  const params = Object.keys(target.keys);
  const id = params.length === 1 ? split.path[params[0]!] : split.path;
  if (target.takesInput) return target.method(id, split.rest, second);
  if (split.rest !== undefined) {
    const extra = Object.keys(split.rest).join(', ');
    return refuse(refusal(`${extra}: not an option of this call (it takes only IDs).`), split.path);
  }
  return target.method(id, second);
}

/**
 * `positional` (the method bound for `path`) taking the SDK form as well; `alternate` is the method
 * of `route.alternate.route`, when there is one. `takesInput`: the route has a body or a query.
 */
export function withSdkIds(
  path: string,
  route: SdkIdRoute,
  takesInput: boolean,
  positional: BoundMethod,
  alternate: BoundMethod | undefined,
  refuse: Refuse,
): BoundMethod {
  const keys = keysOf(path, route.ids);
  const params = Object.keys(keys);
  const main: Target = { keys, method: positional, takesInput };
  const otherKeys = route.alternate && keysOf(route.alternate.route, route.ids);
  const other: Target | undefined =
    otherKeys && alternate ? { keys: otherKeys, method: alternate, takesInput } : undefined;
  const otherNames = (otherKeys && otherKeys[route.alternate!.param]) ?? [];
  const shared = route.shared ?? [];
  return (...args) => {
    const [first, second] = args;
    if (isPositional(first, params)) {
      const clash = takesInput ? idKeyIn(second, keys, shared) : undefined;
      if (clash === undefined) return positional(...args);
      const path = isObject(first) ? first : { [params[0]!]: first };
      return refuse(refusal(`${clash} is a path parameter, already given as the first argument; give it once.`), path);
    }
    const options = first as Fields;
    const stray = notCallOption(second);
    if (stray !== undefined)
      return refuse(
        refusal(
          `The first argument holds the IDs and the ${takesInput ? 'body' : 'options'} (the SDK's form), so the second is the call's options; ${stray} is not one of them.`,
        ),
        {},
      );
    const viaOther = other !== undefined && otherNames.some((name) => options[name] != null);
    return callTarget(viaOther ? other : main, options, second, refuse);
  };
}
