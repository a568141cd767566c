/** How the runtime matrix turns a script's run into a report: the failure paths that name a stage. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../packages/runtime-cells.js';
import { REPORT_PREFIX, entrySource } from '../packages/runtime-entries.js';

let dir: string;
const report = { ok: true, steps: ['send'] };

/** Writes `source` as a script and runs it under this Node with short limits. */
async function runSource(name: string, source: string) {
  await writeFile(join(dir, name), source);
  return runScript(process.execPath, [name], dir, process.env, { timeoutMs: 3000, exitGraceMs: 300 });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'resendkit-cells-'));
  // A stand-in scenario, so the generated entries run without the packed packages.
  await writeFile(
    join(dir, 'scenario.mjs'),
    `export const runScenario = async (target) => ({ ok: true, steps: [JSON.stringify(target)] });\n`,
  );
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('runScript', () => {
  it('returns the report of a script that prints it and exits', async () => {
    expect(
      await runSource('good.mjs', `console.log(${JSON.stringify(REPORT_PREFIX + JSON.stringify(report))});`),
    ).toEqual(report);
  });

  it('fails the exit stage when the script keeps running after its report', async () => {
    const result = await runSource(
      'linger.mjs',
      `console.log(${JSON.stringify(REPORT_PREFIX + JSON.stringify(report))}); setInterval(() => {}, 1000);`,
    );
    expect(result).toMatchObject({
      ok: false,
      failed: 'exit',
      message: expect.stringContaining('still running 300 ms after its report'),
    });
  });

  it('fails the run stage with the stderr of a script that crashes before reporting', async () => {
    const result = await runSource('crash.mjs', `throw new Error('boom at import');`);
    expect(result).toMatchObject({ ok: false, failed: 'run', message: expect.stringContaining('boom at import') });
  });

  it('fails the run stage when no report comes before the timeout, and kills the script', async () => {
    const started = Date.now();
    const result = await runSource('hang.mjs', `setInterval(() => {}, 1000);`);
    expect(result).toMatchObject({
      ok: false,
      failed: 'run',
      message: expect.stringContaining('no report within 3000 ms'),
    });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('entrySource', () => {
  it('runs the scenario against the server URL it was written for', async () => {
    const result = await runSource(
      'entry-server.mjs',
      entrySource({ kind: 'server', baseUrl: 'http://127.0.0.1:1234' }, 'script'),
    );
    expect(result).toEqual({
      ok: true,
      steps: [JSON.stringify({ baseUrl: 'http://127.0.0.1:1234', skip: [], bundled: false })],
    });
  });

  it('hands the scenario the steps the runtime skips', async () => {
    const result = await runSource(
      'entry-skip.mjs',
      entrySource({ kind: 'server', baseUrl: 'http://127.0.0.1:1234' }, 'script', ['react body']),
    );
    expect(result).toEqual({
      ok: true,
      steps: [JSON.stringify({ baseUrl: 'http://127.0.0.1:1234', skip: ['react body'], bundled: false })],
    });
  });

  it('reports a fake that cannot be loaded as the "load @resendkit/mock" step', async () => {
    const result = await runSource('entry-fake.mjs', entrySource({ kind: 'fake' }, 'script'));
    expect(result).toMatchObject({
      ok: false,
      steps: [],
      failed: 'load @resendkit/mock',
      message: expect.stringContaining('@resendkit/mock'),
    });
  });
});
