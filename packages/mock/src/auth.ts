/**
 * API-key checks in Resend's order: missing header → 401, malformed or unknown key → 403,
 * a sending-only key outside the send routes → 401 `restricted_api_key`.
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

const SEND_ROUTES = new Set(['POST /emails', 'POST /emails/batch']);
const KEY = 're_[A-Za-z0-9_-]+';
const WELL_FORMED = new RegExp(`^Bearer (${KEY})$`);
const KEY_ALONE = new RegExp(`^${KEY}$`);

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

/** Builds the check once from the configured keys; `undefined` = any well-formed key, full access. */
export function createAuth(configured: readonly ApiKeyOption[] | undefined, lookup: KeyLookup) {
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
    const token = WELL_FORMED.exec(authorization.trim())?.[1];
    if (!token) throw new ApiError(403, 'invalid_api_key', 'API key is invalid.');
    // A configured key is limited to no domain; one created through the API may be.
    const configuredKey = keys?.get(token);
    const created = configuredKey ? undefined : lookup(token);
    // A deleted key is refused even where any well-formed key is accepted.
    const permission = configuredKey ?? created?.permission ?? (keys || created === null ? undefined : 'full_access');
    if (!permission) throw new ApiError(403, 'invalid_api_key', 'API key is invalid.');
    if (permission === 'sending_access' && !SEND_ROUTES.has(`${method.toUpperCase()} ${pathname}`)) {
      throw new ApiError(401, 'restricted_api_key', 'This API key is restricted to sending emails only.');
    }
    return { token, permission, domainId: created?.domainId };
  };
}
