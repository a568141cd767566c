/**
 * `pnpm size:floor`: where the bytes of `@resendkit/client` go. Bundles the built `dist/` the way
 * `.size-limit.cjs` does (minified, openapi-fetch and the types excluded) and prints min+gzip bytes
 * for what a `createResendClient()` user ships, the same bundle with every human-readable message
 * emptied (the floor for the same behaviour), and each layer on its own. Run `pnpm build` first.
 */
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const clientDist = join(dirname(fileURLToPath(import.meta.url)), '../packages/client/dist/index.js');
/** The building blocks (the layers below) are exported from `@resendkit/client/compose`. */
const composeDist = join(dirname(fileURLToPath(import.meta.url)), '../packages/client/dist/compose.js');

/** Each layer of the default client, bundled alone (they share the error and config helpers). */
export const LAYERS: Record<string, string> = {
  'retries (withRetry)': 'withRetry',
  'rate limiter (withRateLimit, sharedRateLimiter)': 'withRateLimit, sharedRateLimiter',
  'timeout (withTimeout)': 'withTimeout',
  'auth and key scrubbing (withAuth)': 'withAuth',
  'redirects (withRedirects)': 'withRedirects',
  'bottom of the stack (fetchSend: buffered response, Node dispatcher path)': 'fetchSend',
  'error normalisation (errorMiddleware)': 'errorMiddleware',
  'idempotency keys (idempotencyMiddleware)': 'idempotencyMiddleware',
  'User-Agent (userAgentMiddleware)': 'userAgentMiddleware',
  'path parameters (pathParamsMiddleware)': 'pathParamsMiddleware',
};

const STRING_LITERAL = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g;

/**
 * Empties the string literals that read as prose (a space and more than 20 characters): the error
 * messages. Header names, error names and option names have no space and stay.
 */
export function emptyMessages(code: string): string {
  return code.replace(STRING_LITERAL, (literal) =>
    literal.length > 22 && literal.includes(' ') ? literal[0]! + literal.at(-1)! : literal,
  );
}

/** Minified bundle of `names` imported from the client's dist, as size-limit builds it. */
export async function bundle(names: string, entry: string = clientDist): Promise<string> {
  const result = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(entry)};`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    external: ['openapi-fetch', '@resendkit/types'],
  });
  return result.outputFiles[0]!.text;
}

/** min+gzip bytes of `code`. */
export function gzipBytes(code: string): number {
  return gzipSync(code, { level: 9 }).length;
}

async function main(): Promise<void> {
  const shipped = await bundle('createResendClient');
  const rows: [string, number][] = [
    ['createResendClient (what a client user ships)', gzipBytes(shipped)],
    ['… with every message emptied (same behaviour, no prose)', gzipBytes(emptyMessages(shipped))],
  ];
  for (const [label, names] of Object.entries(LAYERS))
    rows.push([`layer alone: ${label}`, gzipBytes(await bundle(names, composeDist))]);
  console.log('| bundle (own code, openapi-fetch excluded) | min+gz bytes |\n|---|---:|');
  for (const [label, bytes] of rows) console.log(`| ${label} | ${bytes} |`);
  console.log('\nesbuild + gzip -9 here; size-limit (`pnpm size`) reports about 1–3 % more for the same bundle.');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
