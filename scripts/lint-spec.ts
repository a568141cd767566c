/** `pnpm spec:lint`: lints spec/ with the project's rules (spec/redocly.yaml). */
import { lintSpec, SpecLintError } from './generate.js';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
try {
  await lintSpec(root);
  console.log('spec/ lints clean.');
} catch (error) {
  console.error(error instanceof SpecLintError ? error.message : error);
  process.exitCode = 1;
}
