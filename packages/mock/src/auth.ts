/**
 * API-key checks in Resend's order: missing header → 401, malformed or unknown key → 403,
 * a sending-only key outside the send routes → 401 `restricted_api_key`.
 */
import { ApiError } from './api-error.js';

/** What a key may do. */
export type Permission = 'full_access' | 'sending_access';

/** A key the fake accepts: a bare `re_…` string has full access. */
export type ApiKeyOption = string | { key: string; permission: Permission };

/** Looks up keys created at run time through `POST /api-keys`. */
export type KeyLookup = (token: string) => Permission | undefined;

const SEND_ROUTES = new Set(['POST /emails', 'POST /emails/batch']);
const WELL_FORMED = /^Bearer (re_[A-Za-z0-9_-]+)$/;

/** Builds the check once from the configured keys; `undefined` = any well-formed key, full access. */
export function createAuth(configured: readonly ApiKeyOption[] | undefined, lookup: KeyLookup) {
  const keys = configured
    ? new Map(configured.map((k) => (typeof k === 'string' ? [k, 'full_access' as Permission] : [k.key, k.permission])))
    : undefined;

  /** Throws the ApiError Resend would send, or returns the key's token and permission. */
  return function authenticate(
    authorization: string | null,
    method: string,
    pathname: string,
  ): { token: string; permission: Permission } {
    if (authorization === null || /^(Bearer)?\s*$/i.test(authorization)) {
      throw new ApiError(
        401,
        'missing_api_key',
        'Missing API key in the authorization header. Send `Authorization: Bearer re_...`.',
      );
    }
    const token = WELL_FORMED.exec(authorization.trim())?.[1];
    if (!token) throw new ApiError(403, 'invalid_api_key', 'API key is invalid.');
    const permission = keys ? (keys.get(token) ?? lookup(token)) : (lookup(token) ?? 'full_access');
    if (!permission) throw new ApiError(403, 'invalid_api_key', 'API key is invalid.');
    if (permission === 'sending_access' && !SEND_ROUTES.has(`${method.toUpperCase()} ${pathname}`)) {
      throw new ApiError(401, 'restricted_api_key', 'This API key is restricted to sending emails only.');
    }
    return { token, permission };
  };
}
