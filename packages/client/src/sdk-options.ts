/**
 * The official `resend` SDK's option names, accepted by the endpoint methods: `replyTo` for
 * `reply_to`, `attachments[].contentType` for `content_type`, `steps[].config.eventName` for
 * `event_name`. The generated table (`generated/sdk-names.ts`, from the spec) says which names each
 * route takes; {@link toApiNames} converts a body or query once, before it is sent.
 */

/** One level of renames (see `generated/sdk-names.ts`): camelCase → API name, or API name → nested table. */
export interface RenameTable {
  readonly [key: string]: string | RenameTable;
}

/** Both spellings of one field were given: which ones, for the refusal's message. */
export interface SpellingClash {
  sdkName: string;
  apiName: string;
}

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null;
}

/** An object whose fields are read by name. */
export type Fields = Record<string, unknown>;

/**
 * Whether `check` holds for `value` (an object) or for any object item of it (an array): the generated
 * per-route checks (`SDK_NAME_CHECKS`) call this for the body and for nested fields. `undefined`, a
 * string or a number hold nothing.
 */
export function someItem(value: unknown, check: (item: Fields) => boolean): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (!Array.isArray(value)) return check(value as Fields);
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item === 'object' && item !== null && check(item as Fields)) return true;
  }
  return false;
}

/**
 * `value` with every camelCase key of `table` renamed to its API name (a new object; the caller's is
 * left as it is), or the first clash when one object gives both spellings of a field.
 */
export function toApiNames(value: unknown, table: RenameTable): unknown {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const converted = toApiNames(item, table);
      if (converted instanceof Clash) return converted;
      out.push(converted);
    }
    return out;
  }
  if (!isPlain(value) || value instanceof Blob || value instanceof Date) return value;
  const out: Plain = {};
  for (const key of Object.keys(value)) {
    const entry = table[key];
    const target = typeof entry === 'string' ? entry : key;
    // `out[target]`: two SDK names of one field (`segmentId` and `audienceId`) are a clash too, rather
    // than the later one silently winning.
    if (target !== key && value[key] !== undefined && (value[target] !== undefined || out[target] !== undefined))
      return new Clash(key, target);
    if (value[key] !== undefined || !(target in out)) out[target] = value[key];
  }
  for (const key in table) {
    const entry = table[key]!;
    if (typeof entry === 'string' || out[key] === undefined) continue;
    const converted = toApiNames(out[key], entry);
    if (converted instanceof Clash) return converted;
    out[key] = converted;
  }
  return out;
}

/** What {@link toApiNames} returns when both spellings of a field are present. */
export class Clash implements SpellingClash {
  constructor(
    readonly sdkName: string,
    readonly apiName: string,
  ) {}
}

type Camel<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
type Snake<K> = K extends `${string}_${string}` ? K : never;
type NotSnake<K> = K extends `${string}_${string}` ? never : K;

/**
 * `T` as the endpoint methods take it: every snake_case field may also be given under the SDK's
 * camelCase name (`reply_to` or `replyTo`), at any depth. Giving both is refused at run time
 * (`invalid_option`). Snake_case fields become optional in either spelling; the API names a missing
 * required one.
 */
export type SdkSpelling<T> = T extends readonly (infer Item)[]
  ? SdkSpelling<Item>[]
  : T extends Blob | Date | ArrayBuffer | ArrayBufferView | ((...args: never[]) => unknown)
    ? T
    : T extends object
      ? { [K in keyof T as NotSnake<K>]: SdkSpelling<T[K]> } & { [K in keyof T as Snake<K>]?: SdkSpelling<T[K]> } & {
          [K in keyof T as K extends string ? Camel<Snake<K>> : never]?: SdkSpelling<T[K]>;
        }
      : T;
