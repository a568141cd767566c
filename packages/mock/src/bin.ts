/**
 * resendkit-mock [--port N] [--host H] [--rps N] [--seed N]
 * Serves the fake Resend API until SIGINT/SIGTERM. The first line printed contains the base URL.
 */
import { parseArgs } from 'node:util';

const USAGE = 'Usage: resendkit-mock [--port N] [--host H] [--rps N] [--seed N]';

function usageError(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

/** A numeric flag: `--rps` may be `0`/`Infinity` (no limit), `--port` an integer 0–65535. */
function numberOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || (Number.isNaN(n) || (!Number.isFinite(n) && name !== 'rps'))) {
    usageError(`--${name} must be a number (got "${value}").`);
  }
  if (name === 'port' && !(Number.isInteger(n) && n >= 0 && n <= 65535)) usageError(`--port must be an integer from 0 to 65535 (got ${value}).`);
  if (n < 0) usageError(`--${name} must not be negative (got ${value}).`);
  return n;
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        rps: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
}

async function main(): Promise<void> {
  const values = readArgs();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const rps = numberOption('rps', values.rps, 5);
  const seed = numberOption('seed', values.seed, 1);
  const port = numberOption('port', values.port, 0);
  // Loaded after the flags are checked, so a usage error answers at once.
  const [{ createFakeResend }, { listen }] = await Promise.all([import('./fake.js'), import('./server.js')]);
  const { url, close } = await listen(createFakeResend({ rps, seed }), { port, host: values.host ?? '127.0.0.1' });
  console.log(`resendkit-mock listening on ${url}`);
  console.log(`Point your client at it, e.g. RESEND_BASE_URL=${url}`);
  const stop = () => {
    void close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
