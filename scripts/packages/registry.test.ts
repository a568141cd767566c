/**
 * The release against a real registry: `changeset version` on a throwaway copy, then the project's
 * own `changeset publish` to a private Verdaccio on 127.0.0.1 (nothing reaches the public registry:
 * `@resendkit/*` has no uplink there and every client is pointed at it by environment and a temp
 * `.npmrc`). Then what was published is read back from the registry and installed by version into
 * fresh projects with npm, pnpm and Bun, where the consumer checks run.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { forbiddenPaths } from './manifest-checks.js';
import { registryEnv, startRegistry, type Registry } from './registry.js';
import { rehearseRelease, type ReleaseRehearsal } from './release-dry-run.js';
import { parseTar, tarballManifest } from './tarball.js';
import { gunzipSync } from 'node:zlib';

const exec = promisify(execFile);
const { repoRoot, versions } = inject('packed');
const fixture = join(repoRoot, 'scripts/packages/consumer-fixture');
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
const bun = join(repoRoot, 'node_modules/.bin/bun');

const installers = {
  npm: ['npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts']],
  pnpm: ['pnpm', ['install', '--ignore-scripts', '--no-frozen-lockfile']],
  bun: [bun, ['install', '--ignore-scripts']],
} as const;

let registry: Registry | undefined;
let rehearsal: ReleaseRehearsal | undefined;
let published: { name: string; version: string }[] = [];
const projects: string[] = [];
/** Each installer's consumer project, installed side by side once the packages are published. */
const installs = new Map<keyof typeof installers, Promise<string>>();

interface Packument {
  'dist-tags': Record<string, string>;
  versions: Record<string, { dist: { tarball: string }; dependencies?: Record<string, string> }>;
}

async function packument(name: string): Promise<Packument> {
  const response = await fetch(new URL(name.replace('/', '%2f'), registry!.url));
  expect(response.status, name).toBe(200);
  return (await response.json()) as Packument;
}

async function run(
  command: string,
  args: string[],
  cwd: string,
  timeout = 120_000,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(command, args, {
      cwd,
      timeout,
      env: registryEnv(registry!),
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}

/** A fresh project outside the workspace with every published package installed by version. */
async function installConsumer(installer: keyof typeof installers): Promise<string> {
  const project = await mkdtemp(join(tmpdir(), `resendkit-registry-${installer}-`));
  projects.push(project);
  await cp(fixture, project, { recursive: true });
  const dependencies = Object.fromEntries(published.map((p) => [p.name, p.version]));
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ name: 'resendkit-consumer', private: true, type: 'module', dependencies }, null, 2),
  );
  await writeFile(join(project, '.npmrc'), `registry=${registry!.url}\n`);
  const [command, args] = installers[installer];
  const result = await run(command, [...args], project, 240_000);
  if (result.code !== 0) throw new Error(`${installer} install failed:\n${result.stdout}\n${result.stderr}`);
  return project;
}

beforeAll(async () => {
  registry = await startRegistry(repoRoot);
  rehearsal = await rehearseRelease(repoRoot);
  // `changeset publish` tags each release in git; the copy gets a repository of its own for that.
  await exec('git', ['init', '-q'], { cwd: rehearsal.dir });
  await exec(
    'git',
    [
      '-c',
      'user.name=rehearsal',
      '-c',
      'user.email=rehearsal@localhost',
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'release',
    ],
    { cwd: rehearsal.dir },
  );
  const result = await run(join(repoRoot, 'node_modules/.bin/changeset'), ['publish'], rehearsal.dir, 240_000);
  if (result.code !== 0) throw new Error(`changeset publish failed:\n${result.stdout}\n${result.stderr}`);
  published = rehearsal.after.map((p) => ({ name: p.name, version: p.version }));
  for (const installer of Object.keys(installers) as (keyof typeof installers)[]) {
    const project = installConsumer(installer);
    project.catch(() => {}); // awaited (and reported) by the installer's own tests
    installs.set(installer, project);
  }
}, 420_000);

afterAll(async () => {
  await Promise.allSettled(installs.values());
  await registry?.close();
  if (rehearsal) await rm(rehearsal.dir, { recursive: true, force: true });
  await Promise.all(projects.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('release to a private registry (changeset publish to Verdaccio)', () => {
  it('publishes every package at its versioned number, tagged latest', async () => {
    expect(published.length).toBeGreaterThan(0);
    for (const { name, version } of published) {
      const doc = await packument(name);
      expect(Object.keys(doc.versions), name).toEqual([version]);
      expect(doc['dist-tags'].latest, name).toBe(version);
    }
  });

  it('uploads tarballs with no workspace: range, test file, source map of tests or .env', async () => {
    for (const { name, version } of published) {
      const doc = await packument(name);
      const response = await fetch(doc.versions[version]!.dist.tarball);
      const files = parseTar(gunzipSync(Buffer.from(await response.arrayBuffer())));
      const manifest = tarballManifest(files);
      const ranges = ['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) =>
        Object.values((manifest as Record<string, Record<string, string> | undefined>)[field] ?? {}),
      );
      expect(
        ranges.filter((range) => range.startsWith('workspace:')),
        name,
      ).toEqual([]);
      const paths = [...files.keys()];
      expect(forbiddenPaths(paths), name).toEqual([]);
      expect(
        paths.filter((p) => /(^|\/)\.env(\.|$)/.test(p) || /(test|spec)[^/]*\.map$/.test(p)),
        name,
      ).toEqual([]);
    }
  });

  it("resolves each package's dependencies to versions the registry holds", async () => {
    for (const { name, version } of published) {
      const dependencies = (await packument(name)).versions[version]!.dependencies ?? {};
      for (const [dependency, range] of Object.entries(dependencies)) {
        const view = await run('npm', ['view', `${dependency}@${range}`, 'version', '--json'], tmpdir());
        expect(view.code, `${name} → ${dependency}@${range}: ${view.stderr}`).toBe(0);
        expect(view.stdout.trim(), `${name} → ${dependency}@${range}`).not.toBe('');
      }
    }
  });
});

describe.each(Object.keys(installers) as (keyof typeof installers)[])('installed by version with %s', (installer) => {
  let project: string;

  beforeAll(async () => {
    project = await installs.get(installer)!;
  }, 300_000);

  it('imports as ESM and sends through the client to the fake', async () => {
    const result = await run(process.execPath, ['esm-send.mjs'], project, 30_000);
    expect(result.stderr).toBe('');
    expect((JSON.parse(result.stdout) as { id?: string }).id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('requires every package from CommonJS', async () => {
    const result = await run(process.execPath, ['cjs-require.cjs'], project, 30_000);
    expect(result.stderr).toBe('');
    // The client's VERSION is compiled in: the rehearsal publishes today's build, made before
    // `changeset version` (a real `pnpm release` builds after it; release.test.ts checks version.ts).
    expect(JSON.parse(result.stdout)).toMatchObject({
      version: versions['@resendkit/client'],
      webhookType: 'email.sent',
    });
  });

  it('runs the resendkit-mock bin', async () => {
    const result = await run(join(project, 'node_modules/.bin/resendkit-mock'), ['--help'], project);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: resendkit-mock') });
  });

  it.each([
    ['node16', { module: 'node16', moduleResolution: 'node16' }, ['good.ts', 'good-cjs.cts']],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, ['good.ts']],
  ] as const)('type-checks under moduleResolution %s', async (mode, resolution, files) => {
    const compilerOptions = {
      strict: true,
      noEmit: true,
      target: 'ES2022',
      lib: ['ES2022', 'DOM'],
      types: [],
      skipLibCheck: true,
      ...resolution,
    };
    await writeFile(join(project, `tsconfig.${mode}.json`), JSON.stringify({ compilerOptions, files }));
    const result = await run(process.execPath, [tsc, '-p', `tsconfig.${mode}.json`, '--pretty', 'false'], project);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
