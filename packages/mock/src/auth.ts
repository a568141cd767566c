/**
 * API-key checks in Resend's order: missing header → 401, malformed or unknown key → 403,
 * a sending-only key outside the send routes → 401 `restricted_api_key`. An OAuth access token the
 * fake issued is accepted as `Bearer` too, within its scopes (403 `invalid_permission` outside them).
 */
import { kindOf } from '@resendkit/client/shared';
import { ApiError } from './api-error.js';
import { FakeOptionsError } from './options-error.js';

/** What a key may do. */
export type Permission = 'full_access' | 'sending_access';

/** A key the fake accepts: a bare `re_…` string has full access. */
export type ApiKeyOption = string | { key: string; permission: Permission };

/**
 * A key created at run time through `POST /api-keys`: what it may do, and the domain ID it may only
 * send from (`domain_id`, a `sending_access` key's), if it has one.
 */
export interface CreatedKey {
  permission: Permission;
  domainId: string | undefined;
}

/** Looks up keys created at run time through `POST /api-keys` (`null`: one deleted since). */
export type KeyLookup = (token: string) => CreatedKey | null | undefined;

/** An OAuth access token the fake issued: its grant's scopes, and why it stopped working, if it did. */
export interface IssuedToken {
  scopes: readonly string[];
  ended?: 'expired' | 'revoked';
}

/** Looks up the OAuth access tokens the fake issued (`undefined`: not one of them). */
export type TokenLookup = (token: string) => IssuedToken | undefined;

const SEND_ROUTES = new Set(['POST /emails', 'POST /emails/batch']);
// What an `emails:send` token may call: the send routes and a broadcast's send, as Resend documents.
const TOKEN_SEND_ROUTE = /^POST \/(?:emails(?:\/batch)?|broadcasts\/[^/]+\/send)$/;
const KEY = 're_[A-Za-z0-9_-]+';
const WELL_FORMED = new RegExp(`^Bearer (${KEY})$`);
const KEY_ALONE = new RegExp(`^${KEY}$`);
const ENDED = {
  expired: 'This OAuth access token expired (they last 900 s): refresh it at `POST /oauth/token`.',
  revoked: 'This OAuth access token was revoked with its grant.',
};

/**
 * An issued token's permission on `route` (`"POST /emails"`), or the refusal: 401 once it ended
 * (Resend documents no answer for that; the fake's choice), 403 `invalid_permission` outside its scopes.
 */
function tokenPermission(issued: IssuedToken, route: string): Permission {
  if (issued.ended) throw new ApiError(401, 'invalid_api_key', ENDED[issued.ended]);
  if (issued.scopes.includes('full_access')) return 'full_access';
  const send = TOKEN_SEND_ROUTE.test(route);
  if (send && issued.scopes.includes('emails:send')) return 'sending_access';
  const needed = send ? 'emails:send' : 'full_access';
  throw new ApiError(403, 'invalid_permission', `This route needs an OAuth access token with the \`${needed}\` scope.`);
}

/** What is wrong with one entry of `apiKeys`, in words that never repeat the key itself. */
function keyProblem(entry: unknown): string | undefined {
  const key: unknown = typeof entry === 'object' && entry !== null ? (entry as { key?: unknown }).key : entry;
  if (typeof entry !== 'string' && (typeof entry !== 'object' || entry === null || Array.isArray(entry)))
    return `must be a "re_…" string or { key, permission } (got ${kindOf(entry)})`;
  // A key in another form could never be sent (the header check refuses it first): a silent dead entry.
  if (typeof key !== 'string' || !KEY_ALONE.test(key))
    return `must be a key of the form re_… (letters, digits, _ and -), got ${typeof key === 'string' ? 'another form' : kindOf(key)}`;
  const { permission } = entry as { permission?: unknown };
  if (typeof entry === 'object' && permission !== 'full_access' && permission !== 'sending_access')
    return 'needs permission "full_access" or "sending_access"';
  return undefined;
}

/**
 * Throws a {@link FakeOptionsError} (option `apiKeys`) for anything but an array of well-formed keys,
 * so a typo cannot leave every request refused or hand a made-up permission full access.
 */
export function checkApiKeys(configured: unknown): void {
  if (configured === undefined) return;
  if (!Array.isArray(configured))
    throw new FakeOptionsError('apiKeys', `apiKeys must be an array of keys (got ${kindOf(configured)}).`);
  configured.forEach((entry, i) => {
    const problem = keyProblem(entry);
    if (problem) throw new FakeOptionsError('apiKeys', `apiKeys[${i}] ${problem}.`);
  });
}

/**
 * Builds the check once from the configured keys (`undefined` = any well-formed key, full access),
 * the keys created at run time and the OAuth access tokens issued (accepted whatever `apiKeys` says).
 */
export function createAuth(
  configured: readonly ApiKeyOption[] | undefined,
  lookup: KeyLookup,
  issuedToken: TokenLookup,
) {
  const keys = configured
    ? new Map(configured.map((k) => (typeof k === 'string' ? [k, 'full_access' as Permission] : [k.key, k.permission])))
    : undefined;

  /** Throws the ApiError Resend would send, or returns the key's token, permission and domain limit. */
  return function authenticate(
    authorization: string | null,
    method: string,
    pathname: string,
  ): { token: string } & CreatedKey {
    if (authorization === null || /^(Bearer)?\s*$/i.test(authorization)) {
      throw new ApiError(
        401,
        'missing_api_key',
        'Missing API key in the authorization header. Send `Authorization: Bearer re_...`.',
      );
    }
    const route = `${method.toUpperCase()} ${pathname}`;
    const bearer = /^Bearer (\S+)$/.exec(authorization.trim())?.[1];
    const issued = bearer && !KEY_ALONE.test(bearer) ? issuedToken(bearer) : undefined;
    if (issued) return { token: bearer!, permission: tokenPermission(issued, route), domainId: undefined };
    const token = WELL_FORMED.exec(authorization.trim())?.[1];
    if (!token) throw new ApiError(403, 'invalid_api_key', 'API key is invalid.');
    // A configured key is limited to no domain; one created through the API may be.
    const configuredKey = keys?.get(token);
    const created = configuredKey ? undefined : lookup(token);
    // A deleted key is refused even where any well-formed key is accepted.
    const permission = configuredKey ?? created?.permission ?? (keys || created === null ? undefined : 'full_access');
    if (!permission) throw new ApiError(403, 'invalid_api_key', 'API key is invalid.');
    if (permission === 'sending_access' && !SEND_ROUTES.has(route)) {
      throw new ApiError(401, 'restricted_api_key', 'This API key is restricted to sending emails only.');
    }
    return { token, permission, domainId: created?.domainId };
  };
}
