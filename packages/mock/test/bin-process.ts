/** Runs the `resendkit-mock` bin as a real child process through tsx, killed when the test ends. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'vitest';

export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Spawns the bin with `args`; it is killed when the test finishes if still running. */
export function spawnBin(
  test: TestContext,
  args: string[],
): { child: ChildProcess; stderr: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/bin.ts', ...args], {
    cwd: PACKAGE_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  test.onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stderr: () => stderr, exited };
}

/** Starts the bin and waits for its first stdout line, which must carry the base URL. */
export async function startBin(
  test: TestContext,
  args: string[],
): Promise<{
  child: ChildProcess;
  firstLine: string;
  url: string;
  stderr: () => string;
  exited: Promise<number | null>;
}> {
  const { child, stderr, exited } = spawnBin(test, args);
  const firstLine = await Promise.race([
    new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve)),
    exited.then((code) => {
      throw new Error(`bin exited early with ${code}: ${stderr()}`);
    }),
  ]);
  const url = /http:\/\/[^\s/]+:\d+/.exec(firstLine)?.[0];
  if (url === undefined) throw new Error(`no base URL in first line: ${firstLine}`);
  return { child, firstLine, url, stderr, exited };
}

/** Runs the bin to completion and returns its exit code and stderr. */
export async function runBin(test: TestContext, args: string[]): Promise<{ code: number | null; stderr: string }> {
  const { stderr, exited } = spawnBin(test, args);
  const code = await exited;
  return { code, stderr: stderr() };
}
