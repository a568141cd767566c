/**
 * Codegen and types: wall time of `pnpm generate` (in a child process, on a throwaway copy of
 * spec/ and everything it writes, so the checkout is untouched) and of `tsc --noEmit` on
 * `consumer/fifty-operations.ts`, a file that calls fifty operations of the typed client.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { round } from './stats.js';

/** Parameters of {@link measureCodegen}. */
export interface CodegenConfig {
  /** Runs of each command. */
  runs: number;
}

/** What {@link measureCodegen} reports: each command's wall times in ms. */
export interface CodegenResult {
  generateMs: number[];
  tscConsumerMs: number[];
}

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(benchDir, '..');

function timed(file: string, args: string[], cwd: string): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} ${args.join(' ')} failed:\n${stdout}${stderr}`));
      else resolve(round(performance.now() - start, 0));
    });
  });
}

/** Times `pnpm generate --root <copy>`. */
export async function timeGenerate(): Promise<number> {
  const copy = await mkdtemp(join(tmpdir(), 'resendkit-bench-gen-'));
  try {
    // Everything `pnpm generate` writes (turbo.json's //#generate outputs), so it finds what it rewrites.
    const parts = [
      'spec',
      'packages/client/README.md',
      ...['client', 'mock', 'types', 'webhooks'].map((name) => `packages/${name}/src/generated`),
    ];
    for (const part of parts) {
      await cp(join(repoRoot, part), join(copy, part), { recursive: true });
    }
    return await timed('pnpm', ['generate', '--root', copy], repoRoot);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/** Times `tsc --noEmit -p bench/consumer`. */
export function timeConsumerTypecheck(): Promise<number> {
  return timed(
    process.execPath,
    [join(repoRoot, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(benchDir, 'consumer')],
    repoRoot,
  );
}

/** Runs both commands `config.runs` times, interleaved. */
export async function measureCodegen(config: CodegenConfig): Promise<CodegenResult> {
  const result: CodegenResult = { generateMs: [], tscConsumerMs: [] };
  for (let i = 0; i < config.runs; i++) {
    result.generateMs.push(await timeGenerate());
    result.tscConsumerMs.push(await timeConsumerTypecheck());
  }
  return result;
}
