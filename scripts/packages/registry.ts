/**
 * A private npm registry for the release rehearsal: Verdaccio on a free 127.0.0.1 port with empty
 * storage in a temp folder. `@resendkit/*` lives only there (no uplink, so nothing is read from or
 * sent to the public registry under that scope); every other package is proxied from the npm
 * registry, so installs resolve third-party dependencies as users' would. One user is registered,
 * and an `.npmrc` pointing at the registry with that user's token is written for publishing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

/** A running registry. */
export interface Registry {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** An `.npmrc` with `registry=` and the publishing token: point `npm_config_userconfig` at it. */
  npmrc: string;
  /** Stops Verdaccio (SIGTERM, then SIGKILL) and removes its storage. */
  close(): Promise<void>;
}

/** How long Verdaccio may take to answer its first ping. */
const START_TIMEOUT_MS = 30_000;

/** Verdaccio's config: anonymous reads, publishing for registered users, `@resendkit/*` local only. */
export function verdaccioConfig(storage: string, htpasswd: string, port: number, proxy: string | undefined): string {
  const proxyLines = proxy ? [`https_proxy: ${proxy}`, `http_proxy: ${proxy}`] : [];
  return [
    `storage: ${storage}`,
    'auth:',
    '  htpasswd:',
    `    file: ${htpasswd}`,
    'uplinks:',
    '  npmjs:',
    '    url: https://registry.npmjs.org/',
    '    timeout: 60s',
    'packages:',
    "  '@resendkit/*':",
    '    access: $all',
    '    publish: $authenticated',
    '    unpublish: $authenticated',
    "  '**':",
    '    access: $all',
    '    publish: $authenticated',
    '    proxy: npmjs',
    ...proxyLines,
    `listen: 127.0.0.1:${port}`,
    'log: { type: stdout, format: pretty, level: error }',
    'publish:',
    '  allow_offline: true',
    '',
  ].join('\n');
}

async function waitForPing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Verdaccio exited with ${child.exitCode}:\n${output()}`);
    const ok = await fetch(new URL('-/ping', url), { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Verdaccio did not answer on ${url} within ${START_TIMEOUT_MS} ms:\n${output()}`);
}

/** Registers `user` and returns its token. */
async function register(url: string, user: string): Promise<string> {
  const response = await fetch(new URL(`-/user/org.couchdb.user:${user}`, url), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: user, password: `${user}-password`, type: 'user', roles: [] }),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!response.ok || !body.token)
    throw new Error(`Registering ${user} failed (${response.status}): ${body.error ?? ''}`);
  return body.token;
}

/** Starts Verdaccio from the workspace's devDependency; the caller must `close()` it. */
export async function startRegistry(repoRoot: string): Promise<Registry> {
  const dir = await mkdtemp(join(tmpdir(), 'resendkit-registry-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const config = join(dir, 'config.yaml');
  const proxy = process.env.HTTPS_PROXY ?? process.env.https_proxy;
  await writeFile(config, verdaccioConfig(join(dir, 'storage'), join(dir, 'htpasswd'), port, proxy));
  const bin = join(repoRoot, 'node_modules/verdaccio/bin/verdaccio');
  const child = spawn(process.execPath, [bin, '--config', config], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-20_000)));
  child.stderr!.on('data', (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-20_000)));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForPing(url, child, () => output);
    const token = await register(url, 'rehearsal');
    const npmrc = join(dir, 'npmrc');
    await writeFile(npmrc, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
    return { url, npmrc, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Environment that sends npm, pnpm and bun to `registry` only, whatever the user's own config says. */
export function registryEnv(registry: Registry): NodeJS.ProcessEnv {
  return {
    ...process.env,
    npm_config_registry: registry.url,
    npm_config_userconfig: registry.npmrc,
    NPM_CONFIG_REGISTRY: registry.url,
    NPM_CONFIG_USERCONFIG: registry.npmrc,
    BUN_CONFIG_REGISTRY: registry.url,
    CI: '1',
  };
}
