// Type-checks the example under a consumer's strictest settings (tsconfig.json) and fails on any
// error in the example's own files. Workspace packages resolve to their TypeScript sources here,
// which are checked by their own tsconfig; an installed consumer sees their declaration files.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
let output = '';
try {
  execFileSync(process.execPath, [tsc, '--noEmit', '--pretty', 'false'], { encoding: 'utf8' });
} catch (error) {
  output = String(error.stdout ?? error);
}
const own = output.split('\n').filter((line) => /^(src|test)\//.test(line));
const elsewhere = output.split('\n').filter((line) => /^\S.*error TS/.test(line) && !/^(src|test)\//.test(line));
if (elsewhere.length > 0)
  console.log(
    `${elsewhere.length} error(s) in workspace package sources, not in this example (see their own typecheck).`,
  );
if (own.length > 0) {
  console.error(own.join('\n'));
  process.exit(1);
}
console.log('The example type-checks under exactOptionalPropertyTypes and noUncheckedIndexedAccess.');
