/**
 * resendkit-mock: serves the fake Resend API and its web inbox (<url>/_inbox/) until SIGINT/SIGTERM.
 * Binds 127.0.0.1 unless --host says otherwise (and then warns). The first line printed contains
 * the base URL. A usage error prints one line (and the usage) and exits 2; an unreadable --data
 * file exits 1 and is left untouched, and one that cannot be written exits 1 at start (or on exit,
 * when it became unwritable while serving; a failed save in between is printed and retried).
 */
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { checkNumberOption, type NumberRule, thrownText } from '@resendkit/client/shared';
import { NUMBER_RULES } from './check-options.js';
import { isDecimalText } from './decimal-text.js';
import { FaultSpecError, parseFaultSpec, type FaultSpec } from './fault-spec.js';
import type { FakeResendOptions } from './fake.js';
import { isFakeOptionsError } from './options-error.js';
import { shownText } from './shown-value.js';

const USAGE = [
  'Usage: resendkit-mock [--port N] [--host H] [--seed N] [--requests-per-window N] [--window-ms N]',
  '         [--daily-quota N] [--monthly-quota N] [--faults SPEC] [--domain NAME]... [--sending-rules resend|off]',
  '         [--data FILE] [--version] [--help]',
  '  --faults  e.g. rate=0.1,status=500|503,latency=50-200,cut=0.01,lost=0.01,lost-as=either,seed=42',
  '  --rps     old name of --requests-per-window (deprecated)',
].join('\n');

function usageError(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

/**
 * The range of each numeric flag: `--port` an integer 0–65535, `--seed` any number ≥ 0, the rest the
 * range of the fake's option they set, so a value the fake would refuse is a usage error naming the flag.
 */
const FLAG_RULES: Record<string, NumberRule> = {
  port: { min: 0, max: 65535, integer: true },
  seed: { min: 0, max: Number.POSITIVE_INFINITY },
  'requests-per-window': NUMBER_RULES.perWindow,
  rps: NUMBER_RULES.perWindow,
  'window-ms': NUMBER_RULES.window,
  'daily-quota': NUMBER_RULES.emails,
  'monthly-quota': NUMBER_RULES.emails,
};

/** The flag that sets each option the fake or the server may still refuse. */
const OPTION_FLAGS: Record<string, string> = { domains: '--domain', host: '--host' };

/** A refusal of the fake or the server, as a usage error naming the flag; anything else is rethrown. */
function flagError(error: unknown): never {
  if (!isFakeOptionsError(error)) throw error;
  const flag = OPTION_FLAGS[error.option] ?? error.option;
  // "domains[1] must be …" reads "--domain must be …": the flag, not the option it became.
  const named = error.message.replace(/^[\w.]+(?:\[\d+\])? must/, `${flag} must`);
  return usageError(named === error.message ? `${flag}: ${error.message}` : named);
}

/**
 * A failure to listen (the port taken, the address not this machine's) as one line naming the address:
 * Node's message names it, Bun's (`EADDRNOTAVAIL: address not available, listen`) does not.
 */
function notListening(error: unknown, host: string, port: number): never {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`resendkit-mock cannot listen on ${host.includes(':') ? `[${host}]` : host}:${port}: ${reason}`);
  process.exit(1);
}

/**
 * A numeric flag, or a usage error naming it. Only plain decimal text is read: Number() alone took
 * `0x10` as 16, `1e3` as 1000, and `+80`, ` 80` or `080` as 80, so a typo or a value meant for
 * another tool started the server on a port nobody asked for. A whole number written with a
 * fraction (`80.0`) is refused where an integer is asked for; the range is checked as before.
 */
function numberOption(name: string, value: string | undefined, fallback: number): number;
function numberOption(name: string, value: string | undefined): number | undefined;
function numberOption(name: string, value: string | undefined, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || Number.isNaN(n)) usageError(`--${name} must be a number (got ${shownText(value)}).`);
  const rule = FLAG_RULES[name]!;
  const integer = rule.integer === true;
  if (!isDecimalText(value) || (integer && value.includes('.') && Number.isInteger(n)))
    usageError(
      `--${name} must be ${integer ? 'an integer' : 'a number'} in plain decimal digits (got ${shownText(value)}).`,
    );
  return checkNumberOption(n, 0, `--${name}`, rule, usageError);
}

function readArgs() {
  const text = { type: 'string' } as const;
  try {
    return parseArgs({
      options: {
        port: text,
        host: text,
        rps: text,
        'requests-per-window': text,
        'window-ms': text,
        seed: text,
        'daily-quota': text,
        'monthly-quota': text,
        faults: text,
        domain: { type: 'string', multiple: true },
        'sending-rules': text,
        data: text,
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    // Some of parseArgs' refusals span lines (`--port -1`); the reason stays the one line before the usage.
    return usageError(thrownText(error).replace(/\s*\n\s*/g, ' '));
  }
}

type Args = ReturnType<typeof readArgs>;

function faultSpec(args: Args): FaultSpec | undefined {
  if (args.faults === undefined) return undefined;
  try {
    return parseFaultSpec(args.faults);
  } catch (error) {
    if (error instanceof FaultSpecError) usageError(error.message);
    throw error;
  }
}

/** The fake's options from the flags (usage errors exit here). */
function fakeOptions(args: Args): FakeResendOptions {
  const spec = faultSpec(args);
  if (spec?.seed !== undefined && args.seed !== undefined)
    usageError('--faults seed=… and --seed are both given; give one.');
  if (args.rps !== undefined && args['requests-per-window'] !== undefined)
    usageError('--rps is the old name of --requests-per-window; give one.');
  // An empty name would be a file that can never be written: the first save would crash the server.
  if (args.data === '') usageError('--data must name a file (got "").');
  const sendingRules = args['sending-rules'];
  if (sendingRules !== undefined && sendingRules !== 'off' && sendingRules !== 'resend')
    usageError(`--sending-rules must be "resend" or "off" (got ${shownText(sendingRules)}).`);
  const daily = numberOption('daily-quota', args['daily-quota']);
  const monthly = numberOption('monthly-quota', args['monthly-quota']);
  const windowMs = numberOption('window-ms', args['window-ms']);
  return {
    requestsPerWindow:
      args['requests-per-window'] !== undefined
        ? numberOption('requests-per-window', args['requests-per-window'], 5)
        : numberOption('rps', args.rps, 5),
    seed: spec?.seed ?? numberOption('seed', args.seed, 1),
    ...(windowMs !== undefined ? { windowMs } : {}),
    ...(spec ? { faults: spec.faults } : {}),
    ...(daily !== undefined || monthly !== undefined
      ? { quota: { ...(daily !== undefined ? { daily } : {}), ...(monthly !== undefined ? { monthly } : {}) } }
      : {}),
    // Verified domains and sending rules, as the fake's `domains` and `sendingRules` options.
    ...(args.domain?.length ? { domains: args.domain } : {}),
    ...(sendingRules !== undefined ? { sendingRules } : {}),
  } as FakeResendOptions;
}

function version(): string {
  return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
}

async function main(): Promise<void> {
  const args = readArgs();
  if (args.help) return void console.log(USAGE);
  if (args.version) return void console.log(version());
  const options = fakeOptions(args);
  const port = numberOption('port', args.port, 0);
  // Loaded after the flags are checked, so a usage error answers at once.
  const [{ createFakeResend }, { listen }, persist] = await Promise.all([
    import('./fake.js'),
    import('./server.js'),
    import('./persist.js'),
  ]);
  const snapshot = args.data === undefined ? undefined : readSnapshot(persist, args.data);
  const starts = (snapshot?.starts ?? 0) + 1;
  // Each start from a data file draws IDs from another stream; one an earlier start used (`--seed`
  // given its seed) is harmless, since new IDs skip stored ones. `--domain` seeds only names the
  // file does not hold (see `restore`).
  let fake: ReturnType<typeof createFakeResend>;
  try {
    fake = createFakeResend(snapshot ? { ...options, seed: (options.seed ?? 1) + snapshot.starts * 7919 } : options);
  } catch (error) {
    flagError(error);
  }
  if (snapshot) persist.restore(fake, snapshot);
  const saver =
    args.data === undefined
      ? undefined
      : persist.persistOnChange(args.data, fake, starts, (error) => console.error(error.message));
  const host = args.host ?? '127.0.0.1';
  const { url, inboxUrl, close } = await listen(fake, { port, host }).catch((error: unknown) =>
    isFakeOptionsError(error) ? flagError(error) : notListening(error, host, port),
  );
  const saved = () => saver === undefined || flushed(persist, saver);
  // Written once before the URL is printed: a --data path that cannot be written fails now, not at exit.
  if (!saved()) return void close().then(() => process.exit(1));
  const stop = () => {
    const code = saved() ? 0 : 1;
    void close().then(() => process.exit(code));
  };
  // Listening for signals before the URL is printed: a supervisor may stop the bin as soon as it reads it.
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  console.log(`resendkit-mock listening on ${url}`);
  console.log(`Inbox (emails, requests, webhooks): ${inboxUrl}`);
  console.log(`Point your client at it, e.g. RESEND_BASE_URL=${url}`);
}

/** Writes the data file now; a failure is printed as its one line and answered `false`. */
function flushed(persist: typeof import('./persist.js'), saver: { flush(): void }): boolean {
  try {
    saver.flush();
    return true;
  } catch (error) {
    if (!(error instanceof persist.DataFileError)) throw error;
    console.error(error.message);
    return false;
  }
}

function readSnapshot(persist: typeof import('./persist.js'), path: string) {
  try {
    return persist.readSnapshot(path);
  } catch (error) {
    if (!(error instanceof persist.DataFileError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
