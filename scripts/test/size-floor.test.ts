import { describe, expect, it } from 'vitest';
import { emptyMessages, gzipBytes } from '../size-floor.js';

describe('size:floor', () => {
  it('empties prose messages and keeps header, error and option names', () => {
    const code =
      'throw new E("invalid_option",`${n} must be a number from ${a} to ${b} (got ${v}).`);h.set("idempotency-key",k);' +
      'x(\'No API key: pass the apiKey option or set RESEND_API_KEY.\');y("rateLimit.maxPauseMs")';
    expect(emptyMessages(code)).toBe(
      'throw new E("invalid_option",``);h.set("idempotency-key",k);x(\'\');y("rateLimit.maxPauseMs")',
    );
  });

  it('measures gzip bytes, which fall when messages are emptied', () => {
    const code = `${'throw new Error("The rate limiter queue is full; nothing was sent at all.");'.repeat(1)}let a=1;`;
    expect(gzipBytes(emptyMessages(code))).toBeLessThan(gzipBytes(code));
  });
});
