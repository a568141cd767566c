/**
 * The fields of a JSON request body that carry a file's bytes as Base64 text (`contentEncoding:
 * base64` in the spec: an attachment's `content`). The official SDK also takes bytes there (a
 * `Buffer`, `Uint8Array` or `ArrayBuffer`) and encodes them; the client does the same for these
 * fields, and its method types take bytes for them (`WithBytes` in packages/client/src/bytes.ts).
 */
import type { Base64Field } from '../packages/client/src/bytes.js';
import { type Doc, HTTP_METHODS, jsonMedia, propertiesOf } from './sdk-names.js';
import { SpecShapeError } from './spec-shape-error.js';

type Node = Record<string, unknown>;

/** The paths (field names from the body down) of every Base64 string under `schema`. */
function base64Paths(doc: Doc, schema: unknown, depth: number): string[][] {
  if (depth > 8) return [];
  const paths: string[][] = [];
  for (const [name, schemas] of propertiesOf(doc, schema, new Set())) {
    if (schemas.some((s) => s.contentEncoding === 'base64')) paths.push([name]);
    for (const child of schemas) for (const below of base64Paths(doc, child, depth + 1)) paths.push([name, ...below]);
  }
  return paths;
}

/** Whether the field `list` of `schema` is an array (or an array or `null`). */
function isArrayField(doc: Doc, schema: unknown, list: string): boolean {
  const variants = propertiesOf(doc, schema, new Set()).get(list) ?? [];
  return variants.some(
    (v) => v.type === 'array' || ((v.oneOf ?? v.anyOf) as Node[] | undefined)?.some((m) => m.type === 'array'),
  );
}

/**
 * `METHOD /path` → its Base64 fields, for every operation whose JSON body has one. Throws
 * {@link SpecShapeError} for one anywhere but in the items of an array field of the body (or of each
 * item of a batch): the client encodes only there, so the generator fails rather than leave one out.
 */
export function base64Fields(doc: Doc): Record<string, Base64Field[]> {
  const routes: Record<string, Base64Field[]> = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const schema = jsonMedia(doc, item[method])?.schema;
      if (!schema) continue;
      const route = `${method.toUpperCase()} ${path}`;
      const fields = base64Paths(doc, schema, 0).map((found): Base64Field => {
        const [list, field] = found;
        if (found.length !== 2 || !isArrayField(doc, schema, list!)) {
          throw new SpecShapeError(
            `${route}: the Base64 field ${found.join('.')} is not the field of an array's items; the client encodes only those.`,
          );
        }
        return [list!, field!];
      });
      if (fields.length > 0) routes[route] = fields;
    }
  }
  return routes;
}
