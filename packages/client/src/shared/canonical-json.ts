/** JSON with object keys sorted: the text one fingerprint of an email is taken from. */

/** The JSON text of `input`, or `undefined` where `JSON.stringify` writes nothing (`undefined`, a function, a symbol). */
function jsonOf(input: unknown): string | undefined {
  const toJSON = (input as { toJSON?: unknown } | null | undefined)?.toJSON;
  const value: unknown = typeof toJSON === 'function' ? toJSON.call(input) : input;
  // As JSON.stringify: such a value is `null` in an array and left out of an object.
  if (Array.isArray(value)) return `[${value.map((item) => jsonOf(item) ?? 'null').join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const record = value as Record<string, unknown>;
  const entries: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const text = jsonOf(record[key]);
    if (text !== undefined) entries.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${entries.join(',')}}`;
}

/**
 * `input` as JSON with object keys sorted at every level, so the same value written in another key
 * order gives the same text (and hash). As `JSON.stringify` does, a value's `toJSON` is applied (a
 * `Date` is its ISO text, not `{}`), and a property that is `undefined`, a function or a symbol (or
 * whose `toJSON` gives `undefined`) is left out, `null` in an array: the text is of what is sent or
 * stored. `sendAll`'s idempotency keys and the BullMQ queue's job ids are hashes of it. `null` for
 * a value JSON cannot write at all.
 */
export function canonicalJson(input: unknown): string {
  return jsonOf(input) ?? 'null';
}
