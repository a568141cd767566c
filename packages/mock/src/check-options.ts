/** Name and range checks for `createFakeResend()` options, run once at construction (faults also on `setFaults`). */
import { checkKindOption, checkNumberOption, type NumberRule, type OptionKind } from '@resendkit/client/shared';
import { checkApiKeys } from './auth.js';
import { checkNames } from './check-names.js';
import type { FaultOptions } from './faults.js';
import type { QuotaOptions } from './quota.js';
import { FakeOptionsError } from './options-error.js';
import { shownValue } from './shown-value.js';

const NO_MAX = Number.POSITIVE_INFINITY;
/** The number ranges of the fake's options (a delay's maximum is the timer limit, `checkNumberOption`'s default). */
export const NUMBER_RULES = {
  rate: { min: 0, max: 1 },
  delay: { min: 0 },
  wholeDelay: { min: 0, integer: true },
  window: { min: 0, above: true },
  // 0 and Infinity are the documented ways to turn the limit off; nothing else may do it silently.
  perWindow: { min: 0, max: NO_MAX, integer: true, infinity: true },
  seed: { min: Number.NEGATIVE_INFINITY, max: NO_MAX },
  emails: { min: 0, max: NO_MAX, integer: true },
  offset: { min: 0, max: NO_MAX, integer: true },
  // The range a `Date` can hold, in ms since the epoch.
  time: { min: -8.64e15, max: 8.64e15 },
  // A page of none would answer nothing; the inbox caps a larger one at its own maximum.
  pageSize: { min: 1, max: NO_MAX, integer: true },
  // An injected error answered with a 2xx or 4xx would not be the server error it claims to be.
  status: { min: 500, max: 599, integer: true },
} as const satisfies Record<string, NumberRule>;

/** Every fault option (`test/option-names.test.ts` holds it to {@link FaultOptions}). */
export const FAULT_OPTION_NAMES = [
  'errorRate',
  'statuses',
  'latencyMs',
  'cutRate',
  'lostResponseRate',
  'lostAs',
] as const satisfies readonly (keyof FaultOptions)[];

/** Every quota option (`test/option-names.test.ts` holds it to {@link QuotaOptions}). */
export const QUOTA_OPTION_NAMES = ['daily', 'monthly'] as const satisfies readonly (keyof QuotaOptions)[];

/**
 * Checks a number that must be there (an element of an array option) with the shared checker; a
 * refusal is a {@link FakeOptionsError} for `option`, its message naming `name` (e.g. `faults.latencyMs[1]`).
 */
export function checkElement(option: string, name: string, value: unknown, rule: NumberRule): void {
  // NaN as the fallback fails every rule, so a hole or `undefined` is refused ("got undefined").
  checkNumberOption(value, Number.NaN, name, rule, (message) => new FakeOptionsError(option, message));
}

/** Checks an optional number option (`undefined` passes) like {@link checkElement}. */
export function checkNumber(option: string, value: unknown, rule: NumberRule): void {
  if (value !== undefined) checkElement(option, option, value, rule);
}

/**
 * Checks that `value` is one of `kinds` (`undefined` passes) with the shared checker; a refusal is a
 * {@link FakeOptionsError} for `option`, its message naming `name` (e.g. `rateLimit must be a boolean (got string).`).
 */
export function checkKind(option: string, value: unknown, kinds: readonly OptionKind[], name = option): void {
  checkKindOption(value, name, kinds, (message) => new FakeOptionsError(option, message));
}

function refuse(option: string, allowed: string, value: unknown): never {
  throw new FakeOptionsError(option, `${option} must be ${allowed}, got ${shownValue(value)}.`);
}

/** The subset of the fake's options these checks look at. */
export interface CheckedOptions {
  baseUrl?: unknown;
  apiKeys?: unknown;
  rateLimit?: unknown;
  validateResponses?: unknown;
  now?: unknown;
  sleep?: unknown;
  requestsPerWindow?: unknown;
  rps?: unknown;
  windowMs?: unknown;
  seed?: unknown;
  faults?: FaultOptions | undefined;
  quota?: QuotaOptions | undefined;
  domains?: unknown;
  sendingRules?: unknown;
  accountEmail?: unknown;
}

/**
 * Throws {@link FakeOptionsError} naming the first option that is not one of `names` (the fake's
 * `FAKE_OPTION_NAMES`, kept beside the interface they are held to), out of range or of the wrong kind.
 */
export function checkFakeOptions(options: CheckedOptions, names: readonly string[]): void {
  // `null`, a string or `true` would otherwise be read as "all defaults".
  checkKind('options', options, ['object']);
  checkNames(options, names, 'createFakeResend');
  const { baseUrl, windowMs, seed } = options;
  if (baseUrl !== undefined) {
    const url = typeof baseUrl === 'string' && URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      refuse('baseUrl', 'an absolute http(s) URL such as "http://localhost:3000/resend"', baseUrl);
    }
  }
  checkNumber('requestsPerWindow', options.requestsPerWindow, NUMBER_RULES.perWindow);
  checkNumber('rps', options.rps, NUMBER_RULES.perWindow);
  checkNumber('windowMs', windowMs, NUMBER_RULES.window);
  checkNumber('seed', seed, NUMBER_RULES.seed);
  checkFaults(options.faults);
  checkQuota(options.quota);
  checkSendingOptions(options);
  // Read by truthiness or called later, a wrong kind would change the fake (`rateLimit: 'off'`
  // leaves the limit on) or crash the first request instead of failing here.
  checkKind('rateLimit', options.rateLimit, ['boolean']);
  checkKind('validateResponses', options.validateResponses, ['boolean']);
  checkKind('now', options.now, ['function']);
  checkKind('sleep', options.sleep, ['function']);
  checkApiKeys(options.apiKeys);
}

/** `domains`, `sendingRules` and `accountEmail`: the team's sending setup. */
function checkSendingOptions({ domains, sendingRules, accountEmail }: CheckedOptions): void {
  const isDomain = (d: unknown) => typeof d === 'string' && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(d) && d.length <= 253;
  if (domains !== undefined && !Array.isArray(domains))
    refuse('domains', 'an array of domain names such as ["acme.dev"]', domains);
  // The entry at fault by its index, so the bin can name the one `--domain` that is wrong.
  const bad = (domains as unknown[] | undefined)?.findIndex((d) => !isDomain(d)) ?? -1;
  if (bad >= 0) {
    const shown = shownValue((domains as unknown[])[bad]);
    throw new FakeOptionsError('domains', `domains[${bad}] must be a domain name such as "acme.dev", got ${shown}.`);
  }
  if (sendingRules !== undefined && sendingRules !== 'resend' && sendingRules !== 'off')
    refuse('sendingRules', '"resend" or "off"', sendingRules);
  if (accountEmail !== undefined && !isAccountEmail(accountEmail))
    refuse('accountEmail', 'an email address such as "you@acme.dev", not a URL', accountEmail);
}

/**
 * An address `accountEmail` may be. No unquoted address holds a `:`, nor a domain a `/`; without
 * that rule `https://x@y.dev` or `mailto:you@acme.dev` passed for an address, so a URL (perhaps with
 * a password in it) pasted into the option went unnoticed until no email reached it.
 */
function isAccountEmail(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 320 && /^[^\s@<>:]+@[^\s@<>:/]+\.[^\s@<>:/]+$/.test(value);
}

/** Throws {@link FakeOptionsError} naming the first quota option out of range (`quota.…`). */
export function checkQuota(quota: QuotaOptions | undefined): void {
  if (quota === undefined) return;
  if (typeof quota !== 'object' || quota === null || Array.isArray(quota))
    refuse('quota', 'an object such as { daily: 100, monthly: 3000 }', quota);
  checkNames(quota, QUOTA_OPTION_NAMES, 'quota', 'quota.');
  for (const key of QUOTA_OPTION_NAMES) checkNumber(`quota.${key}`, quota[key], NUMBER_RULES.emails);
}

/** Throws {@link FakeOptionsError} naming the first fault option out of range (`faults.…`). */
export function checkFaults(faults: FaultOptions | undefined): void {
  if (faults === undefined) return;
  if (typeof faults !== 'object' || faults === null || Array.isArray(faults))
    refuse('faults', 'an object (or undefined for none)', faults);
  checkNames(faults, FAULT_OPTION_NAMES, 'faults', 'faults.');
  checkNumber('faults.errorRate', faults.errorRate, NUMBER_RULES.rate);
  checkNumber('faults.cutRate', faults.cutRate, NUMBER_RULES.rate);
  checkNumber('faults.lostResponseRate', faults.lostResponseRate, NUMBER_RULES.rate);
  const { statuses, latencyMs, lostAs } = faults;
  if (statuses !== undefined) {
    if (!Array.isArray(statuses)) refuse('faults.statuses', 'an array of 5xx statuses (500–599)', statuses);
    statuses.forEach((status, i) =>
      checkElement('faults.statuses', `faults.statuses[${i}]`, status, NUMBER_RULES.status),
    );
  }
  if (Array.isArray(latencyMs)) {
    const [min, max] = latencyMs as readonly unknown[];
    if (latencyMs.length !== 2) refuse('faults.latencyMs', 'a number of ms, or a [min, max] pair of them', latencyMs);
    checkElement('faults.latencyMs', 'faults.latencyMs[0]', min, NUMBER_RULES.delay);
    checkElement('faults.latencyMs', 'faults.latencyMs[1]', max, NUMBER_RULES.delay);
    if ((min as number) > (max as number)) refuse('faults.latencyMs', 'a [min, max] pair with min ≤ max', latencyMs);
  } else checkNumber('faults.latencyMs', latencyMs, NUMBER_RULES.delay);
  if (lostAs !== undefined && lostAs !== 'error' && lostAs !== 'cut' && lostAs !== 'either') {
    refuse('faults.lostAs', '"error", "cut" or "either"', lostAs);
  }
}
