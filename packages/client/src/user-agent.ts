/**
 * The User-Agent header. Resend refuses requests without one (403, error code 1010, in front of the
 * API), so every request carries `[<app token> ]resendkit/<version> <runtime>/<version>`.
 */
import type { Middleware } from 'openapi-fetch';
import { ResendConfigError } from './config-error.js';
import { runtimeToken } from './shared/runtime.js';
import { VERSION } from './version.js';

/**
 * Builds the User-Agent value: the app's token first when given, then `resendkit/<VERSION>`, then
 * the runtime. Throws {@link ResendConfigError} (`invalid_option`) when `appToken` holds control
 * characters (which would break the header).
 */
export function userAgentValue(appToken?: string): string {
  const ours = `resendkit/${VERSION} ${runtimeToken()}`;
  if (appToken === undefined) return ours;
  // Latin-1 without control characters: anything else would break the header or be refused by fetch.
  if (typeof appToken !== 'string' || !/^[ -~\u00a0-\u00ff]*$/.test(appToken)) {
    throw new ResendConfigError('invalid_option', 'userAgent must be printable text such as "my-app/1.0".');
  }
  const trimmed = appToken.trim();
  return trimmed === '' ? ours : `${trimmed} ${ours}`;
}

/**
 * Middleware setting `User-Agent` on every request (replacing any other value).
 * @param appToken - the app's own product token, put before ours (e.g. `my-app/1.0`).
 */
export function userAgentMiddleware(appToken?: string): Middleware {
  const value = userAgentValue(appToken);
  return {
    onRequest({ request }) {
      request.headers.set('user-agent', value);
      return request;
    },
  };
}
