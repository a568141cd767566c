/**
 * resendkit-mock [--port N] [--host H] [--rps N] [--seed N]
 * Serves the fake Resend API until SIGINT/SIGTERM. The first line printed contains the base URL.
 */
import { parseArgs } from 'node:util';
import { createFakeResend } from './fake.js';

const USAGE = 'Usage: resendkit-mock [--port N] [--host H] [--rps N] [--seed N]';

function numberOption(name: string, value: string | undefined, fallback: number | undefined): number | undefined {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) && value !== 'Infinity') {
    console.error(`--${name} must be a number.\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      rps: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const fake = createFakeResend({ rps: numberOption('rps', values.rps, 5), seed: numberOption('seed', values.seed, 1) });
  const url = await fake.listen({ port: numberOption('port', values.port, 0) ?? 0, host: values.host ?? '127.0.0.1' });
  console.log(`resendkit-mock listening on ${url}`);
  console.log(`Point your client at it, e.g. RESEND_BASE_URL=${url}`);
  const stop = () => {
    void fake.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
