/**
 * The core entry (`@resendkit/mock`) runs anywhere fetch does: it bundles for the browser and for
 * neutral platforms (Workers, edge) with no Node built-in, no msw and no run-time code generation,
 * and importing it leaves nothing open that keeps a process alive.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const CORE = fileURLToPath(new URL('../src/index.ts', import.meta.url));

async function bundleCore(platform: 'browser' | 'neutral'): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [CORE],
    bundle: true,
    write: false,
    format: 'esm',
    platform,
    // Neutral has no default conditions or main fields; give it what a Worker bundler would.
    ...(platform === 'neutral' ? { conditions: ['worker', 'import'], mainFields: ['module', 'main'] } : {}),
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys((result.metafile as Metafile).inputs) };
}

describe('the core entry', () => {
  for (const platform of ['neutral', 'browser'] as const) {
    it(`bundles for platform ${platform} with no Node built-in, no msw and no ajv`, async () => {
      const { code, inputs } = await bundleCore(platform);
      expect(inputs.filter((file) => /^node:|(^|\/)node_modules\/(msw|ajv|ajv-formats)\//.test(file))).toEqual([]);
      expect(code).not.toMatch(/from ["']node:|require\(["']node:/);
    }, 60_000);
  }

  it('generates no code at run time (no Function constructor or eval in the bundle)', async () => {
    const { code } = await bundleCore('neutral');
    expect(code).not.toMatch(/new Function\s*\(|\beval\s*\(/);
  }, 60_000);

  it('lets a process that imports it, creates a fake and answers one request exit by itself', async () => {
    const script = [
      "const { createFakeResend } = await import('./src/index.ts');",
      'const fake = createFakeResend();',
      "const r = await fake.fetch(new Request('https://api.resend.com/emails', { headers: { 'user-agent': 't/1', authorization: 'Bearer re_123456' } }));",
      'console.log(r.status);',
    ].join('\n');
    const started = Date.now();
    // The child would hang until the timeout if import opened a channel or a timer.
    const { stdout } = await exec(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: PACKAGE_DIR,
      timeout: 45_000,
    });
    expect(stdout.trim()).toBe('200');
    expect(Date.now() - started).toBeLessThan(45_000);
  }, 60_000);
});
