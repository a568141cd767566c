/** The fake's test-API methods: waiting for and reading emails, and its settings. */
import type { StoredEmail } from '../state.js';
import type { ReadonlyCollection } from '../store.js';
import type { InboxSource } from '../inbox/source.js';
import { findEmails, MAX_WAIT_MS, testEmail, waitForEmails, type EmailFilter, type TestEmail } from './emails.js';
import { readSettings, updateSettings, type FakeSettings, type SettingsHolder } from './settings.js';
import { EmailWaitTimeoutError } from './wait-error.js';
import { kindOf } from '@resendkit/client/shared';
import { checkNames } from '../check-names.js';
import { checkKind, checkNumber, NUMBER_RULES } from '../check-options.js';
import { FakeOptionsError } from '../options-error.js';

/** What {@link FakeTestApi.waitForEmail} waits for. */
export interface WaitForEmailOptions extends EmailFilter {
  /**
   * How long to wait, in ms (0 to 2³¹−1).
   * @defaultValue 5000
   */
  timeoutMs?: number;
}

/** The part of the fake that end-to-end tests use. */
export interface FakeTestApi {
  /**
   * Resolves with the newest email matching `to`, `subject` and `since` as soon as one exists.
   * @throws {@link EmailWaitTimeoutError} when none arrives within `timeoutMs`.
   * @throws `FakeOptionsError` (before waiting) for an option of the wrong kind or an unknown one.
   */
  waitForEmail(options: WaitForEmailOptions): Promise<TestEmail>;
  /** The newest email to `to` (To, Cc or Bcc), if any; throws `FakeOptionsError` when `to` is not a string. */
  latestEmail(to: string): TestEmail | undefined;
  /** The faults, quotas and quota usage in force. */
  settings(): FakeSettings;
  /** Changes faults and quotas (`null` clears one); throws `FakeOptionsError` and changes nothing when a value is out of range or a name unknown. */
  updateSettings(update: { faults?: FakeSettings['faults']; quota?: FakeSettings['quota'] | null }): FakeSettings;
}

/** Every option of `waitForEmail` (held to {@link WaitForEmailOptions}). */
const WAIT_OPTION_NAMES = [
  'to',
  'subject',
  'since',
  'timeoutMs',
] as const satisfies readonly (keyof WaitForEmailOptions)[];

/**
 * Refuses a filter that would match the wrong emails without a word: a string spread into letters,
 * a misspelt field (which filters nothing), a `since` string (compared as NaN, so nothing matches
 * and the wait only times out) or a number where an address goes.
 */
function checkFilter(options: unknown): void {
  checkKind('options', options, ['object'], 'waitForEmail: options');
  checkNames(options ?? {}, WAIT_OPTION_NAMES, 'waitForEmail');
  const { to, subject, since } = (options ?? {}) as WaitForEmailOptions;
  checkKind('to', to, ['string']);
  checkKind('subject', subject, ['string']);
  // A `Date` compares as its time, as it always has; anything else must be a number of ms.
  if (!((since as unknown) instanceof Date)) checkNumber('since', since, NUMBER_RULES.time);
}

/** `emails` is read per call: reading the fake's state sends the scheduled emails now due. */
export function createTestApi(
  emails: () => ReadonlyCollection<StoredEmail>,
  inbox: () => InboxSource,
  holder: SettingsHolder,
): FakeTestApi {
  return {
    async waitForEmail(options) {
      checkFilter(options);
      const { timeoutMs = 5000, ...filter } = options ?? {};
      checkNumber('timeoutMs', timeoutMs, NUMBER_RULES.wholeDelay);
      const [found] = await waitForEmails(emails(), (listener) => inbox().subscribe(listener), filter, timeoutMs);
      if (!found) throw new EmailWaitTimeoutError(filter, timeoutMs);
      return testEmail(found);
    },
    latestEmail(to) {
      // Without an address every email would match: the newest one to anyone is not what was asked.
      if (typeof to !== 'string')
        throw new FakeOptionsError('to', `latestEmail: to must be an address string (got ${kindOf(to)}).`);
      const [found] = findEmails(emails(), { to });
      return found && testEmail(found);
    },
    settings: () => readSettings(holder),
    updateSettings: (update) => updateSettings(holder, update),
  };
}

export { MAX_WAIT_MS };
