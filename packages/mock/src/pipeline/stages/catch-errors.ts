/**
 * Turns what any later stage throws into Resend's error body: an `ApiError` as itself, anything
 * else as a 500 `application_error` naming the failure (never a crashed request).
 */
import { thrownText } from '@resendkit/client/shared';
import { ApiError } from '../../api-error.js';
import { errorOutcome, type Stage } from '../exchange.js';
import type { FakeRuntime } from '../runtime.js';

export function catchErrorsStage(runtime: FakeRuntime): Stage {
  return async (exchange, next) => {
    try {
      return await next();
    } catch (error) {
      const headers = exchange.headers ?? runtime.limiter?.peek(runtime.now()) ?? {};
      if (error instanceof ApiError) return errorOutcome(error, exchange, headers);
      const message = thrownText(error);
      return errorOutcome(new ApiError(500, 'application_error', `The fake failed: ${message}`), exchange, headers);
    }
  };
}
