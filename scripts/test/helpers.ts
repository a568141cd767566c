import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const generateScript = join(repoRoot, 'scripts/generate.ts');

/** A throwaway copy of what the generator reads and writes: spec/ and the generated folders. */
export async function copyWorkspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'resendkit-gen-'));
  for (const part of [
    'spec',
    'packages/types/src/generated',
    'packages/mock/src/generated',
    'packages/webhooks/src/generated',
    'packages/client/src/generated',
    'packages/client/README.md',
  ]) {
    await cp(join(repoRoot, part), join(dir, part), { recursive: true });
  }
  return dir;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/generate.ts` with tsx and the given arguments. */
export function runGenerate(args: string[]): Promise<RunResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', generateScript, ...args],
      { cwd: repoRoot, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

/** Starts `generate --watch` on a copy; `output()` is everything printed so far. */
export function startWatch(root: string): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', generateScript, '--watch', '--root', root], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (chunk) => (text += chunk));
  child.stderr!.on('data', (chunk) => (text += chunk));
  return { child, output: () => text };
}

/** Polls until `predicate` holds (event-driven processes cannot be awaited directly). */
export async function waitFor(predicate: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
