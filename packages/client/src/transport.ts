/**
 * Transport safety: which base URLs are allowed (https, or http on loopback only), following
 * redirects by hand so Authorization never reaches another origin, and refusing path parameters that
 * would escape their segment.
 */
import type { Middleware } from 'openapi-fetch';
import { ResendConfigError, checkNumber } from './config-error.js';
import { syntheticErrorResponse } from './errors.js';
import type { Send } from './attempt.js';

/** Resend's API origin, used when neither `baseUrl` nor `RESEND_BASE_URL` is set. */
export const DEFAULT_BASE_URL = 'https://api.resend.com';

/** True for `localhost` (and `*.localhost`), 127.0.0.0/8 and `[::1]`. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '[::1]') return true;
  // URL normalises IPv4 forms such as `127.1`, so a dotted quad is all that needs checking.
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** True when a URL may carry the API key: `https:`, or `http:` to a loopback host. */
export function isSafeUrl(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

/**
 * Checks a base URL and returns it without a trailing slash. Throws {@link ResendConfigError}:
 * `insecure_base_url` for plain http to a non-loopback host, `invalid_base_url` for anything that
 * does not parse, another scheme, credentials, a query string or a fragment.
 */
export function validateBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ResendConfigError('invalid_base_url', 'baseUrl is not an absolute URL (expected e.g. https://api.resend.com).');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ResendConfigError('invalid_base_url', `baseUrl must use https: (got ${url.protocol}).`);
  }
  if (!isSafeUrl(url)) {
    throw new ResendConfigError(
      'insecure_base_url',
      `baseUrl must use https:; plain http: is allowed only for localhost, 127.0.0.0/8 and [::1] (got host ${url.hostname}).`,
    );
  }
  if (url.username || url.password) {
    throw new ResendConfigError('invalid_base_url', 'baseUrl must not contain credentials; use the apiKey option.');
  }
  if (url.search || url.hash) {
    throw new ResendConfigError('invalid_base_url', 'baseUrl must not contain a query string or fragment.');
  }
  return url.href.replace(/\/+$/, '');
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Options of {@link withRedirects}. */
export interface RedirectOptions {
  /** How many redirects to follow before returning the redirect response itself. @defaultValue 5 */
  maxRedirects?: number;
}

/**
 * Wraps a {@link Send} so redirects are followed here (with `redirect: "manual"` below) instead of by
 * the platform: up to `maxRedirects` hops, Authorization dropped as soon as the origin changes, and
 * never to a URL that {@link isSafeUrl} refuses (the 3xx response is returned instead). 303, and
 * 301/302 after a POST, continue as a GET without body, as browsers do.
 */
export function withRedirects(next: Send, options: RedirectOptions = {}): Send {
  const maxRedirects = checkNumber(options.maxRedirects, 5, 'maxRedirects', 0, true);
  return async (first) => {
    const origin = new URL(first.url).origin;
    let attempt = { ...first, redirect: 'manual' as const };
    for (let hop = 0; ; hop++) {
      const response = await next(attempt);
      const location = response.headers.get('location');
      if (!REDIRECT_STATUSES.has(response.status) || location === null || hop >= maxRedirects) return response;
      let target: URL;
      try {
        target = new URL(location, attempt.url);
      } catch {
        return response;
      }
      if (!isSafeUrl(target)) return response;
      void response.body?.cancel().catch(() => undefined);
      let { method, body, headers } = attempt;
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
        if (method !== 'HEAD') method = 'GET';
        body = null;
        headers = headers.filter(([name]) => name !== 'content-type' && name !== 'content-length');
      }
      if (target.origin !== origin) headers = headers.filter(([name]) => name !== 'authorization');
      attempt = { ...attempt, url: target.href, method, body, headers };
    }
  };
}

/**
 * Middleware refusing path parameters that are empty, `.` or `..`: URL parsing would drop or resolve
 * such a segment (`/emails/..` becomes `/`), so no encoding can keep it in place. The call resolves
 * with `{ error: { name: "invalid_path_parameter" } }` and nothing is sent. Every other value is
 * percent-encoded by openapi-fetch (`../api-keys` → `..%2Fapi-keys`) and stays in its segment.
 */
export function pathParamsMiddleware(): Middleware {
  return {
    onRequest({ params }) {
      for (const [name, value] of Object.entries(params.path ?? {})) {
        const values = Array.isArray(value) ? value : [value];
        for (const v of values) {
          const text = String(v);
          if (text === '' || text === '.' || text === '..' || v === undefined || v === null) {
            return syntheticErrorResponse(
              {
                statusCode: null,
                name: 'invalid_path_parameter',
                message: `Path parameter "${name}" must not be empty, "." or ".."; nothing was sent.`,
              },
              400,
            );
          }
        }
      }
      return undefined;
    },
  };
}
