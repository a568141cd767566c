/** A throwaway project outside the workspace with the packed tarballs installed by npm, as a user would. */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/**
 * Creates `<tmp>/<prefix>…`, copies `fixture` into it (when given) and npm-installs `tarballs` with
 * `extra` (registry specs such as `react@19.2.9`, for optional peers a user installs beside them).
 * Returns the project folder; the caller removes it.
 */
export async function createConsumerProject(
  prefix: string,
  tarballs: Record<string, string>,
  fixture?: string,
  extra: string[] = [],
): Promise<string> {
  const project = await mkdtemp(join(tmpdir(), prefix));
  if (fixture) await cp(fixture, project, { recursive: true });
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ name: 'resendkit-consumer', private: true, type: 'module' }, null, 2),
  );
  // Third-party deps (openapi-fetch, msw, ajv) come from the registry (or npm's cache); scripts are
  // skipped because nothing here needs them.
  const args = [
    'install',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    '--prefer-offline',
    ...Object.values(tarballs),
    ...extra,
  ];
  await exec('npm', args, { cwd: project, timeout: 170_000, maxBuffer: 32 * 1024 * 1024 }).catch(
    (error: { stderr?: string }) => {
      throw new Error(`npm install of the tarballs failed:\n${error.stderr ?? String(error)}`);
    },
  );
  return project;
}
