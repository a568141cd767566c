/** Running an ES module in a fresh Node process, for behaviour that depends on process state (timers, loaded modules). */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Runs `source` (an ES module, TypeScript allowed, resolved from the package folder) in a Node child
 * process of this test's Node; resolves with its exit code, output and run time. Killed after 20 s.
 */
export function runScript(source: string): Promise<{ code: number | null; out: string; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', source], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'inherit'],
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
