/**
 * `pnpm spec:stats`: operations per tag and the totals, from the bundled spec that
 * `pnpm generate` writes. The README's coverage table is this command's output.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface Operation {
  tags?: string[];
  deprecated?: boolean;
  'x-pagination'?: string;
  'x-beta'?: boolean;
}

export interface TagStats {
  tag: string;
  operations: number;
  paginated: number;
  deprecated: number;
  beta: number;
}

export interface SpecStats {
  tags: TagStats[];
  operations: number;
  paths: number;
  webhookEvents: number;
  schemas: number;
}

/** Counts the operations of a bundled OpenAPI document, per first tag. */
export function specStats(doc: {
  paths?: Record<string, Record<string, unknown>>;
  webhooks?: Record<string, unknown>;
  components?: { schemas?: Record<string, unknown> };
}): SpecStats {
  const byTag = new Map<string, TagStats>();
  let operations = 0;
  for (const item of Object.values(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method] as Operation | undefined;
      if (!op) continue;
      operations += 1;
      const tag = op.tags?.[0] ?? '(untagged)';
      const stats = byTag.get(tag) ?? { tag, operations: 0, paginated: 0, deprecated: 0, beta: 0 };
      stats.operations += 1;
      if (op['x-pagination'] && op['x-pagination'] !== 'none') stats.paginated += 1;
      if (op.deprecated) stats.deprecated += 1;
      if (op['x-beta']) stats.beta += 1;
      byTag.set(tag, stats);
    }
  }
  return {
    tags: [...byTag.values()],
    operations,
    paths: Object.keys(doc.paths ?? {}).length,
    webhookEvents: Object.keys(doc.webhooks ?? {}).length,
    schemas: Object.keys(doc.components?.schemas ?? {}).length,
  };
}

/** Renders the stats as the markdown table the README shows. */
export function formatStats(stats: SpecStats): string {
  const rows = stats.tags.map((t) => `| ${t.tag} | ${t.operations} | ${t.paginated} | ${t.deprecated} | ${t.beta} |`);
  const sum = (key: keyof Omit<TagStats, 'tag'>) => stats.tags.reduce((n, t) => n + t[key], 0);
  return [
    '| Tag | Operations | Paginated lists | Deprecated | Beta |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    `| **Total** | **${stats.operations}** | **${sum('paginated')}** | **${sum('deprecated')}** | **${sum('beta')}** |`,
    '',
    `${stats.paths} paths, ${stats.operations} operations, ${stats.webhookEvents} webhook events, ${stats.schemas} named schemas.`,
  ].join('\n');
}

export async function loadBundledSpec(root: string) {
  return JSON.parse(await readFile(join(root, 'packages/types/src/generated/openapi.json'), 'utf8'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  console.log(formatStats(specStats(await loadBundledSpec(root))));
}
