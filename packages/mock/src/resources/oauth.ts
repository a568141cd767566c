/**
 * OAuth from state: registered clients, an authorization step that consents at once (there is no
 * user to ask) and redirects back with a code, codes redeemed for tokens once (with their PKCE
 * verifier) which creates a grant, rotating refresh tokens, revocation, and the team's grants. The
 * access tokens a grant was issued are kept on it (`access_tokens`: token → expiry in ms, and
 * `narrowed_tokens`: token → scopes for those a refresh narrowed), for auth, and so are its last
 * rotated refresh tokens (`rotated_refresh_tokens`), to catch their reuse.
 */
import { notFound } from '../api-error.js';
import type { IssuedToken } from '../auth.js';
import type { FakeStateStore, StoredRecord } from '../state.js';
import type { Fields, HandlerContext, ResourceRoute } from './context.js';
import { fields, param } from './context.js';
import { authenticatedClient, checkClientOf, clientOf, oauthError } from './oauth-clients.js';

/** Codes live 10 minutes and access tokens 900 s, as Resend documents. */
const CODE_TTL_MS = 10 * 60 * 1000;
const ACCESS_TOKEN_SECONDS = 900;
const DAY_MS = 24 * 3600 * 1000;
/**
 * How many rotated refresh tokens a grant remembers. A stolen token is replayed soon after it
 * leaked, so the recent ones catch reuse; the cap keeps a long run's refreshes from piling up.
 */
const ROTATED_KEPT = 20;
/** The scopes Resend documents; `full_access` covers everything `emails:send` does. */
const SCOPES = ['emails:send', 'full_access'];

/** A grant's access tokens (token → expiry, ms); `{}` for a grant from before they were kept. */
function accessTokens(grant: StoredRecord): Record<string, number> {
  const tokens = grant.access_tokens;
  return tokens !== null && typeof tokens === 'object' && !Array.isArray(tokens)
    ? (tokens as Record<string, number>)
    : {};
}

/** The access token `token`, if the fake issued it: its grant's scopes, and whether it expired or was revoked. */
export function issuedToken(state: FakeStateStore, token: string, now: number): IssuedToken | undefined {
  const grant = state.oauthGrants.find((g) => typeof accessTokens(g)[token] === 'number');
  if (!grant) return undefined;
  const ended = grant.revoked_at !== null ? 'revoked' : accessTokens(grant)[token]! <= now ? 'expired' : undefined;
  const scopes = narrowedTokens(grant)[token] ?? (Array.isArray(grant.scopes) ? (grant.scopes as string[]) : []);
  return { scopes, ...(ended ? { ended } : {}) };
}

/** The scopes of a grant's access tokens issued narrower than it (token → scopes); the others have the grant's. */
function narrowedTokens(grant: StoredRecord): Record<string, string[]> {
  const narrowed = grant.narrowed_tokens;
  return narrowed !== null && typeof narrowed === 'object' ? (narrowed as Record<string, string[]>) : {};
}

/** base64url(SHA-256(verifier)) must equal the challenge (S256). */
async function pkceMatches(verifier: string, challenge: string): Promise<boolean> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const base64 = btoa(String.fromCharCode(...digest))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return base64 === challenge;
}

function tokens(ctx: HandlerContext, grant: StoredRecord, scopes = grant.scopes as string[]) {
  const refresh = ctx.random.alphanumeric(43);
  if (typeof grant.refresh_token === 'string')
    grant.rotated_refresh_tokens = [...rotatedTokens(grant), grant.refresh_token].slice(-ROTATED_KEPT);
  grant.refresh_token = refresh;
  const access = `fake.${ctx.random.alphanumeric(40)}`;
  const now = ctx.now().getTime();
  // Kept past expiry, so a late call hears "expired" rather than "invalid"; dropped a day later, so
  // a long run's refreshes do not pile up.
  const kept = Object.entries(accessTokens(grant)).filter(([, expires]) => expires > now - DAY_MS);
  const live: Record<string, number> = { ...Object.fromEntries(kept), [access]: now + ACCESS_TOKEN_SECONDS * 1000 };
  grant.access_tokens = live;
  // Dropped with their tokens; only a token narrower than its grant is listed.
  const own = Object.entries(narrowedTokens(grant)).filter(([t]) => t in live);
  if (scopes !== grant.scopes) own.push([access, scopes]);
  grant.narrowed_tokens = Object.fromEntries(own);
  return {
    access_token: access,
    token_type: 'Bearer',
    expires_in: ACCESS_TOKEN_SECONDS,
    refresh_token: refresh,
    scope: scopes.join(' '),
  };
}

/** The grant whose current refresh token is `token`, unless it was revoked. */
function liveGrant(ctx: HandlerContext, token: unknown): StoredRecord | undefined {
  return ctx.state.oauthGrants.find((g) => g.refresh_token === token && g.revoked_at === null);
}

/** A grant's rotated refresh tokens, oldest first (`[]` for a grant from before they were kept). */
function rotatedTokens(grant: StoredRecord): string[] {
  return Array.isArray(grant.rotated_refresh_tokens) ? (grant.rotated_refresh_tokens as string[]) : [];
}

/** Revokes `grant` for `reason`, unless it already was: its refresh and access tokens stop working. */
function revoke(ctx: HandlerContext, grant: StoredRecord, reason: string): void {
  if (grant.revoked_at === null) Object.assign(grant, { revoked_at: ctx.timestamp(), revoked_reason: reason });
}

/**
 * `POST /oauth/token` with a refresh token: new tokens for a live grant's current one. A rotated
 * one replayed means it leaked (its holder or a thief already traded it), so, as the spec says,
 * the whole grant is revoked. The spec names no reason for that; `refresh_token_reused` is the
 * fake's, as `revoked_by_client` is for `POST /oauth/revoke`.
 */
function refreshed(ctx: HandlerContext, body: Fields) {
  const token = body.refresh_token;
  const grant =
    liveGrant(ctx, token) ??
    (typeof token === 'string' ? ctx.state.oauthGrants.find((g) => rotatedTokens(g).includes(token)) : undefined);
  // The owner authenticates first, so a wrong secret can neither refresh nor revoke the grant.
  checkClientOf(ctx, body, grant);
  if (grant && grant.refresh_token === token && grant.revoked_at === null)
    return tokens(ctx, grant, refreshScopes(grant, body));
  if (grant) revoke(ctx, grant, 'refresh_token_reused');
  throw oauthError('invalid_grant', 'The refresh token is unknown, already used or revoked.');
}

/**
 * The scopes a refresh asks for (RFC 6749 §6): the grant's when `scope` is absent or empty, else a
 * part of them (`full_access` covers `emails:send`, as at authorize). A scope the grant lacks is 400
 * `invalid_scope`, before the refresh token is used, so it still works.
 */
function refreshScopes(grant: StoredRecord, body: Fields): string[] {
  const granted = grant.scopes as string[];
  const asked = typeof body.scope === 'string' ? body.scope.split(' ').filter(Boolean) : [];
  if (asked.length === 0) return granted;
  const covered = granted.includes('full_access') ? SCOPES : granted;
  const wider = asked.find((scope) => !covered.includes(scope));
  if (wider !== undefined)
    throw oauthError('invalid_scope', `Scope \`${wider}\` was not granted: a refresh can only narrow the scope.`);
  const kept = [...new Set(asked)];
  return kept.length === granted.length && kept.every((s) => granted.includes(s)) ? granted : kept;
}

/**
 * Why `scope` may not be authorized for `client`, if it may not: each scope must be one Resend
 * documents and one the client registered (`full_access` covers `emails:send`).
 */
function scopeRefusal(client: StoredRecord, scope: string): string | undefined {
  const registered = String(client.scope).split(' ');
  if (registered.includes('full_access')) registered.push('emails:send');
  const refused = scope.split(' ').find((asked) => asked && !(SCOPES.includes(asked) && registered.includes(asked)));
  return refused === undefined ? undefined : `Scope \`${refused}\` is unknown or not registered.`;
}

/** The 302 back to the client's `redirect_uri` with `params`, and its `state` if it sent one. */
function redirectBack(ctx: HandlerContext, params: Record<string, string>) {
  const location = new URL(String(ctx.query.redirect_uri));
  for (const [name, value] of Object.entries(params)) location.searchParams.set(name, value);
  if (typeof ctx.query.state === 'string') location.searchParams.set('state', ctx.query.state);
  return { status: 302, body: undefined, headers: { location: location.href } };
}

function grantView(grant: StoredRecord) {
  const {
    refresh_token: _r,
    access_tokens: _a,
    rotated_refresh_tokens: _t,
    narrowed_tokens: _n,
    object: _o,
    ...rest
  } = grant;
  return rest;
}

/** Routes for the OAuth flow and the team's grants. */
export const oauthRoutes: ResourceRoute[] = [
  {
    method: 'POST',
    path: '/oauth/register',
    handle(ctx) {
      const body = fields(ctx);
      const method = typeof body.token_endpoint_auth_method === 'string' ? body.token_endpoint_auth_method : 'none';
      const client: StoredRecord = {
        id: ctx.random.uuid(),
        client_name: body.client_name,
        redirect_uris: body.redirect_uris,
        grant_types: body.grant_types ?? ['authorization_code', 'refresh_token'],
        response_types: body.response_types ?? ['code'],
        token_endpoint_auth_method: method,
        scope: typeof body.scope === 'string' ? body.scope : 'full_access',
        ...(typeof body.client_uri === 'string' ? { client_uri: body.client_uri } : {}),
        ...(typeof body.logo_uri === 'string' ? { logo_uri: body.logo_uri } : {}),
        client_id_issued_at: Math.floor(ctx.now().getTime() / 1000),
        codes: {},
      };
      if (method !== 'none') client.client_secret = ctx.random.alphanumeric(32);
      ctx.state.oauthClients.insert(client);
      const { id, codes: _codes, ...rest } = client;
      return {
        status: 201,
        body: { client_id: id, ...rest, ...(client.client_secret ? { client_secret_expires_at: 0 } : {}) },
      };
    },
  },
  {
    method: 'GET',
    path: '/oauth/authorize',
    handle(ctx) {
      const q = ctx.query;
      const client = clientOf(ctx, q.client_id);
      if (!(client.redirect_uris as string[]).includes(String(q.redirect_uri)))
        throw oauthError('invalid_request', '`redirect_uri` is not one the client registered.');
      const scope = typeof q.scope === 'string' ? q.scope : String(client.scope);
      // Past the redirect_uri check an error goes back to the client, as the spec describes.
      const refusal = scopeRefusal(client, scope);
      if (refusal) return redirectBack(ctx, { error: 'invalid_scope', error_description: refusal });
      const code = ctx.random.alphanumeric(32);
      (client.codes as Record<string, unknown>)[code] = {
        challenge: q.code_challenge,
        redirect_uri: q.redirect_uri,
        scope,
        expires: ctx.now().getTime() + CODE_TTL_MS,
      };
      return redirectBack(ctx, { code });
    },
  },
  {
    method: 'POST',
    path: '/oauth/token',
    async handle(ctx) {
      const body = fields(ctx);
      if (body.grant_type === 'refresh_token') return { body: refreshed(ctx, body) };
      const client = authenticatedClient(ctx, body);
      const codes = client.codes as Record<
        string,
        { challenge: string; redirect_uri: string; scope: string; expires: number }
      >;
      const issued = codes[String(body.code)];
      delete codes[String(body.code)];
      if (!issued || issued.expires < ctx.now().getTime())
        throw oauthError('invalid_grant', 'The authorization code is unknown, already used or expired.');
      if (issued.redirect_uri !== body.redirect_uri)
        throw oauthError('invalid_grant', '`redirect_uri` differs from the one the code was issued for.');
      if (!(await pkceMatches(String(body.code_verifier), issued.challenge)))
        throw oauthError('invalid_grant', '`code_verifier` does not match the code challenge.');
      const grant = ctx.state.oauthGrants.insert({
        id: ctx.random.uuid(),
        client_id: client.id,
        scopes: issued.scope.split(' ').filter(Boolean),
        created_at: ctx.timestamp(),
        revoked_at: null,
        revoked_reason: null,
        client: { name: client.client_name, logo_uri: client.logo_uri ?? null },
      });
      return { body: tokens(ctx, grant) };
    },
  },
  {
    method: 'POST',
    path: '/oauth/revoke',
    handle(ctx) {
      const body = fields(ctx);
      // The spec refuses this hint (access tokens are not revoked on their own) without naming the
      // error; its error codes lack RFC 7009's `unsupported_token_type`, so `invalid_request`.
      if (body.token_type_hint === 'access_token')
        throw oauthError('invalid_request', 'Only refresh tokens can be revoked.');
      const grant = liveGrant(ctx, body.token);
      checkClientOf(ctx, body, grant);
      // RFC 7009: an unknown token is not an error.
      if (grant) revoke(ctx, grant, 'revoked_by_client');
      return { body: undefined };
    },
  },
  {
    method: 'GET',
    path: '/oauth/grants',
    handle: (ctx) => ({ body: ctx.list(ctx.state.oauthGrants.newestFirst().map(grantView)) }),
  },
  {
    method: 'DELETE',
    path: '/oauth/grants/{}',
    handle(ctx) {
      const grant = ctx.state.oauthGrants.get(param(ctx));
      // The spec answers 404 for a grant already revoked, as for an unknown one.
      if (!grant || grant.revoked_at !== null) throw notFound('OAuth grant');
      revoke(ctx, grant, 'revoked_from_api');
      return {
        body: {
          object: 'oauth_grant',
          id: grant.id,
          revoked_at: grant.revoked_at,
          revoked_reason: grant.revoked_reason,
        },
      };
    },
  },
];
