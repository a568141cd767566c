/**
 * `pnpm test` runs per-package test tasks through turbo, so a rerun with nothing changed is a cache
 * hit and an edit reruns only what it can affect. These tests pin that down from turbo's own plan
 * (`--dry-run=json`, nothing runs) on a throwaway copy of the workspace, where a source file can be
 * edited without disturbing the real tree (other test tasks read it while this one runs).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

const run = promisify(execFile);
const turbo = join(repoRoot, 'node_modules/.bin/turbo');
/** The tasks `pnpm test` asks turbo for (root package.json). */
const TEST_TASKS = ['test', 'test:scripts', 'test:generate', 'test:turbo'];
/** Every folder the root vitest config (`pnpm test:all`) treats as a project, besides scripts/. */
const PACKAGE_DIRS = [
  'bench',
  'examples/demo',
  'examples/from-official-sdk',
  'packages/bullmq',
  'packages/client',
  'packages/mock',
  'packages/pagination',
  'packages/redis',
  'packages/types',
  'packages/webhooks',
];

interface PlannedTask {
  taskId: string;
  hash: string;
  command: string;
  directory: string;
  inputs: Record<string, string>;
  outputs: string[] | null;
  dependencies: string[];
}

/** Copies the files git would track (committed or new, not ignored) into a temp folder. */
async function copyTrackedTree(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'resendkit-turbo-'));
  const script = 'git ls-files -co --exclude-standard -z | tar --null -T - -cf - | tar -xf - -C "$1"';
  await run('bash', ['-c', script, 'copy', dir], { cwd: repoRoot });
  return dir;
}

/** turbo's plan for `tasks` in `root`, keyed by task id; nothing is executed. */
async function plan(root: string, tasks: string[]): Promise<Map<string, PlannedTask>> {
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
  const { stdout } = await run(turbo, ['run', ...tasks, '--dry-run=json'], {
    cwd: root,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  const parsed = JSON.parse(stdout) as { tasks: PlannedTask[] };
  return new Map(parsed.tasks.map((task) => [task.taskId, task]));
}

/** A relative import, dynamic import or `new URL(…, import.meta.url)` in a source or test file. */
const RELATIVE_REFERENCE = /(?:from |import\(|new URL\()\s*'(\.\.\/[^']+)'/g;

/** Files a package's src/ and test/ import or read from outside the package folder, relative to it. */
async function readsOutside(dir: string): Promise<string[]> {
  const packageDir = join(repoRoot, dir);
  const found = new Set<string>();
  for (const folder of ['src', 'test']) {
    if (!existsSync(join(packageDir, folder))) continue;
    const files = (await readdir(join(packageDir, folder), { recursive: true })).filter((file) => file.endsWith('.ts'));
    for (const file of files) {
      const path = join(packageDir, folder, file);
      for (const [, reference] of (await readFile(path, 'utf8')).matchAll(RELATIVE_REFERENCE)) {
        const target = relative(packageDir, resolve(dirname(path), reference!)).replace(/\.js$/, '.ts');
        // node_modules/.cache is scratch space (a worker bundle), not something the tests read as input.
        if (target.startsWith('..') && !target.includes('node_modules')) found.add(target);
      }
    }
  }
  return [...found];
}

function hashes(tasks: Map<string, PlannedTask>): Record<string, string> {
  return Object.fromEntries([...tasks].map(([id, task]) => [id, task.hash]));
}

let copy: string;
let before: Map<string, PlannedTask>;
const packageName = async (dir: string) =>
  (JSON.parse(await readFile(join(repoRoot, dir, 'package.json'), 'utf8')) as { name: string }).name;

/** What a run leaves behind (git-ignored, so absent from the copy until written here): the task's
 * report and vitest's own cache of test durations. */
const SCRATCH_DIRS = [...PACKAGE_DIRS, 'scripts', 'scripts/packages'].flatMap((dir) => [
  `${dir}/.vitest`,
  `${dir}/node_modules/.vite/vitest/0`,
]);
const isScratch = (file: string) => file.includes('.vitest/') || file.includes('node_modules/');

beforeAll(async () => {
  copy = await copyTrackedTree();
  // What an earlier run left must not count as an input, or no rerun would ever hit the cache.
  for (const dir of SCRATCH_DIRS) {
    await mkdir(join(copy, dir), { recursive: true });
    await writeFile(join(copy, dir, 'results.json'), '{}');
  }
  before = await plan(copy, TEST_TASKS);
}, 60_000);

afterAll(async () => {
  if (copy) await rm(copy, { recursive: true, force: true });
});

describe('the turbo test tasks behind `pnpm test`', () => {
  it('covers every vitest project of the workspace with its own test task', async () => {
    for (const dir of PACKAGE_DIRS) expect(existsSync(join(repoRoot, dir, 'vitest.config.ts')), dir).toBe(true);
    const ids = await Promise.all(PACKAGE_DIRS.map(async (dir) => `${await packageName(dir)}#test`));
    expect([...before.keys()]).toEqual(
      expect.arrayContaining([...ids, '//#test:scripts', '//#test:generate', '//#test:turbo']),
    );
  });

  it('gives every test task its own inputs and a vitest JSON report as output, so each can be cached', () => {
    // A workspace package without a test script (scripts/nodes) plans a task that runs nothing.
    const testTasks = [...before.values()].filter(
      (task) => /#test(:|$)/.test(task.taskId) && task.command !== '<NONEXISTENT>',
    );
    expect(testTasks.length).toBe(PACKAGE_DIRS.length + 3);
    for (const task of testTasks) {
      expect(Object.keys(task.inputs).length, task.taskId).toBeGreaterThan(0);
      expect(task.outputs, task.taskId).toEqual(
        expect.arrayContaining([expect.stringMatching(/\.vitest\/[\w-]+\.json$/)]),
      );
      expect(task.command, task.taskId).toMatch(/vitest run .*--outputFile\.json=\.vitest\//);
      expect(Object.keys(task.inputs).filter(isScratch), task.taskId).toEqual([]);
    }
    // The spec is read by the mock's own tests (not only through generated files).
    expect(Object.keys(before.get('@resendkit/mock#test')!.inputs)).toContain('../../spec/openapi.yaml');
    expect(Object.keys(before.get('//#test:generate')!.inputs)).toContain('scripts/generate.ts');
  });

  it("lists among a package's test inputs every file its sources or tests reach outside the package", async () => {
    const outside: Record<string, string[]> = {};
    for (const dir of PACKAGE_DIRS) {
      const task = before.get(`${await packageName(dir)}#test`)!;
      const missing = (await readsOutside(dir)).filter((file) => !(file in task.inputs));
      if (missing.length > 0) outside[dir] = missing;
    }
    expect(outside).toEqual({});
  });

  it('reruns the client and what depends on it after a client source edit, and nothing else', async () => {
    await appendFile(join(copy, 'packages/client/src/index.ts'), '\n// an edit\n');
    const after = hashes(await plan(copy, TEST_TASKS));
    const old = hashes(before);
    const changed = Object.keys(old)
      .filter((id) => /#test/.test(id) && old[id] !== after[id])
      .sort();
    // `//#test:turbo` (this file's task) follows every source and test file: it checks what they read;
    // `//#test:scripts` follows every package's sources too: its architecture test reads their imports.
    expect(changed).toEqual([
      '//#test:scripts',
      '//#test:turbo',
      '@resendkit/bench#test',
      '@resendkit/bullmq#test',
      '@resendkit/client#test',
      '@resendkit/demo#test',
      '@resendkit/example-from-official-sdk#test',
      '@resendkit/mock#test',
      '@resendkit/pagination#test',
      '@resendkit/redis#test',
      '@resendkit/webhooks#test',
    ]);
    // Untouched: the package the client does not reach, and the generator's tests.
    for (const id of ['@resendkit/types#test', '//#test:generate']) expect(after[id], id).toBe(old[id]);
  }, 60_000);

  it('runs the packaging gates after the build of every published package', async () => {
    const gates = (await plan(copy, ['check:packages'])).get('//#check:packages')!;
    const published = PACKAGE_DIRS.filter((dir) => dir.startsWith('packages/'));
    const builds = await Promise.all(published.map(async (dir) => `${await packageName(dir)}#build`));
    expect(gates.dependencies.sort()).toEqual(builds.sort());
    expect(gates.outputs).toEqual(['scripts/packages/.vitest/results.json']);
    expect(Object.keys(gates.inputs).filter(isScratch)).toEqual([]);
  }, 60_000);
});
