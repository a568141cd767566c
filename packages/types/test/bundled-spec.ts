/** The bundled spec the types were generated from, read once for the tests that compare against it. */
import { readFileSync } from 'node:fs';

interface BundledOperation {
  operationId: string;
  tags: string[];
}
const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;
type BundledPathItem = Partial<Record<(typeof METHODS)[number], BundledOperation>>;

export const bundled = JSON.parse(readFileSync(new URL('../src/generated/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, BundledPathItem>;
  webhooks: Record<string, BundledPathItem>;
};

/** The operationIds of `items` (all of them, or those whose first tag is in `tags`), in spec order. */
export function operationsOf(items: Record<string, BundledPathItem>, tags?: readonly string[]): string[] {
  return Object.values(items)
    .flatMap((item) => METHODS.flatMap((method) => item[method] ?? []))
    .filter((op) => tags === undefined || tags.includes(op.tags[0] ?? ''))
    .map((op) => op.operationId);
}
