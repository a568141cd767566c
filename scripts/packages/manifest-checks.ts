/**
 * What a packed package must not contain: `workspace:` ranges, internal ranges that are not real
 * semver, source paths or test files. Pure functions, so they are unit-tested without packing.
 */
import type { Manifest } from './workspace-packages.js';

const DEPENDENCY_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies'] as const;

/** One dependency range of a manifest. */
export interface DependencyRange {
  field: (typeof DEPENDENCY_FIELDS)[number];
  name: string;
  range: string;
}

/** Every dependency range of a manifest, in field order. */
export function dependencyRanges(manifest: Manifest): DependencyRange[] {
  return DEPENDENCY_FIELDS.flatMap((field) =>
    Object.entries(manifest[field] ?? {}).map(([name, range]) => ({ field, name, range })),
  );
}

// A caret or tilde range on a full x.y.z version: what pnpm writes for `workspace:^` / `workspace:~`.
const PUBLISHED_INTERNAL_RANGE = /^[\^~]\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/**
 * Problems with a packed manifest's ranges: any `workspace:`/`link:`/`file:` range, and any range on
 * an internal package (`scope`) that is not `^x.y.z`/`~x.y.z` accepting that package's `versions[name]`.
 */
export function rangeProblems(manifest: Manifest, scope: string, versions: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const { field, name, range } of dependencyRanges(manifest)) {
    const where = `${manifest.name} ${field}.${name} = "${range}"`;
    if (/^(workspace|link|file|portal):/.test(range)) {
      problems.push(`${where}: local protocol in a packed manifest`);
      continue;
    }
    if (!name.startsWith(`${scope}/`)) continue;
    if (!PUBLISHED_INTERNAL_RANGE.test(range)) {
      problems.push(`${where}: not a ^x.y.z / ~x.y.z range`);
      continue;
    }
    const expected = versions.get(name);
    if (expected !== undefined && range.slice(1) !== expected) {
      problems.push(`${where}: does not start at the workspace version ${expected}`);
    }
  }
  return problems;
}

/** Paths of a tarball that must not be published: sources, tests, fixtures, configs, tarballs. */
export function forbiddenPaths(paths: Iterable<string>): string[] {
  const forbidden = [
    /^src\//,
    /(^|\/)(test|tests|__tests__|fixtures)\//,
    /\.(test|spec)\.[cm]?[jt]sx?$/,
    /(^|\/)(tsconfig[^/]*\.json|tsup\.config\.[cm]?ts|vitest\.config\.[cm]?ts)$/,
    /\.tgz$/,
    /(^|\/)node_modules\//,
  ];
  return [...paths].filter((path) => forbidden.some((pattern) => pattern.test(path))).sort();
}

/** Files an `exports` map points at (conditions flattened), without `./` prefixes. */
export function exportTargets(exportsField: unknown): string[] {
  const targets = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node === 'string') targets.add(node.replace(/^\.\//, ''));
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(exportsField);
  return [...targets].sort();
}
