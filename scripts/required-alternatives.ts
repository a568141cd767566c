/**
 * "At least one of these fields" for the TypeScript types. The spec says it the JSON Schema way: an
 * object's `properties` beside an `anyOf` whose members only list what is `required`
 * (`anyOf: [{ required: [content] }, { required: [path] }]`). openapi-typescript turns each such member
 * into `unknown`, and `{ … } | unknown` is `unknown`: the whole object went untyped (an attachment, a
 * new inbox draft). Before the types are generated, such an object becomes one alternative per member,
 * each with every property and that member's fields required, which openapi-typescript writes as a
 * union of object types. Only the copy the types are made from is rewritten; the spec, the bundled
 * JSON and the fake's validators keep the original.
 */

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `required` lists of `alternatives` when every member says nothing else; else `undefined`. */
function requiredOnly(alternatives: unknown): string[][] | undefined {
  if (!Array.isArray(alternatives) || alternatives.length === 0) return undefined;
  const lists: string[][] = [];
  for (const member of alternatives) {
    if (!isNode(member) || Object.keys(member).some((key) => key !== 'required')) return undefined;
    if (!Array.isArray(member.required)) return undefined;
    lists.push(member.required as string[]);
  }
  return lists;
}

/** `schema` as one object alternative per `required` list of its `anyOf` (or `oneOf`), when it is such a schema. */
function expanded(schema: Node): Node | undefined {
  if (!isNode(schema.properties)) return undefined;
  const key = 'anyOf' in schema ? 'anyOf' : 'oneOf';
  const lists = requiredOnly(schema[key]);
  if (!lists) return undefined;
  const { properties, required, additionalProperties, [key]: _alternatives, ...rest } = schema;
  const shared = (required as string[] | undefined) ?? [];
  return {
    ...rest,
    [key]: lists.map((list) => ({
      type: 'object',
      properties,
      required: [...new Set([...shared, ...list])],
      ...(additionalProperties !== undefined && { additionalProperties }),
    })),
  };
}

/**
 * A copy of `doc` with every object whose `anyOf`/`oneOf` members only list required fields written
 * as one full object per member (see the file's comment). Nothing else changes.
 */
export function withRequiredAlternatives<T>(doc: T): T {
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (!isNode(value)) return value;
    const out: Node = {};
    for (const [key, child] of Object.entries(value)) out[key] = visit(child);
    return expanded(out) ?? out;
  };
  return visit(doc) as T;
}
