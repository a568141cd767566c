/**
 * Runs one cell of the runtime matrix — a runtime and a target — and turns whatever happened into a
 * ScenarioReport, so that a failing cell names the step (or the stage before the scenario: bundling,
 * starting the runtime, exiting) that broke.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EdgeRuntime, runServer } from 'edge-runtime';
import { freePort } from './free-port.js';
import { REPORT_PREFIX, type ScenarioReport, type Target, bundleFor, entrySource } from './runtime-entries.js';

/** A runtime of the matrix. */
export interface Runtime {
  name: string;
  /** Scenario steps this runtime does not run, each with the reason. */
  skips?: Record<string, string>;
  /** Runs the scenario for `target` inside `project` (which holds scenario.mjs and node_modules). */
  run(project: string, target: Target, tag: string): Promise<ScenarioReport>;
}

/** How long a cell may take before it is reported as hanging. */
const CELL_TIMEOUT_MS = 45_000;
/** How long a script may stay alive after printing its report (open handles keep it running). */
const EXIT_GRACE_MS = 5_000;

const failure = (failed: string, message: string): ScenarioReport => ({ ok: false, steps: [], failed, message });

/** Limits of {@link runScript}; the defaults are the matrix's. */
export interface ScriptLimits {
  timeoutMs?: number;
  exitGraceMs?: number;
}

/**
 * Spawns `command`, waits for the report line, then for the process to exit by itself. The process
 * is killed (and the cell fails) when it outlives `timeoutMs` or lingers `exitGraceMs` after its report.
 */
export function runScript(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
  limits: ScriptLimits = {},
): Promise<ScenarioReport> {
  const { timeoutMs = CELL_TIMEOUT_MS, exitGraceMs = EXIT_GRACE_MS } = limits;
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let report: ScenarioReport | undefined;
    let verdict: ScenarioReport | undefined;
    const finish = (result: ScenarioReport) => {
      verdict ??= result;
      clearTimeout(timer);
      clearTimeout(grace);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    const timer = setTimeout(
      () => finish(failure('run', `no report within ${timeoutMs} ms. stderr: ${stderr.slice(-800)}`)),
      timeoutMs,
    );
    let grace: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      // Complete lines only: a chunk may end inside the report.
      const line = stdout
        .split('\n')
        .slice(0, -1)
        .find((l) => l.startsWith(REPORT_PREFIX));
      if (!line || report) return;
      report = JSON.parse(line.slice(REPORT_PREFIX.length)) as ScenarioReport;
      grace = setTimeout(
        () =>
          finish(
            failure(
              'exit',
              `${report!.ok ? 'every step passed, but ' : ''}the process was still running ${exitGraceMs} ms after its report (something keeps it alive)`,
            ),
          ),
        exitGraceMs,
      );
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', (error) => finish(failure('start', error.message)));
    child.once('close', (code, signal) => {
      finish(report ?? failure('run', `exited (${signal ?? code}) without a report. stderr: ${stderr.slice(-1500)}`));
      resolve(verdict!);
    });
  });
}

/** Writes the entry for `target` into `project` and returns its file name. */
async function writeEntry(
  project: string,
  target: Target,
  tag: string,
  shape: 'script' | 'module-worker' | 'fetch-event',
  skip: string[] = [],
): Promise<string> {
  const file = `entry-${tag}.mjs`;
  await writeFile(join(project, file), entrySource(target, shape, skip));
  return file;
}

/** A runtime that runs the script entry with `command args… entry`, without the steps in `skips`. */
export function scriptRuntime(
  name: string,
  command: string,
  args: string[] = [],
  env?: NodeJS.ProcessEnv,
  skips: Record<string, string> = {},
): Runtime {
  return {
    name,
    skips,
    async run(project, target, tag) {
      const entry = await writeEntry(project, target, tag, 'script', Object.keys(skips));
      return runScript(command, [...args, entry], project, env);
    },
  };
}

/** Bundles the entry for a bundled runtime; a bundling error becomes the `bundle` step's failure. */
async function bundleEntry(
  runtime: 'workerd' | 'edge-runtime',
  project: string,
  target: Target,
  tag: string,
): Promise<string | ScenarioReport> {
  const entry = await writeEntry(project, target, tag, runtime === 'workerd' ? 'module-worker' : 'fetch-event');
  try {
    return await bundleFor(runtime, entry, project);
  } catch (error) {
    const errors = (error as { errors?: { text: string; location?: { file: string } | null }[] }).errors;
    return failure('bundle', errors?.map((e) => `${e.location?.file ?? ''}: ${e.text}`).join('\n') ?? String(error));
  }
}

/** GETs `url` until something answers (the runtime is starting) or `deadline` passes. */
async function fetchReport(url: string, deadline: number, exited: () => string | undefined): Promise<ScenarioReport> {
  for (;;) {
    const gone = exited();
    if (gone !== undefined) return failure('start', gone);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())) });
      const text = await response.text();
      try {
        return JSON.parse(text) as ScenarioReport;
      } catch {
        return failure('run', `HTTP ${response.status}: ${text.slice(0, 800)}`);
      }
    } catch (error) {
      if (Date.now() >= deadline) return failure('run', `no answer within ${CELL_TIMEOUT_MS} ms: ${String(error)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** workerd's config: the worker, a socket on `port`, and outbound fetch allowed to loopback/private addresses. */
function workerdConfig(port: number): string {
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker), (name = "loopback", network = (allow = ["local", "private"])) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ (name = "worker.mjs", esModule = embed "worker.mjs") ],
  compatibilityDate = "2025-01-01",
  globalOutbound = "loopback",
);
`;
}

/** workerd standalone (the npm package's binary), serving the bundled module worker. */
export function workerdRuntime(binary: string): Runtime {
  return {
    name: 'workerd',
    async run(project, target, tag) {
      const bundle = await bundleEntry('workerd', project, target, tag);
      if (typeof bundle !== 'string') return bundle;
      const dir = join(project, `workerd-${tag}`);
      const port = await freePort();
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'worker.mjs'), bundle);
      await writeFile(join(dir, 'config.capnp'), workerdConfig(port));
      const child = spawn(binary, ['serve', 'config.capnp'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
      try {
        const exited = () =>
          child.exitCode !== null || child.signalCode !== null ? `workerd exited: ${stderr.slice(-1500)}` : undefined;
        return await fetchReport(`http://127.0.0.1:${port}/`, Date.now() + CELL_TIMEOUT_MS, exited);
      } finally {
        child.kill('SIGKILL');
      }
    },
  };
}

/** Vercel's edge-runtime (its VM, in this process), serving the bundled fetch-event script. */
export const edgeRuntime: Runtime = {
  name: 'edge-runtime',
  async run(project, target, tag) {
    const bundle = await bundleEntry('edge-runtime', project, target, tag);
    if (typeof bundle !== 'string') return bundle;
    let server: Awaited<ReturnType<typeof runServer>>;
    try {
      server = await runServer({ runtime: new EdgeRuntime({ initialCode: bundle }), host: '127.0.0.1', port: 0 });
    } catch (error) {
      return failure('start', String(error));
    }
    try {
      return await fetchReport(server.url, Date.now() + CELL_TIMEOUT_MS, () => undefined);
    } finally {
      await server.close();
    }
  },
};

/** A running `resendkit-mock` server from the packed package. */
export interface MockServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/** Starts the installed `resendkit-mock` bin on 127.0.0.1 (free port, no rate limit) under Node. */
export function startMockServer(project: string): Promise<MockServer> {
  // The bin as npm linked it (a symlink to the package's bin file), run by this Node.
  const bin = join(project, 'node_modules/.bin/resendkit-mock');
  const child = spawn(process.execPath, [bin, '--port', '0', '--host', '127.0.0.1', '--rps', '0'], {
    cwd: project,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopped = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await stopped;
  };
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => void stop().then(() => reject(new Error(`resendkit-mock printed no URL within 10 s: ${out}`))),
      10_000,
    );
    child.stderr.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      out += c;
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ baseUrl: url, stop });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`resendkit-mock exited (${code}) before listening: ${out}`));
    });
  });
}
