/** The README's "Testing" recipes run as written: the vitest one verbatim in its own file, the curl one in bash. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startBin } from './bin-process.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The first fenced block of `lang` after `heading`. */
function block(heading: string, lang: string): string {
  const at = README.indexOf(heading);
  expect(at, heading).toBeGreaterThan(-1);
  const start = README.indexOf(`\`\`\`${lang}\n`, at) + lang.length + 4;
  return README.slice(start, README.indexOf('```\n', start));
}

describe('the README testing recipes', () => {
  it('keeps the vitest recipe identical to readme-vitest-recipe.test.ts, which runs it', () => {
    const mirror = readFileSync(new URL('./readme-vitest-recipe.test.ts', import.meta.url), 'utf8');
    expect(mirror).toContain(block('### In-process (vitest)', 'ts'));
  });

  it('runs the curl recipe against the bin', async (test) => {
    const { url, child, exited } = await startBin(test, ['--domain', 'acme.dev']);
    const { stdout } = await promisify(execFile)(
      'bash',
      ['-euo', 'pipefail', '-c', block('### Any language (curl)', 'sh')],
      { env: { ...process.env, URL: url }, timeout: 20_000 },
    );
    expect(stdout).toContain('"codes":["271828"]');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);
});
