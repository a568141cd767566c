/**
 * How deep the fake reads JSON. `JSON.parse` builds a value of any depth, but what reads it
 * afterwards recurses: `JSON.stringify` (an answer, `GET /logs/{id}`, the data file) and
 * `structuredClone` overflow the call stack a few thousand levels down. So request bodies nested
 * past {@link MAX_JSON_DEPTH} are refused right after parsing, before anything walks them.
 */

/**
 * The deepest nesting of arrays and objects the fake accepts in a request body (`[]` and `{}` are
 * one level). The spec's deepest body nests 5 levels; 128 leaves room for any data a caller puts
 * in a free-form field and keeps every recursive reader far inside the call stack.
 */
export const MAX_JSON_DEPTH = 128;

/**
 * True when arrays and objects in `value` nest more than `limit` levels. Walked with a list, not
 * recursion, as `value` may be nested far deeper than the call stack allows.
 */
export function nestsTooDeep(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  const pending: unknown[] = [value];
  const depths: number[] = [1];
  while (pending.length > 0) {
    const item = pending.pop();
    const depth = depths.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(item)) {
      // Only containers go on the list, so a long array of strings adds nothing to it.
      if (child !== null && typeof child === 'object') {
        pending.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}
