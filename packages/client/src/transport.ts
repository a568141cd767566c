/**
 * Transport safety: which base URLs are allowed (https, or http on loopback only), following
 * redirects by hand so Authorization never reaches another origin, and refusing path parameters that
 * would escape their segment.
 */
import type { Middleware } from 'openapi-fetch';
import { type ConfigErrorCode, ResendConfigError, checkNumber } from './config-error.js';
import { clientDefaults } from './defaults.js';
import { refusalResponse } from './failure.js';
import { kindOf } from './shared/check-kind.js';
import { shownUrl } from './shown-url.js';
import { type Send, changeAttempt, discardBody } from './internal/index.js';

/** Resend's API origin, used when neither `baseUrl` nor `RESEND_BASE_URL` is set. */
export const DEFAULT_BASE_URL = clientDefaults.baseUrl;

/**
 * True for `localhost`, 127.0.0.0/8 and `[::1]`. Not `*.localhost`: such a name is loopback only if
 * the resolver says so, and an ordinary DNS server may send it anywhere.
 */
function isLoopbackHost(hostname: string): boolean {
  // URL normalises IPv4 forms such as `127.1`, so a dotted quad is all that needs checking.
  // Exactly these names: `localhost.` (a fully qualified name) goes through DNS like any other.
  return /^(?:localhost|\[::1\]|127(?:\.\d{1,3}){3})$/.test(hostname.toLowerCase());
}

/** True when a URL may carry the API key: `https:`, or `http:` to a loopback host. */
export function isSafeUrl(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

/** Options of {@link validateBaseUrl}. */
export interface BaseUrlOptions {
  /** Allow plain http to any host (a container such as `http://resend-mock:3000`): the key travels unencrypted. */
  allowInsecure?: boolean;
  /** Masked if it appears in a message. */
  apiKey?: string;
}

/**
 * Checks a base URL and returns it without a trailing slash. Throws {@link ResendConfigError}:
 * `insecure_base_url` for plain http to a non-loopback host (unless `allowInsecure`), `invalid_base_url`
 * for anything that does not parse, another scheme, credentials, a query string or a fragment. Each
 * message shows the value refused, without credentials or key (see `shown-url.ts`).
 */
export function validateBaseUrl(baseUrl: string, options: BaseUrlOptions = {}): string {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    // reported below
  }
  const fail = (code: ConfigErrorCode, why: string) =>
    new ResendConfigError(code, `baseUrl ${why}; got ${shownUrl(baseUrl, options.apiKey)}.`);
  if (!url || !/^https?:$/.test(url.protocol)) throw fail('invalid_base_url', 'must be an absolute https: URL');
  if (!isSafeUrl(url) && !(options.allowInsecure === true && url.protocol === 'http:')) {
    throw fail(
      'insecure_base_url',
      'must use https: (http: only on localhost, 127.0.0.0/8, [::1], or anywhere with allowInsecureBaseUrl: true)',
    );
  }
  if (url.username || url.password) throw fail('invalid_base_url', 'must not hold credentials (use the apiKey option)');
  // A bare `?` or `#` leaves `search`/`hash` empty, so the raw text is checked.
  if (/[?#]/.test(baseUrl)) throw fail('invalid_base_url', 'must not have a query string or fragment');
  return url.href.replace(/\/+$/, '');
}

/** Options of {@link withRedirects}. */
export interface RedirectOptions {
  /** How many redirects to follow before returning the redirect response itself. @defaultValue 5 */
  maxRedirects?: number;
}

/** Headers kept on a hop to another origin: nothing that identifies the caller (cookies, credentials, custom headers). */
const CROSS_ORIGIN_HEADERS = ['accept', 'accept-language', 'user-agent'];

/**
 * Wraps a {@link Send} so redirects are followed here (with `redirect: "manual"` below) instead of by
 * the platform: up to `maxRedirects` hops, never to a URL that is not `https:` (or `http:` on a loopback host) (the 3xx
 * response is returned instead). Only redirects that keep the method and body are followed: 307/308
 * for every method, 301/302/303 for GET and HEAD. A 301/302/303 to a POST is returned as it is,
 * since following it as a GET (as browsers do) would drop the body — an email would silently not be
 * sent. A hop to another origin is followed only for a request without a body, and carries only
 * `Accept`, `Accept-Language` and `User-Agent` (no Authorization, Cookie, Proxy-Authorization or
 * custom header); a request with a body gets the 3xx response instead.
 */
export function withRedirects(next: Send, options: RedirectOptions = {}): Send {
  const maxRedirects = checkNumber(options.maxRedirects, clientDefaults.maxRedirects, 'maxRedirects', 0, true);
  return async (first) => {
    let attempt = changeAttempt(first, { redirect: 'manual' });
    for (let hop = 0; ; hop++) {
      const response = await next(attempt);
      const { status } = response;
      const follows =
        status === 307 || status === 308 || (status > 300 && status < 304 && /^(GET|HEAD)$/.test(attempt.method));
      // Read only for a redirect: every header look-up on the way back costs on every call.
      const location = follows ? response.headers.get('location') : null;
      if (!follows || location === null || hop >= maxRedirects) return response;
      let target: URL;
      try {
        target = new URL(location, attempt.url);
      } catch {
        return response;
      }
      // Parsed only here: most responses are not redirects.
      const sameOrigin = target.origin === new URL(first.url).origin;
      if (!isSafeUrl(target) || (!sameOrigin && attempt.body !== null)) return response;
      discardBody(response);
      const kept = sameOrigin
        ? attempt.headers
        : attempt.headers.filter(([name]) => CROSS_ORIGIN_HEADERS.includes(name));
      attempt = changeAttempt(attempt, { url: target.href, headers: kept });
    }
  };
}

/** Path parameters of a schema path, e.g. `["email_id"]` for `/emails/{email_id}`. */
function placeholders(schemaPath: string): string[] {
  return Array.from(schemaPath.matchAll(/\{([^{}]+)\}/g), (m) => m[1] as string);
}

/**
 * The check refusing path parameters that are missing, not a string or finite number, empty, `.` or
 * `..`: a missing one would stay as a literal `{id}`, an array or object would become an empty or
 * `[object Object]` segment, and URL parsing would drop or resolve `.`/`..` (`/emails/..` becomes
 * `/`), so no encoding can keep such a value in place. It returns the refusal (`invalid_path_parameter`,
 * nothing sent), or `undefined`. Every other value is percent-encoded (`../api-keys` → `..%2Fapi-keys`)
 * and stays in its segment.
 */
export function pathParamsCheck(): (schemaPath: string, params: { path?: unknown }) => Response | undefined {
  // Per schema path, parsed once; at most 500 kept, in case a caller builds schema paths at run time.
  const known = new Map<string, string[]>();
  return (schemaPath, params) => {
    const given = (params.path ?? {}) as Record<string, unknown>;
    let names = known.get(schemaPath);
    if (!names) {
      names = placeholders(schemaPath);
      if (known.size < 500) known.set(schemaPath, names);
    }
    const extra = Object.keys(given).filter((name) => !(names as string[]).includes(name));
    if (names.length === 0 && extra.length === 0) return undefined;
    for (const name of [...names, ...extra]) {
      const v = given[name];
      const usable =
        (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) && !/^\.{0,2}$/.test(String(v));
      if (!usable) {
        const got = v === undefined ? 'missing' : typeof v === 'string' ? JSON.stringify(v) : kindOf(v);
        const message = `Path parameter "${name}" must be a non-empty string or a number, not ".", ".." (got ${got}); nothing was sent.`;
        return refusalResponse('invalid_path_parameter', message);
      }
    }
    return undefined;
  };
}

/**
 * The path-parameter check (`pathParamsCheck`) as openapi-fetch middleware: the call resolves with `{ error: { name:
 * "invalid_path_parameter" } }` and nothing is sent.
 */
export function pathParamsMiddleware(): Middleware {
  const check = pathParamsCheck();
  return { onRequest: ({ params, schemaPath }) => check(schemaPath, params) };
}
