/**
 * Bytes where the API takes Base64 text: an attachment's `content` may be given as a `Buffer`, a
 * `Uint8Array` (or any typed array or `DataView`) or an `ArrayBuffer`, as the official SDK allows, and
 * is sent as Base64. `JSON.stringify` would otherwise turn a `Uint8Array` into an object of indexes and
 * an `ArrayBuffer` into `{}`, which the API refuses. The fields are the spec's (`contentEncoding:
 * base64`), listed per route in `generated/sdk-names.ts` (`BASE64_FIELDS`).
 */
import { base64Of } from './shared/base64.js';

/** Binary data given for a Base64 field: a `Buffer`, `Uint8Array` or other view, or an `ArrayBuffer`. */
export type Bytes = ArrayBufferView | ArrayBuffer;

/** Where a Base64 field sits: `[list, field]`, the `field` of each item of the body's array `list`. */
export type Base64Field = readonly [list: string, field: string];

type TakingBytes<Item, Field extends string> = Item extends unknown
  ? { [K in keyof Item]: K extends Field ? Item[K] | Bytes : Item[K] }
  : never;

type ItemsTakingBytes<Value, Field extends string> = Value extends readonly (infer Item)[]
  ? TakingBytes<Item, Field>[]
  : Value;

/**
 * `T` (a body, or a batch of bodies) with the Base64 field `Field` of each item of its array `List`
 * also taking {@link Bytes}: `WithBytes<SendEmailRequest, 'attachments', 'content'>`.
 */
export type WithBytes<T, List extends string, Field extends string> = T extends readonly (infer Body)[]
  ? WithBytes<Body, List, Field>[]
  : T extends unknown
    ? { [K in keyof T]: K extends List ? ItemsTakingBytes<T[K], Field> : T[K] }
    : never;

/** Whether `value` is binary data: checked by tag, so an `ArrayBuffer` of another realm (a `vm` context) counts too. */
export function isBytes(value: unknown): value is Bytes {
  return (
    typeof value === 'object' &&
    value !== null &&
    (ArrayBuffer.isView(value) || Object.prototype.toString.call(value) === '[object ArrayBuffer]')
  );
}

function asUint8(bytes: Bytes): Uint8Array {
  return ArrayBuffer.isView(bytes)
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
}

/** `item` with its `field` as Base64 text when it holds bytes; else `item` itself. */
function encodedItem(item: unknown, field: string): unknown {
  const value = (item as Record<string, unknown> | null)?.[field];
  return isBytes(value) ? { ...(item as object), [field]: base64Of(asUint8(value)) } : item;
}

/**
 * `body` (or each body of a batch) with the bytes of `fields` as Base64 text: a copy when it had
 * any, the caller's objects left as they are; else `body` itself, after a read per field. Anything
 * else in those fields is kept, for the API to judge.
 */
export function encodeBytes(body: unknown, fields: readonly Base64Field[]): unknown {
  if (Array.isArray(body)) {
    const out = body.map((one) => encodeBytes(one, fields));
    return out.some((one, i) => one !== body[i]) ? out : body;
  }
  let out = body as Record<string, unknown>;
  for (const [list, field] of fields) {
    const items = typeof out === 'object' && out !== null ? out[list] : undefined;
    if (!Array.isArray(items)) continue;
    const encoded = items.map((item) => encodedItem(item, field));
    if (encoded.some((item, i) => item !== items[i])) out = { ...out, [list]: encoded };
  }
  return out;
}
