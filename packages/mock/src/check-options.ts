/** Range checks for `createFakeResend()` options, run once at construction (faults also on `setFaults`). */
import type { FaultOptions } from './faults.js';
import type { QuotaOptions } from './quota.js';
import { FakeOptionsError } from './options-error.js';

/** Timers cannot hold longer delays (2³¹−1 ms, about 24.8 days). */
const MAX_DELAY_MS = 2 ** 31 - 1;

function show(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function refuse(option: string, allowed: string, value: unknown): never {
  throw new FakeOptionsError(option, `${option} must be ${allowed}, got ${show(value)}.`);
}

function checkRate(option: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) refuse(option, 'a number from 0 to 1', value);
}

function isDelay(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= MAX_DELAY_MS;
}

/** 0 and Infinity are the documented ways to turn the limit off; nothing else may do it silently. */
function checkPerWindow(option: string, value: unknown): void {
  if (
    value !== undefined &&
    value !== 0 &&
    value !== Number.POSITIVE_INFINITY &&
    !(Number.isInteger(value) && (value as number) > 0)
  ) {
    refuse(option, 'a positive integer, or 0 or Infinity to turn the limit off', value);
  }
}

/** The subset of the fake's options these checks look at. */
export interface CheckedOptions {
  baseUrl?: unknown;
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

/** Throws {@link FakeOptionsError} naming the first option out of range. */
export function checkFakeOptions(options: CheckedOptions): void {
  const { baseUrl, windowMs, seed } = options;
  if (baseUrl !== undefined) {
    const url = typeof baseUrl === 'string' && URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      refuse('baseUrl', 'an absolute http(s) URL such as "http://localhost:3000/resend"', baseUrl);
    }
  }
  checkPerWindow('requestsPerWindow', options.requestsPerWindow);
  checkPerWindow('rps', options.rps);
  if (windowMs !== undefined && !(isDelay(windowMs) && windowMs > 0)) {
    refuse('windowMs', `a number of ms above 0 and at most ${MAX_DELAY_MS}`, windowMs);
  }
  if (seed !== undefined && !(typeof seed === 'number' && Number.isFinite(seed)))
    refuse('seed', 'a finite number', seed);
  checkFaults(options.faults);
  checkQuota(options.quota);
  checkSendingOptions(options);
}

/** `domains`, `sendingRules` and `accountEmail`: the team's sending setup. */
function checkSendingOptions({ domains, sendingRules, accountEmail }: CheckedOptions): void {
  const isDomain = (d: unknown) => typeof d === 'string' && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(d) && d.length <= 253;
  if (domains !== undefined && !(Array.isArray(domains) && domains.every(isDomain))) {
    refuse('domains', 'an array of domain names such as ["acme.dev"]', domains);
  }
  if (sendingRules !== undefined && sendingRules !== 'resend' && sendingRules !== 'off')
    refuse('sendingRules', '"resend" or "off"', sendingRules);
  if (
    accountEmail !== undefined &&
    !(
      typeof accountEmail === 'string' &&
      /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(accountEmail) &&
      accountEmail.length <= 320
    )
  ) {
    refuse('accountEmail', 'an email address such as "you@acme.dev"', accountEmail);
  }
}

/** Throws {@link FakeOptionsError} naming the first quota option out of range (`quota.…`). */
export function checkQuota(quota: QuotaOptions | undefined): void {
  if (quota === undefined) return;
  if (typeof quota !== 'object' || quota === null || Array.isArray(quota))
    refuse('quota', 'an object such as { daily: 100, monthly: 3000 }', quota);
  for (const key of Object.keys(quota))
    if (key !== 'daily' && key !== 'monthly')
      refuse(`quota.${key}`, 'absent (quota takes daily and monthly only)', key);
  for (const key of ['daily', 'monthly'] as const) {
    const value = quota[key];
    if (value !== undefined && !(Number.isInteger(value) && value >= 0))
      refuse(`quota.${key}`, 'a non-negative integer (emails)', value);
  }
}

/** Throws {@link FakeOptionsError} naming the first fault option out of range (`faults.…`). */
export function checkFaults(faults: FaultOptions | undefined): void {
  if (faults === undefined) return;
  if (typeof faults !== 'object' || faults === null) refuse('faults', 'an object (or undefined for none)', faults);
  checkRate('faults.errorRate', faults.errorRate);
  checkRate('faults.cutRate', faults.cutRate);
  checkRate('faults.lostResponseRate', faults.lostResponseRate);
  const { statuses, latencyMs, lostAs } = faults;
  if (statuses !== undefined) {
    if (!Array.isArray(statuses)) refuse('faults.statuses', 'an array of 5xx statuses (500–599)', statuses);
    // An injected error answered with a 2xx or 4xx would not be the server error it claims to be.
    for (const status of statuses) {
      if (!(Number.isInteger(status) && status >= 500 && status <= 599))
        refuse('faults.statuses', 'an array of 5xx statuses (500–599)', status);
    }
  }
  if (latencyMs !== undefined) {
    const allowed = `a number of ms from 0 to ${MAX_DELAY_MS}, or a [min, max] pair of them with min ≤ max`;
    if (Array.isArray(latencyMs)) {
      const [min, max] = latencyMs as readonly unknown[];
      if (latencyMs.length !== 2 || !isDelay(min) || !isDelay(max) || min > max)
        refuse('faults.latencyMs', allowed, latencyMs);
    } else if (!isDelay(latencyMs)) refuse('faults.latencyMs', allowed, latencyMs);
  }
  if (lostAs !== undefined && lostAs !== 'error' && lostAs !== 'cut' && lostAs !== 'either') {
    refuse('faults.lostAs', '"error", "cut" or "either"', lostAs);
  }
}
