/**
 * Where `fake.fetch` answers: only under one of the fake's base URLs. Resend serves
 * `https://api.resend.com` alone (HTTPS only), so a client pointed at a misspelt host, plain `http:`
 * or another origin must fail against the fake as it fails in production, not pass the tests.
 * The msw handlers and the server call `fake.handle`, which has no such check: they match or
 * receive requests on their own addresses (the server's is `http://127.0.0.1:<port>`).
 */
import { secretKind } from './shown-value.js';

/** A base URL as origin and path, without credentials, query or a trailing `/`. */
function plainBase(base: string): string {
  const url = new URL(base);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * The check `fake.fetch` makes, built once from `fake.baseUrls`: it returns the `TypeError` a
 * `fetch` to an unreachable host rejects with for a URL under none of them, else `undefined`. The
 * message names the URL's origin and path (never its credentials or query, which may carry a token)
 * and the base URLs the fake answers on.
 */
export function offBaseUrls(baseUrls: readonly string[]): (url: string) => TypeError | undefined {
  const bases = [...new Set(baseUrls.map(plainBase))];
  return (text) => {
    const url = new URL(text);
    const target = `${url.origin}${url.pathname}`;
    // Under a base means the base itself or a path below it: `/resendx` is beside `/resend`.
    if (bases.some((base) => target === base || target.startsWith(`${base}/`))) return undefined;
    const shown = secretKind(target) ? `${url.origin}/…` : target;
    return new TypeError(
      `fetch failed: the fake answers only under ${bases.join(' and ')}, not ${shown}. Check the client's base URL (Resend serves https://api.resend.com only), or give the fake that baseUrl.`,
      { cause: new Error('No base URL of the fake matches the request.') },
    );
  };
}
