/** JSON with object keys sorted: the text one fingerprint of an email is taken from. */

/**
 * `input` as JSON with object keys sorted at every level, so the same value written in another key
 * order gives the same text (and hash). As `JSON.stringify` does, a value's `toJSON` is applied (a
 * `Date` is its ISO text, not `{}`) and `undefined` entries are left out: the text is of what is sent
 * or stored. `sendAll`'s idempotency keys and the BullMQ queue's job ids are hashes of it.
 */
export function canonicalJson(input: unknown): string {
  const toJSON = (input as { toJSON?: unknown } | null | undefined)?.toJSON;
  const value: unknown = typeof toJSON === 'function' ? toJSON.call(input) : input;
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
