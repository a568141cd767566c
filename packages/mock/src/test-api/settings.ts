/**
 * The fake's changeable settings as one object, for `fake.settings()` / `fake.updateSettings()` and
 * the test API's `GET`/`PUT /_inbox/api/settings`: faults, quotas and the quota usage so far.
 */
import { checkFaults, checkQuota } from '../check-options.js';
import { checkNames } from '../check-names.js';
import type { FaultOptions } from '../faults.js';
import { FakeOptionsError } from '../options-error.js';
import type { Quota, QuotaOptions, QuotaUsage } from '../quota.js';
import { shownValue } from '../shown-value.js';

/** What `fake.settings()` answers. */
export interface FakeSettings {
  /** The fault configuration, `null` for none. */
  faults: FaultOptions | null;
  /** The quotas enforced (empty: none). */
  quota: QuotaOptions;
  /** Emails counted against the quotas in the current UTC day and month, sent and received alike. */
  usage: QuotaUsage;
  /** The team's rate limit (read only), `null` when it is off. */
  rateLimit: { requestsPerWindow: number; windowMs: number } | null;
}

/** A change for `fake.updateSettings()`: only the fields given change; `null` clears one. */
export interface FakeSettingsUpdate {
  faults?: FaultOptions | null;
  quota?: QuotaOptions | null;
}

/** Every field of a change (`test/option-names.test.ts` holds it to {@link FakeSettingsUpdate}). */
export const SETTINGS_UPDATE_NAMES = ['faults', 'quota'] as const satisfies readonly (keyof FakeSettingsUpdate)[];

/** Where the settings live. */
export interface SettingsHolder {
  faults: FaultOptions | undefined;
  readonly quota: Quota;
  readonly rateLimit: FakeSettings['rateLimit'];
}

export function readSettings(holder: SettingsHolder): FakeSettings {
  return {
    faults: holder.faults ? (structuredClone(holder.faults) as FaultOptions) : null,
    quota: { ...holder.quota.limits },
    usage: holder.quota.usage(),
    rateLimit: holder.rateLimit,
  };
}

/** Checks the whole change first (a {@link FakeOptionsError} changes nothing), then applies it. */
export function updateSettings(holder: SettingsHolder, update: unknown): FakeSettings {
  if (update === null || typeof update !== 'object' || Array.isArray(update)) {
    throw new FakeOptionsError(
      'settings',
      `settings must be an object such as { "faults": { "errorRate": 0.1 } }, got ${shownValue(update)}.`,
    );
  }
  // `usage` and `rateLimit` (what `settings()` also answers) are read only: refused, not ignored.
  checkNames(update, SETTINGS_UPDATE_NAMES, 'settings', 'settings.');
  const { faults, quota } = update as FakeSettingsUpdate;
  if (faults !== undefined && faults !== null) checkFaults(faults);
  if (quota !== undefined && quota !== null) checkQuota(quota);
  if (faults !== undefined) holder.faults = faults ?? undefined;
  if (quota !== undefined) holder.quota.set(quota ?? undefined);
  return readSettings(holder);
}
