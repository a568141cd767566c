/**
 * Masking of secrets wherever the fake records or shows request data (the request log, so
 * `GET /logs`, the inbox and `fake.state.requests`): API keys (`re_…`), webhook signing secrets
 * (`whsec_…`), the fake's OAuth access tokens (`fake.…`), and the values of OAuth's secret fields
 * (`client_secret`, `code`, `code_verifier`, `token`, `access_token`, `refresh_token`) in JSON,
 * form-encoded bodies and query strings. Each keeps its prefix, if it has one, and last 4 characters.
 */

/** OAuth fields whose values are secrets of no recognizable shape (a refresh token is plain letters). */
const FIELD = 'client_secret|code(?:_verifier)?|(?:access_|refresh_)?token';

/**
 * One pass over a text: shaped secrets anywhere, and a secret field's name with its value, as a
 * JSON string (`"code": "…"`) or as a form or query parameter (`?code=…`, `&code=…`), kept so the
 * log still says which field it was. Lookbehinds would be shorter but are tried at every character:
 * a 40 MB body took 0.5 s instead of 30 ms.
 */
const SECRET = new RegExp(
  String.raw`\b(?:re|whsec)_[\w+/=-]{5,}|\bfake\.[A-Za-z0-9]{40}|("(?:${FIELD})"\s*:\s*")((?:[^"\\]|\\.)+)|((?:^|[?&])(?:${FIELD})=)([^&#\s]+)`,
  'g',
);

/**
 * `re_abc…` → `re_…wxyz` (so `whsec_` and `fake.` too: a `token` field holding an API key still
 * shows as one); other values keep only their last 4 characters. Never the whole secret.
 */
function maskToken(token: string): string {
  const last4 = token.length > 8 ? token.slice(-4) : '';
  return `${/^(?:re_|whsec_|fake\.)/.exec(token)?.[0] ?? ''}…${last4}`;
}

/** The key of an `Authorization: Bearer …` header, masked; `null` when there is none. */
export function maskApiKey(authorization: string | null): string | null {
  if (!authorization) return null;
  const token = authorization.replace(/^\s*Bearer\s+/i, '').trim();
  return token ? maskToken(token) : null;
}

/**
 * Masks every secret inside a text: a body (e.g. what `POST /api-keys`, `POST /webhooks` and
 * `POST /oauth/token` answer), a path with its query string, or an error message.
 */
export function redactKeys(text: string): string {
  return text.replace(SECRET, (secret, json?: string, jsonValue?: string, param?: string, paramValue?: string) =>
    json ? json + maskToken(jsonValue!) : param ? param + maskToken(paramValue!) : maskToken(secret),
  );
}
