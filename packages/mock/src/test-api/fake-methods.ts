/** The fake's test-API methods: waiting for and reading emails, and its settings. */
import type { FakeStateStore } from '../state.js';
import type { InboxSource } from '../inbox/source.js';
import { findEmails, MAX_WAIT_MS, testEmail, waitForEmails, type EmailFilter, type TestEmail } from './emails.js';
import { readSettings, updateSettings, type FakeSettings, type SettingsHolder } from './settings.js';
import { EmailWaitTimeoutError } from './wait-error.js';
import { checkNumber, NUMBER_RULES } from '../check-options.js';

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
   */
  waitForEmail(options: WaitForEmailOptions): Promise<TestEmail>;
  /** The newest email to `to` (To, Cc or Bcc), if any. */
  latestEmail(to: string): TestEmail | undefined;
  /** The faults, quotas and quota usage in force. */
  settings(): FakeSettings;
  /** Changes faults and quotas (`null` clears one); throws `FakeOptionsError` and changes nothing when a value is out of range. */
  updateSettings(update: { faults?: FakeSettings['faults']; quota?: FakeSettings['quota'] | null }): FakeSettings;
}

export function createTestApi(state: FakeStateStore, inbox: () => InboxSource, holder: SettingsHolder): FakeTestApi {
  return {
    async waitForEmail(options) {
      const { timeoutMs = 5000, ...filter } = options ?? {};
      checkNumber('timeoutMs', timeoutMs, NUMBER_RULES.wholeDelay);
      const [found] = await waitForEmails(state.emails, (listener) => inbox().subscribe(listener), filter, timeoutMs);
      if (!found) throw new EmailWaitTimeoutError(filter, timeoutMs);
      return testEmail(found);
    },
    latestEmail(to) {
      const [found] = findEmails(state.emails, { to });
      return found && testEmail(found);
    },
    settings: () => readSettings(holder),
    updateSettings: (update) => updateSettings(holder, update),
  };
}

export { MAX_WAIT_MS };
