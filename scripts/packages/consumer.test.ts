/**
 * The consumer test: installs the packed tarballs with npm into a project outside the workspace and
 * uses them the way a user would — ESM and CommonJS at run time, TypeScript under node16 and bundler
 * resolution (plus files that must fail to compile).
 */
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync } from 'node:fs';
import { createConsumerProject } from './consumer-project.js';
import { transform } from 'esbuild';
import { startOwnRedis } from '../../packages/redis/test/support/redis-server.js';
import { SNIPPET_GLOBALS, firstExample, readmeSnippets } from './readme-snippets.js';

const exec = promisify(execFile);
const { repoRoot, versions, tarballs } = inject('packed');
const fixture = join(repoRoot, 'scripts/packages/consumer-fixture');
// The workspace's TypeScript, so the consumer needs nothing beyond the tarballs and their deps.
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');

let project: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(command: string, args: string[], timeout = 120_000): Promise<Run> {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd: project, timeout, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}

const compilerOptions = {
  strict: true,
  noEmit: true,
  target: 'ES2022',
  lib: ['ES2022', 'DOM'],
  types: [],
  skipLibCheck: true,
};
const resolutions = {
  node16: { module: 'node16', moduleResolution: 'node16' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
} as const;

/** Type-checks `files` under one resolution mode; returns the tsc run. */
async function typecheck(
  mode: keyof typeof resolutions,
  files: string[],
  extra: Record<string, unknown> = {},
): Promise<Run> {
  const config = `tsconfig.${mode}.${files.join('+').replace(/[^a-z0-9+-]/gi, '_')}${Object.keys(extra).length ? '.strict' : ''}.json`;
  await writeFile(
    join(project, config),
    JSON.stringify({ compilerOptions: { ...compilerOptions, ...resolutions[mode], ...extra }, files }),
  );
  return run(process.execPath, [tsc, '-p', config, '--pretty', 'false']);
}

interface ExampleRun {
  thrown?: string;
  errors: string[];
  subjects: string[];
}

/** Runs the first example of the installed `@resendkit/<name>` README, as written but for `edit`, against the packed fake. */
async function runReadmeExample(name: string, edit = (code: string) => code, args: string[] = []): Promise<Run> {
  const example = firstExample(await readFile(join(project, `node_modules/@resendkit/${name}/README.md`), 'utf8'));
  if (!example) throw new Error(`@resendkit/${name}'s README has no ts or js example`);
  const { code } = await transform(edit(example.code), { loader: example.lang, format: 'esm', target: 'node20' });
  await writeFile(join(project, `readme-example-${name}.mjs`), code);
  return run(process.execPath, ['readme-example.mjs', `readme-example-${name}.mjs`, ...args], 30_000);
}

/** The runner's report: the first line of JSON it prints (the example's own output is text). */
function exampleReport(result: Run): ExampleRun | undefined {
  const line = result.stdout.split('\n').find((text) => text.startsWith('{"'));
  return line === undefined ? undefined : (JSON.parse(line) as ExampleRun);
}

beforeAll(async () => {
  project = await createConsumerProject('resendkit-consumer-', tarballs, fixture);
});

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

describe('consumer project outside the workspace', () => {
  it('installed every package from its tarball at the packed version', async () => {
    const ls = await run('npm', ['ls', '--json', '--all']);
    const tree = JSON.parse(ls.stdout) as { dependencies: Record<string, { version: string; resolved?: string }> };
    for (const [name, version] of Object.entries(versions)) {
      expect(tree.dependencies[name], name).toMatchObject({ version, resolved: expect.stringMatching(/^file:/) });
    }
  });

  it('imports as ESM, sends an email through the client to the fake on 127.0.0.1 and verifies its webhook', async () => {
    const result = await run(process.execPath, ['esm-send.mjs'], 30_000);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout) as {
      id?: string;
      error?: unknown;
      recorded?: string;
      listed: string[];
      delivered: string[];
    };
    expect(out.error).toBeUndefined();
    expect(out.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(out.recorded).toBe(out.id);
    expect(out.listed).toEqual([out.id]);
    // The fake delivered a signed email.delivered that @resendkit/webhooks verified.
    expect(out.delivered).toEqual([out.id]);
  });

  it('loads every package with require() from CommonJS, sends through the CJS build and verifies a signed webhook', async () => {
    const result = await run(process.execPath, ['cjs-require.cjs'], 30_000);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({
      version: versions['@resendkit/client'],
      typesIsObject: true,
      openapi: expect.stringMatching(/^3\.1\./),
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      recorded: 1,
      webhookType: 'email.sent',
    });
    expect(out.paginationExports).toEqual(expect.arrayContaining(['collect', 'pages', 'paginate']));
    expect(out.redisExports).toEqual(expect.arrayContaining(['RedisStoreError', 'redisRateLimitStore']));
    expect(out.composeExports).toEqual(expect.arrayContaining(['RateLimiter', 'fetchSend', 'toFetch', 'withRetry']));
    expect(out.errorsExports).toEqual(['ResendKitError', 'isResendKitError']);
    expect(out.webhookErrorIsBase).toBe(true);
    // The root and /errors entries share one class (the CJS build splits shared code into a chunk).
    expect(out.oneBaseClass).toBe(true);
  });

  it('runs the resendkit-mock bin', async () => {
    const result = await run(join(project, 'node_modules/.bin/resendkit-mock'), ['--help']);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: resendkit-mock') });
  });

  it.each(['node16', 'bundler'] as const)(
    'type-checks a TypeScript consumer under moduleResolution %s',
    async (mode) => {
      const result = await typecheck(mode, mode === 'node16' ? ['good.ts', 'good-cjs.cts'] : ['good.ts']);
      expect(result.stdout + result.stderr).toBe('');
      expect(result.code).toBe(0);
    },
  );

  it('type-checks a CommonJS consumer of the mock with skipLibCheck: false and no msw installed', async () => {
    const ls = await run('npm', ['ls', 'msw', '--json']);
    expect(JSON.parse(ls.stdout || '{}').dependencies?.msw).toBeUndefined();
    const result = await typecheck('node16', ['mock-strict.cts'], { skipLibCheck: false });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it.each(['node16', 'bundler'] as const)('rejects a path the API does not have (%s)', async (mode) => {
    const result = await typecheck(mode, ['bad-wrong-path.ts']);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toMatch(/bad-wrong-path\.ts\(\d+,\d+\): error TS(2345|2769):/);
    expect(result.stdout).toContain('"/emailz"');
  });

  it.each(['node16', 'bundler'] as const)('rejects a send without the required subject (%s)', async (mode) => {
    const result = await typecheck(mode, ['bad-missing-field.ts']);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toMatch(/bad-missing-field\.ts\(\d+,\d+\): error TS(2322|2345|2741|2769):/);
    expect(result.stdout).toMatch(/'subject' is missing/);
  });

  it.each(['node16', 'bundler'] as const)(
    'rejects an import of a file the exports map does not expose (%s)',
    async (mode) => {
      const result = await typecheck(mode, ['bad-private-import.ts']);
      expect(result.code).not.toBe(0);
      expect(result.stdout).toMatch(
        /bad-private-import\.ts\(\d+,\d+\): error TS2307: Cannot find module '@resendkit\/client\/dist\/index\.js'/,
      );
    },
  );
  it.each(['node16', 'bundler'] as const)(
    "type-checks the READMEs' snippets and strict-options.ts with exactOptionalPropertyTypes and noUncheckedIndexedAccess (%s)",
    async (mode) => {
      const { snippets, skipped } = await readmeSnippets(repoRoot);
      // Snippets that import what a consumer of the tarballs alone does not have (the SDK, msw, redis,
      // BullMQ and ioredis, test runners); the bullmq package's own tests run its README's flow.
      expect(skipped).toEqual([
        'packages/bullmq/README.md block 1 (imports @resendkit/bullmq, ioredis)',
        'packages/bullmq/README.md block 2 (imports @resendkit/bullmq)',
        'packages/mock/README.md block 1 (imports resend)',
        'packages/mock/README.md block 3 (imports msw/node)',
        'packages/mock/README.md block 4 (imports vitest)',
        'packages/mock/README.md block 5 (imports @playwright/test)',
        'packages/redis/README.md block 1 (imports redis)',
      ]);
      for (const snippet of snippets)
        await writeFile(join(project, snippet.file), `// ${snippet.source}\n${snippet.contents}`);
      // Without @types/node in the project, snippets still read process.env.
      const nodeTypes = existsSync(join(project, 'node_modules/@types/node'));
      const globals = nodeTypes
        ? SNIPPET_GLOBALS
        : SNIPPET_GLOBALS.replace(
            'declare global {',
            'declare global {\n  const process: { env: Record<string, string | undefined> };',
          );
      await writeFile(join(project, 'readme-globals.d.ts'), globals);
      // One entry importing every snippet keeps the generated tsconfig's file name short.
      await writeFile(
        join(project, 'readme-all.ts'),
        snippets.map((snippet) => `import './${snippet.file.replace(/\.ts$/, '.js')}';\n`).join(''),
      );
      const files = ['readme-globals.d.ts', 'strict-options.ts', 'readme-all.ts'];
      const strict = {
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        ...(nodeTypes ? { types: ['node'] } : {}),
      };
      const result = await typecheck(mode, files, strict);
      expect(result.stdout + result.stderr).toBe('');
      expect(result.code).toBe(0);
    },
  );

  it.each([
    ['client', ['Welcome']],
    ['types', ['Hi']],
    ['pagination', []],
  ])("runs the %s README's first example against the fake without an error", async (name, subjects) => {
    const result = await runReadmeExample(name);
    expect(result.stderr).toBe('');
    expect(exampleReport(result)).toEqual({ errors: [], subjects });
  });

  it("runs the bullmq README's example: the queued email is sent, and the worker exits on SIGTERM", async () => {
    const redis = await startOwnRedis();
    try {
      const port = new URL(redis.url).port;
      const result = await runReadmeExample('bullmq', (code) => code.replace('port: 6379', `port: ${port}`), [
        '--sigterm',
      ]);
      // A process still holding a connection after SIGTERM is killed by the timeout: code not 0.
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(exampleReport(result)).toEqual({ errors: [], subjects: ['Welcome'] });
    } finally {
      await redis.stop();
    }
  });
});
