/** Running an ES module in a fresh process of this runtime, for behaviour that depends on process state (timers, loaded modules). */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runtime } from '../src/shared/runtime.js';

/** How this runtime evaluates TypeScript source whose imports name `.js` files written as `.ts`. */
function evaluating(source: string): string[] {
  const { name } = runtime();
  if (name === 'bun') return ['-e', source];
  if (name === 'deno') return ['eval', '--ext=ts', '--unstable-sloppy-imports', source];
  return ['--import', 'tsx', '--input-type=module', '-e', source];
}

/**
 * Runs `source` (an ES module, TypeScript allowed, resolved from the package folder) in a child
 * process of this test's runtime (Node with tsx, Bun, Deno); resolves with its exit code, output and
 * run time. Killed after 20 s.
 */
export function runScript(source: string): Promise<{ code: number | null; out: string; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, evaluating(source), {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DENO_NO_UPDATE_CHECK: '1' },
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const kill = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(kill);
      resolve({ code, out, ms: performance.now() - started });
    }),
  );
}
