/**
 * A job id made from the email itself is a fingerprint of what is stored, and the email is stored as
 * JSON: a value JSON writes through its `toJSON` (a `Date`) must count as what it writes, or two
 * emails that differ only there would be taken for one and the second never enqueued.
 */
import { describe, expect, it } from 'vitest';
import { jobIdOf } from '../src/index.js';

const reminder = (scheduled_at: unknown) => ({
  from: 'Acme <hi@acme.dev>',
  to: 'delivered@resend.dev',
  subject: 'Reminder',
  text: 'Hi',
  scheduled_at,
});

describe('the job id of an email without a key', () => {
  it('tells apart emails that differ only in a Date', () => {
    const monday = jobIdOf(reminder(new Date('2026-12-07T09:00:00Z')), undefined);
    const tuesday = jobIdOf(reminder(new Date('2026-12-08T09:00:00Z')), undefined);
    expect(monday).not.toBe(tuesday);
  });

  it('is the same for a Date and the text JSON stores for it', () => {
    expect(jobIdOf(reminder(new Date('2026-12-07T09:00:00Z')), undefined)).toBe(
      jobIdOf(reminder('2026-12-07T09:00:00.000Z'), undefined),
    );
  });
});
