import { readFile, rm, writeFile, cp, mkdtemp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JSON_MARKER, lintSpec, SpecLintError } from '../generate.js';
import { copyWorkspace, repoRoot, runGenerate, startWatch, waitFor } from './helpers.js';

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function editSummary(root: string, from: string, to: string): Promise<void> {
  const file = join(root, 'spec/paths/emails.yaml');
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

describe('pnpm generate', () => {
  it('--check passes on the committed tree', async () => {
    const result = await runGenerate(['--check']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('marks every generated file as generated, not to be edited', async () => {
    const schema = await readFile(join(repoRoot, 'packages/types/src/generated/schema.ts'), 'utf8');
    expect(schema.split('\n').slice(0, 4).join('\n')).toMatch(/generated from spec\/ by `pnpm generate`[\s\S]*Do not edit it by hand/);
    const validators = await readFile(join(repoRoot, 'packages/mock/src/generated/validators.ts'), 'utf8');
    expect(validators.slice(0, 400)).toMatch(/generated from spec\/ by `pnpm generate`[\s\S]*Do not edit it by hand/);
    for (const file of ['packages/types/src/generated/openapi.json', 'packages/mock/src/generated/openapi.json']) {
      const json = JSON.parse(await readFile(join(repoRoot, file), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(json)[0], file).toBe('x-generated');
      expect(json['x-generated'], file).toBe(JSON_MARKER);
    }
  });

  it('writes one named type per webhook event of the spec and their union, marked as generated', async () => {
    const events = await readFile(join(repoRoot, 'packages/webhooks/src/generated/events.ts'), 'utf8');
    expect(events.split('\n').slice(0, 4).join('\n')).toMatch(/generated from spec\/ by `pnpm generate`[\s\S]*Do not edit it by hand/);
    const spec = JSON.parse(await readFile(join(repoRoot, 'packages/types/src/generated/openapi.json'), 'utf8')) as { webhooks: Record<string, unknown> };
    const types = Object.keys(spec.webhooks);
    expect(types.length).toBeGreaterThanOrEqual(37);
    for (const type of types) expect(events, type).toContain(`  '${type}',`);
    expect(events).toMatch(/export type EmailBouncedEvent = components\['schemas'\]\['EmailBouncedEvent'\];/);
    expect(events).toMatch(/export type WebhookEvent =\n {2}\| EmailSentEvent\n/);
    // Self-contained: the package depends on nothing, not even @resendkit/types.
    expect(events).not.toMatch(/^import /m);
  });

  it('--check reports the webhook event types stale after a webhook payload edit', async () => {
    const root = await copyWorkspace();
    temps.push(root);
    const file = join(root, 'spec/components/schemas/webhook-events.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('description: The receiving server\'s SMTP answers, one per recipient.', 'description: SMTP answers, edited.'));
    const stale = await runGenerate(['--check', '--root', root]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('packages/webhooks/src/generated/events.ts');
  });

  it('--check fails naming the stale files after a spec edit, and passes after generate', async () => {
    const root = await copyWorkspace();
    temps.push(root);
    await editSummary(root, 'summary: Retrieve an email', 'summary: Fetch one sent email');
    // A hand edit of the mock's compiled validators is stale too.
    const validators = join(root, 'packages/mock/src/generated/validators.ts');
    await writeFile(validators, (await readFile(validators, 'utf8')).replace('@ts-nocheck', '@ts-nocheck (edited)'));

    const stale = await runGenerate(['--check', '--root', root]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('packages/types/src/generated/schema.ts');
    expect(stale.stderr).toContain('packages/types/src/generated/openapi.json');
    expect(stale.stderr).toContain('packages/mock/src/generated/validators.ts');

    const regenerated = await runGenerate(['--root', root]);
    expect(regenerated.code).toBe(0);
    expect(await readFile(join(root, 'packages/types/src/generated/schema.ts'), 'utf8')).toContain('Fetch one sent email');

    const fresh = await runGenerate(['--check', '--root', root]);
    expect(fresh.code).toBe(0);
    // Three full generations (each compiles the mock's validators): minutes on a loaded machine.
  }, 360_000);

  it('refuses to generate from a spec that does not lint', async () => {
    const root = await copyWorkspace();
    temps.push(root);
    await editSummary(root, '    operationId: getEmail\n', '');
    const result = await runGenerate(['--root', root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/operation-operationId/);
  });

  it('--watch regenerates on save and survives a spec that is temporarily invalid', async () => {
    const root = await copyWorkspace();
    temps.push(root);
    const { child, output } = startWatch(root);
    try {
      await waitFor(() => /\[generate\] start:/.test(output()), 'the first generation', 150_000);
      const file = join(root, 'spec/paths/emails.yaml');
      const valid = await readFile(file, 'utf8');

      await writeFile(file, `${valid}\nbroken: [unclosed\n`);
      await waitFor(() => /waiting for the next save/.test(output()), 'the lint error');
      expect(child.exitCode).toBeNull();

      await writeFile(file, valid.replace('summary: Retrieve an email', 'summary: Watch picked this up'));
      await waitFor(() => /emails\.yaml changed: wrote packages\/types\/src\/generated\/schema\.ts.* in \d+ ms/.test(output()), 'the regeneration', 150_000);
      expect(await readFile(join(root, 'packages/types/src/generated/schema.ts'), 'utf8')).toContain('Watch picked this up');
    } finally {
      child.kill();
    }
  }, 360_000);
});

describe('spec lint', () => {
  async function fixtureRoot(name: string): Promise<string> {
    const root = await mkdtemp(join(tmpdir(), 'resendkit-lint-'));
    temps.push(root);
    await mkdir(join(root, 'spec'), { recursive: true });
    await cp(join(repoRoot, 'spec/redocly.yaml'), join(root, 'spec/redocly.yaml'));
    await cp(join(repoRoot, 'spec/lint'), join(root, 'spec/lint'), { recursive: true });
    await cp(join(repoRoot, 'scripts/test/fixtures', name), join(root, 'spec/openapi.yaml'));
    return root;
  }

  it('passes on the real spec', async () => {
    await expect(lintSpec(repoRoot)).resolves.toBeUndefined();
  });

  it('catches an operation without error responses', async () => {
    const root = await fixtureRoot('no-error-responses.yaml');
    const error = await lintSpec(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecLintError);
    expect((error as Error).message).toContain('resendkit/operation-error-responses');
    expect((error as Error).message).toContain('must declare a 404 response');
  });

  it('catches an error response that does not reference the shared error model', async () => {
    const root = await fixtureRoot('inline-error-response.yaml');
    const error = await lintSpec(root).catch((e: unknown) => e);
    expect((error as Error).message).toContain('The 422 response must be a $ref to a shared error response');
  });

  it('catches a list operation without the shared pagination parameters', async () => {
    const root = await fixtureRoot('list-without-pagination.yaml');
    const error = await lintSpec(root).catch((e: unknown) => e);
    expect((error as Error).message).toContain('resendkit/list-uses-shared-pagination');
  });
});
