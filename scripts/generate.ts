/**
 * Regenerates everything derived from `spec/`: lints the spec, bundles it into one JSON document
 * and runs openapi-typescript over it.
 *
 *   pnpm generate            lint, bundle, write the generated files (and delete leftovers in their folders)
 *   pnpm generate --check    regenerate in memory; exit 1 naming every stale or leftover file
 *   pnpm generate --watch    regenerate on every save under spec/ (debounced)
 *   --root DIR               work on another checkout (used by the tests on a temp copy)
 * Any other flag is refused (exit 2) before anything runs: a misspelt `--check` must not write.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import {
  MethodNamingError,
  renderAnswersFile,
  renderFactsFile,
  renderMethodsFile,
  renderMigrationTable,
  renderRoutesFile,
  withMigrationTable,
} from './client-methods.js';
import { withRequiredAlternatives } from './required-alternatives.js';
import { renderSdkIdsFile } from './sdk-ids.js';
import { renderSdkNamesFile } from './sdk-names.js';
import { renderValidators } from './generate-validators.js';
import type { OpenApiDocument } from '../packages/mock/src/spec.js';
import { GENERATED_HEADER } from './generated-header.js';
import { SpecShapeError } from './spec-shape-error.js';

const run = promisify(execFile);
const scriptRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface GeneratedFile {
  path: string;
  contents: string;
}

export class SpecLintError extends Error {
  override name = 'SpecLintError';
}

/** The marker the generated JSON carries, since JSON has no comments. */
export const JSON_MARKER =
  'Generated from spec/ by `pnpm generate` (scripts/generate.ts). Do not edit by hand: change the spec and regenerate.';

const HEADER = GENERATED_HEADER;

function redoclyBin(root: string): string {
  // The CLI is resolved from the workspace that owns this script, so a temp copy needs no install.
  return join(scriptRoot, 'node_modules', '.bin', 'redocly');
}

/** Lints the spec with the project's rules; throws SpecLintError with the report on any error. */
export async function lintSpec(root: string): Promise<void> {
  try {
    await run(redoclyBin(root), ['lint', 'spec/openapi.yaml', '--config', 'spec/redocly.yaml', '--format', 'stylish'], {
      cwd: root,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    const report = `${e.stdout ?? ''}${e.stderr ?? ''}`
      .split('\n')
      .filter((line) => !/[║╔╚]/.test(line))
      .join('\n')
      .trim();
    throw new SpecLintError(`spec lint failed:\n${report}`);
  }
}

/** Bundles spec/openapi.yaml and its $refs into one document. */
export async function bundleSpec(root: string): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(join(tmpdir(), 'resendkit-bundle-'));
  try {
    const out = join(dir, 'openapi.json');
    await run(redoclyBin(root), ['bundle', 'spec/openapi.yaml', '--ext', 'json', '-o', out], {
      cwd: root,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    });
    return JSON.parse(await readFile(out, 'utf8')) as Record<string, unknown>;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// openapi-typescript leaves its root interfaces without comments; the API reference requires them.
const ROOT_DOCS: Record<string, string> = {
  paths: 'Every path of the Resend API: its operations by HTTP method, their parameters, bodies and responses.',
  webhooks: 'Every webhook event Resend POSTs to your endpoint, by event type.',
  components: 'The named schemas, parameters, responses and headers the paths and webhooks refer to.',
  operations: 'Every operation of the Resend API by `operationId`: parameters, request body and responses.',
};

/** `source` with a doc comment above each root interface openapi-typescript writes without one. */
export function withRootDocs(source: string): string {
  return source.replace(
    /^export interface (paths|webhooks|components|operations) \{/gm,
    (line, name: string) => `/** ${ROOT_DOCS[name]} */\n${line}`,
  );
}

/** Produces every generated file's path (relative to root) and contents, without writing. */
export async function renderGenerated(root: string): Promise<GeneratedFile[]> {
  await lintSpec(root);
  const bundled = await bundleSpec(root);
  const ast = await openapiTS(withRequiredAlternatives(bundled) as never, {
    alphabetize: false,
    exportType: false,
    // A `format: binary` field is a file upload (multipart), so callers pass a Blob, not a string.
    transform(schema) {
      if (schema.format === 'binary') return ts.factory.createTypeReferenceNode('Blob');
      return undefined;
    },
  });
  const schemaTs = withRootDocs(HEADER + astToString(ast));
  const specJson = `${JSON.stringify({ 'x-generated': JSON_MARKER, ...bundled }, null, 2)}\n`;
  return [
    { path: 'packages/types/src/generated/schema.ts', contents: schemaTs },
    { path: 'packages/types/src/generated/openapi.json', contents: specJson },
    await renderWebhookEvents(bundled),
    {
      path: 'packages/mock/src/generated/validators.ts',
      contents: renderValidators(bundled as unknown as OpenApiDocument, HEADER),
    },
    ...(await renderClientMethods(root, bundled)),
  ];
}

/** The client's endpoint methods and README migration table, and the runtime spec facts, from the bundled spec. */
async function renderClientMethods(root: string, bundled: Record<string, unknown>): Promise<GeneratedFile[]> {
  const doc = bundled as Parameters<typeof renderMethodsFile>[0];
  const readmePath = 'packages/client/README.md';
  const readme = await readFile(join(root, readmePath), 'utf8');
  return [
    { path: 'packages/client/src/generated/methods.ts', contents: renderMethodsFile(doc) },
    { path: 'packages/client/src/generated/routes.ts', contents: renderRoutesFile(doc) },
    { path: 'packages/client/src/generated/answers.ts', contents: renderAnswersFile(doc) },
    { path: 'packages/client/src/generated/sdk-names.ts', contents: renderSdkNamesFile(doc) },
    { path: 'packages/client/src/generated/sdk-ids.ts', contents: renderSdkIdsFile(doc) },
    { path: 'packages/types/src/generated/facts.ts', contents: renderFactsFile(doc) },
    { path: readmePath, contents: withMigrationTable(readme, renderMigrationTable(doc)) },
  ];
}

/** Collects the named component schemas `node` reaches through `$ref`s, into `found`. */
function collectSchemaRefs(node: unknown, schemas: Record<string, unknown>, found: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectSchemaRefs(item, schemas, found);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    const name =
      key === '$ref' && typeof value === 'string' ? /^#\/components\/schemas\/(.+)$/.exec(value)?.[1] : undefined;
    if (name !== undefined) {
      if (found.has(name)) continue;
      found.add(name);
      collectSchemaRefs(schemas[name], schemas, found);
    } else collectSchemaRefs(value, schemas, found);
  }
}

/**
 * The webhook payload types of `@resendkit/webhooks`: one named type per event of the spec's
 * `webhooks` section and their union, with only the schemas those payloads reach (the package has
 * no dependency on @resendkit/types).
 */
export async function renderWebhookEvents(bundled: Record<string, unknown>): Promise<GeneratedFile> {
  const schemas = (bundled.components as { schemas?: Record<string, unknown> } | undefined)?.schemas ?? {};
  const events: { type: string; schema: string }[] = [];
  for (const [type, item] of Object.entries((bundled.webhooks ?? {}) as Record<string, unknown>)) {
    const ref = (item as { post?: { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } } }).post
      ?.requestBody?.content?.['application/json']?.schema?.$ref;
    const schema = ref ? /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1] : undefined;
    if (!schema)
      throw new SpecShapeError(
        `webhooks.${type}: the POST body must be a $ref to a named schema in components.schemas`,
      );
    events.push({ type, schema });
  }
  const reached = new Set(events.map((e) => e.schema));
  for (const name of [...reached]) collectSchemaRefs(schemas[name], schemas, reached);
  const subset = Object.fromEntries([...reached].sort().map((name) => [name, schemas[name]]));
  const ast = await openapiTS(
    {
      openapi: '3.1.0',
      info: { title: 'webhooks', version: '0' },
      paths: {},
      components: { schemas: withRequiredAlternatives(subset) },
    } as never,
    {
      alphabetize: false,
      exportType: false,
    },
  );
  // Only the schemas are wanted: drop the empty paths/webhooks/operations aliases and keep
  // `components` internal, so the package exports the named event types alone.
  const components = astToString(ast)
    .replace(/^export type \S+ = Record<string, never>;\n/gm, '')
    .replace(/^export (?=interface components\b)/m, '');
  const named = events.map(
    (e) => `/** The \`${e.type}\` payload. */\nexport type ${e.schema} = components['schemas']['${e.schema}'];`,
  );
  const contents = [
    HEADER + components.trimEnd(),
    '',
    ...named,
    '',
    '/** Every payload a Resend webhook delivers, discriminated by `type`. */',
    `export type WebhookEvent =\n${events.map((e) => `  | ${e.schema}`).join('\n')};`,
    '',
    '/** Every event type, in the order of the spec. */',
    `export const WEBHOOK_EVENT_TYPES = [\n${events.map((e) => `  '${e.type}',`).join('\n')}\n] as const;`,
    '',
  ].join('\n');
  return { path: 'packages/webhooks/src/generated/events.ts', contents };
}

/** Returns the generated files whose committed contents differ from what the spec produces. */
export async function findStale(root: string, files: GeneratedFile[]): Promise<string[]> {
  const stale: string[] = [];
  for (const file of files) {
    const current = await readFile(join(root, file.path), 'utf8').catch(() => null);
    if (current !== file.contents) stale.push(file.path);
  }
  return stale;
}

/**
 * Files in the generated folders that the spec no longer produces (such as the mock's own
 * openapi.json of old): the folders belong to the generator, and a leftover would still be compiled,
 * imported or published while --check passed.
 */
async function findLeftovers(root: string, files: GeneratedFile[]): Promise<string[]> {
  const produced = new Set(files.map((f) => f.path));
  const folders = new Set(files.map((f) => dirname(f.path)).filter((dir) => basename(dir) === 'generated'));
  const leftovers: string[] = [];
  for (const folder of [...folders].sort()) {
    const entries = await readdir(join(root, folder)).catch(() => []);
    for (const entry of entries.sort()) {
      const path = `${folder}/${entry}`;
      // Dotfiles (Finder's .DS_Store, editor swap files) are the machine's, never an old output.
      if (!produced.has(path) && !entry.startsWith('.')) leftovers.push(path);
    }
  }
  return leftovers;
}

/** Writes what differs and deletes leftovers; returns what it did, one entry per file. */
async function writeGenerated(root: string, files: GeneratedFile[]): Promise<string[]> {
  const changed = await findStale(root, files);
  for (const file of files) {
    if (!changed.includes(file.path)) continue;
    await mkdir(dirname(join(root, file.path)), { recursive: true });
    await writeFile(join(root, file.path), file.contents);
  }
  const leftovers = await findLeftovers(root, files);
  for (const path of leftovers) await rm(join(root, path), { recursive: true, force: true });
  return [...changed, ...leftovers.map((path) => `removed ${path}`)];
}

async function generateOnce(root: string): Promise<string[]> {
  return writeGenerated(root, await renderGenerated(root));
}

/** One watch-mode generation, reported on one line; a failure is reported and waits for the next save. */
async function regenerateAndReport(root: string, reason: string): Promise<void> {
  const started = performance.now();
  try {
    const changed = await generateOnce(root);
    const ms = Math.round(performance.now() - started);
    console.log(
      changed.length > 0
        ? `[generate] ${reason}: wrote ${changed.join(', ')} in ${ms} ms`
        : `[generate] ${reason}: generated files already up to date (${ms} ms)`,
    );
  } catch (error) {
    console.error(`[generate] ${reason}: ${(error as Error).message}\n[generate] waiting for the next save…`);
  }
}

async function watch(root: string): Promise<void> {
  const { watch: chokidarWatch } = await import('chokidar');
  const specDir = join(root, 'spec');
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  // The reason of the run queued behind the current one, if any.
  let queued: string | undefined;
  const regenerate = (reason: string) => {
    // Saves made during a generation fold into one follow-up run, which reads the spec as last saved:
    // one queued run per save would leave the output seconds behind an editor's autosave.
    const alreadyQueued = queued !== undefined;
    queued = reason;
    if (alreadyQueued) return;
    running = running.then(() => {
      const why = queued!;
      queued = undefined;
      return regenerateAndReport(root, why);
    });
  };
  chokidarWatch(specDir, { ignoreInitial: true }).on('all', (_event, file) => {
    clearTimeout(timer);
    timer = setTimeout(() => regenerate(`${relative(root, file)} changed`), 150);
  });
  console.log(`[generate] watching ${relative(process.cwd(), specDir) || specDir} (Ctrl-C to stop)`);
  regenerate('start');
}

const USAGE = 'Usage: pnpm generate [--check | --watch] [--root DIR]';

/** A command line `pnpm generate` refuses; its message is one line. */
class GenerateUsageError extends Error {
  override name = 'GenerateUsageError';
}

/** The flags, read strictly; throws a {@link GenerateUsageError} naming an unknown or incomplete one. */
function readFlags(argv: string[]): { check: boolean; watch: boolean; root: string } {
  let values: { check?: boolean; watch?: boolean; root?: string };
  try {
    ({ values } = parseArgs({
      // `pnpm generate -- --check` hands the script the `--` too; it ends no options here.
      args: argv[0] === '--' ? argv.slice(1) : argv,
      options: { check: { type: 'boolean' }, watch: { type: 'boolean' }, root: { type: 'string' } },
    }));
  } catch (error) {
    throw new GenerateUsageError((error as Error).message, { cause: error });
  }
  if (values.check && values.watch) throw new GenerateUsageError('--check and --watch are both given; give one.');
  if (values.root === '') throw new GenerateUsageError('--root must name a folder (got "").');
  return { check: values.check ?? false, watch: values.watch ?? false, root: resolve(values.root ?? scriptRoot) };
}

/** `--check`: renders in memory and names every stale file; writes nothing. */
async function check(root: string): Promise<number> {
  const files = await renderGenerated(root);
  const leftovers = await findLeftovers(root, files);
  const stale = [...(await findStale(root, files)), ...leftovers.map((path) => `${path} (no longer generated)`)];
  if (stale.length > 0) {
    console.error(`Generated files are stale (run \`pnpm generate\`):\n${stale.map((f) => `  ${f}`).join('\n')}`);
    return 1;
  }
  console.log('Generated files are up to date with spec/.');
  return 0;
}

async function main(argv: string[]): Promise<number> {
  let flags: ReturnType<typeof readFlags>;
  try {
    flags = readFlags(argv);
  } catch (error) {
    if (!(error instanceof GenerateUsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  const { root } = flags;
  if (flags.watch) {
    await watch(root);
    return new Promise<number>(() => {});
  }
  const started = performance.now();
  try {
    if (flags.check) return await check(root);
    const changed = await generateOnce(root);
    const ms = Math.round(performance.now() - started);
    console.log(
      changed.length > 0
        ? `Wrote ${changed.join(', ')} in ${ms} ms.`
        : `Generated files already up to date (${ms} ms).`,
    );
    return 0;
  } catch (error) {
    // A spec problem is one line naming its place; anything else is the generator's fault and keeps its stack.
    const known =
      error instanceof SpecLintError || error instanceof MethodNamingError || error instanceof SpecShapeError;
    console.error(known ? error.message : error);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
