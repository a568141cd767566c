/** How a failed call maps onto BullMQ's moves: 429 waits, quota and a request in progress delay, 4xx is final. */
import { describe, expect, it } from 'vitest';
import { outcomeOfError, quotaReset } from '../src/outcome.js';
import { batchKeyOf, jobIdOf } from '../src/keys.js';

const at = Date.UTC(2026, 11, 31, 22, 15);

describe('outcomes', () => {
  it('a 429 pauses for retry-after without failing the job', () => {
    const response = new Response(null, { status: 429, headers: { 'retry-after': '7' } });
    expect(outcomeOfError({ name: 'rate_limit_exceeded', message: 'slow down', statusCode: 429 }, response)).toEqual({
      kind: 'rate_limited',
      ms: 7000,
    });
    expect(
      outcomeOfError(
        { name: 'rate_limit_exceeded', message: 'slow down', statusCode: 429 },
        new Response(null, { status: 429 }),
      ),
    ).toEqual({ kind: 'rate_limited', ms: 1000 });
  });

  it('a 429 with only ratelimit-reset pauses for the reset, as the client reads it; an unusable wait falls back to a second', () => {
    const limited = { name: 'rate_limit_exceeded', message: 'slow down', statusCode: 429 };
    const reset = (value: string) => new Response(null, { status: 429, headers: { 'ratelimit-reset': value } });
    // An error the client made carries the wait it read (retry-after, an HTTP date, else ratelimit-reset).
    expect(outcomeOfError({ ...limited, retryAfter: 3 }, reset('3'))).toEqual({ kind: 'rate_limited', ms: 3000 });
    expect(outcomeOfError({ ...limited, retryAfter: 0.25 }, undefined)).toEqual({ kind: 'rate_limited', ms: 250 });
    // Without one (an error made elsewhere), the headers are read the same way.
    expect(outcomeOfError(limited, reset('3'))).toEqual({ kind: 'rate_limited', ms: 3000 });
    // A Unix time where seconds were meant (some servers' x-ratelimit-reset) is no wait: a second.
    expect(outcomeOfError({ ...limited, retryAfter: 1_767_225_600 }, reset('1767225600'))).toEqual({
      kind: 'rate_limited',
      ms: 1000,
    });
  });

  it('a quota error delays to the next reset: midnight UTC for the daily quota, the month for the monthly one', () => {
    expect(outcomeOfError({ name: 'daily_quota_exceeded', message: '', statusCode: 429 }, undefined, at)).toEqual({
      kind: 'delayed',
      until: Date.UTC(2027, 0, 1),
    });
    expect(quotaReset('monthly_quota_exceeded', Date.UTC(2026, 1, 10))).toBe(Date.UTC(2026, 2, 1));
  });

  it('a request under the same key still in progress delays the job a second, no attempt spent: on its last attempt it had failed although the other request sent it', () => {
    expect(
      outcomeOfError({ name: 'concurrent_idempotent_requests', message: '', statusCode: 409 }, undefined, at),
    ).toEqual({ kind: 'delayed', until: at + 1000 });
  });

  it('a 4xx other than a conflict is final; a 5xx, a conflict or a network failure is retried', () => {
    expect(outcomeOfError({ name: 'validation_error', message: 'bad', statusCode: 422 }, undefined)).toMatchObject({
      kind: 'failed',
      final: true,
    });
    expect(outcomeOfError({ name: 'application_error', message: '', statusCode: 500 }, undefined)).toMatchObject({
      final: false,
    });
    expect(outcomeOfError({ name: 'network_error', message: '', statusCode: null }, undefined)).toMatchObject({
      final: false,
    });
  });
});

describe('keys', () => {
  it("a batch key does not depend on the order of its jobs; a job id not on the order of an email's fields", () => {
    expect(batchKeyOf(['b', 'a', 'c'])).toBe(batchKeyOf(['c', 'b', 'a']));
    expect(batchKeyOf(['a', 'b'])).not.toBe(batchKeyOf(['a', 'b', 'c']));
    expect(jobIdOf({ to: 'x', from: 'y', nested: { b: 1, a: 2 } }, undefined)).toBe(
      jobIdOf({ nested: { a: 2, b: 1 }, from: 'y', to: 'x' }, undefined),
    );
    expect(jobIdOf({ to: 'x' }, 'k')).toBe(jobIdOf({ to: 'other' }, 'k'));
    expect(jobIdOf({ to: 'x' }, 'k:1')).toMatch(/^key-[0-9a-f]{40}$/);
  });
});
